// Tests of binding answers and evaluating rules, through the public pipeline (load → compile →
// bind → evaluate) over the test checklist (tests/engine_fixtures.h): rule states, skip logic,
// what a rule still needs, scores and coverage, determinism, and every binding error with its
// whole message. Answer lines start on line 4 of answers.yaml.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>

#include "tenken/engine.h"
#include "tests/engine_fixtures.h"

namespace tenken {
namespace {

using testing::RuleSpec;
using testing::rules_yaml;
using testing::run;
using testing::states;

const RuleResult& rule(const Result& r, std::string_view id) {
  for (const RuleResult& rr : r.rules)
    if (rr.rule == id) return rr;
  FAIL("no rule " << id);
  return r.rules.front();
}

// "backup.generations=2 (answered, line 5)" for each answer a rule read.
std::string answers_used(const RuleResult& r) {
  std::string out;
  for (const AnswerUsed& u : r.answers) {
    if (!out.empty()) out += "; ";
    out += fmt::format("{}={} ({}, line {})", u.question, u.value, format_as(u.status), u.line);
  }
  return out;
}

std::string joined(const std::vector<std::string>& v) { return fmt::format("{}", fmt::join(v, ", ")); }

TEST_CASE("evaluate: pass, fail, unknown, notapplicable and notchecked") {
  std::string rules = rules_yaml({
      {.id = "r-pass", .expect = "backup.taken"},
      {.id = "r-fail", .expect = "backup.generations >= 3"},
      {.id = "r-unknown", .expect = "backup.location == \"offsite\""},
      {.id = "r-applies-false", .expect = "vpn.mfa", .applies_if = "remote.vpn_used"},
      {.id = "r-applies-unknown", .expect = "backup.taken", .applies_if = "backup.owner == \"総務課\""},
      {.id = "r-na-answer", .expect = "count(backup.media) >= 1"},
      {.id = "r-manual", .extra = "    check: manual\n"},
      {.id = "r-manual-unknown", .applies_if = "backup.owner == \"総務課\"", .extra = "    check: manual\n"},
      {.id = "r-manual-na", .applies_if = "remote.vpn_used", .extra = "    check: manual\n"},
  });
  auto r = run(rules,
               "  backup.taken: yes\n"
               "  backup.generations: 2\n"
               "  backup.media: {na: クラウド事業者に任せている, comment: 契約書を確認}\n"
               "  remote.vpn_used: no\n");
  REQUIRE(r.messages == "");
  REQUIRE_MESSAGE(r.result, r.messages);
  CHECK(states(*r.result) ==
        "r-applies-false: notapplicable, r-applies-unknown: unknown, r-fail: fail, r-manual: notchecked, "
        "r-manual-na: notapplicable, r-manual-unknown: unknown, r-na-answer: notapplicable, r-pass: pass, "
        "r-unknown: unknown");

  CHECK(answers_used(rule(*r.result, "r-fail")) == "backup.generations=2 (answered, line 5)");
  CHECK(answers_used(rule(*r.result, "r-applies-false")) ==
        "remote.vpn_used=no (answered, line 7); vpn.mfa= (not_asked, line 0)");
  CHECK(answers_used(rule(*r.result, "r-unknown")) == "backup.location= (unanswered, line 0)");
  const RuleResult& na = rule(*r.result, "r-na-answer");
  CHECK(answers_used(na) == "backup.media= (not_applicable, line 6)");
  CHECK(na.answers[0]->na_reason == "クラウド事業者に任せている");
  CHECK(na.answers[0]->comment == "契約書を確認");
}

TEST_CASE("evaluate: a rule reads its answers in order: applies_if first, then expect") {
  auto r = run(rules_yaml({{.id = "r", .expect = "backup.generations >= 3 and backup.taken",
                            .applies_if = "remote.vpn_used or backup.taken"}}),
               "  backup.taken: yes\n");
  REQUIRE_MESSAGE(r.result, r.messages);
  CHECK(answers_used(r.result->rules[0]) ==
        "remote.vpn_used= (unanswered, line 0); backup.taken=yes (answered, line 4); "
        "backup.generations= (unanswered, line 0)");
}

TEST_CASE("evaluate: three-valued outcomes — a decided side wins, an undecided one is never a pass") {
  std::string rules = rules_yaml({
      {.id = "and-false", .expect = "backup.taken and backup.location == \"offsite\""},
      {.id = "or-true", .expect = "not backup.taken or backup.location == \"offsite\""},
      {.id = "or-skipped", .expect = "backup.taken or backup.location == \"offsite\""},
  });
  auto r = run(rules, "  backup.taken: no\n");
  REQUIRE_MESSAGE(r.result, r.messages);
  CHECK(states(*r.result) == "and-false: fail, or-skipped: notapplicable, or-true: pass");
  // Unanswered rather than skipped: unknown, never a silent pass.
  r = run(rules, "  backup.taken: unknown\n");
  REQUIRE_MESSAGE(r.result, r.messages);
  CHECK(states(*r.result) == "and-false: unknown, or-skipped: unknown, or-true: unknown");
  CHECK(joined(rule(*r.result, "or-skipped").needs) == "backup.taken, backup.location");
}

TEST_CASE("evaluate: applies_if unknown leaves the rule unknown whatever expect says") {
  std::string rules = rules_yaml({
      {.id = "met", .expect = "backup.taken", .applies_if = "remote.vpn_used"},
      {.id = "not-met", .expect = "not backup.taken", .applies_if = "remote.vpn_used"},
  });
  auto r = run(rules, "  backup.taken: yes\n");
  REQUIRE_MESSAGE(r.result, r.messages);
  CHECK(states(*r.result) == "met: unknown, not-met: unknown");
  CHECK(joined(rule(*r.result, "met").needs) == "remote.vpn_used");
  r = run(rules, "  backup.taken: yes\n  remote.vpn_used: unknown\n");
  REQUIRE_MESSAGE(r.result, r.messages);
  CHECK(states(*r.result) == "met: unknown, not-met: unknown");
  CHECK(answers_used(rule(*r.result, "met")) ==
        "remote.vpn_used= (dont_know, line 5); backup.taken=yes (answered, line 4)");
  r = run(rules, "  backup.taken: yes\n  remote.vpn_used: {na: 外部接続なし}\n");
  REQUIRE_MESSAGE(r.result, r.messages);
  CHECK(states(*r.result) == "met: notapplicable, not-met: notapplicable");
}

TEST_CASE("evaluate: skip logic — a skipped question makes the rules reading it not applicable") {
  std::string rules = rules_yaml({
      {.id = "generations", .expect = "backup.generations >= 3"},
      {.id = "offsite", .expect = "backup.location == \"offsite\" or backup.media contains \"tape\""},
      {.id = "mfa", .expect = "vpn.mfa"},
      {.id = "patched", .expect = "days_since(vpn.patched_on) <= 90"},
      {.id = "taken", .expect = "backup.taken"},
  });
  auto r = run(rules, "  backup.taken: no\n  remote.vpn_used: no\n");
  REQUIRE_MESSAGE(r.result, r.messages);
  CHECK(r.messages == "");
  CHECK(states(*r.result) ==
        "generations: notapplicable, mfa: notapplicable, offsite: notapplicable, patched: notapplicable, "
        "taken: fail");
  CHECK(answers_used(rule(*r.result, "mfa")) == "vpn.mfa= (not_asked, line 0)");
  CHECK(r.result->questions_needed.empty());

  // An ask_if that is still unknown asks the question: it is needed, not skipped.
  r = run(rules, "");
  REQUIRE_MESSAGE(r.result, r.messages);
  CHECK(states(*r.result) ==
        "generations: unknown, mfa: unknown, offsite: unknown, patched: unknown, taken: unknown");
  CHECK(joined(rule(*r.result, "offsite").needs) == "backup.location, backup.media");
  CHECK(r.result->summary.coverage.asked == 9);
}

TEST_CASE("evaluate: skip logic follows chains of ask_if and section ask_if") {
  const char* checklist = R"(sections:
  - id: a
    title: {ja: 甲, en: A}
    questions:
      - {id: a.one, type: bool, text: {ja: 一, en: One}}
      - {id: a.two, type: bool, ask_if: a.one, text: {ja: 二, en: Two}}
      - {id: a.three, type: bool, ask_if: not a.two, text: {ja: 三, en: Three}}
  - id: b
    title: {ja: 乙, en: B}
    ask_if: a.three
    questions:
      - {id: b.four, type: bool, text: {ja: 四, en: Four}}
      - {id: b.five, type: bool, ask_if: b.four, text: {ja: 五, en: Five}}
)";
  std::string rules = rules_yaml({
      {.id = "two", .expect = "a.two"},
      {.id = "three", .expect = "a.three"},
      {.id = "four", .expect = "b.four"},
      {.id = "five", .expect = "b.five"},
  });
  // a.one no → a.two skipped → a.three (not a.two) skipped → section b skipped → b.five skipped.
  auto r = run(rules, "  a.one: no\n", checklist);
  REQUIRE_MESSAGE(r.result, r.messages);
  CHECK(r.messages == "");
  CHECK(states(*r.result) == "five: notapplicable, four: notapplicable, three: notapplicable, two: notapplicable");
  CHECK(r.result->summary.coverage.asked == 1);

