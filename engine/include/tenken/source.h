// Source: the text of one input file (or one embedded library file) and the mapping from byte
// offsets to line:column. Everything tenken keeps from a file remembers where it was written as
// an Origin, so that any later stage (compile, answer binding, lint) can point at it.
// read_source() is the one way an input file becomes a Source.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tenken {

class Diagnostics;

struct LineColumn {
  int line = 0;    // 1-based
  int column = 0;  // 1-based, counted in Unicode code points
};

class Source {
 public:
  Source(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }

  LineColumn locate(uint32_t offset) const;
  // The text of a 1-based line, without its line break.
  std::string_view line(int line) const;
  // Byte offset of a 1-based line:column; clamps to the end of the text.
  uint32_t offset_of(LineColumn lc) const;

 private:
  std::string path_;
  std::string text_;
  std::vector<uint32_t> line_starts_;
};

// Where something was written: a source and a byte offset into it. A default Origin
// (no source) marks something that has no place in a file, such as a command-line value.
struct Origin {
  std::shared_ptr<const Source> source;
  uint32_t offset = 0;

  bool known() const { return source != nullptr; }
  const std::string& path() const;
  LineColumn where() const { return source ? source->locate(offset) : LineColumn{}; }
  // The Origin `bytes` further on in the same source.
  Origin advanced(uint32_t bytes) const { return {source, offset + bytes}; }
};

// The largest input file tenken reads. Larger files are refused before parsing.
inline constexpr long kMaxInputBytes = 8L * 1024 * 1024;

// Reads a file, checking its size and that it is UTF-8 (a leading BOM is dropped) with LF or CR LF
// line ends. "-" reads standard input, named "<stdin>" in messages. Returns null after adding a
// diagnostic when it cannot: the path names nothing or something other than a regular file (a
// folder, a FIFO, a device: reading one could block forever), the file cannot be opened or read,
// is too large, is UTF-16, has lines ending in CR alone, or is not UTF-8 (status.h: the path was
// the user's to give).
std::shared_ptr<const Source> read_source(const std::string& path, Diagnostics& diags);

}  // namespace tenken
