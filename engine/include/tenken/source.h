// Source: the text of one input file (or one embedded library file) and the mapping from byte
// offsets to line:column. Everything tenken keeps from a file remembers where it was written as
// an Origin, so that any later stage (compile, answer binding, lint) can point at it.
// read_source() is the one way an input file becomes a Source.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
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
  // A Source over text that outlives it (the library files embedded in the binary): nothing is
  // copied, and the text is not read until a position in it is asked for.
  static std::shared_ptr<const Source> of_static_text(std::string path, std::string_view text);

  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }
  LineColumn locate(uint32_t offset) const;
  // The text of a 1-based line, without its line break.
  std::string_view line(int line) const;
  // Byte offset of a 1-based line:column; clamps to the end of the text.
  uint32_t offset_of(LineColumn lc) const;

  Source(const Source&) = delete;
  Source& operator=(const Source&) = delete;

 private:
  struct StaticText {};
  Source(std::string path, std::string_view text, StaticText) : path_(std::move(path)), text_(text) {}
  // Where each line starts, found on first use (safe from several threads at once).
  const std::vector<uint32_t>& line_starts() const;

  std::string path_;
  std::string owned_;      // the text, unless it is static
  std::string_view text_;  // owned_, or the static text
  mutable std::once_flag lines_found_;
  mutable std::vector<uint32_t> line_starts_;
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
