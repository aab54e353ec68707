// The sheets of the XLSX workbook (xlsx_sheets.h): "Summary" with the header facts, the scores,
// the counts and the score per category; "Findings", the rule table (rule_table.h) with display
// names, coloured states and severities, filters and frozen headings; "Questions to answer".
#include "sheets/xlsx_sheets.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cctype>
#include <cstdlib>
#include <span>
#include <utility>

#include "common/findings.h"
#include "common/messages.h"
#include "sheets/rule_table.h"
#include "tenken/reports/escape.h"
#include "tenken/utf8.h"

namespace tenken::xlsx {
namespace {

constexpr size_t kCellMax = 32767;  // characters a cell holds

// Fill and font colours of a state or a severity: red for what is wrong, amber for what is not
// known, green for what passed, blue for what a person must check, grey for what does not count.
struct Colours {
  lxw_color_t fill, font;
};
constexpr Colours kRed{0xFFC7CE, 0x9C0006}, kAmber{0xFFEB9C, 0x9C5700}, kGreen{0xC6EFCE, 0x006100},
    kBlue{0xDDEBF7, 0x1F4E78}, kGrey{0xEDEDED, 0x595959}, kPurple{0xE4DFEC, 0x5B3A7A},
    kDarkRed{0x9C0006, 0xFFFFFF};

constexpr Colours state_colours(State s) {
  switch (s) {
    case State::pass: return kGreen;
    case State::fail: return kRed;
    case State::unknown: return kAmber;
    case State::notapplicable: return kGrey;
    case State::notchecked: return kBlue;
    case State::waived: return kPurple;
    case State::error: return kDarkRed;
  }
  return kGrey;
}

constexpr Colours severity_colours(Severity s) {
  switch (s) {
    case Severity::critical: return kDarkRed;
    case Severity::high: return kRed;
    case Severity::medium: return kAmber;
    case Severity::low: return kBlue;
    case Severity::info: return kGrey;
  }
  return kGrey;
}

lxw_format* top_aligned(lxw_workbook* book) {
  lxw_format* f = lxw().workbook_add_format(book);
  lxw().format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
  return f;
}

lxw_format* coloured(lxw_workbook* book, Colours c) {
  lxw_format* f = top_aligned(book);
  lxw().format_set_bg_color(f, c.fill);
  lxw().format_set_font_color(f, c.font);
  return f;
}

// The text cut to what a cell holds, at a character boundary, ending in "…" when cut.
std::string fitted(std::string_view text) {
  size_t chars = 0, cut = 0;
  for (size_t i = 0; i < text.size(); ++chars) {
    if (chars == kCellMax - 1) cut = i;
    utf8::decode(text, i);
  }
  return chars <= kCellMax ? std::string(text) : std::string(text.substr(0, cut)) + "…";
}

// Hidden characters are shown by the rule every report follows (escape.h), so none reaches the
// sheet's XML. Excel reads "_xHHHH_" back as the character HHHH; text that contains such a
// sequence literally has its "_" written as "_x005F_", as Excel itself does, to show as written.
std::string literal(std::string_view raw) {
  auto hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
  std::string visible = utf8::make_visible(raw, kKeptControls);
  std::string_view text = visible;
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && hex(text[i + 2]) &&
        hex(text[i + 3]) && hex(text[i + 4]) && hex(text[i + 5]) && text[i + 6] == '_')
      out += "_x005F";
    out += text[i];
  }
  return out;
}

// A cell of the findings sheet: states and severities coloured, the weight a number, lists and
// prose wrapped.
void write_rule_cell(Sheet& sheet, const Styles& styles, const RuleResult& rule, const RuleColumn& c,
                     const std::string& value, int row, int col) {
  lxw_format* format = c.kind == ColumnKind::list || c.kind == ColumnKind::text ? styles.wrapped : styles.cell;
  if (c.name == "state") format = styles.state[static_cast<int>(rule.state)];
  if (c.name == "counted_state") format = styles.state[static_cast<int>(counted_state(rule))];
  if (c.name == "severity") format = styles.severity[static_cast<int>(rule.severity)];
  if (c.kind == ColumnKind::number)
    sheet.number(row, col, std::strtod(value.c_str(), nullptr), format);
  else
    sheet.text(row, col, value, format);
}

double column_width(const RuleColumn& c) {
  switch (c.kind) {
    case ColumnKind::id: return 28;
    case ColumnKind::number: return 8;
    case ColumnKind::word: return 14;
    case ColumnKind::list: return 34;
    case ColumnKind::text: return c.name == "title" ? 40 : 60;
    case ColumnKind::fact: break;
  }
  return 14;
}

}  // namespace

