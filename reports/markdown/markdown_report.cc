// The Markdown gap report (render_markdown): what a consultant pastes into an assessment
// document or a ticket. It follows the terminal report (term_report.cc): the header and the
// scores, the score per category, then the gaps, most severe first, each under its own heading
// with why it matters, what to do, what evidence to ask for, the cases and the answers behind it;
// then what still needs an answer or an auditor, the waivers, errors, and one line each for what
// passed or does not apply. It is GitHub-flavoured Markdown that also reads well as plain text:
// tables are padded to line up (counting Japanese characters as two columns), and bold labels
// keep their colon outside the bold in Japanese, where "**理由：**" would not render as bold.
// Every text that comes from the Result goes through markdown_escape() (escape.h) so that
// an answer file cannot add markup, links or HTML.
#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "common/findings.h"
#include "common/messages.h"
#include "common/priorities.h"
#include "markdown/markdown_doc.h"
#include "tenken/reports/escape.h"
#include "tenken/reports/render.h"

namespace tenken {
namespace {

using md::Doc;

// "[critical] backup-isolated-copy: Keep a backup copy that ransomware cannot reach"
std::string rule_line(const Doc& doc, const RuleResult& r) {
  return doc.say(Msg::md_rule_line, severity_name(r.severity, doc.lang), markdown_escape(r.rule),
                 markdown_escape(r.texts->title.in(doc.lang)));
}

std::string state_counts(const Doc& doc, const std::array<int, kStateCount>& counts) {
  std::vector<std::string> parts;
  for (int i = 0; i < kStateCount; ++i)
    parts.push_back(fmt::format("{} {}", state_name(static_cast<State>(i), doc.lang), counts[i]));
  return joined(parts, doc.lang);
}

void write_header(Doc& doc, const Result& r) {
  doc.heading(1, doc.say(Msg::report_title));
  for (const auto& [label, value] : {std::pair{Msg::organization, r.organization.name},
                                     {Msg::sector, r.organization.sector},
                                     {Msg::assessment_date, format_date(r.assessment.date, doc.lang)},
                                     {Msg::assessor, r.assessment.assessor},
                                     {Msg::scope, r.assessment.scope},
                                     {Msg::answers_file, file_name_of(r.answers_path)},
                                     {Msg::waivers_file, file_name_of(r.waivers_path)}})
    doc.field(label, markdown_escape(value));
}

void write_summary(Doc& doc, const Result& r) {
  const Summary& s = r.summary;
  const Coverage& c = s.coverage;
  const WaiverCounts& w = s.waivers;
  ScoreView v = score_view(r);
  doc.heading(2, doc.say(Msg::md_summary_heading));
  doc.paragraph(markdown_escape(executive_summary(r, doc.lang)));
  if (!v.enough_answered) doc.field(Msg::score, doc.say(Msg::score_not_enough, v.coverage, kMinCoverageToScore));
  if (v.known) doc.field(Msg::score_known, doc.say(Msg::score_known_value, *v.known, v.decided));
  if (v.enough_answered && v.xccdf) doc.field(Msg::score_all, doc.say(Msg::score_all_value, *v.xccdf, v.unknown));
  if (w.any()) {
    if (v.enough_answered && w.active > 0)
      if (std::optional<double> after = overall_score(s, true))
        doc.field(Msg::score_after_waivers, doc.say(Msg::score_plain, *after));
    doc.field(Msg::waivers_summary, doc.say(Msg::waivers_summary_value, w.active, w.expired, w.not_needed));
  }
  doc.field(Msg::coverage, doc.say(Msg::coverage_value, c.percent, c.asked, c.answered, c.not_applicable,
                                   c.dont_know, c.unanswered));
  if (c.quick_pass) doc.field(Msg::quick_pass, doc.say(Msg::quick_pass_value, c.quick_questions));
  doc.field(Msg::rules, state_counts(doc, s.counts));
}

// The action plan: a numbered list of at most kPlanItems actions, each with the rules it closes.
void write_plan(Doc& doc, const Result& r) {
  std::vector<PlannedAction> plan = action_plan(r);
  if (plan.empty()) return;
  doc.heading(2, doc.say(Msg::plan_heading));
  size_t shown = std::min(plan.size(), kPlanItems);
  for (size_t i = 0; i < shown; ++i) {
    const PlannedAction& a = plan[i];
    std::vector<std::string> ids;
    for (const RuleResult* rule : a.rules) ids.push_back(markdown_escape(rule->rule));
    doc.numbered(static_cast<int>(i + 1), fmt::format("**[{}]** {} {}{}", severity_name(a.severity, doc.lang),
                                                      markdown_escape(a.text.in(doc.lang)),
                                                      md::bold_label(doc.say(Msg::plan_closes)), joined(ids, doc.lang)));
  }
  if (plan.size() > shown) {
    size_t gaps = 0;
    for (size_t i = shown; i < plan.size(); ++i) gaps += plan[i].rules.size();
    doc.paragraph(doc.say(Msg::plan_more, plan.size() - shown, gaps));
  }
}

// The category table; the score after waivers and the waived count only when a waiver is active
// (only an active waiver changes a score).
void write_categories(Doc& doc, const Summary& s) {
  if (s.categories.empty()) return;
  bool waived = s.waivers.active > 0;
  auto score = [](double value, double weight) {
    return weight > 0 ? fmt::format("{:.1f}", value) : std::string("-");
  };
  auto count = [](const CategoryScore& c, State st) {
    return std::to_string(c.counts[static_cast<int>(st)]);
  };
  std::vector<std::string> head = {doc.say(Msg::column_category), doc.say(Msg::column_score)};
  if (waived) head.push_back(doc.say(Msg::score_after_waivers));
  head.push_back(doc.say(Msg::column_weight));
  for (State st : {State::pass, State::fail, State::unknown}) head.push_back(state_name(st, doc.lang));
  if (waived) head.push_back(state_name(State::waived, doc.lang));
  std::vector<std::vector<std::string>> rows = {head};
  for (const CategoryScore& c : s.categories) {
    std::vector<std::string> row = {markdown_escape(c.title.in(doc.lang)), score(c.score, c.weight_scored)};
    if (waived) row.push_back(score(c.score_after_waivers, c.weight_scored_after_waivers));
    row.push_back(fmt::format("{:g}/{:g}", c.weight_met, c.weight_scored));
    for (State st : {State::pass, State::fail, State::unknown}) row.push_back(count(c, st));
    if (waived) row.push_back(count(c, State::waived));
    rows.push_back(std::move(row));
  }
  doc.heading(2, doc.say(Msg::by_category));
  doc.table(rows);
}

// "NIST CSF 2.0 PR.DS-11; ISO/IEC 27001:2022 A.8.13", in the frameworks' order.
std::string references(const RuleResult& r) {
  std::vector<std::string> parts;
  for (const std::string& text : reference_texts(r.texts->refs)) parts.push_back(markdown_escape(text));
  return fmt::format("{}", fmt::join(parts, "; "));
}

std::string answer_line(const Doc& doc, const Result& r, const AnswerUsed& a) {
  std::string line = answer_text(r, a, doc.lang);
  if (!a.evidence.empty())
    line = doc.say(Msg::md_answer_with_evidence, line, joined(a.evidence, doc.lang));
  return markdown_escape(line);
}

void write_gap(Doc& doc, const Result& r, const RuleResult& rule) {
  doc.heading(3, rule_line(doc, rule));
  doc.field(doc.say(Msg::label_category), markdown_escape(category_title(r, rule.category, doc.lang)));
  doc.field(doc.say(Msg::label_why), markdown_escape(rule.texts->rationale.in(doc.lang)));
  doc.field(doc.say(Msg::label_todo), markdown_escape(rule.texts->recommendation.in(doc.lang)));
  doc.field(doc.say(Msg::label_evidence), markdown_escape(rule.texts->evidence.in(doc.lang)));
  std::vector<std::string> cases;
  for (const std::string& id : rule.texts->cases) cases.push_back(markdown_escape(case_title_line(r, id, doc.lang)));
  doc.field(doc.say(Msg::label_cases), joined(cases, doc.lang));
  std::vector<std::string> answers;
  for (const AnswerUsed* a : answers_shown(rule)) answers.push_back(answer_line(doc, r, *a));
  doc.field_list(doc.say(Msg::label_answers), answers);
  doc.field(doc.say(Msg::label_references), references(rule));
  if (rule.waiver) doc.field(doc.say(Msg::label_waiver), markdown_escape(waiver_text(*rule.waiver, doc.lang)));
}

void write_gaps(Doc& doc, const Result& r) {
  std::vector<const RuleResult*> failed = rules_in(r, State::fail);
  doc.heading(2, doc.say(Msg::gaps_heading, failed.size()));
  if (failed.empty()) doc.paragraph(doc.say(Msg::no_gaps));
  for (const RuleResult* rule : failed) write_gap(doc, r, *rule);
}

// Each question still to answer once, with the unknown rules that wait for it.
void write_needs_answer(Doc& doc, const Result& r) {
  std::vector<DecidingQuestion> questions = deciding_questions(r);
  if (questions.empty()) return;
  doc.heading(2, doc.say(Msg::questions_heading, questions.size(), rules_in(r, State::unknown).size()));
  for (const DecidingQuestion& d : questions) {
    std::string count = d.rules.size() == 1 ? doc.say(Msg::question_needed_by_one)
                                            : doc.say(Msg::question_needed_by, d.rules.size());
    doc.item(fmt::format("**[{}]** **{}**: {}", severity_name(d.severity, doc.lang), markdown_escape(d.question->question),
                         count));
    doc.item(markdown_escape(needed_question_detail(r, *d.rules.front(), d.question->question, doc.lang)), 1);
    std::vector<std::string> ids;
    for (const RuleResult* rule : d.rules) ids.push_back(markdown_escape(rule->rule));
    doc.field(doc.say(Msg::label_rules_waiting), joined(ids, doc.lang), 1);
  }
}

// Each case behind the gaps, told once, in order of id; the gaps name them by id and title.
void write_cases(Doc& doc, const Result& r) {
  std::vector<const CaseSummary*> cases;
  for (const CaseSummary& c : r.cases()) {
    bool cited = false;
    for (const RuleResult& rule : r.rules) {
      State s = counted_state(rule);
      if (s == State::fail)
        for (const std::string& id : rule.texts->cases) cited = cited || id == c.id;
    }
    if (cited) cases.push_back(&c);
  }
  if (cases.empty()) return;
  doc.heading(2, doc.say(Msg::cases_heading, cases.size()));
  for (const CaseSummary* c : cases) {
    doc.heading(3, markdown_escape(case_title_line(r, c->id, doc.lang)));
    doc.paragraph(markdown_escape(c->summary.in(doc.lang)));
  }
}

void write_needs_auditor(Doc& doc, const Result& r) {
  std::vector<const RuleResult*> manual = rules_in(r, State::notchecked);
  if (manual.empty()) return;
  doc.heading(2, doc.say(Msg::needs_auditor_heading, manual.size()));
  for (const RuleResult* rule : manual) {
    doc.item(rule_line(doc, *rule));
    for (const std::string& other : alternatives(*rule, doc.lang))
      doc.field(doc.say(Msg::label_alternative), markdown_escape(other), 1);
    doc.field(doc.say(Msg::label_evidence), markdown_escape(rule->texts->evidence.in(doc.lang)), 1);
  }
}

// Rules under an active waiver with their own state and the waiver; then waivers that expired or
// are no longer needed, so that the waivers file gets tidied.
void write_waivers(Doc& doc, const Result& r) {
  auto section = [&](const std::vector<const RuleResult*>& rules, Msg heading) {
    if (rules.empty()) return;
    doc.heading(2, doc.say(heading, rules.size()));
    for (const RuleResult* rule : rules) {
      doc.item(rule_line(doc, *rule));
      doc.field(doc.say(Msg::label_state), state_name(rule->state, doc.lang), 1);
      doc.field(doc.say(Msg::label_waiver), markdown_escape(waiver_text(*rule->waiver, doc.lang)), 1);
    }
  };
  section(rules_in(r, State::waived), Msg::waived_heading);
  section(rules_with_waiver(r, WaiverStatus::expired), Msg::expired_waivers_heading);
  section(rules_with_waiver(r, WaiverStatus::not_needed), Msg::unneeded_waivers_heading);
}

void write_errors(Doc& doc, const Result& r) {
  std::vector<const RuleResult*> rules = rules_in(r, State::error);
  if (rules.empty()) return;
  doc.heading(2, doc.say(Msg::errors_heading, rules.size()));
  for (const RuleResult* rule : rules) doc.item(rule_line(doc, *rule));
}

// "**Passed (3):** a, b, c" and "**Not applicable (1):** d", rule ids in Result order.
void write_id_lists(Doc& doc, const Result& r) {
  std::vector<std::string> passed, na;
  for (const RuleResult& rule : r.rules) {
    if (rule.state == State::pass) passed.push_back(markdown_escape(rule.rule));
    if (rule.state == State::notapplicable) na.push_back(markdown_escape(rule.rule));
  }
  if (passed.empty() && na.empty()) return;
  doc.heading(2, doc.say(Msg::md_other_rules_heading));
  for (const auto& [label, ids] : {std::pair{Msg::passed_list, &passed}, {Msg::not_applicable_list, &na}})
    if (!ids->empty())
      doc.paragraph(md::bold_label(doc.say(label, ids->size())) + joined(*ids, doc.lang));
}

}  // namespace

std::string render_markdown(const Result& r, const RenderOptions& o) {
  Doc doc(o.lang);
  write_header(doc, r);
  write_summary(doc, r);
  write_plan(doc, r);
  write_categories(doc, r.summary);
  write_gaps(doc, r);
  write_needs_answer(doc, r);
  write_needs_auditor(doc, r);
  write_waivers(doc, r);
  write_errors(doc, r);
  write_id_lists(doc, r);
  write_cases(doc, r);
  return doc.take();
}

}  // namespace tenken
