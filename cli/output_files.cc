// Atomic, non-destructive output files; see output_files.h.
#include "cli/output_files.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "cli/cli_words.h"

namespace tenken::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kTempMarker = ".tenken-tmp-";
constexpr int kMaxLinkHops = 40;

enum class Kind { stdout_stream, missing, regular, special };

// Where an output goes once symbolic links are followed, and what is there now.
struct Target {
  const OutputFile* file;
  std::string path;  // after following links
  Kind kind;
  mode_t mode = 0666;  // kept when a regular file is replaced
  std::string temp;    // the staged copy of a regular file
};

Status cannot_write(const std::string& path, const std::string& why) {
  return Status::io_error(say(CliWord::cannot_write, path, why));
}

Status errno_status(const std::string& path) { return cannot_write(path, std::strerror(errno)); }

std::string parent_of(const std::string& path) {
  std::string parent = fs::path(path).parent_path().string();
  return parent.empty() ? "." : parent;
}

std::string stdout_name(const std::string& path) { return path.empty() || path == "-" ? "" : path; }

// Follows symbolic links by hand (the target need not exist yet) and says what is there.
StatusOr<Target> resolve(const OutputFile& file) {
  if (stdout_name(file.path).empty()) return Target{&file, "", Kind::stdout_stream};
  std::string path = file.path;
  for (int hop = 0; hop < kMaxLinkHops; ++hop) {
    struct stat st;
    if (lstat(path.c_str(), &st) != 0) {
      if (errno == ENOENT) return Target{&file, path, Kind::missing};
      return errno_status(file.path);
    }
    if (S_ISDIR(st.st_mode)) return cannot_write(file.path, word(CliWord::write_is_directory));
    if (S_ISREG(st.st_mode)) return Target{&file, path, Kind::regular, st.st_mode & 07777};
    if (!S_ISLNK(st.st_mode)) return Target{&file, path, Kind::special};
    std::error_code ec;
    fs::path link = fs::read_symlink(path, ec);
    if (ec) return cannot_write(file.path, ec.message());
    path = link.is_absolute() ? link.string() : (fs::path(parent_of(path)) / link).string();
  }
  return cannot_write(file.path, word(CliWord::write_link_loop));
}

bool write_all(int fd, const std::string& content) {
  size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

// Closes `fd` after writing; a failed write (`written` false, errno set) or close is an error.
Status close_checked(int fd, bool written, const std::string& path) {
  int err = errno;
  if (::close(fd) != 0 && written) {
    written = false;
    err = errno;
  }
  if (written) return Status::ok();
  return cannot_write(path, err == 0 ? word(CliWord::write_short) : std::strerror(err));
}

// Writes a regular file's content to a new temporary file beside its target, flushed to disk if
// `durability` says so.
Status stage(Target& t, int serial, Durability durability) {
  t.temp = fmt::format("{}{}{}-{}", t.path, kTempMarker, getpid(), serial);
  int fd = ::open(t.temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) {
    Status s = errno == ENOENT ? cannot_write(t.file->path, word(CliWord::write_no_folder))
                               : errno_status(t.file->path);
    t.temp.clear();
    return s;
  }
  bool ok = (t.kind != Kind::regular || ::fchmod(fd, t.mode) == 0) && write_all(fd, t.file->content) &&
            (durability != Durability::each || ::fsync(fd) == 0);
  return close_checked(fd, ok, t.file->path);
}

Status write_stream(const Target& t) {
  if (t.kind == Kind::stdout_stream) {
    std::fflush(stdout);
    if (!write_all(STDOUT_FILENO, t.file->content))
      return Status::io_error(say(CliWord::stdout_cannot_write, std::strerror(errno)));
    return Status::ok();
  }
  int fd = ::open(t.path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return errno_status(t.file->path);
  return close_checked(fd, write_all(fd, t.file->content), t.file->path);
}

void sync_folder(const std::string& path) {
  int fd = ::open(parent_of(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// Removes `file` if it is a temporary file of ours (NAME.tenken-tmp-PID-N, with `prefix` the
// part before the pid: "NAME.tenken-tmp-", or just the marker for any name) left by a process that
// no longer runs (kill -9).
void remove_if_stale(const fs::path& file, const std::string& prefix) {
  std::string name = file.filename().string();
  size_t at = prefix.empty() ? std::string::npos : name.rfind(prefix);
  if (at == std::string::npos || (prefix != kTempMarker && at != 0)) return;
  int pid = 0;
  const char* digits = name.data() + at + prefix.size();
  auto [rest, err] = std::from_chars(digits, name.data() + name.size(), pid);
  if (err != std::errc() || rest == digits || *rest != '-' || pid <= 0 || pid == getpid()) return;
  if (::kill(pid, 0) != 0 && errno == ESRCH) ::unlink(file.c_str());
}

// Removes temporary files of ours beside `path` left by a process that no longer runs.
void remove_stale_temps(const std::string& path) {
  std::string prefix = fs::path(path).filename().string() + std::string(kTempMarker);
  std::error_code ec;
  for (fs::directory_iterator it(parent_of(path), ec), end; !ec && it != end; it.increment(ec))
    remove_if_stale(it->path(), prefix);
}

void discard(std::vector<Target>& targets) {
  for (Target& t : targets)
    if (!t.temp.empty()) ::unlink(t.temp.c_str());
}

}  // namespace

Status write_files(const std::vector<OutputFile>& files, Durability durability) {
  std::vector<Target> targets;
  for (const OutputFile& f : files) {
    StatusOr<Target> t = resolve(f);
    if (!t.is_ok()) return t.status();
    targets.push_back(std::move(t.value()));
  }
  int serial = 0;
  for (Target& t : targets) {
    if (t.kind != Kind::regular && t.kind != Kind::missing) continue;
    if (Status s = stage(t, serial++, durability); !s.is_ok()) {
      discard(targets);
      return s;
    }
  }
  for (Target& t : targets) {
    if (t.kind != Kind::stdout_stream && t.kind != Kind::special) continue;
    if (Status s = write_stream(t); !s.is_ok()) {
      discard(targets);
      return s;
    }
  }
  for (Target& t : targets) {
    if (t.temp.empty()) continue;
    if (::rename(t.temp.c_str(), t.path.c_str()) != 0) {
      Status s = errno_status(t.file->path);
      discard(targets);
      return s;
    }
    t.temp.clear();
    if (durability != Durability::each) continue;
    sync_folder(t.path);
    remove_stale_temps(t.path);
  }
  return Status::ok();
}

Status finish_folder(const std::string& folder) {
  std::error_code ec;
  for (fs::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_regular_file(ec)) remove_if_stale(it->path(), std::string(kTempMarker));
  int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return errno_status(folder);
  bool synced = ::syncfs(fd) == 0;
  int err = errno;
  ::close(fd);
  if (!synced) return cannot_write(folder, std::strerror(err));
  return Status::ok();
}

Status write_output(const std::string& path, const std::string& content) {
  return write_files({OutputFile{path, content}});
}

}  // namespace tenken::cli
