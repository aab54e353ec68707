// Source and Origin: byte offsets to line:column, counting columns in code points; and
// read_source(), which turns an input file into a Source.
#include "tenken/source.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "tenken/diagnostic.h"
#include "tenken/utf8.h"

namespace tenken {

Source::Source(std::string path, std::string text) : path_(std::move(path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (uint32_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
}

LineColumn Source::locate(uint32_t offset) const {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  int line = static_cast<int>(it - line_starts_.begin());
  int column = 1;
  for (uint32_t i = line_starts_[line - 1]; i < offset; ++i)
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;  // count lead bytes only
  return {line, column};
}

std::string_view Source::line(int line) const {
  if (line < 1 || line > static_cast<int>(line_starts_.size())) return {};
  uint32_t begin = line_starts_[line - 1];
  uint32_t end = line < static_cast<int>(line_starts_.size()) ? line_starts_[line] - 1
                                                               : static_cast<uint32_t>(text_.size());
  std::string_view v(text_.data() + begin, end - begin);
  if (!v.empty() && v.back() == '\r') v.remove_suffix(1);
  return v;
}

uint32_t Source::offset_of(LineColumn lc) const {
  if (lc.line < 1) return 0;
  if (lc.line > static_cast<int>(line_starts_.size())) return static_cast<uint32_t>(text_.size());
  uint32_t i = line_starts_[lc.line - 1];
  for (int col = 1; col < lc.column && i < text_.size() && text_[i] != '\n';) {
    ++i;
    while (i < text_.size() && (static_cast<unsigned char>(text_[i]) & 0xC0) == 0x80) ++i;
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

}  // namespace

std::shared_ptr<const Source> read_source(const std::string& path, Diagnostics& diags) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    diags.file_error(path, "expected a file, found a directory");
    return nullptr;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.file_error(path, fmt::format("cannot open: {}", std::strerror(errno)));
    return nullptr;
  }
  auto too_large = [&](std::string size) {
    diags.file_error(path, fmt::format("the file is {} bytes; tenken reads files of at most {} bytes "
                                       "({} MiB)", size, kMaxInputBytes, kMaxInputBytes >> 20));
    return nullptr;
  };
  if (std::filesystem::is_regular_file(path, ec)) {
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
  auto source = std::make_shared<Source>(path, std::move(text));
  if (size_t bad = utf8::first_invalid(source->text()); bad != std::string_view::npos) {
    diags.error({source, static_cast<uint32_t>(bad)},
                fmt::format("expected UTF-8 text, found the byte 0x{:02X}; save the file as UTF-8",
                            static_cast<unsigned char>(source->text()[bad])));
    return nullptr;
  }
  return source;
}

}  // namespace tenken
