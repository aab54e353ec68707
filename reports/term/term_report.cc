// The terminal gap report (render_terminal): what an operator reads after `tenken check`.
// It leads with what to fix: failed rules, most severe first, each with why it matters, what to
// do, the real cases behind it and the answers that decided it; then what still needs an answer
// or an auditor, and only one line for what passed. Text is wrapped at 100 columns by display
// width (text_layout.h). Colour is ANSI escapes, only when asked for, and never inside wrapped
// text, so that wrapping counts only visible characters.
#include <algorithm>
#include <array>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "common/findings.h"
#include "common/messages.h"
#include "common/priorities.h"
#include "tenken/reports/render.h"
#include "tenken/reports/text_layout.h"
#include "term/term_page.h"

namespace tenken {
namespace {

using namespace term;

// "[critical] backup-isolated-copy  Keep a backup copy ..."
void rule_title(Page& page, const RuleResult& r, int column) {
  std::string tag = fmt::format("[{}]", severity_name(r.severity, page.lang));
  std::string id = layout::printable(r.rule);
  std::string plain = fmt::format("{} {}  ", tag, id);
  std::string shown =
      fmt::format("{} {}  ", page.paint(tag, severity_colour(r.severity)), page.paint(id, kBold));
  page.hanging(shown, layout::display_width(plain), r.texts->title.in(page.lang), column);
}

std::string state_counts(const Page& page, const std::array<int, kStateCount>& counts) {
  std::vector<std::string> parts;
  for (int i = 0; i < kStateCount; ++i)
    parts.push_back(fmt::format("{} {}", state_name(static_cast<State>(i), page.lang), counts[i]));
  return joined(parts, page.lang);
}

// Label-and-value lines at the left margin, the values aligned; a blank row separates blocks.
void write_block(Page& page, const std::vector<std::pair<Msg, std::string>>& rows) {
  int column = 0;
  for (const auto& [label, text] : rows)
    if (!text.empty()) column = std::max(column, layout::display_width(page.say(label)));
  for (const auto& [label, text] : rows) field(page, 0, page.say(label), text, column + 2);
}

// The title, who and when, and the scores: the first lines, so that the summary and the action
// plan that follow fit on the first screen.
void write_header(Page& page, const Result& r) {
  const Summary& s = r.summary;
  const Coverage& c = s.coverage;
  page.heading(page.say(Msg::report_title), "=");
  page.line();
  ScoreView v = score_view(r);
  const WaiverCounts& w = s.waivers;
  auto plain = [&](std::optional<double> score) { return score ? page.say(Msg::score_plain, *score) : ""; };
  write_block(page, {{Msg::organization, r.organization.name},
                     {Msg::assessment_date, format_date(r.assessment.date, page.lang)},
                     {Msg::score, v.enough_answered ? "" : page.say(Msg::score_not_enough, v.coverage, kMinCoverageToScore)},
                     {Msg::score_known, v.known ? page.say(Msg::score_known_value, *v.known, v.decided) : ""},
                     {Msg::score_all, v.enough_answered && v.xccdf ? page.say(Msg::score_all_value, *v.xccdf, v.unknown) : ""},
                     {Msg::score_after_waivers, v.enough_answered && w.active > 0 ? plain(overall_score(s, true)) : ""},
                     {Msg::waivers_summary,
                      w.any() ? page.say(Msg::waivers_summary_value, w.active, w.expired, w.not_needed) : ""},
                     {Msg::coverage, page.say(Msg::coverage_value, c.percent, c.asked, c.answered,
                                              c.not_applicable, c.dont_know, c.unanswered)},
                     {Msg::quick_pass, c.quick_pass ? page.say(Msg::quick_pass_value, c.quick_questions) : ""}});
}

// The rest of what the assessment says of itself, and the rules by state, after the plan.
void write_details(Page& page, const Result& r) {
  page.line();
  write_block(page, {{Msg::sector, r.organization.sector},
                     {Msg::assessor, r.assessment.assessor},
                     {Msg::scope, r.assessment.scope},
                     {Msg::answers_file, file_name_of(r.answers_path)},
                     {Msg::waivers_file, file_name_of(r.waivers_path)},
                     {Msg::rules, state_counts(page, r.summary.counts)}});
}

// A few sentences on where things stand, then the actions that close the most serious gaps.
void write_summary_and_plan(Page& page, const Result& r) {
  page.line();
  page.heading(page.say(Msg::summary_heading));
  page.hanging("", 0, executive_summary(r, page.lang), 0);
  std::vector<PlannedAction> plan = action_plan(r);
  if (plan.empty()) return;
  page.line();
  page.heading(page.say(Msg::plan_heading));
  size_t shown = std::min(plan.size(), kPlanItems);
  std::string closes = page.say(Msg::plan_closes);
  if (!closes.ends_with("：")) closes += ' ';  // a full-width colon has its space in it
  for (size_t i = 0; i < shown; ++i) {
    const PlannedAction& a = plan[i];
    std::string number = fmt::format("{:>2}. ", i + 1);
    page.hanging(number, 4, layout::printable(a.text.in(page.lang)), 4);
    std::string tag = fmt::format("[{}] ", severity_name(a.severity, page.lang));
    std::vector<std::string> ids;
    for (const RuleResult* rule : a.rules) ids.push_back(rule->rule);
    std::string prefix = std::string(4, ' ') + tag + closes;
    page.hanging(std::string(4, ' ') + page.paint(tag, severity_colour(a.severity)) + closes,
                 layout::display_width(prefix), joined(ids, page.lang), layout::display_width(prefix));
  }
  if (plan.size() > shown) {
    size_t gaps = 0;
    for (size_t i = shown; i < plan.size(); ++i) gaps += plan[i].rules.size();
    page.hanging("    ", 4, page.say(Msg::plan_more, plan.size() - shown, gaps), 4);
  }
}

void write_categories(Page& page, const Summary& s) {
  if (s.categories.empty()) return;
  page.line();
  page.heading(page.say(Msg::by_category));
  auto count = [](const CategoryScore& c, State st) {
    return std::to_string(c.counts[static_cast<int>(st)]);
  };
  auto score = [](double value, double weight) {
    return weight > 0 ? fmt::format("{:.1f}", value) : std::string("-");
  };
  bool waivers = s.waivers.active > 0;
  std::vector<std::string> head = {page.say(Msg::column_category), page.say(Msg::column_score)};
  if (waivers) head.push_back(page.say(Msg::score_after_waivers));
  for (const char* h : {page.say(Msg::column_weight), state_name(State::pass, page.lang),
                        state_name(State::fail, page.lang), state_name(State::unknown, page.lang)})
    head.push_back(h);
  if (waivers) head.push_back(state_name(State::waived, page.lang));
  std::vector<std::vector<std::string>> rows = {head};
  for (const CategoryScore& c : s.categories) {
    std::vector<std::string> row = {layout::printable(c.title.in(page.lang)), score(c.score, c.weight_scored)};
    if (waivers) row.push_back(score(c.score_after_waivers, c.weight_scored_after_waivers));
    for (std::string cell : {fmt::format("{:g}/{:g}", c.weight_met, c.weight_scored), count(c, State::pass),
                             count(c, State::fail), count(c, State::unknown)})
      row.push_back(cell);
    if (waivers) row.push_back(count(c, State::waived));
    rows.push_back(row);
  }
  write_table(page, rows);
}

void write_gaps(Page& page, const Result& r) {
  std::vector<const RuleResult*> failed = rules_in(r, State::fail);
  page.line();
  page.heading(page.say(Msg::gaps_heading, failed.size()));
  if (failed.empty()) page.line(page.say(Msg::no_gaps));
  int column = field_column(
      page, {Msg::label_why, Msg::label_todo, Msg::label_cases, Msg::label_answers, Msg::label_waiver});
  for (size_t i = 0; i < failed.size(); ++i) {
    const RuleResult& rule = *failed[i];
    if (i > 0) page.line();
    rule_title(page, rule, column);
    field(page, kIndent, page.say(Msg::label_why), rule.texts->rationale.in(page.lang), column);
    field(page, kIndent, page.say(Msg::label_todo), rule.texts->recommendation.in(page.lang), column);
    std::vector<std::string> cases;
    for (const std::string& id : rule.texts->cases) cases.push_back(case_title_line(r, id, page.lang));
    field_lines(page, page.say(Msg::label_cases), cases, column);
    std::vector<std::string> answers;
    for (const AnswerUsed* a : answers_shown(rule)) answers.push_back(answer_text(r, *a, page.lang));
    field_lines(page, page.say(Msg::label_answers), answers, column);
    if (rule.waiver) field(page, kIndent, page.say(Msg::label_waiver), waiver_text(*rule.waiver, page.lang), column);
  }
}

// The questions still to answer, each once with the unknown rules that wait for it, those that
// decide the most first.
void write_needs_answer(Page& page, const Result& r) {
  std::vector<DecidingQuestion> questions = deciding_questions(r);
  if (questions.empty()) return;
  page.line();
  page.heading(page.say(Msg::questions_heading, questions.size(), rules_in(r, State::unknown).size()));
  int column = kIndent + 4;
  std::string rules_label = page.say(Msg::label_rules_waiting);
  for (size_t i = 0; i < questions.size(); ++i) {
    const DecidingQuestion& d = questions[i];
    if (i > 0) page.line();
    std::string tag = fmt::format("[{}]", severity_name(d.severity, page.lang));
    std::string id = layout::printable(d.question->question);
    std::string count = d.rules.size() == 1 ? page.say(Msg::question_needed_by_one)
                                            : page.say(Msg::question_needed_by, d.rules.size());
    std::string plain = fmt::format("{} {}  ", tag, id);
    page.hanging(std::string(kIndent, ' ') + page.paint(tag, severity_colour(d.severity)) + " " + page.paint(id, kBold) + "  ",
                 kIndent + layout::display_width(plain), count, column);
    std::string text = needed_question_detail(r, *d.rules.front(), d.question->question, page.lang);
    page.hanging(std::string(column, ' '), column, layout::printable(text), column);
    std::vector<std::string> ids;
    for (const RuleResult* rule : d.rules) ids.push_back(rule->rule);
    int rules_column = column + layout::display_width(rules_label) + 1;
    page.hanging(std::string(column, ' ') + rules_label + " ", rules_column, joined(ids, page.lang), rules_column);
  }
}

void write_needs_auditor(Page& page, const Result& r) {
  std::vector<const RuleResult*> manual = rules_in(r, State::notchecked);
  if (manual.empty()) return;
  page.line();
  page.heading(page.say(Msg::needs_auditor_heading, manual.size()));
  bool any_alternative = std::any_of(manual.begin(), manual.end(),
                                     [&](const RuleResult* m) { return !alternatives(*m, page.lang).empty(); });
  int column = any_alternative ? field_column(page, {Msg::label_evidence, Msg::label_alternative})
                               : field_column(page, {Msg::label_evidence});
  for (size_t i = 0; i < manual.size(); ++i) {
    if (i > 0) page.line();
    rule_title(page, *manual[i], column);
    std::vector<std::string> others = alternatives(*manual[i], page.lang);
    if (!others.empty()) field_lines(page, page.say(Msg::label_alternative), others, column);
    field(page, kIndent, page.say(Msg::label_evidence), manual[i]->texts->evidence.in(page.lang), column);
  }
}

// Rules under an active waiver, with their own state and the waiver; then waivers that expired or
// are no longer needed, so that the waivers file gets tidied.
void write_waivers(Page& page, const Result& r) {
  int column = field_column(page, {Msg::label_state, Msg::label_waiver});
  auto section = [&](const std::vector<const RuleResult*>& rules, Msg heading) {
    if (rules.empty()) return;
    page.line();
    page.heading(page.say(heading, rules.size()));
    for (size_t i = 0; i < rules.size(); ++i) {
      if (i > 0) page.line();
      rule_title(page, *rules[i], column);
      field(page, kIndent, page.say(Msg::label_state), state_name(rules[i]->state, page.lang), column);
      field(page, kIndent, page.say(Msg::label_waiver), waiver_text(*rules[i]->waiver, page.lang), column);
    }
  };
  section(rules_in(r, State::waived), Msg::waived_heading);
  section(rules_with_waiver(r, WaiverStatus::expired), Msg::expired_waivers_heading);
  section(rules_with_waiver(r, WaiverStatus::not_needed), Msg::unneeded_waivers_heading);
}

// A heading and one title line per rule: for error rules, which the Result explains no further.
void write_titles(Page& page, const Result& r, State state, Msg heading) {
  std::vector<const RuleResult*> rules = rules_in(r, state);
  if (rules.empty()) return;
  page.line();
  page.heading(page.say(heading, rules.size()));
  for (const RuleResult* rule : rules) rule_title(page, *rule, kIndent);
}

std::vector<std::string> ids_in(const Result& r, State state) {
  std::vector<std::string> ids;
  for (const RuleResult& rule : r.rules)
    if (rule.state == state) ids.push_back(rule.rule);
  return ids;
}

// "Passed (3): a, b, c" and "Not applicable (1): d", each on as few lines as it takes, after a
// blank line; rule ids in Result order (by id). Nothing when both are empty.
void write_id_lists(Page& page, const Result& r) {
  std::vector<std::string> passed = ids_in(r, State::pass), na = ids_in(r, State::notapplicable);
  if (passed.empty() && na.empty()) return;
  page.line();
  for (const auto& [label, ids] :
       {std::pair{Msg::passed_list, &passed}, {Msg::not_applicable_list, &na}}) {
    if (ids->empty()) continue;
    std::string prefix = page.say(label, ids->size());
    page.hanging(page.paint(prefix, kBold), layout::display_width(prefix), joined(*ids, page.lang),
                 kIndent);
  }
}

}  // namespace

std::string render_terminal(const Result& r, const RenderOptions& o) {
  Page page(o);
  write_header(page, r);
  write_summary_and_plan(page, r);
  write_details(page, r);
  write_categories(page, r.summary);
  write_gaps(page, r);
  write_needs_answer(page, r);
  write_needs_auditor(page, r);
  write_waivers(page, r);
  write_titles(page, r, State::error, Msg::errors_heading);
  write_id_lists(page, r);
  return page.take();
}

}  // namespace tenken
