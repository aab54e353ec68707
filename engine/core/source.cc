// Source and Origin: byte offsets to line:column, counting columns in code points; and
// read_source(), which turns an input file into a Source.
#include "tenken/source.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <utility>

#include <sys/stat.h>

#include "tenken/diagnostic.h"
#include "tenken/utf8.h"

namespace tenken {

Source::Source(std::string path, std::string text)
    : path_(std::move(path)), owned_(std::move(text)), text_(owned_) {}

std::shared_ptr<const Source> Source::of_static_text(std::string path, std::string_view text) {
  return std::shared_ptr<const Source>(new Source(std::move(path), text, StaticText{}));
}

const std::vector<uint32_t>& Source::line_starts() const {
  std::call_once(lines_found_, [this] {
    line_starts_.push_back(0);
    for (uint32_t i = 0; i < text_.size(); ++i)
      if (text_[i] == '\n') line_starts_.push_back(i + 1);
  });
  return line_starts_;
}

LineColumn Source::locate(uint32_t offset) const {
  const std::vector<uint32_t>& starts = line_starts();
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  auto it = std::upper_bound(starts.begin(), starts.end(), offset);
  int line = static_cast<int>(it - starts.begin());
  int column = 1;
  for (uint32_t i = starts[line - 1]; i < offset; ++i)
    if (!utf8::is_continuation(text_[i])) ++column;  // count lead bytes only
  return {line, column};
}

std::string_view Source::line(int line) const {
  const std::vector<uint32_t>& starts = line_starts();
  if (line < 1 || line > static_cast<int>(starts.size())) return {};
  uint32_t begin = starts[line - 1];
  uint32_t end = line < static_cast<int>(starts.size()) ? starts[line] - 1 : static_cast<uint32_t>(text_.size());
  std::string_view v = text_.substr(begin, end - begin);
  if (!v.empty() && v.back() == '\r') v.remove_suffix(1);
  return v;
}

uint32_t Source::offset_of(LineColumn lc) const {
  const std::vector<uint32_t>& starts = line_starts();
  if (lc.line < 1) return 0;
  if (lc.line > static_cast<int>(starts.size())) return static_cast<uint32_t>(text_.size());
  uint32_t i = starts[lc.line - 1];
  for (int col = 1; col < lc.column && i < text_.size() && text_[i] != '\n';) {
    ++i;
    while (i < text_.size() && utf8::is_continuation(text_[i])) ++i;
    ++col;
  }
  return i;
}

const std::string& Origin::path() const {
  static const std::string none;
  return source ? source->path() : none;
}

namespace {

// Reads to the end in chunks rather than trusting a size from seeking: a pipe, /dev/stdin or a
// /proc file reports -1 or 0 there. Stops once past kMaxInputBytes, so that the cap holds for
// input whose size is not known in advance.
std::string read_capped(std::istream& in) {
  std::string text, chunk(1 << 16, '\0');
  while (text.size() <= static_cast<size_t>(kMaxInputBytes) &&
         (in.read(chunk.data(), static_cast<std::streamsize>(chunk.size())), in.gcount() > 0))
    text.append(chunk.data(), static_cast<size_t>(in.gcount()));
  return text;
}

// What a path names, said as "expected a regular file, found ..." needs it; "" for a regular file
// (or one whose type cannot be read: opening it then says why).
std::string special_kind(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0 || S_ISREG(st.st_mode)) return {};
  if (S_ISDIR(st.st_mode)) return "a directory";
  if (S_ISFIFO(st.st_mode)) return "a named pipe (FIFO)";
  if (S_ISCHR(st.st_mode)) return "a character device";
  if (S_ISBLK(st.st_mode)) return "a block device";
  if (S_ISSOCK(st.st_mode)) return "a socket";
  return "a special file";
}

// Text that is not UTF-8 in a way worth naming: UTF-16 (with or without its byte-order mark) and
// line ends of a lone CR, which YAML and CSV readers would take as one endless line.
std::optional<std::pair<size_t, std::string>> encoding_problem(std::string_view text) {
  if (text.rfind("\xFF\xFE", 0) == 0 || text.rfind("\xFE\xFF", 0) == 0)
    return std::pair<size_t, std::string>{0, "expected UTF-8 text, found UTF-16 (its byte-order mark); save the file as UTF-8"};
  if (size_t nul = text.find('\0'); nul != std::string_view::npos)
    return std::pair<size_t, std::string>{nul, "expected UTF-8 text, found a NUL byte (UTF-16 text has one in "
                                               "every other byte); save the file as UTF-8"};
  for (size_t cr = text.find('\r'); cr != std::string_view::npos; cr = text.find('\r', cr + 1))
    if (cr + 1 == text.size() || text[cr + 1] != '\n')
      return std::pair<size_t, std::string>{cr, "expected lines ending in LF or CR LF, found a line ending in CR "
                                                "alone; save the file with Unix (LF) or Windows (CR LF) line ends"};
  return std::nullopt;
}

}  // namespace

std::shared_ptr<const Source> read_source(const std::string& path, Diagnostics& diags) {
  bool from_stdin = path == "-";
  if (std::string kind = from_stdin ? "" : special_kind(path); !kind.empty()) {
    diags.file_error(path, fmt::format("expected a regular file, found {}{}", kind,
                                       kind == "a directory" ? "" : "; to read standard input, give '-'"));
    return nullptr;
  }
  std::ifstream file;
  if (!from_stdin) {
    file.open(path, std::ios::binary);
    if (!file) {
      diags.file_error(path, fmt::format("cannot open: {}", std::strerror(errno)));
      return nullptr;
    }
  }
  std::istream& in = from_stdin ? std::cin : file;
  auto too_large = [&](std::string size) {
    diags.file_error(path, fmt::format("the file is {} bytes; tenken reads files of at most {} bytes "
                                       "({} MiB)", size, kMaxInputBytes, kMaxInputBytes >> 20));
    return nullptr;
  };
  std::error_code ec;
  if (!from_stdin) {
    auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > static_cast<uintmax_t>(kMaxInputBytes)) return too_large(std::to_string(size));
  }
  std::string text = read_capped(in);
  if (in.bad()) {  // a read that failed part way must not pass for the end of a shorter file
    diags.file_error(path, fmt::format("cannot read: {}", std::strerror(errno)));
    return nullptr;
  }
  if (text.size() > static_cast<size_t>(kMaxInputBytes))
    return too_large(fmt::format("more than {}", kMaxInputBytes));
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  auto source = std::make_shared<Source>(from_stdin ? "<stdin>" : path, std::move(text));
  if (auto problem = encoding_problem(source->text())) {
    diags.error({source, static_cast<uint32_t>(problem->first)}, problem->second);
    return nullptr;
  }
  if (size_t bad = utf8::first_invalid(source->text()); bad != std::string_view::npos) {
    diags.error({source, static_cast<uint32_t>(bad)},
                fmt::format("expected UTF-8 text, found the byte 0x{:02X}; save the file as UTF-8",
                            static_cast<unsigned char>(source->text()[bad])));
    return nullptr;
  }
  return source;
}

}  // namespace tenken
