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
#include <fmt/ranges.h>

#include "common/messages.h"
#include "common/priorities.h"
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
                                     {Msg::answers_file, file_name_of(r.answers_path)},
                                     {Msg::waivers_file, file_name_of(r.waivers_path)}})
    rows.text(message(label, lang), value);
}

// The score of what the answers decide and the XCCDF scores, each with a sentence on what it is;
// no score while too little is answered.
void write_scores(Rows& rows, const Result& r) {
  const Summary& s = r.summary;
  const WaiverCounts& w = s.waivers;
  Lang lang = rows.lang;
  ScoreView v = score_view(r);
  auto explained = [&](Msg label, double value, const std::string& meaning) {
    rows.sheet.text(rows.row, 2, meaning, rows.styles.cell);
    rows.number(label, rounded(value), rows.styles.score);
  };
  if (!v.enough_answered) rows.text(message(Msg::score, lang), say(Msg::score_not_enough, lang, v.coverage, kMinCoverageToScore));
  if (v.known) explained(Msg::score_known, *v.known, say(Msg::score_known_value, lang, *v.known, v.decided));
  if (v.enough_answered) {
    explained(Msg::xlsx_score_default, s.score, say(Msg::score_all_value, lang, s.score, v.unknown));
    rows.number(Msg::xlsx_score_flat, rounded(s.score_flat), rows.styles.score);
  }
  if (!w.any()) return;
  if (v.enough_answered) {
    rows.number(Msg::xlsx_score_default_after_waivers, rounded(s.score_after_waivers), rows.styles.score);
    rows.number(Msg::xlsx_score_flat_after_waivers, rounded(s.score_flat_after_waivers), rows.styles.score);
  }
  rows.text(message(Msg::waivers_summary, lang), say(Msg::waivers_summary_value, lang, w.active, w.expired, w.not_needed));
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
  rows.text(message(Msg::summary_heading, lang), executive_summary(r, lang));
  ++rows.row;
  write_scores(rows, r);
  ++rows.row;
  write_coverage(rows, r.summary.coverage);
  ++rows.row;
  write_counts(rows, r.summary.counts);
  ++rows.row;
  write_categories(rows, r.summary);
  lxw().worksheet_set_paper(sheet.get(), 9);  // A4
  lxw().worksheet_fit_to_pages(sheet.get(), 1, 0);
}

void write_plan(Sheet& sheet, const Styles& styles, const Result& r, Lang lang) {
  sheet.header(0, {"#", message(Msg::column_severity, lang), message(Msg::plan_heading, lang),
                   bare_label(Msg::plan_closes, lang), message(Msg::column_cases, lang)},
               styles.header);
  int row = 0;
  for (const PlannedAction& a : action_plan(r)) {
    ++row;
    std::vector<std::string> rules;
    for (const RuleResult* rule : a.rules) rules.push_back(rule->rule);
    sheet.number(row, 0, row, styles.cell);
    sheet.text(row, 1, severity_name(a.severity, lang), styles.cell);
    sheet.text(row, 2, a.text.in(lang), styles.wrapped);
    sheet.text(row, 3, fmt::format("{}", fmt::join(rules, "\n")), styles.wrapped);
    sheet.text(row, 4, fmt::format("{}", fmt::join(a.cases, "\n")), styles.wrapped);
  }
  for (auto [col, width] : {std::pair{0, 5.0}, {1, 10.0}, {2, 70.0}, {3, 36.0}, {4, 16.0}}) sheet.width(col, width);
  sheet.table_view(row, 4, 1);
}

}  // namespace tenken::xlsx