  // a.one yes, a.two no → a.three asked; a.three yes → section b asked.
  r = run(rules, "  a.one: yes\n  a.two: no\n  a.three: yes\n  b.four: no\n", checklist);
  REQUIRE_MESSAGE(r.result, r.messages);
  CHECK(states(*r.result) == "five: notapplicable, four: fail, three: pass, two: fail");
  CHECK(r.result->summary.coverage.asked == 4);

  // Answers to questions the chain skips are kept out, with a warning each.
  r = run(rules, "  a.one: no\n  a.three: yes\n  b.four: yes\n", checklist);
  REQUIRE_MESSAGE(r.result, r.messages);
  CHECK(states(*r.result) == "five: notapplicable, four: notapplicable, three: notapplicable, two: notapplicable");
  CHECK(r.messages ==
        "answers.yaml:5:3: warning: the answer to 'a.three' is not used: the question is skipped because "
        "'not a.two' is not true\n"
        "    a.three: yes\n"
        "    ^\n"
        "answers.yaml:6:3: warning: the answer to 'b.four' is not used: the question is skipped because "
        "'a.three' is not true\n"
        "    b.four: yes\n"
        "    ^\n");

  // When the section is skipped, the warning names the section's condition, not the question's.
  r = run(rules, "  a.one: yes\n  a.two: yes\n  b.four: yes\n  b.five: yes\n", checklist);
  REQUIRE_MESSAGE(r.result, r.messages);
  CHECK(states(*r.result) == "five: notapplicable, four: notapplicable, three: notapplicable, two: pass");
  CHECK(r.messages ==
        "answers.yaml:6:3: warning: the answer to 'b.four' is not used: the question is skipped because "
        "'a.three' is not true\n"
        "    b.four: yes\n"
        "    ^\n"
        "answers.yaml:7:3: warning: the answer to 'b.five' is not used: the question is skipped because "
        "'a.three' is not true\n"
        "    b.five: yes\n"
        "    ^\n");
}

TEST_CASE("evaluate: an ask_if may read a question asked later in the questionnaire") {
  const char* checklist = R"(sections:
  - id: x
    title: {ja: 甲, en: X}
    questions:
      - {id: x.detail, type: number, ask_if: x.has_system, text: {ja: 台数, en: How many}}
      - {id: x.has_system, type: bool, text: {ja: 有無, en: Any}}
)";
  std::string rules = rules_yaml({{.id = "detail", .expect = "x.detail > 0"}});
  auto r = run(rules, "  x.has_system: no\n", checklist);
  REQUIRE_MESSAGE(r.result, r.messages);
  CHECK(states(*r.result) == "detail: notapplicable");
  r = run(rules, "  x.has_system: yes\n  x.detail: 2\n", checklist);
  REQUIRE_MESSAGE(r.result, r.messages);
  CHECK(states(*r.result) == "detail: pass");
}

