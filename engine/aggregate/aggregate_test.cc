// Tests of the aggregate (aggregate.h): the statistics to the last digit, each organisation's
// latest assessment kept, groups in the fixed order, gaps ranked, pseudonyms that reveal neither
// names nor input order, and rules and categories the library does not hold.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "tenken/aggregate.h"

namespace tenken {
namespace {

Library small_library() {
  Library lib;
  lib.categories = {{"remote", {"リモート", "Remote"}}, {"backup", {"バックアップ", "Backup"}}};
  Rule a, b, c;
  a.id = "backup-offline", a.category = "backup", a.severity = Severity::critical, a.title = {"切り離す", "Offline"};
  b.id = "backup-taken", b.category = "backup", b.severity = Severity::high, b.title = {"取る", "Taken"};
  c.id = "remote-mfa", c.category = "remote", c.severity = Severity::high, c.title = {"MFA", "MFA"};
  lib.rules = {c, a, b};  // not sorted: the keys sort them
  return lib;
}

// A record as reduce_result makes it: scores per category (NaN: not scored), states per rule in
// the keys' order (backup-offline, backup-taken, remote-mfa).
OrganizationRecord record(std::string name, std::string sector, std::string date, double score,
                          std::vector<double> categories, std::vector<State> states, std::string file = "") {
  OrganizationRecord r;
  r.name = name;
  r.sector = std::move(sector);
  r.date = std::move(date);
  r.file = file.empty() ? name + ".json" : file;
  r.score = score;
  r.categories = std::move(categories);
  for (State s : states) r.rules.push_back(static_cast<uint8_t>(s));
  return r;
}

constexpr double kNone = NAN;

TEST_CASE("statistics: mean, population sigma, interpolated quartiles, min, max") {
  Statistics s = describe({4, 1, 3, 2});
  CHECK(s.count == 4);
  CHECK(s.mean == 2.5);
  CHECK(s.stddev == doctest::Approx(std::sqrt(1.25)).epsilon(1e-15));
  CHECK(s.median == 2.5);
  CHECK(s.q1 == 1.75);  // h = 3 * 0.25 = 0.75: 1 + 0.75 * (2 - 1)
  CHECK(s.q3 == 3.25);  // h = 2.25: 3 + 0.25 * (4 - 3)
  CHECK(s.min == 1);
  CHECK(s.max == 4);

  Statistics five = describe({10, 20, 30, 40, 100});
  CHECK(five.mean == 40);
  CHECK(five.median == 30);
  CHECK(five.q1 == 20);
  CHECK(five.q3 == 40);
  CHECK(five.stddev == doctest::Approx(std::sqrt(1000.0)).epsilon(1e-15));  // (900+400+100+0+3600)/5

  Statistics one = describe({62.5});
  CHECK(one.count == 1);
  CHECK(one.median == 62.5);
  CHECK(one.q1 == 62.5);
  CHECK(one.q3 == 62.5);
  CHECK(one.stddev == 0);

  Statistics none = describe({});
  CHECK(none.count == 0);
  CHECK(none.mean == 0);
}

TEST_CASE("percentile rank counts ties as half, and the deviation score is 50 at sigma 0") {
  std::vector<double> sorted = {1, 2, 2, 3};
  CHECK(percentile_rank(sorted, 1) == 12.5);  // (0 + 1/2) / 4
  CHECK(percentile_rank(sorted, 2) == 50);    // (1 + 2/2) / 4
  CHECK(percentile_rank(sorted, 3) == 87.5);  // (3 + 1/2) / 4
  CHECK(percentile_rank({}, 3) == 0);
  Statistics s = describe({1, 2, 3, 4});
  CHECK(deviation_score(2.5, s) == 50);
  CHECK(deviation_score(4, s) == doctest::Approx(50 + 15 / std::sqrt(1.25)).epsilon(1e-15));
  CHECK(deviation_score(7, describe({7, 7, 7})) == 50);
}

TEST_CASE("the latest assessment of each organisation counts; ties go to the later file name") {
  AggregateKeys keys(small_library());
  std::vector<OrganizationRecord> records = {
      record("港湾A", "port", "2026-04-01", 80, {80, kNone}, {State::pass, State::pass, State::pass}),
      record("港湾A", "port", "2025-04-01", 10, {10, kNone}, {State::fail, State::fail, State::fail}, "old.json"),
      record("病院B", "medical", "2026-01-01", 20, {kNone, 20}, {State::fail, State::pass, State::unknown}, "a.json"),
      record("病院B", "medical", "2026-01-01", 30, {kNone, 30}, {State::fail, State::pass, State::unknown}, "b.json"),
  };
  Aggregate a = aggregate(records, keys, {});
  REQUIRE(a.organizations.size() == 2);
  CHECK(a.results == 4);
  CHECK(a.set_aside == 2);
  // Sector order: medical before port.
  CHECK(a.organizations[0].name == "病院B");
  CHECK(a.organizations[0].score == 30);
  CHECK(a.organizations[0].file == "b.json");
  CHECK(a.organizations[0].set_aside == 1);
  CHECK(a.organizations[1].name == "港湾A");
  CHECK(a.organizations[1].score == 80);
  CHECK(a.first_date == "2026-01-01");
  CHECK(a.last_date == "2026-04-01");
  CHECK(a.overall.mean == 55);
  CHECK(a.overall.stddev == 25);
  CHECK(a.organizations[1].deviation == 60);
  CHECK(a.organizations[0].deviation == 40);
  CHECK(a.organizations[1].percentile == 75);
  CHECK(a.organizations[0].percentile == 25);
  // The same records in another order give the same aggregate.
  std::reverse(records.begin(), records.end());
  Aggregate b = aggregate(records, keys, {});
  CHECK(b.organizations[0].file == "b.json");
  CHECK(b.organizations[1].score == 80);
}

TEST_CASE("categories: only those scored, each over the organisations that score it") {
  AggregateKeys keys(small_library());
  Aggregate a = aggregate({record("a", "water", "2026-04-01", 50, {40, 60}, {}),
                           record("b", "water", "2026-04-01", 70, {kNone, 70}, {}),
                           record("c", "gas", "2026-04-01", 90, {100, 80}, {})},
                          keys, {});
  REQUIRE(a.categories.size() == 2);
  CHECK(a.categories[0].id == "remote");  // library order
  CHECK(a.categories[0].title.en == "Remote");
  CHECK(a.categories[0].stats.count == 2);
  CHECK(a.categories[0].stats.mean == 70);
  CHECK(a.categories[1].id == "backup");
  CHECK(a.categories[1].stats.count == 3);
  CHECK(a.categories[1].stats.mean == 70);
  CHECK(a.categories[1].stats.median == 70);
  // Organisations by group (gas before water), then highest score first.
  CHECK(a.organizations[0].name == "c");
  CHECK(a.organizations[1].name == "b");
  CHECK(!a.organizations[1].categories[0].has_value());
  CHECK(*a.organizations[1].categories[1] == 70);
  CHECK(a.organizations[2].name == "a");

  Aggregate unscored = aggregate({record("a", "water", "2026-04-01", 50, {kNone, 60}, {})}, keys, {});
  REQUIRE(unscored.categories.size() == 1);
  CHECK(unscored.categories[0].id == "backup");
  CHECK(unscored.organizations[0].categories.size() == 1);
}

TEST_CASE("groups by sector in the fixed order; empty and unlisted sectors count as other") {
  AggregateKeys keys(small_library());
  Aggregate a = aggregate({record("a", "water", "2026-04-01", 40, {40, 40}, {}),
                           record("b", "local_government", "2026-04-01", 60, {60, kNone}, {}),
                           record("c", "", "2026-04-01", 80, {100, kNone}, {}),
                           record("d", "finance", "2026-04-01", 90, {90, 90}, {}),
                           record("e", "water", "2026-04-01", 60, {kNone, 60}, {})},
                          keys, {});
  REQUIRE(a.groups.size() == 3);
  CHECK(a.groups[0].id == "finance");
  CHECK(a.groups[0].name.ja == "金融");
  CHECK(a.groups[1].id == "water");
  CHECK(a.groups[1].count == 2);
  CHECK(a.groups[1].mean == 50);
  CHECK(a.groups[1].median == 50);
  CHECK(*a.groups[1].category_means[0] == 40);
  CHECK(*a.groups[1].category_means[1] == 50);
  CHECK(a.groups[2].id == "other");
  CHECK(a.groups[2].count == 2);
  CHECK(a.groups[2].mean == 70);
  CHECK(*a.groups[2].category_means[0] == 80);
  CHECK(!a.groups[2].category_means[1].has_value());
  CHECK(a.organizations[3].sector == "other");
}

TEST_CASE("groups by size: bands in order, then not stated") {
  AggregateKeys keys(small_library());
  std::vector<OrganizationRecord> records = {record("a", "water", "2026-04-01", 40, {40, 40}, {}),
                                             record("b", "water", "2026-04-01", 60, {60, 60}, {}),
                                             record("c", "water", "2026-04-01", 80, {80, 80}, {})};
  records[0].size = "10000_or_more";
  records[1].size = "under_100";
  records[2].size = "about 50";
  AggregateOptions o;
  o.by = Breakdown::size;
  Aggregate a = aggregate(records, keys, o);
  REQUIRE(a.groups.size() == 3);
  CHECK(a.groups[0].id == "under_100");
  CHECK(a.groups[1].id == "10000_or_more");
  CHECK(a.groups[2].id == "unknown");
  CHECK(a.groups[2].name.en == "Not stated");
  CHECK(a.organizations[2].name == "c");
  CHECK(a.organizations[2].size.empty());
}

TEST_CASE("gaps: most failures first, then most unknown, then rule id; unknown ids by their id") {
  AggregateKeys keys(small_library());
  std::vector<OrganizationRecord> records = {
      record("a", "water", "2026-04-01", 0, {kNone, kNone}, {State::fail, State::unknown, State::unknown}),
      record("b", "water", "2026-04-01", 0, {kNone, kNone}, {State::fail, State::fail, State::waived}),
      record("c", "water", "2026-04-01", 0, {kNone, kNone}, {State::pass, State::fail, State::pass}),
      record("d", "water", "2026-04-01", 0, {kNone, kNone}, {State::pass, State::pass, State::notapplicable}),
  };
  records[0].rules[0] = kRuleAbsent;  // a and d do not hold backup-offline
  records[3].rules[0] = kRuleAbsent;
  records[0].other_rules = {{"custom-rule", static_cast<uint8_t>(State::fail)}};
  records[2].other_rules = {{"custom-rule", static_cast<uint8_t>(State::fail)}};
  Aggregate a = aggregate(records, keys, {});
  REQUIRE(a.gaps.size() == 4);
  CHECK(a.gaps[0].rule == "backup-taken");
  CHECK(a.gaps[0].fail == 2);
  CHECK(a.gaps[0].unknown == 1);
  CHECK(a.gaps[0].assessed == 4);
  CHECK(a.gaps[0].title.en == "Taken");
  CHECK(a.gaps[0].severity == Severity::high);
  CHECK(a.gaps[1].rule == "custom-rule");
  CHECK(a.gaps[1].fail == 2);
  CHECK(a.gaps[1].assessed == 2);
  CHECK(a.gaps[1].title.empty());
  CHECK(!a.gaps[1].severity);
  CHECK(a.gaps[2].rule == "backup-offline");
  CHECK(a.gaps[2].fail == 1);
  CHECK(a.gaps[2].assessed == 2);
  CHECK(a.gaps[3].rule == "remote-mfa");
  CHECK(a.gaps[3].fail == 0);
  CHECK(a.gaps[3].unknown == 1);  // waived is not unknown
}

TEST_CASE("categories the library does not declare come last, by id, titled by their id") {
  AggregateKeys keys(small_library());
  std::vector<OrganizationRecord> records = {record("a", "water", "2026-04-01", 50, {50, kNone}, {}),
                                             record("b", "water", "2026-04-01", 50, {kNone, kNone}, {})};
  records[0].other_categories = {{"zeta", 10}};
  records[1].other_categories = {{"alpha", 20}, {"zeta", 30}};
  Aggregate a = aggregate(records, keys, {});
  REQUIRE(a.categories.size() == 3);
  CHECK(a.categories[0].id == "remote");
  CHECK(a.categories[1].id == "alpha");
  CHECK(a.categories[1].title.ja == "alpha");
  CHECK(a.categories[2].id == "zeta");
  CHECK(a.categories[2].stats.mean == 20);
}

TEST_CASE("pseudonyms: numbered by sector, then score, then a hash; no name or file is kept") {
  AggregateKeys keys(small_library());
  std::vector<OrganizationRecord> records = {
      record("Zeta Water", "water", "2026-04-01", 70, {kNone, kNone}, {}),
      record("Alpha Water", "water", "2026-04-01", 90, {kNone, kNone}, {}),
      record("Gas Co", "gas", "2026-04-01", 10, {kNone, kNone}, {}),
  };
  AggregateOptions o;
  o.anonymise = true;
  Aggregate a = aggregate(records, keys, o);
  REQUIRE(a.organizations.size() == 3);
  CHECK(a.anonymised);
  CHECK(a.organizations[0].name == "org-0001");  // gas first in the sector list
  CHECK(a.organizations[0].score == 10);
  CHECK(a.organizations[1].name == "org-0002");  // water, highest score first
  CHECK(a.organizations[1].score == 90);
  CHECK(a.organizations[2].name == "org-0003");
  for (const OrganizationScore& org : a.organizations) CHECK(org.file.empty());
  // Input order does not show.
  std::reverse(records.begin(), records.end());
  Aggregate b = aggregate(records, keys, o);
  for (size_t i = 0; i < 3; ++i) {
    CHECK(b.organizations[i].name == a.organizations[i].name);
    CHECK(b.organizations[i].score == a.organizations[i].score);
  }
}

TEST_CASE("reduce_result keeps counted states and only scored categories") {
  AggregateKeys keys(small_library());
  Result r;
  r.organization.name = "X";
  r.organization.sector = "water";
  r.organization.size = "under_100";
  r.assessment.date = "2026-04-01";
  r.summary.score = 42.5;
  CategoryScore remote, backup, other;
  remote.category = "remote", remote.score = 0, remote.weight_scored = 0;  // nothing scored
  backup.category = "backup", backup.score = 75, backup.weight_scored = 8;
  other.category = "own", other.score = 50, other.weight_scored = 1;
  r.summary.categories = {remote, backup, other};
  RuleResult waived, custom;
  waived.rule = "backup-taken", waived.state = State::fail;
  waived.waiver = RuleWaiver{};
  custom.rule = "own-rule", custom.state = State::unknown;
  r.rules = {waived, custom};
  OrganizationRecord rec = reduce_result(r, keys, "x.json");
  CHECK(rec.name == "X");
  CHECK(rec.size == "under_100");
  CHECK(rec.file == "x.json");
  CHECK(rec.score == 42.5);
  CHECK(std::isnan(rec.categories[0]));
  CHECK(rec.categories[1] == 75);
  REQUIRE(rec.other_categories.size() == 1);
  CHECK(rec.other_categories[0].first == "own");
  CHECK(rec.rules == std::vector<uint8_t>{kRuleAbsent, static_cast<uint8_t>(State::waived), kRuleAbsent});
  REQUIRE(rec.other_rules.size() == 1);
  CHECK(rec.other_rules[0].second == static_cast<uint8_t>(State::unknown));
}

}  // namespace
}  // namespace tenken
