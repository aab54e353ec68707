// Tests of trends over N assessments (trend.h): every kind of gap with its dates, renames followed
// through the diffs, the points and categories with exact figures, the order of organisations and
// assessments whatever the input order, repeated dates, and a trend of one point.
#include <doctest/doctest.h>

#include <algorithm>
#include <fmt/format.h>

#include "tenken/trend.h"
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

CategoryScore category(std::string id, double score, double weight_scored) {
  CategoryScore c;
  c.category = id;
  c.title = {id + "（日本語）", id + " (English)"};
  c.score = score;
  c.weight_scored = weight_scored;
  c.weight_scored_after_waivers = weight_scored;
  return c;
}

// One assessment of `org`: the states of rules p, r, l, n, o, x, u, ok (see the first test).
SavedResult assessment(std::string org, std::string date, std::string states, double backup, double remote) {
  SavedResult s;
  s.file = "results/" + date + ".json";
  s.result.organization.name = std::move(org);
  s.result.organization.sector = "medical";
  s.result.assessment.date = date;
  auto state = [](char c) {
    return c == 'F' ? State::fail : c == 'P' ? State::pass : c == 'N' ? State::notapplicable : State::unknown;
  };
  const char* ids[] = {"l-regressed-now", "n-new", "o-open", "ok", "p-persistent", "r-regressed", "u-unknown-now",
                       "x-resolved"};
  for (size_t i = 0; i < states.size(); ++i) {
    s.result.rules.push_back(rule(ids[i], state(states[i]), i == 4 ? Severity::critical : Severity::medium));
    s.result.summary.counts[static_cast<size_t>(s.result.rules.back().state)]++;
  }
  s.result.summary.categories = {category("backup", backup, 10), category("remote", remote, remote < 0 ? 0 : 4)};
  s.result.summary.score = s.result.summary.score_after_waivers = remote < 0 ? backup : (backup + remote) / 2;
  s.result.summary.coverage.percent = 50 + backup / 10;
  return s;
}

std::vector<SavedResult> four_years() {
  //                                          l n o ok p r u x
  return {assessment("Hospital", "2024-04-01", "PUFPFFFP", 60, 30),
          assessment("Hospital", "2022-04-01", "PUUPFPPF", 20, 10),
          assessment("Hospital", "2025-04-01", "FFFPFFUP", 70, -1),
          assessment("Hospital", "2023-04-01", "PUFPFFPF", 40, 25)};
}

std::string gap_line(const GapTrend& g) {
  std::string states;
  for (const std::optional<State>& s : g.states) states += s ? std::string(format_as(*s)) + " " : std::string("- ");
  return fmt::format("{} {} [{}] since={} passed={} failed={} new={}\n", format_as(g.kind), g.rule, states,
                     g.open_since, g.last_passed, g.last_failed, g.new_in_latest);
}

std::string gaps_text(const OrganizationTrend& o) {
  std::string out;
  for (const GapTrend& g : o.gaps) out += gap_line(g);
  return out;
}

TEST_CASE("every kind of gap, with the dates that say how long") {
  Trend t = compare_trends(four_years());
  REQUIRE(t.organizations.size() == 1);
  const OrganizationTrend& o = t.organizations[0];
  CHECK(gaps_text(o) ==
        "persistent p-persistent [fail fail fail fail ] since=2022-04-01 passed= failed= new=false\n"
        "regressed l-regressed-now [pass pass pass fail ] since=2025-04-01 passed=2024-04-01 failed= new=true\n"
        "regressed r-regressed [pass fail fail fail ] since=2023-04-01 passed=2022-04-01 failed= new=false\n"
        "new_gap n-new [unknown unknown unknown fail ] since=2025-04-01 passed= failed= new=true\n"
        "still_open o-open [unknown fail fail fail ] since=2023-04-01 passed= failed= new=false\n"
        "resolved x-resolved [fail fail pass pass ] since= passed= failed=2023-04-01 new=false\n"
        "now_unknown u-unknown-now [pass pass fail unknown ] since= passed= failed=2024-04-01 new=false\n");
  CHECK(o.worse_in_latest);
  CHECK(t.worse_in_latest);
  CHECK(gaps_of(o, GapKind::regressed).size() == 2);
  CHECK(o.gaps[0].severity == Severity::critical);
}

