// JUnit XML (render_junit), for CI pipelines: GitLab, Jenkins and GitHub test reporters show the
// assessment as a test run, one test suite per category and one test case per rule, so that a
// gap shows up in the merge request or the build page next to the code that configures the
// systems. Suites come in the summary's category order (named by the category's title, its id in
// a property); cases in rule id order, classname the category id and name "rule-id: title".
//
// How states map: a failed rule is a <failure> (type = its severity; message = what to do; the
// body has why, the cases, the answers with their lines, the references). An unknown rule is a
// <failure> too, whose message lists the questions still to answer: `tenken check` exits 3 for
// it, so a CI run must not turn green while a rule waits for an answer. An error is an <error>.
// Rules under an active waiver, not applicable, or needing an auditor are <skipped>, with a
// message saying which and why. Everything from rules and answers is XML-escaped, and characters
// XML 1.0 cannot hold are replaced (escape.h). No timestamps, host names or durations: time="0".
// The output is valid against Jenkins' JUnit schema (junit-10.xsd of the xUnit plugin).
#include <fmt/format.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ci/ci_text.h"
#include "common/findings.h"
#include "tenken/reports/escape.h"
#include "tenken/reports/render.h"

namespace tenken {
namespace {

using ci::labelled;

struct Counts {
  int tests = 0, failures = 0, errors = 0, skipped = 0;

