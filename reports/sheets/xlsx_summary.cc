// The Summary sheet of the XLSX workbook: the facts of the assessment, the scores (before and
// after waivers when a waiver applies), coverage of the questions, the rule counts by state and
// the score per category. Scores and counts are numbers, so that a spreadsheet can chart and sum
// them; labels are in the report's language.
#include <array>
#include <cmath>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "common/messages.h"
#include "sheets/xlsx_sheets.h"

namespace tenken::xlsx {
namespace {

// Scores and weights rounded to 2 decimals as in the Result's JSON form, so that the workbook of a
// saved Result (tenken report) is the workbook of the check that saved it.
double rounded(double x) { return std::round(x * 100) / 100; }

// Label-and-value rows down the first two columns.
struct Rows {
  Sheet& sheet;
  const Styles& styles;
  Lang lang;
  int row = 0;

  void text(std::string_view label, std::string_view value) {
    if (value.empty()) return;
    sheet.text(row, 0, label, styles.label);
    sheet.text(row++, 1, value, styles.cell);
  }
  void number(std::string_view label, double value, lxw_format* format) {
    sheet.text(row, 0, label, styles.label);
    sheet.number(row++, 1, value, format);
  }
  void number(Msg label, double value, lxw_format* format) { number(message(label, lang), value, format); }
};

void write_facts(Rows& rows, const Result& r) {
  Lang lang = rows.lang;
  for (const auto& [label, value] : {std::pair{Msg::organization, r.organization.name},
                                     {Msg::sector, r.organization.sector},
                                     {Msg::assessment_date, format_date(r.assessment.date, lang)},
                                     {Msg::assessor, r.assessment.assessor},
                                     {Msg::scope, r.assessment.scope},
                                     {Msg::answers_file, r.answers_path},
                                     {Msg::waivers_file, r.waivers_path}})
    rows.text(message(label, lang), value);
}

void write_scores(Rows& rows, const Summary& s) {
  const WaiverCounts& w = s.waivers;
  rows.number(Msg::xlsx_score_default, rounded(s.score), rows.styles.score);
  rows.number(Msg::xlsx_score_flat, rounded(s.score_flat), rows.styles.score);
  if (!w.any()) return;
  rows.number(Msg::xlsx_score_default_after_waivers, rounded(s.score_after_waivers), rows.styles.score);
  rows.number(Msg::xlsx_score_flat_after_waivers, rounded(s.score_flat_after_waivers), rows.styles.score);
  rows.text(message(Msg::waivers_summary, rows.lang),
            say(Msg::waivers_summary_value, rows.lang, w.active,
                        w.expired, w.not_needed));
}

void write_coverage(Rows& rows, const Coverage& c) {
  Lang lang = rows.lang;
  rows.number(Msg::coverage, rounded(c.percent) / 100, rows.styles.percent);
  rows.number(Msg::xlsx_questions_asked, c.asked, rows.styles.cell);
  for (auto [status, count] : {std::pair{AnswerStatus::answered, c.answered},
                               {AnswerStatus::not_applicable, c.not_applicable},
                               {AnswerStatus::dont_know, c.dont_know},
                               {AnswerStatus::unanswered, c.unanswered}})
    rows.number(answer_status_name(status, lang), count, rows.styles.cell);
}

void write_counts(Rows& rows, const std::array<int, kStateCount>& counts) {
  rows.sheet.text(rows.row++, 0, message(Msg::rules, rows.lang), rows.styles.header);
  for (int i = 0; i < kStateCount; ++i) {
    rows.sheet.text(rows.row, 0, state_name(static_cast<State>(i), rows.lang), rows.styles.state[i]);
    rows.sheet.number(rows.row++, 1, counts[i], rows.styles.cell);
  }
}

// One row per category: scores (blank "-" when nothing is scored), weights and counts by state.
void write_categories(Rows& rows, const Summary& s) {
  if (s.categories.empty()) return;
  Lang lang = rows.lang;
  const Styles& st = rows.styles;
  bool waived = s.waivers.active > 0;
  std::vector<std::string> head = {message(Msg::column_category, lang), message(Msg::column_score, lang)};
  if (waived) head.push_back(message(Msg::score_after_waivers, lang));
  head.push_back(message(Msg::xlsx_weight_met, lang));
  head.push_back(message(Msg::xlsx_weight_scored, lang));
  for (int i = 0; i < kStateCount; ++i) head.push_back(state_name(static_cast<State>(i), lang));
  rows.sheet.header(rows.row, head, st.header);
  for (const CategoryScore& c : s.categories) {
    int row = ++rows.row, col = 0;
    auto score = [&](double value, double weight) {
      if (weight > 0) rows.sheet.number(row, col++, rounded(value), st.score);
      else rows.sheet.text(row, col++, "-", st.right);
    };
    rows.sheet.text(row, col++, c.title.in(lang).empty() ? c.category : c.title.in(lang), st.cell);
    score(c.score, c.weight_scored);
    if (waived) score(c.score_after_waivers, c.weight_scored_after_waivers);
    rows.sheet.number(row, col++, rounded(c.weight_met), st.cell);
    rows.sheet.number(row, col++, rounded(c.weight_scored), st.cell);
    for (int count : c.counts) rows.sheet.number(row, col++, count, st.cell);
  }
}

}  // namespace

void write_summary(Sheet& sheet, const Styles& styles, const Result& r, Lang lang) {
  sheet.width(0, 36);
  for (int col = 1; col <= 2 + kStateCount + 1; ++col) sheet.width(col, 12);
  Rows rows{sheet, styles, lang};
  sheet.text(rows.row, 0, message(Msg::report_title, lang), styles.title);
  rows.row += 2;
  write_facts(rows, r);
  ++rows.row;
  write_scores(rows, r.summary);
  ++rows.row;
  write_coverage(rows, r.summary.coverage);
  ++rows.row;
  write_counts(rows, r.summary.counts);
  ++rows.row;
  write_categories(rows, r.summary);
  lxw().worksheet_set_paper(sheet.get(), 9);  // A4
  lxw().worksheet_fit_to_pages(sheet.get(), 1, 0);
}

}  // namespace tenken::xlsx