TEST_CASE("the assessments in date order, with exact figures and the changes from the previous") {
  Trend t = compare_trends(four_years());
  const OrganizationTrend& o = t.organizations[0];
  REQUIRE(o.assessments.size() == 4);
  CHECK(t.results == 4);
  CHECK(o.name == "Hospital");
  CHECK(o.sector == "medical");
  std::string dates;
  for (const TrendPoint& p : o.assessments) dates += p.date + " " + p.file + "\n";
  CHECK(dates ==
        "2022-04-01 results/2022-04-01.json\n2023-04-01 results/2023-04-01.json\n"
        "2024-04-01 results/2024-04-01.json\n2025-04-01 results/2025-04-01.json\n");
  CHECK(*o.assessments[0].score == 15);
  CHECK(*o.assessments[3].score == 70);
  CHECK(*o.score_change == 55);
  CHECK(o.assessments[3].coverage == 57);
  CHECK(o.assessments[3].fail == 5);
  CHECK(o.assessments[3].unknown == 1);
  CHECK_FALSE(o.assessments[0].changes);
  // 2024 → 2025: l pass→fail (regressed), n unknown→fail (new), o, p, r still open, u fail→unknown.
  const ChangeCounts& c = *o.assessments[3].changes;
  CHECK(c.resolved == 0);
  CHECK(c.new_gap == 1);
  CHECK(c.regressed == 1);
  CHECK(c.still_open == 3);
  CHECK(c.now_unknown == 1);
  // 2022 → 2023: o unknown→fail (new), r pass→fail (regressed), p and x still open.
  CHECK(o.assessments[1].changes->new_gap == 1);
  CHECK(o.assessments[1].changes->regressed == 1);
  CHECK(o.assessments[1].changes->still_open == 2);
}

TEST_CASE("categories by assessment, not scored where nothing scores, change from first to last") {
  const OrganizationTrend o = compare_trends(four_years()).organizations[0];
  REQUIRE(o.categories.size() == 2);
  const CategoryTrend& backup = o.categories[0];
  CHECK(backup.category == "backup");
  CHECK(backup.title.en == "backup (English)");
  CHECK(backup.scores == std::vector<std::optional<double>>{20.0, 40.0, 60.0, 70.0});
  CHECK(*backup.change == 50);
  const CategoryTrend& remote = o.categories[1];
  CHECK(remote.scores == std::vector<std::optional<double>>{10.0, 25.0, 30.0, std::nullopt});
  CHECK_FALSE(remote.change);  // not scored in the latest
}

TEST_CASE("a category only earlier Results hold comes after the latest's, with its title") {
  std::vector<SavedResult> rs = four_years();
  rs[1].result.summary.categories.push_back(category("legacy", 80, 2));  // 2022 only
  rs[3].result.summary.categories.insert(rs[3].result.summary.categories.begin(), category("aaa", 5, 1));  // 2023
  const OrganizationTrend o = compare_trends(rs).organizations[0];
  std::string ids;
  for (const CategoryTrend& c : o.categories) ids += c.category + " ";
  CHECK(ids == "backup remote aaa legacy ");
  CHECK(o.categories[3].scores == std::vector<std::optional<double>>{80.0, std::nullopt, std::nullopt, std::nullopt});
  CHECK_FALSE(o.categories[3].change);
}

TEST_CASE("a renamed rule is one gap, open since its first failure under the old id") {
  SavedResult a = assessment("Port", "2023-06-01", "", 0, 0), b = assessment("Port", "2024-06-01", "", 0, 0),
              c = assessment("Port", "2025-06-01", "", 0, 0);
  a.result.rules = {rule("old-id", State::fail, Severity::high)};
  b.result.rules = {rule("old-id", State::fail, Severity::high)};
  c.result.rules = {rule("new-id", State::fail, Severity::critical)};
  testing::edit(c.result.rules[0]).formerly = {"old-id"};
  const OrganizationTrend o = compare_trends({c, a, b}).organizations[0];
  REQUIRE(o.gaps.size() == 1);
  CHECK(gap_line(o.gaps[0]) == "persistent new-id [fail fail fail ] since=2023-06-01 passed= failed= new=false\n");
  CHECK(o.gaps[0].former_ids == std::vector<std::string>{"old-id"});
  CHECK(o.gaps[0].severity == Severity::critical);
  CHECK_FALSE(o.worse_in_latest);
}