TEST_CASE("evaluate: questions_needed lists, in questionnaire order, what unknown rules wait for") {
  std::string rules = rules_yaml({
      {.id = "b-rule", .expect = "backup.owner == \"総務課\" and backup.taken"},
      {.id = "a-rule", .expect = "backup.taken or vpn.mfa", .applies_if = "remote.vpn_used"},
      {.id = "c-rule", .expect = "backup.generations > 1"},
  });
  auto r = run(rules, "  backup.owner: unknown\n  backup.generations: 3\n");
  REQUIRE_MESSAGE(r.result, r.messages);
  CHECK(states(*r.result) == "a-rule: unknown, b-rule: unknown, c-rule: pass");
  CHECK(joined(rule(*r.result, "a-rule").needs) == "remote.vpn_used, backup.taken, vpn.mfa");
  CHECK(joined(rule(*r.result, "b-rule").needs) == "backup.owner, backup.taken");
  CHECK(rule(*r.result, "c-rule").needs.empty());
  std::string needed;
  for (const QuestionNeeded& q : r.result->questions_needed)
    needed += fmt::format("{} [{}] {}\n", q.question, joined(q.rules), q.text.en);
  CHECK(needed ==
        "backup.taken [a-rule, b-rule] Do you take backups?\n"
        "backup.owner [b-rule] Who is responsible?\n"
        "remote.vpn_used [a-rule] Do you use a VPN?\n"
        "vpn.mfa [a-rule] Do you use multi-factor authentication?\n");
}

TEST_CASE("evaluate: a partial answer names the options a rule still needs") {
  std::string rules = rules_yaml({
      {.id = "media-offline", .expect = "backup.media contains \"tape\" or backup.media contains \"cloud\""},
      {.id = "media-two", .expect = "count(backup.media) >= 2"},
      {.id = "media-disk", .expect = "not (backup.media contains \"disk\")"},
  });
  auto r = run(rules, "  backup.taken: yes\n  backup.media: {has: [disk], lacks: [tape]}\n");
  REQUIRE_MESSAGE(r.result, r.messages);
  CHECK(states(*r.result) == "media-disk: fail, media-offline: unknown, media-two: unknown");
  CHECK(joined(rule(*r.result, "media-offline").needs) == "backup.media");
  CHECK(joined(rule(*r.result, "media-offline").needs_options.at("backup.media")) == "cloud");
  CHECK(joined(rule(*r.result, "media-two").needs_options.at("backup.media")) == "cloud");
  CHECK(rule(*r.result, "media-disk").needs.empty());
  REQUIRE(r.result->questions_needed.size() == 1);
  CHECK(joined(r.result->questions_needed[0].options) == "cloud");
  CHECK(rule(*r.result, "media-disk").answers[0]->value == "{has: [disk], lacks: [tape]}");
}

TEST_CASE("evaluate: a month, a year or never, and what stays open") {
  std::string rules = rules_yaml({
      {.id = "tested", .expect = "days_since(backup.tested_on) <= 365"},
      {.id = "patched", .expect = "days_since(vpn.patched_on) <= 90"},
  });
  auto r = run(rules, "  backup.taken: yes\n  backup.tested_on: 2025-06\n  remote.vpn_used: yes\n  vpn.patched_on: never\n");
  REQUIRE_MESSAGE(r.result, r.messages);
  CHECK(states(*r.result) == "patched: fail, tested: pass");
  CHECK(rule(*r.result, "patched").answers[0]->value == "never");
  CHECK(rule(*r.result, "tested").answers[0]->value == "2025-06");
  r = run(rules, "  backup.taken: yes\n  backup.tested_on: 2025\n  remote.vpn_used: yes\n  vpn.patched_on: 2026-03\n");
  REQUIRE_MESSAGE(r.result, r.messages);
  CHECK(states(*r.result) == "patched: pass, tested: unknown");
  CHECK(joined(rule(*r.result, "tested").needs) == "backup.tested_on");  // the exact day decides
  CHECK(rule(*r.result, "tested").needs_options.empty());
}

TEST_CASE("evaluate: an approximate number decides what its whole range decides") {
  std::string rules = rules_yaml({
      {.id = "three", .expect = "backup.generations >= 3"},
      {.id = "seven", .expect = "backup.generations >= 7"},
      {.id = "few", .expect = "backup.generations < 20"},
  });
  auto r = run(rules, "  backup.taken: yes\n  backup.generations: {at_least: 3, at_most: 10}\n");
  REQUIRE_MESSAGE(r.result, r.messages);
  CHECK(states(*r.result) == "few: pass, seven: unknown, three: pass");
  CHECK(joined(rule(*r.result, "seven").needs) == "backup.generations");  // the exact number decides
  CHECK(rule(*r.result, "seven").needs_options.empty());
  CHECK(rule(*r.result, "seven").answers[0]->value == "{at_least: 3, at_most: 10}");
  // An open side reaches the question's own bound (max 100).
  r = run(rules, "  backup.taken: yes\n  backup.generations: {at_least: 20}\n");
  REQUIRE_MESSAGE(r.result, r.messages);
  CHECK(states(*r.result) == "few: fail, seven: pass, three: pass");
  CHECK(rule(*r.result, "few").answers[0]->value == "{at_least: 20}");
  r = run(rules, "  backup.taken: yes\n  backup.generations: {at_most: 2}\n");
  REQUIRE_MESSAGE(r.result, r.messages);
  CHECK(states(*r.result) == "few: pass, seven: fail, three: fail");
}