  void add(State counted) {
    ++tests;
    if (counted == State::fail || counted == State::unknown) ++failures;
    else if (counted == State::error) ++errors;
    else if (counted != State::pass) ++skipped;
  }
};

Counts count(const std::vector<const RuleResult*>& rules) {
  Counts c;
  for (const RuleResult* r : rules) c.add(counted_state(*r));
  return c;
}

std::string counts_attributes(const Counts& c) {
  return fmt::format(R"(tests="{}" failures="{}" errors="{}" skipped="{}" time="0")", c.tests,
                     c.failures, c.errors, c.skipped);
}

// <testsuites> has no "skipped" in Jenkins' schema (junit-10.xsd): the suites below carry it.
std::string total_attributes(const Counts& c) {
  return fmt::format(R"(tests="{}" failures="{}" errors="{}" time="0")", c.tests, c.failures, c.errors);
}

std::string attr(std::string_view text) { return xml_escape(ci::one_line(text)); }

// A label and its items: on the label's line for one item, as "- " lines below it for several.
void add_list(std::vector<std::string>& lines, Msg label, const std::vector<std::string>& items, Lang lang) {
  if (items.empty()) return;
  if (items.size() == 1) {
    lines.push_back(labelled(label, items[0], lang));
    return;
  }
  lines.push_back(message(label, lang));
  for (const std::string& item : items) lines.push_back("- " + item);
}

// The body of a <failure>: everything an operator needs to act on the rule from the CI page.
std::string failure_body(const Result& r, const RuleResult& rule, Lang lang) {
  std::vector<std::string> lines = {
      labelled(Msg::label_state, state_text(rule, lang), lang),
      labelled(Msg::label_severity,
               say(Msg::severity_value, lang, severity_name(rule.severity, lang), rule.weight), lang)};
  auto add = [&](Msg label, const std::string& text) {
    if (!text.empty()) lines.push_back(labelled(label, text, lang));
  };
  add(Msg::label_why, rule.texts->rationale.in(lang));
  add(Msg::label_todo, rule.texts->recommendation.in(lang));
  add_list(lines, Msg::label_questions, ci::needed_questions(r, rule, lang), lang);
  std::vector<std::string> cases;
  for (const std::string& id : rule.texts->cases) cases.push_back(case_title_line(r, id, lang));
  add_list(lines, Msg::label_cases, cases, lang);
  add_list(lines, Msg::label_answers, ci::located_answers(r, rule, lang), lang);
  if (rule.waiver) add(Msg::label_waiver, waiver_text(*rule.waiver, lang));
  add_list(lines, Msg::label_references, reference_texts(rule.texts->refs), lang);
  std::string body;
  for (const std::string& line : lines) body += xml_escape(line) + "\n";
  return body;
}

// Why a rule is skipped: the waiver it is under, why it does not apply, or that an auditor decides.
std::string skip_reason(const RuleResult& rule, Lang lang) {
  switch (counted_state(rule)) {
    case State::waived: return say(Msg::field_value, lang, state_text(rule, lang), waiver_text(*rule.waiver, lang));
    case State::notapplicable:
      return say(Msg::field_value, lang, state_name(State::notapplicable, lang),
                 joined(ci::not_applicable_reasons(rule, lang), lang));
    default:
      return say(Msg::label_value, lang, message(Msg::auditor_to_examine, lang),
                 labelled(Msg::label_evidence, rule.texts->evidence.in(lang), lang));
  }
}

// The element inside a <testcase>, or nothing for a pass.
std::string outcome(const Result& r, const RuleResult& rule, Lang lang) {
  switch (State state = counted_state(rule)) {
    case State::pass: return "";
    case State::fail:
    case State::unknown: {
      std::string what = state == State::fail ? rule.texts->recommendation.in(lang)
                                              : labelled(Msg::label_questions,
                                                         joined(ci::needed_questions(r, rule, lang), lang), lang);
      return fmt::format("      <failure type=\"{}\" message=\"{}\">{}</failure>\n", format_as(rule.severity),
                         attr(what), failure_body(r, rule, lang));
    }
    case State::error:
      return fmt::format("      <error type=\"error\" message=\"{}\"/>\n", attr(message(Msg::rule_error, lang)));
    case State::waived:
    case State::notapplicable:
    case State::notchecked:
      return fmt::format("      <skipped message=\"{}\"/>\n", attr(skip_reason(rule, lang)));
  }
  return "";
}

std::string testcase(const Result& r, const RuleResult& rule, Lang lang) {
  std::string open = fmt::format(R"(    <testcase classname="{}" name="{}" time="0")", attr(rule.category),
                                 attr(rule.rule + ": " + rule.texts->title.in(lang)));
  std::string inner = outcome(r, rule, lang);
  return inner.empty() ? open + "/>\n" : open + ">\n" + inner + "    </testcase>\n";
}

std::string testsuite(const Result& r, const std::string& category, const std::string& title,
                      const std::vector<const RuleResult*>& rules, Lang lang) {
  std::string out = fmt::format("  <testsuite name=\"{}\" {}>\n", attr(title), counts_attributes(count(rules)));
  out += "    <properties>\n";
  out += fmt::format("      <property name=\"category\" value=\"{}\"/>\n", attr(category));
  out += "    </properties>\n";
  for (const RuleResult* rule : rules) out += testcase(r, *rule, lang);
  return out + "  </testsuite>\n";
}

std::vector<const RuleResult*> rules_of(const Result& r, const std::string& category) {
  std::vector<const RuleResult*> out;
  for (const RuleResult& rule : r.rules)
    if (rule.category == category) out.push_back(&rule);
  return out;
}

}  // namespace

std::string render_junit(const Result& r, const RenderOptions& o) {
  // Categories in summary order; a rule whose category the summary lacks gets a suite of its own.
  std::vector<std::pair<std::string, std::string>> suites;  // id, title
  for (const CategoryScore& c : r.summary.categories) suites.emplace_back(c.category, c.title.in(o.lang));
  for (const RuleResult& rule : r.rules) {
    bool listed = false;
    for (const auto& s : suites) listed |= s.first == rule.category;
    if (!listed) suites.emplace_back(rule.category, rule.category);
  }
  std::string body;
  std::vector<const RuleResult*> all;
  for (const auto& [id, title] : suites) {
    std::vector<const RuleResult*> rules = rules_of(r, id);
    if (rules.empty()) continue;
    body += testsuite(r, id, title.empty() ? id : title, rules, o.lang);
    all.insert(all.end(), rules.begin(), rules.end());
  }
  std::string name = say(Msg::ci_title, o.lang, ci::one_line(r.organization.name),
                         format_date(r.assessment.date, o.lang));
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
         fmt::format("<testsuites name=\"{}\" {}>\n", attr(name), total_attributes(count(all))) + body +
         "</testsuites>\n";
}

}  // namespace tenken
