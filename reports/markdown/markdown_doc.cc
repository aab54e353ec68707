// The Markdown document writer (markdown_doc.h).
#include "markdown/markdown_doc.h"


#include <algorithm>

#include "tenken/reports/escape.h"
#include "tenken/reports/text_layout.h"

namespace tenken::md {
namespace {

bool ends_with(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

}  // namespace

std::string bold_label(std::string_view label) {
  while (ends_with(label, " ")) label.remove_suffix(1);
  constexpr std::string_view kWideColon = "：";
  if (ends_with(label, kWideColon)) {
    label.remove_suffix(kWideColon.size());
    return fmt::format("**{}**{}", label, kWideColon);
  }
  return fmt::format("**{}** ", label);
}

void Doc::start_block() {
  if (!out_.empty()) out_ += '\n';
  in_list_ = false;
}

void Doc::heading(int level, std::string_view text) {
  start_block();
  std::string line(text);
  // A heading's trailing "#"s after a space would be read as its closing sequence.
  size_t hashes = line.find_last_not_of('#') + 1;
  if (hashes < line.size() && hashes > 0 && line[hashes - 1] == ' ') line.insert(hashes, "\\");
  out_ += fmt::format("{} {}\n", std::string(level, '#'), line);
}

void Doc::paragraph(std::string_view text) {
  start_block();
  out_ += fmt::format("{}\n", text);
}

void Doc::item(std::string_view text, int depth) {
  if (!in_list_) start_block();
  in_list_ = true;
  out_ += fmt::format("{}- {}\n", std::string(2 * depth, ' '), text);
}

void Doc::numbered(int number, std::string_view text) {
  if (!in_list_) start_block();
  in_list_ = true;
  out_ += fmt::format("{}. {}\n", number, text);
}

void Doc::field(std::string_view label, std::string_view text, int depth) {
  if (!text.empty()) item(bold_label(label) + std::string(text), depth);
}

void Doc::field(Msg label, std::string_view text) { field(say(Msg::md_label, say(label)), text); }

void Doc::field_list(std::string_view label, const std::vector<std::string>& items) {
  if (items.empty()) return;
  std::string head = bold_label(label);
  while (!head.empty() && head.back() == ' ') head.pop_back();
  item(head);
  for (const std::string& i : items) item(i, 1);
}

void Doc::table(const std::vector<std::vector<std::string>>& rows, size_t text_columns) {
  start_block();
  std::vector<int> widths(rows[0].size(), 3);
  for (const auto& row : rows)
    for (size_t i = 0; i < row.size(); ++i)
      widths[i] = std::max(widths[i], layout::display_width(row[i]));
  auto line = [&](const std::vector<std::string>& cells) {
    std::string text = "|";
    for (size_t i = 0; i < cells.size(); ++i)
      text += " " + (i < text_columns ? layout::pad_right(cells[i], widths[i]) : layout::pad_left(cells[i], widths[i])) + " |";
    out_ += text + "\n";
  };
  line(rows[0]);
  std::vector<std::string> rule;
  for (size_t i = 0; i < widths.size(); ++i)
    rule.push_back(i < text_columns ? ":" + std::string(widths[i] - 1, '-') : std::string(widths[i] - 1, '-') + ":");
  line(rule);
  for (size_t r = 1; r < rows.size(); ++r) line(rows[r]);
}

}  // namespace tenken::md