TEST_CASE("evaluate: an alternative control leaves the rule to an auditor, unless other answers decide it") {
  std::string rules = rules_yaml({
      {.id = "mfa", .expect = "vpn.mfa", .applies_if = "remote.vpn_used"},
      {.id = "mfa-and-patched", .expect = "vpn.mfa and days_since(vpn.patched_on) <= 90",
       .applies_if = "remote.vpn_used"},
      {.id = "mfa-or-patched", .expect = "vpn.mfa or days_since(vpn.patched_on) <= 90",
       .applies_if = "remote.vpn_used"},
  });
  auto r = run(rules, "  remote.vpn_used: yes\n  vpn.mfa: {alternative: 接続ごとに職員が承認}\n  vpn.patched_on: never\n");
  REQUIRE_MESSAGE(r.result, r.messages);
  CHECK(states(*r.result) == "mfa: notchecked, mfa-and-patched: fail, mfa-or-patched: notchecked");
  CHECK(rule(*r.result, "mfa").answers[1]->status == AnswerStatus::alternative);
  CHECK(rule(*r.result, "mfa").answers[1]->alternative == "接続ごとに職員が承認");
  CHECK(rule(*r.result, "mfa").needs.empty());
  // Another question still open: that answer comes first.
  r = run(rules, "  remote.vpn_used: yes\n  vpn.mfa: {alternative: 接続ごとに職員が承認}\n");
  REQUIRE_MESSAGE(r.result, r.messages);
  CHECK(states(*r.result) == "mfa: notchecked, mfa-and-patched: unknown, mfa-or-patched: unknown");
  CHECK(joined(rule(*r.result, "mfa-and-patched").needs) == "vpn.patched_on");
  CHECK(r.result->summary.coverage.answered == 2);
}

TEST_CASE("evaluate: scores per category with weights by severity; default and flat models") {
  std::string rules = rules_yaml({
      {.id = "s-critical-pass", .expect = "backup.taken", .severity = "critical"},
      {.id = "s-high-fail", .expect = "backup.generations > 10", .severity = "high"},
      {.id = "s-medium-unknown", .expect = "backup.location == \"offsite\"", .severity = "medium"},
      {.id = "s-low-pass", .expect = "not remote.vpn_used", .category = "network", .severity = "low"},
      {.id = "s-info-fail", .expect = "remote.vpn_used", .category = "network", .severity = "info"},
      {.id = "s-high-na", .expect = "vpn.mfa", .applies_if = "remote.vpn_used", .category = "network"},
      {.id = "s-manual", .category = "network", .severity = "critical", .extra = "    check: manual\n"},
      {.id = "s-weighted", .expect = "not backup.taken", .category = "docs", .severity = "low",
       .extra = "    weight: 4\n"},
      {.id = "s-info-only", .expect = "backup.taken", .category = "awareness", .severity = "info"},
  });
  auto r = run(rules,
               "  backup.taken: yes\n"
               "  backup.generations: 5\n"
               "  backup.tested_on: {na: 復元手順なし}\n"
               "  backup.owner: unknown\n"
               "  remote.vpn_used: no\n");
  REQUIRE_MESSAGE(r.result, r.messages);
  const Summary& s = r.result->summary;

  std::string weights;
  for (const RuleResult& rr : r.result->rules) weights += fmt::format("{}={} ", rr.rule, rr.weight);
  CHECK(weights ==
        "s-critical-pass=10 s-high-fail=6 s-high-na=6 s-info-fail=0 s-info-only=0 s-low-pass=1 "
        "s-manual=10 s-medium-unknown=3 s-weighted=4 ");

  std::string categories;
  for (const CategoryScore& c : s.categories)
    categories += fmt::format("{}: {:.4f} ({}/{}) pass={} fail={} unknown={} na={} notchecked={}\n", c.category,
                              c.score, c.weight_met, c.weight_scored, c.counts[0], c.counts[1], c.counts[2],
                              c.counts[3], c.counts[4]);
  CHECK(categories ==
        "awareness: 0.0000 (0/0) pass=1 fail=0 unknown=0 na=0 notchecked=0\n"
        "backup: 52.6300 (10/19) pass=1 fail=1 unknown=1 na=0 notchecked=0\n"
        "docs: 0.0000 (0/4) pass=0 fail=1 unknown=0 na=0 notchecked=0\n"
        "network: 100.0000 (1/1) pass=1 fail=1 unknown=0 na=1 notchecked=1\n");
  // Default model: the mean over categories that score anything (awareness scores nothing), of
  // the category scores as kept, to 2 decimals: (52.63 + 0 + 100) / 3.
  CHECK(s.score == 50.88);
  // Flat model: weight met over weight scored across all rules, 11 / 24.
  CHECK(s.score_flat == 45.83);
  CHECK(fmt::format("{}", fmt::join(s.counts, " ")) == "3 3 1 1 1 0 0");

  // Coverage: 9 questions, vpn.* skipped; answered 3, N/A 1, don't know 1, unanswered 2.
  const Coverage& c = s.coverage;
  CHECK(fmt::format("asked={} answered={} dont_know={} na={} unanswered={} percent={:.4f}", c.asked, c.answered,
                    c.dont_know, c.not_applicable, c.unanswered, c.percent) ==
        "asked=7 answered=3 dont_know=1 na=1 unanswered=2 percent=57.1400");
}

TEST_CASE("evaluate: default weights by severity") {
  CHECK(default_weight(Severity::critical) == 10);
  CHECK(default_weight(Severity::high) == 6);
  CHECK(default_weight(Severity::medium) == 3);
  CHECK(default_weight(Severity::low) == 1);
  CHECK(default_weight(Severity::info) == 0);
}

TEST_CASE("evaluate: nothing scored gives scores of 0, and no answers gives coverage 0") {
  auto r = run(rules_yaml({{.id = "na", .expect = "vpn.mfa", .applies_if = "remote.vpn_used"}}),
               "  remote.vpn_used: no\n");
  REQUIRE_MESSAGE(r.result, r.messages);
  CHECK(r.result->summary.score == 0);
  CHECK(r.result->summary.score_flat == 0);
  CHECK(r.result->summary.coverage.percent == 14.29);  // 1 / 7, to 2 decimals
}

