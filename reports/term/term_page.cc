// Page and the field helpers: see term_page.h.
#include "term/term_page.h"

#include <algorithm>

namespace tenken::term {

const char* severity_colour(Severity s) {
  switch (s) {
    case Severity::critical: return kBoldRed;
    case Severity::high: return kRed;
    case Severity::medium: return kYellow;
    case Severity::low: return kCyan;
    case Severity::info: return kDim;
  }
  return kDim;
}

void Page::line(std::string_view text) {
  out_.append(text);
  out_ += '\n';
}

void Page::heading(std::string_view text, const char* underline) {
  line(paint(text, kBold));
  std::string rule;
  for (int i = 0; i < layout::display_width(text); ++i) rule += underline;
  line(rule);
}

void Page::hanging(std::string_view prefix, int prefix_width, std::string_view text, int indent) {
  std::vector<std::string> lines = layout::wrap(text, kWidth - prefix_width, kWidth - indent);
  if (lines.empty()) lines.emplace_back();
  std::string first = std::string(prefix) + lines[0];
  while (!first.empty() && first.back() == ' ') first.pop_back();
  line(first);
  for (size_t i = 1; i < lines.size(); ++i) line(std::string(indent, ' ') + lines[i]);
}

void field(Page& page, int indent, std::string_view label, std::string_view text, int column) {
  if (text.empty()) return;
  std::string prefix = std::string(indent, ' ') + layout::pad_right(label, column - indent);
  page.hanging(prefix, column, text, column);
}

void field_lines(Page& page, std::string_view label, const std::vector<std::string>& items, int column) {
  for (size_t i = 0; i < items.size(); ++i) {
    std::string prefix =
        std::string(kIndent, ' ') + layout::pad_right(i == 0 ? label : "", column - kIndent) + "- ";
    page.hanging(prefix, column + 2, items[i], column + 2);
  }
}

int field_column(const Page& page, std::initializer_list<Msg> labels) {
  int widest = 0;
  for (Msg m : labels) widest = std::max(widest, layout::display_width(page.say(m)));
  return kIndent + widest + 1;
}

void write_table(Page& page, const std::vector<std::vector<std::string>>& rows, size_t text_columns,
                 bool last_is_text) {
  std::vector<int> widths(rows[0].size(), 0);
  for (const auto& row : rows)
    for (size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], layout::display_width(row[i]));
  for (size_t r = 0; r < rows.size(); ++r) {
    std::string text;
    for (size_t i = 0; i < rows[r].size(); ++i) {
      bool left = i < text_columns || (last_is_text && i + 1 == rows[r].size());
      if (i) text += "  ";
      text += left ? layout::pad_right(rows[r][i], widths[i]) : layout::pad_left(rows[r][i], widths[i]);
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    page.line(std::string(kIndent, ' ') + (r == 0 ? page.paint(text, kBold) : text));
  }
}

}  // namespace tenken::term