Styles make_styles(lxw_workbook* book) {
  Styles s;
  s.title = lxw().workbook_add_format(book);
  lxw().format_set_bold(s.title);
  lxw().format_set_font_size(s.title, 14);
  s.label = top_aligned(book);
  lxw().format_set_bold(s.label);
  s.header = top_aligned(book);
  lxw().format_set_bold(s.header);
  lxw().format_set_text_wrap(s.header);
  lxw().format_set_bg_color(s.header, 0xD9D9D9);
  lxw().format_set_bottom(s.header, LXW_BORDER_THIN);
  s.cell = top_aligned(book);
  s.wrapped = top_aligned(book);
  lxw().format_set_text_wrap(s.wrapped);
  s.score = top_aligned(book);
  lxw().format_set_num_format(s.score, "0.0");
  s.percent = top_aligned(book);
  lxw().format_set_num_format(s.percent, "0.0%");
  s.right = top_aligned(book);
  lxw().format_set_align(s.right, LXW_ALIGN_RIGHT);
  for (int i = 0; i < kStateCount; ++i) s.state[i] = coloured(book, state_colours(static_cast<State>(i)));
  for (int i = 0; i < 5; ++i) s.severity[i] = coloured(book, severity_colours(static_cast<Severity>(i)));
  return s;
}

void Sheet::text(int row, int col, std::string_view text, lxw_format* format) {
  if (text.empty()) {
    if (format) check(lxw().worksheet_write_blank(sheet_, row, col, format));
    return;
  }
  check(lxw().worksheet_write_string(sheet_, row, col, fitted(literal(text)).c_str(), format));
}

void Sheet::number(int row, int col, double value, lxw_format* format) {
  check(lxw().worksheet_write_number(sheet_, row, col, value, format));
}

void Sheet::width(int col, double width, lxw_format* format) {
  check(lxw().worksheet_set_column(sheet_, col, col, width, format));
}

void Sheet::header(int row, const std::vector<std::string>& headings, lxw_format* format) {
  for (size_t i = 0; i < headings.size(); ++i) text(row, static_cast<int>(i), headings[i], format);
}

void Sheet::table_view(int last_row, int last_col, int cols_frozen) {
  lxw().worksheet_freeze_panes(sheet_, 1, cols_frozen);
  check(lxw().worksheet_autofilter(sheet_, 0, 0, last_row, last_col));
  lxw().worksheet_set_landscape(sheet_);
  lxw().worksheet_set_paper(sheet_, 9);  // A4
  lxw().worksheet_fit_to_pages(sheet_, 1, 0);
  check(lxw().worksheet_repeat_rows(sheet_, 0, 0));
}

void write_findings(Sheet& sheet, const Styles& styles, const Result& r, Lang lang) {
  std::span<const RuleColumn> columns = rule_columns();
  auto shown = [](const RuleColumn& c) { return c.kind != ColumnKind::fact; };  // facts: on Summary
  std::vector<std::string> headings;
  for (const RuleColumn& c : columns)
    if (shown(c)) headings.push_back(column_heading(c, lang));
  sheet.header(0, headings, styles.header);
  int row = 0;
  for (const RuleResult& rule : r.rules) {
    std::vector<std::string> cells = rule_row(r, rule, lang, Names::display);
    ++row;
    int col = 0;
    for (size_t i = 0; i < columns.size(); ++i)
      if (shown(columns[i])) write_rule_cell(sheet, styles, rule, columns[i], cells[i], row, col++);
  }
  int col = 0;
  for (const RuleColumn& c : columns)
    if (shown(c)) sheet.width(col++, column_width(c));
  sheet.table_view(row, col - 1, 1);
}

void write_questions(Sheet& sheet, const Styles& styles, const Result& r, Lang lang) {
  sheet.header(0, {message(Msg::column_question, lang), message(Msg::column_question_text, lang),
                   message(Msg::column_answer_status, lang), message(Msg::column_comment, lang),
                   message(Msg::column_waiting_rules, lang)},
               styles.header);
  int row = 0;
  for (const QuestionNeeded& q : r.questions_needed) {
    // How the answers stand on the question, as the rules that read it saw it.
    const AnswerUsed* seen = nullptr;
    std::string comment;
    for (const RuleResult& rule : r.rules)
      for (const AnswerUsed& a : rule.answers)
        if (a.question == q.question) {
          if (!seen) seen = &a;
          if (comment.empty()) comment = a.comment;
        }
    ++row;
    sheet.text(row, 0, q.question, styles.cell);
    sheet.text(row, 1, needed_text(q, lang), styles.wrapped);
    sheet.text(row, 2, seen ? answer_status_name(seen->status, lang) : "", styles.cell);
    sheet.text(row, 3, comment, styles.wrapped);
    sheet.text(row, 4, fmt::format("{}", fmt::join(q.rules, "\n")), styles.wrapped);
  }
  for (auto [col, width] : {std::pair{0, 30.0}, {1, 60.0}, {2, 14.0}, {3, 40.0}, {4, 30.0}})
    sheet.width(col, width);
  sheet.table_view(row, 4, 1);
}

}  // namespace tenken::xlsx
