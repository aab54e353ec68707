// Source and Origin: byte offsets to line:column, counting columns in code points.
#include "tenken/source.h"

#include <algorithm>

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

}  // namespace tenken