// Everything a Result holds that a report shows, as text.
std::string dump(const Result& r) {
  std::string out = fmt::format("{} {} {} {}\n", r.tool_version, r.answers_path, r.organization.name,
                                r.assessment.date);
  for (const RuleResult& rr : r.rules)
    out += fmt::format("{} {} {} {} [{}] [{}]\n", rr.rule, format_as(rr.state), rr.weight, rr.texts->title.ja,
                       answers_used(rr), joined(rr.needs));
  out += fmt::format("{} {} {}\n", r.summary.score, r.summary.score_flat, r.summary.coverage.percent);
  for (const QuestionNeeded& q : r.questions_needed) out += q.question + " " + joined(q.rules) + "\n";
  return out;
}

TEST_CASE("evaluate: the same answers give the same Result, evaluated twice or bound twice") {
  std::string rules = rules_yaml({
      {.id = "z-last", .expect = "backup.generations >= 3"},
      {.id = "a-first", .expect = "backup.location == \"offsite\""},
      {.id = "m-middle", .expect = "days_since(backup.tested_on) <= 365"},
  });
  std::string answers = "  backup.taken: yes\n  backup.generations: 2\n  backup.tested_on: 2025-06-01\n";
  auto first = run(rules, answers);
  auto second = run(rules, answers);
  REQUIRE_MESSAGE(first.result, first.messages);
  REQUIRE_MESSAGE(second.result, second.messages);
  CHECK(dump(evaluate(*first.compiled, *first.bound)) == dump(*first.result));
  CHECK(dump(*second.result) == dump(*first.result));
  CHECK(dump(*first.result) ==
        fmt::format("{} answers.yaml 水道局 2026-04-01\n"
                    "a-first unknown 6 題名 [backup.location= (unanswered, line 0)] [backup.location]\n"
                    "m-middle pass 6 題名 [backup.tested_on=2025-06-01 (answered, line 6)] []\n"
                    "z-last fail 6 題名 [backup.generations=2 (answered, line 5)] []\n"
                    "33.33 33.33 33.33\n"
                    "backup.location a-first\n",
                    tenken_version()));
}

// --- binding errors --------------------------------------------------------------------------

// Runs the pipeline with `answers`; returns every message. Binding fails on any error.
std::string bind_messages(const std::string& answers, bool expect_bound = false) {
  auto r = run(rules_yaml({{.id = "r", .expect = "backup.taken"}}), answers);
  CHECK(static_cast<bool>(r.bound) == expect_bound);
  return r.messages;
}

TEST_CASE("bind: an unknown question id, with did you mean") {
  CHECK(bind_messages("  backup.takn: yes\n") ==
        "answers.yaml:4:3: error: no question 'backup.takn' in the checklist; did you mean 'backup.taken'?\n"
        "    backup.takn: yes\n"
        "    ^\n");
  CHECK(bind_messages("  firewall.enabled: yes\n") ==
        "answers.yaml:4:3: error: no question 'firewall.enabled' in the checklist\n"
        "    firewall.enabled: yes\n"
        "    ^\n");
}

TEST_CASE("bind: yes/no answers") {
  CHECK(bind_messages("  backup.taken: maybe\n") ==
        "answers.yaml:4:17: error: expected yes, no or unknown for 'backup.taken' (a yes/no question), found "
        "'maybe'\n"
        "    backup.taken: maybe\n"
        "                  ^\n");
  CHECK(bind_messages("  backup.taken: \"yes\"\n") ==
        "answers.yaml:4:17: error: expected yes or no for 'backup.taken', found the string \"yes\"; write it "
        "without quotes\n"
        "    backup.taken: \"yes\"\n"
        "                  ^\n");
  CHECK(bind_messages("  backup.taken: [yes]\n") ==
        "answers.yaml:4:17: error: expected yes or no for 'backup.taken', found a list\n"
        "    backup.taken: [yes]\n"
        "                  ^\n");
  CHECK(bind_messages("  backup.taken: 1\n") ==
        "answers.yaml:4:17: error: expected yes, no or unknown for 'backup.taken' (a yes/no question), found "
        "'1'\n"
        "    backup.taken: 1\n"
        "                  ^\n");
  for (const char* ok : {"yes", "no", "Yes", "NO", "true", "False"}) {
    CAPTURE(ok);
    CHECK(bind_messages(fmt::format("  backup.taken: {}\n", ok), true) == "");
  }
}

TEST_CASE("bind: numbers, with bounds and unit") {
  CHECK(bind_messages("  backup.generations: 150\n") ==
        "answers.yaml:4:23: error: expected a number between 0 and 100 generations for 'backup.generations', "
        "found 150\n"
        "    backup.generations: 150\n"
        "                        ^\n");
  CHECK(bind_messages("  backup.generations: -1\n") ==
        "answers.yaml:4:23: error: expected a number between 0 and 100 generations for 'backup.generations', "
        "found -1\n"
        "    backup.generations: -1\n"
        "                        ^\n");
  CHECK(bind_messages("  backup.generations: three\n") ==
        "answers.yaml:4:23: error: expected a number (generations) for 'backup.generations', found 'three'\n"
        "    backup.generations: three\n"
        "                        ^\n");
  CHECK(bind_messages("  backup.generations: \"3\"\n") ==
        "answers.yaml:4:23: error: expected a number (generations) for 'backup.generations', found the string "
        "\"3\"\n"
        "    backup.generations: \"3\"\n"
        "                        ^\n");
  CHECK(bind_messages("  backup.taken: yes\n  backup.generations: 100\n", true) == "");
  CHECK(bind_messages("  backup.taken: yes\n  backup.generations: 0\n", true) == "");
  CHECK(bind_messages("  backup.taken: yes\n  backup.generations: 2.5\n", true) == "");
}

