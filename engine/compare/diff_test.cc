// Tests of comparing two Results: every kind of change, renamed and removed rules, and scores.
#include <doctest/doctest.h>

#include "tenken/diff.h"
#include "tests/edit_texts.h"

namespace tenken {
namespace {

RuleResult rule(std::string id, State state, Severity severity = Severity::medium) {
  RuleResult r;
  r.rule = std::move(id);
  r.state = state;
  r.severity = severity;
  r.category = "backup";
  return r;
}

std::string listed(const ResultDiff& d) {
  std::string out;
  for (const RuleChange& c : d.rules)
    out += std::string(format_as(c.change)) + " " + c.rule + (c.old_rule.empty() ? "" : " (was " + c.old_rule + ")") + "\n";
  return out;
}

TEST_CASE("every kind of change, in order, most severe first") {
  Result before, now;
  before.rules = {rule("a-fixed", State::fail),        rule("b-broke", State::pass),
                  rule("c-open", State::fail),         rule("d-unknown-then-fail", State::unknown),
                  rule("e-fail-then-unknown", State::fail), rule("f-gone", State::fail),
                  rule("g-old-name", State::fail),     rule("h-same", State::pass),
                  rule("i-na-now", State::fail)};
  now.rules = {rule("a-fixed", State::pass),
               rule("b-broke", State::fail, Severity::critical),
               rule("c-open", State::fail, Severity::high),
               rule("d-unknown-then-fail", State::fail),
               rule("e-fail-then-unknown", State::unknown),
               rule("g-new-name", State::fail),
               rule("h-same", State::pass),
               rule("i-na-now", State::notapplicable),
               rule("j-brand-new", State::fail, Severity::low)};
  testing::edit(now.rules[5]).formerly = {"g-old-name"};
  ResultDiff d = diff_results(before, now);
  CHECK(listed(d) ==
        "resolved a-fixed\n"
        "resolved i-na-now\n"
        "new_gap d-unknown-then-fail\n"
        "new_gap j-brand-new\n"
        "regressed b-broke\n"
        "still_open c-open\n"
        "still_open g-new-name (was g-old-name)\n"
        "now_unknown e-fail-then-unknown\n"
        "removed f-gone\n"
        "unchanged h-same\n");
  CHECK(changes_of(d, Change::still_open).size() == 2);
  const RuleChange& gone = *changes_of(d, Change::removed)[0];
  CHECK(gone.old_state == State::fail);
  CHECK_FALSE(gone.new_state);
}

TEST_CASE("a waived failure is still a gap, marked as waived") {
  Result before, now;
  before.rules = {rule("a", State::fail)};
  now.rules = {rule("a", State::fail)};
  now.rules[0].waiver = RuleWaiver{"accepted", "CISO", "", WaiverStatus::active, "w.yaml:2"};
  ResultDiff d = diff_results(before, now);
  REQUIRE(d.rules.size() == 1);
  CHECK(d.rules[0].change == Change::still_open);
  CHECK_FALSE(d.rules[0].old_waived);
  CHECK(d.rules[0].new_waived);
}

TEST_CASE("scores side by side, per category in the new order, old-only categories last") {
  Result before, now;
  before.summary.categories = {{"backup", {"バ", "Backup"}, 40, 4, 10, {}}, {"legacy", {"旧", "Legacy"}, 50, 1, 2, {}}};
  before.summary.categories[0].weight_scored_after_waivers = 10;
  before.summary.score = 45;
  before.summary.score_after_waivers = 45;
  now.summary.categories = {{"remote", {"リ", "Remote"}, 0, 0, 0, {}}, {"backup", {"バ", "Backup"}, 80, 8, 10, {}}};
  now.summary.categories[1].weight_scored_after_waivers = 10;
  now.summary.score = 80;
  now.summary.score_after_waivers = 80;
  ResultDiff d = diff_results(before, now);
  REQUIRE(d.categories.size() == 3);
  CHECK(d.categories[0].category == "remote");
  CHECK_FALSE(d.categories[0].old_score);
  CHECK_FALSE(d.categories[0].new_score);  // nothing scored
  CHECK(*d.categories[1].old_score == 40);
  CHECK(*d.categories[1].new_score == 80);
  CHECK(d.categories[2].category == "legacy");
  CHECK_FALSE(d.categories[2].new_score);
  CHECK(*d.score.old_score == 45);
  CHECK(*d.score.new_score == 80);
}

}  // namespace
}  // namespace tenken
