// A page of terminal text being written: language, colour switch, headings, wrapped fields and
// lists. Only for the terminal: shared by the terminal gap report, the terminal diff and the
// catalog views (explain, cases). Text is wrapped at kWidth columns by display width
// (text_layout.h); colour is ANSI escapes, only when asked for, and never inside wrapped text,
// so that wrapping counts only visible characters.
#pragma once

#include <fmt/format.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "common/messages.h"
#include "tenken/reports/render.h"
#include "tenken/reports/text_layout.h"

namespace tenken::term {

inline constexpr int kWidth = 100;  // columns
inline constexpr int kIndent = 2;   // of fields under a heading and of tables

// ANSI SGR parameters.
inline constexpr const char* kBold = "1";
inline constexpr const char* kBoldRed = "1;31";
inline constexpr const char* kRed = "31";
inline constexpr const char* kYellow = "33";
inline constexpr const char* kCyan = "36";
inline constexpr const char* kDim = "2";

const char* severity_colour(Severity s);

class Page : public Speaker {
 public:
  explicit Page(const RenderOptions& o) : Speaker{o.lang}, color_(o.color) {}

  std::string paint(std::string_view text, const char* sgr) const {
    return color_ ? fmt::format("\x1b[{}m{}\x1b[0m", sgr, text) : std::string(text);
  }

  void line(std::string_view text = {});
  // The text in bold, underlined with `underline` characters across its display width.
  void heading(std::string_view text, const char* underline = "-");
  // `prefix` (which may be coloured) takes `prefix_width` columns; `text` follows it, wrapped,
  // its further lines indented by `indent` columns.
  void hanging(std::string_view prefix, int prefix_width, std::string_view text, int indent);
  std::string take() { return std::move(out_); }
  bool empty() const { return out_.empty(); }

 private:
  bool color_;
  std::string out_;
};

// A label at `indent` and its text wrapped from column `column`; nothing for empty text.
void field(Page& page, int indent, std::string_view label, std::string_view text, int column);

// A label followed by a list: one wrapped paragraph per item, each after a "- " at column
// `column`, so that items that take several lines stay apart.
void field_lines(Page& page, std::string_view label, const std::vector<std::string>& items, int column);

// The column where field text starts: after the indent and the widest label.
int field_column(const Page& page, std::initializer_list<Msg> labels);

// A table, indented: the first row bold, the first `text_columns` columns left-aligned, the
// others right-aligned (numbers), and the last one left-aligned too when `last_is_text`.
void write_table(Page& page, const std::vector<std::vector<std::string>>& rows, size_t text_columns = 1,
                 bool last_is_text = false);

// `text` made printable and cut to `width` columns, with "…" where it was cut (text_layout.h).
using layout::clip;

}  // namespace tenken::term