TEST_CASE("bind: approximate numbers are checked bound by bound") {
  CHECK(bind_messages("  backup.taken: yes\n  backup.generations: {at_least: 3, at_most: 7}\n", true) == "");
  CHECK(bind_messages("  backup.taken: yes\n  backup.generations: {at_most: 0}\n", true) == "");
  CHECK(bind_messages("  backup.generations: {at_least: 8, at_most: 7}\n") ==
        "answers.yaml:4:46: error: expected at_most to be no less than at_least (8) for 'backup.generations', "
        "found 7\n"
        "    backup.generations: {at_least: 8, at_most: 7}\n"
        "                                               ^\n");
  CHECK(bind_messages("  backup.generations: {at_least: 101}\n") ==
        "answers.yaml:4:34: error: expected at_least to be a number between 0 and 100 generations for "
        "'backup.generations', found 101\n"
        "    backup.generations: {at_least: 101}\n"
        "                                   ^\n");
  CHECK(bind_messages("  backup.generations: {at_most: some}\n") ==
        "answers.yaml:4:33: error: expected at_most to be a number (generations) for 'backup.generations', "
        "found 'some'\n"
        "    backup.generations: {at_most: some}\n"
        "                                  ^\n");
  CHECK(bind_messages("  backup.taken: {at_least: 1}\n") ==
        "answers.yaml:4:17: error: expected yes or no for 'backup.taken', found at_least/at_most (which only "
        "number questions take)\n"
        "    backup.taken: {at_least: 1}\n"
        "                  ^\n");
}

TEST_CASE("bind: choices") {
  CHECK(bind_messages("  backup.location: ofsite\n") ==
        "answers.yaml:4:20: error: expected one of same_server, other_server, offsite for 'backup.location', "
        "found 'ofsite'; did you mean 'offsite'?\n"
        "    backup.location: ofsite\n"
        "                     ^\n");
  CHECK(bind_messages("  backup.location: [offsite, same_server]\n") ==
        "answers.yaml:4:20: error: expected one choice for 'backup.location', found a list\n"
        "    backup.location: [offsite, same_server]\n"
        "                     ^\n");
  CHECK(bind_messages("  backup.media: [tape, disk, tape]\n") ==
        "answers.yaml:4:30: error: 'tape' is listed twice for 'backup.media'\n"
        "    backup.media: [tape, disk, tape]\n"
        "                               ^\n");
  CHECK(bind_messages("  backup.media: [tape, dvd]\n") ==
        "answers.yaml:4:24: error: expected one of tape, disk, cloud for 'backup.media', found 'dvd'\n"
        "    backup.media: [tape, dvd]\n"
        "                         ^\n");
  CHECK(bind_messages("  backup.media: tape\n") ==
        "answers.yaml:4:17: error: expected a list of choices for 'backup.media' such as [tape], or what is known "
        "as {has: [...], lacks: [...]}, found 'tape'\n"
        "    backup.media: tape\n"
        "                  ^\n");
  CHECK(bind_messages("  backup.taken: yes\n  backup.media: []\n", true) == "");
  CHECK(bind_messages("  backup.taken: yes\n  backup.media:\n    - cloud\n    - tape\n", true) == "");
}

TEST_CASE("bind: dates") {
  CHECK(bind_messages("  backup.tested_on: 2026-02-30\n") ==
        "answers.yaml:4:21: error: expected a date (YYYY-MM-DD, YYYY-MM or YYYY) for 'backup.tested_on', found '2026-02-30': "
        "February 2026 has 28 days\n"
        "    backup.tested_on: 2026-02-30\n"
        "                      ^\n");
  CHECK(bind_messages("  backup.tested_on: 2026-13-01\n") ==
        "answers.yaml:4:21: error: expected a date (YYYY-MM-DD, YYYY-MM or YYYY) for 'backup.tested_on', found '2026-13-01': "
        "there is no month 13\n"
        "    backup.tested_on: 2026-13-01\n"
        "                      ^\n");
  CHECK(bind_messages("  backup.tested_on: 2026/01/10\n") ==
        "answers.yaml:4:21: error: expected a date (YYYY-MM-DD, YYYY-MM or YYYY) for 'backup.tested_on', found '2026/01/10': "
        "it is not of the form YYYY-MM-DD, YYYY-MM or YYYY\n"
        "    backup.tested_on: 2026/01/10\n"
        "                      ^\n");
  CHECK(bind_messages("  backup.taken: yes\n  backup.tested_on: 2024-02-29\n", true) == "");
  CHECK(bind_messages("  backup.taken: yes\n  backup.tested_on: 2026-05-01\n", true) ==
        "answers.yaml:5:21: warning: 'backup.tested_on' is 2026-05-01, after the assessment date 2026-04-01\n"
        "    backup.tested_on: 2026-05-01\n"
        "                      ^\n");
  CHECK(bind_messages("  backup.taken: yes\n  backup.tested_on: 2026-04-01\n", true) == "");
}

TEST_CASE("bind: never, months and years") {
  CHECK(bind_messages("  remote.vpn_used: yes\n  vpn.patched_on: never\n", true) == "");
  CHECK(bind_messages("  backup.taken: yes\n  backup.tested_on: never\n") ==
        "answers.yaml:5:21: error: 'backup.tested_on' does not take never: give the date (YYYY-MM-DD, or YYYY-MM "
        "or YYYY if that is all you know), or unknown\n"
        "    backup.tested_on: never\n"
        "                      ^\n");
  CHECK(bind_messages("  backup.taken: yes\n  backup.tested_on: 2025-06\n  vpn.patched_on: 2025\n", true) == "");
  CHECK(bind_messages("  vpn.patched_on: 2025-13\n") ==
        "answers.yaml:4:19: error: expected a date (YYYY-MM-DD, YYYY-MM or YYYY, or never) for 'vpn.patched_on', "
        "found '2025-13': there is no month 13\n"
        "    vpn.patched_on: 2025-13\n"
        "                    ^\n");
  CHECK(bind_messages("  vpn.patched_on: 25-06\n") ==
        "answers.yaml:4:19: error: expected a date (YYYY-MM-DD, YYYY-MM or YYYY, or never) for 'vpn.patched_on', "
        "found '25-06': it is not of the form YYYY-MM-DD, YYYY-MM or YYYY\n"
        "    vpn.patched_on: 25-06\n"
        "                    ^\n");
  // A month that starts after the assessment date is a warning, like a day.
  CHECK(bind_messages("  backup.taken: yes\n  backup.tested_on: 2026-05\n", true) ==
        "answers.yaml:5:21: warning: 'backup.tested_on' is 2026-05, after the assessment date 2026-04-01\n"
        "    backup.tested_on: 2026-05\n"
        "                      ^\n");
}

