// make_workbook (xlsx_workbook.h): a workbook written to a private temporary file and read back.
#include "sheets/xlsx_workbook.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iterator>

#include "sheets/xlsx_library.h"

namespace tenken::xlsx {
namespace {

constexpr std::time_t kNoDate = 315532800;  // 1980-01-01T00:00:00Z, when the date is not a date

// A private temporary file, removed when this goes out of scope.
class TempFile {
 public:
  TempFile() = default;
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() {
    if (!path_.empty()) std::remove(path_.c_str());
  }

  Status create() {
    const char* env = std::getenv("TMPDIR");
    dir_ = env && *env ? env : "/tmp";
    std::string name = dir_ + "/tenken-xlsx-XXXXXX";
    int fd = mkstemp(name.data());
    if (fd < 0)
      return Status::io_error(fmt::format("cannot create a temporary file in {}: {}", dir_, std::strerror(errno)));
    close(fd);
    path_ = name;
    return Status::ok();
  }
  const std::string& path() const { return path_; }
  const std::string& dir() const { return dir_; }

 private:
  std::string dir_, path_;
};

// Midnight UTC at the start of a YYYY-MM-DD date.
std::time_t creation_time(const std::string& date) {
  std::tm tm{};
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (date.size() != 10 || std::sscanf(date.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 ||
      y < 1980 || m < 1 || m > 12 || d < 1 || d > 31)
    return kNoDate;
  tm.tm_year = y - 1900;
  tm.tm_mon = m - 1;
  tm.tm_mday = d;
  return timegm(&tm);
}

StatusOr<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string bytes(std::istreambuf_iterator<char>(in), {});
  if (in.bad() || !in.is_open()) return Status::io_error(fmt::format("cannot read the temporary file {}", path));
  return bytes;
}

}  // namespace

StatusOr<std::string> make_workbook(const std::string& title, const std::string& date,
                                    const std::function<void(lxw_workbook*, lxw_error&)>& write) {
  if (StatusOr<const Api*> loaded = load_api(); !loaded.is_ok()) return loaded.status();
  TempFile file;
  if (Status created = file.create(); !created.is_ok()) return created;
  lxw_workbook_options options{};
  options.tmpdir = const_cast<char*>(file.dir().c_str());
  lxw_workbook* book = lxw().workbook_new_opt(file.path().c_str(), &options);
  if (!book) return Status::io_error(fmt::format("libxlsxwriter cannot start a workbook in {}", file.dir()));
  lxw_error failed = LXW_NO_ERROR;
  write(book, failed);
  std::string title_text = title;
  lxw_doc_properties properties{};
  properties.title = title_text.data();
  properties.created = creation_time(date);
  lxw_error set = lxw().workbook_set_properties(book, &properties);
  if (failed == LXW_NO_ERROR) failed = set;
  lxw_error closed = lxw().workbook_close(book);  // writes the file and frees the workbook
  if (failed == LXW_NO_ERROR) failed = closed;
  if (failed != LXW_NO_ERROR) return Status::io_error(fmt::format("libxlsxwriter: {}", lxw().lxw_strerror(failed)));
  return read_file(file.path());
}

}  // namespace tenken::xlsx