TEST_CASE("a rule new to the library that fails is new in the latest; one removed is not listed") {
  SavedResult a = assessment("Port", "2024-06-01", "", 0, 0), b = assessment("Port", "2025-06-01", "", 0, 0);
  a.result.rules = {rule("gone", State::fail)};
  b.result.rules = {rule("brand-new", State::fail)};
  const OrganizationTrend o = compare_trends({a, b}).organizations[0];
  CHECK(gaps_text(o) == "new_gap brand-new [- fail ] since=2025-06-01 passed= failed= new=true\n");
  CHECK(o.worse_in_latest);
}

TEST_CASE("a waived failure is still a gap, marked as waived now") {
  SavedResult a = assessment("Port", "2024-06-01", "", 0, 0), b = assessment("Port", "2025-06-01", "", 0, 0);
  a.result.rules = {rule("w", State::fail)};
  b.result.rules = {rule("w", State::fail)};
  b.result.rules[0].waiver = RuleWaiver{"accepted", "CISO", "", WaiverStatus::active, "w.yaml:2"};
  const OrganizationTrend o = compare_trends({a, b}).organizations[0];
  REQUIRE(o.gaps.size() == 1);
  CHECK(o.gaps[0].kind == GapKind::persistent);
  CHECK(o.gaps[0].waived_now);
}

TEST_CASE("organisations by name; the same Trend whatever order the Results come in") {
  std::vector<SavedResult> rs = four_years();
  rs.push_back(assessment("Gas Works", "2025-01-10", "PPPPFPPP", 50, 50));
  rs.push_back(assessment("架空市民病院", "2025-02-01", "PPPPPPPP", 100, 100));
  auto dump = [](const Trend& t) {
    std::string out;
    for (const OrganizationTrend& o : t.organizations) {
      out += o.name + ":";
      for (const TrendPoint& p : o.assessments) out += " " + p.date;
      out += "\n" + gaps_text(o);
    }
    return out;
  };
  std::string first = dump(compare_trends(rs));
  std::reverse(rs.begin(), rs.end());
  CHECK(dump(compare_trends(rs)) == first);
  std::rotate(rs.begin(), rs.begin() + 2, rs.end());
  CHECK(dump(compare_trends(rs)) == first);
  Trend t = compare_trends(rs);
  REQUIRE(t.organizations.size() == 3);
  CHECK(t.organizations[0].name == "Gas Works");
  CHECK(t.organizations[1].name == "Hospital");
  CHECK(t.organizations[2].name == "架空市民病院");
}

TEST_CASE("one Result is a trend of one point: its gaps open since its date, nothing new") {
  Trend t = compare_trends({assessment("Gas Works", "2025-01-10", "PPPPFPPP", 50, 50)});
  const OrganizationTrend& o = t.organizations[0];
  CHECK(o.assessments.size() == 1);
  CHECK(*o.score_change == 0);
  CHECK(*o.categories[0].change == 0);
  CHECK(gaps_text(o) == "persistent p-persistent [fail ] since=2025-01-10 passed= failed= new=false\n");
  CHECK_FALSE(t.worse_in_latest);
}

TEST_CASE("two Results on one date: ordered by file name, the date reported once") {
  SavedResult a = assessment("Port", "2025-06-01", "PPPPFPPP", 10, 10), b = a, c = a;
  b.file = "results/b.json";
  c.file = "results/a.json";
  b.result.rules[4].state = State::pass;  // b fixed p-persistent
  const OrganizationTrend o = compare_trends({b, a, c}).organizations[0];
  CHECK(o.assessments[0].file == "results/2025-06-01.json");
  CHECK(o.assessments[1].file == "results/a.json");
  CHECK(o.assessments[2].file == "results/b.json");
  CHECK(o.repeated_dates == std::vector<std::string>{"2025-06-01"});
  CHECK(gaps_text(o) == "resolved p-persistent [fail fail pass ] since= passed= failed=2025-06-01 new=false\n");
}

TEST_CASE("trend_essentials keeps what the trend reads") {
  std::vector<SavedResult> rs = four_years();
  for (SavedResult& s : rs) s.result = trend_essentials(s.result);
  CHECK(gaps_text(compare_trends(rs).organizations[0]) == gaps_text(compare_trends(four_years()).organizations[0]));
}

}  // namespace
}  // namespace tenken