TEST_CASE("bind: partial multiple choice") {
  CHECK(bind_messages("  backup.taken: yes\n  backup.media: {has: [tape], lacks: [disk]}\n", true) == "");
  CHECK(bind_messages("  backup.media: {has: [tape], lacks: [tape]}\n") ==
        "answers.yaml:4:39: error: 'tape' is listed twice for 'backup.media'\n"
        "    backup.media: {has: [tape], lacks: [tape]}\n"
        "                                        ^\n");
  CHECK(bind_messages("  backup.media: {lacks: [tapes]}\n") ==
        "answers.yaml:4:26: error: expected one of tape, disk, cloud for 'backup.media', found 'tapes'; did you "
        "mean 'tape'?\n"
        "    backup.media: {lacks: [tapes]}\n"
        "                           ^\n");
  CHECK(bind_messages("  backup.taken: {has: [yes]}\n") ==
        "answers.yaml:4:17: error: expected yes or no for 'backup.taken', found has/lacks (which only "
        "multiple-choice questions take)\n"
        "    backup.taken: {has: [yes]}\n"
        "                  ^\n");
}

TEST_CASE("bind: advice about a value fits JSON") {
  auto json_run = [](const std::string& answers) {
    testing::Run r;
    r.compiled = testing::compile_texts({{"checklist.yaml", testing::kChecklist},
                                {"rules.yaml", rules_yaml({{.id = "r", .expect = "backup.taken"}})}},
                               r.diags);
    std::string text = "{\"organization\": {\"name\": \"x\"}, \"assessment\": {\"date\": \"2026-04-01\"},\n"
                       " \"answers\": {" + answers + "}}\n";
    if (std::optional<Answers> a = load_answers(testing::source("answers.json", text), r.diags))
      r.bound = bind_answers(*r.compiled, *a, r.diags);
    return testing::render(r.diags);
  };
  CHECK(json_run("\"backup.taken\": \"yes\"") ==
        "answers.json:2:30: error: expected true, false or \"unknown\" for 'backup.taken' (a yes/no question), "
        "found the string \"yes\"; in JSON write true or false, without quotes\n"
        "   \"answers\": {\"backup.taken\": \"yes\"}}\n"
        "                               ^\n");
  CHECK(json_run("\"backup.taken\": true, \"backup.media\": \"tape\"") ==
        "answers.json:2:52: error: expected a list of choices for 'backup.media' such as [\"tape\"], or what is "
        "known as {has: [...], lacks: [...]}, found the string \"tape\"\n"
        "   \"answers\": {\"backup.taken\": true, \"backup.media\": \"tape\"}}\n"
        "                                                     ^\n");
  CHECK(json_run("\"backup.taken\": \"unknown\"") == "");
}

TEST_CASE("bind: text answers take any scalar") {
  CHECK(bind_messages("  backup.taken: yes\n  backup.owner: 情報システム課\n", true) == "");
  CHECK(bind_messages("  backup.owner: [a, b]\n") ==
        "answers.yaml:4:17: error: expected a text for 'backup.owner', found a list\n"
        "    backup.owner: [a, b]\n"
        "                  ^\n");
}

TEST_CASE("bind: an answer to a skipped question is a warning, not an error") {
  CHECK(bind_messages("  remote.vpn_used: no\n  vpn.mfa: yes\n  backup.taken: yes\n", true) ==
        "answers.yaml:5:3: warning: the answer to 'vpn.mfa' is not used: the question is skipped because "
        "'remote.vpn_used' is not true\n"
        "    vpn.mfa: yes\n"
        "    ^\n");
  CHECK(bind_messages("  backup.taken: no\n  backup.generations: 3\n", true) ==
        "answers.yaml:5:3: warning: the answer to 'backup.generations' is not used: the question is skipped "
        "because 'backup.taken' is not true\n"
        "    backup.generations: 3\n"
        "    ^\n");
}

TEST_CASE("bind: every problem in the file is reported in one run") {
  CHECK(bind_messages("  backup.taken: maybe\n"
                      "  backup.generations: 1000\n"
                      "  backup.locaton: offsite\n") ==
        "answers.yaml:4:17: error: expected yes, no or unknown for 'backup.taken' (a yes/no question), found "
        "'maybe'\n"
        "    backup.taken: maybe\n"
        "                  ^\n"
        "answers.yaml:5:23: error: expected a number between 0 and 100 generations for 'backup.generations', "
        "found 1000\n"
        "    backup.generations: 1000\n"
        "                        ^\n"
        "answers.yaml:6:3: error: no question 'backup.locaton' in the checklist; did you mean 'backup.location'?\n"
        "    backup.locaton: offsite\n"
        "    ^\n");
}

// The messages of reading and binding `answers`, in Japanese, one a line in the order of their
// positions.
std::string bind_messages_ja(const std::string& answers) {
  auto r = run(rules_yaml({{.id = "r", .expect = "backup.taken"}}), answers);
  std::string out;
  for (const Diagnostic& d : r.diags.sorted()) out += d.message.ja + "\n";
  return out;
}

TEST_CASE("bind: messages in Japanese say what is expected and what was written") {
  CHECK(bind_messages_ja("  backup.takn: yes\n") ==
        "チェックリストに 'backup.takn' という質問はありません。もしかして 'backup.taken' ですか？\n");
  CHECK(bind_messages_ja("  backup.taken: maybe\n") ==
        "'backup.taken'（はい／いいえの質問）には yes、no、unknown のいずれかが必要ですが、'maybe' が書かれています\n");
  CHECK(bind_messages_ja("  backup.taken: \"yes\"\n") ==
        "'backup.taken' には yes か no が必要ですが、文字列 \"yes\" が書かれています。引用符を付けずに書いてください\n");
  CHECK(bind_messages_ja("  backup.taken: [yes]\n") ==
        "'backup.taken' には yes か no が必要ですが、リストが書かれています\n");
  CHECK(bind_messages_ja("  backup.taken: {has: [yes]}\n") ==
        "'backup.taken' には yes か no が必要ですが、has/lacks（複数選択の質問だけに使えます）が書かれています\n");
  CHECK(bind_messages_ja("  backup.generations: 150\n") ==
        "'backup.generations' には 0〜100世代の数値が必要ですが、150 が書かれています\n");
  CHECK(bind_messages_ja("  backup.generations: three\n") ==
        "'backup.generations' には数値（世代）が必要ですが、'three' が書かれています\n");
  CHECK(bind_messages_ja("  backup.generations: {at_least: 101}\n") ==
        "'backup.generations' の at_least には 0〜100世代の数値が必要ですが、101 が書かれています\n");
  CHECK(bind_messages_ja("  backup.generations: {at_most: some}\n") ==
        "'backup.generations' の at_most には数値（世代）が必要ですが、'some' が書かれています\n");
  CHECK(bind_messages_ja("  backup.generations: {at_least: 8, at_most: 7}\n") ==
        "'backup.generations' の at_most には at_least（8）以上の数値が必要ですが、7 が書かれています\n");
  CHECK(bind_messages_ja("  backup.location: ofsite\n") ==
        "'backup.location' には same_server, other_server, offsite のいずれかが必要ですが、'ofsite' が書かれています。"
        "もしかして 'offsite' ですか？\n");
  CHECK(bind_messages_ja("  backup.location: [offsite, same_server]\n") ==
        "'backup.location' には一つの選択肢が必要ですが、リストが書かれています\n");
  CHECK(bind_messages_ja("  backup.media: [tape, disk, tape]\n") == "'backup.media' に 'tape' が二度書かれています\n");
  CHECK(bind_messages_ja("  backup.media: tape\n") ==
        "'backup.media' には [tape] のような選択肢のリストか、分かっている分だけを書いた {has: [...], lacks: [...]} "
        "が必要ですが、'tape' が書かれています\n");
  CHECK(bind_messages_ja("  backup.tested_on: 2026-02-30\n") ==
        "'backup.tested_on' には日付（YYYY-MM-DD、YYYY-MM、YYYY のいずれか）が必要ですが、'2026-02-30' が書かれています。"
        "2026年2月は28日までです\n");
  CHECK(bind_messages_ja("  vpn.patched_on: 2025-13\n") ==
        "'vpn.patched_on' には日付（YYYY-MM-DD、YYYY-MM、YYYY、never のいずれか）が必要ですが、'2025-13' が書かれています。"
        "13月という月はありません\n");
  CHECK(bind_messages_ja("  backup.taken: yes\n  backup.tested_on: never\n") ==
        "'backup.tested_on' には never は使えません。日付（YYYY-MM-DD。月や年までしか分からなければ YYYY-MM や YYYY）か "
        "unknown を書いてください\n");
  CHECK(bind_messages_ja("  backup.taken: yes\n  backup.tested_on: 2026-05-01\n") ==
        "'backup.tested_on' の 2026-05-01 は評価日 2026-04-01 より後の日付です\n");
  CHECK(bind_messages_ja("  backup.owner: [a, b]\n") ==
        "'backup.owner' にはテキストが必要ですが、リストが書かれています\n");
  CHECK(bind_messages_ja("  remote.vpn_used: no\n  vpn.mfa: yes\n  backup.taken: yes\n") ==
        "'vpn.mfa' の回答は使われません。'remote.vpn_used' が成り立たないため、この質問は対象外です\n");
}

TEST_CASE("answer file: messages in Japanese say what to write") {
  CHECK(bind_messages_ja("  backup.taken: {value: yes, na: none}\n") ==
        "'backup.taken' の回答に 'value' と 'na' の両方が書かれています。どちらか一方にしてください\n");
  CHECK(bind_messages_ja("  backup.taken: {na: \"\"}\n") ==
        "'na' が空です。質問が該当しない理由を書いてください\n");
  CHECK(bind_messages_ja("  backup.taken: {comment: ask IT}\n") ==
        "'backup.taken' の回答には 'value'、'na'、'alternative'、'has'/'lacks'、'at_least'/'at_most' のどれかが必要ですが、"
        "どれも書かれていません\n");
  CHECK(bind_messages_ja("  backup.media: {has: tape}\n") ==
        "'backup.media' の回答の 'has'（選択肢のリスト）にはリストが必要ですが、'tape' が書かれています\n");
  auto load_ja = [](const std::string& text) {
    Diagnostics diags;
    load_answers(testing::source("answers.yaml", text), diags);
    std::string out;
    for (const Diagnostic& d : diags.sorted()) out += format_diagnostic(d, false, Lang::ja);
    return out;
  };
  CHECK(load_ja("") == "answers.yaml:1:1: エラー: 回答ファイル（organization、assessment、answers を書いたもの）が必要ですが、"
                       "ファイルが空です\n");
  CHECK(load_ja("organization: {name: 水道局, size: under100}\nassessment: {date: 2026-02-30}\n") ==
        "answers.yaml:1:33: エラー: 'organization.size' には under_100, 100_to_999, 1000_to_9999, 10000_or_more のいずれか"
        "が必要ですが、'under100' が書かれています。もしかして 'under_100' ですか？\n"
        "  organization: {name: 水道局, size: under100}\n"
        "                                     ^\n"
        "answers.yaml:2:20: エラー: 評価日には YYYY-MM-DD の形の日付が必要ですが、'2026-02-30' が書かれています。"
        "2026年2月は28日までです\n"
        "  assessment: {date: 2026-02-30}\n"
        "                     ^\n");
}

TEST_CASE("bind: don't know and N/A are answers of every type") {
  CHECK(bind_messages("  backup.taken: unknown\n"
                      "  backup.generations: {na: 取得していない}\n"
                      "  backup.tested_on: unknown\n"
                      "  backup.media: {na: なし}\n",
                      true) == "");
}

}  // namespace
}  // namespace tenken
