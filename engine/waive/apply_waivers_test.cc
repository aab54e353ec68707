// Tests of applying waivers to a Result: statuses judged on the assessment date, scores before
// and after, and every message compared whole.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include "tenken/waivers.h"
#include "tests/edit_texts.h"
#include "tests/engine_fixtures.h"

namespace tenken {
namespace {

using testing::render;
using testing::source;

RuleResult rule(std::string id, State state, double weight) {
  RuleResult r;
  r.rule = std::move(id);
  r.state = state;
  r.category = "backup";
  r.weight = weight;
  return r;
}

// backup-a fails (weight 6), backup-b passes (3), backup-c fails (1).
Result sample() {
  Result r;
  r.assessment.date = "2026-04-01";
  r.rules = {rule("backup-a", State::fail, 6), rule("backup-b", State::pass, 3),
             rule("backup-c", State::fail, 1)};
  testing::edit(r.rules[2]).formerly = {"backup-old"};
  r.summary.categories = {{"backup", {"バックアップ", "Backup"}, 0, 0, 0, {}}};
  return r;
}

Waivers waivers(const std::string& yaml, Diagnostics& diags) {
  return *load_waivers(source("w.yaml", yaml), diags);
}

TEST_CASE("waivers are judged on the assessment date and change the scores after waivers only") {
  Diagnostics diags;
  Result r = sample();
  REQUIRE(apply_waivers(r, waivers(R"(waivers:
  - {rule: backup-a, justification: ordered, approved_by: CISO, expires: 2026-04-01}
  - {rule: backup-b, justification: stale}
  - {rule: backup-old, justification: renamed, expires: 2026-03-31}
)", diags), -1, diags));
  CHECK(r.rules[0].waiver->status == WaiverStatus::active);  // the expiry day still holds
  CHECK(r.rules[0].waiver->origin == "w.yaml:2");
  CHECK(r.rules[1].waiver->status == WaiverStatus::not_needed);
  CHECK(r.rules[2].waiver->status == WaiverStatus::expired);
  CHECK(counted_state(r.rules[0]) == State::waived);
  CHECK(counted_state(r.rules[2]) == State::fail);
  CHECK(r.waivers_path == "w.yaml");
  const Summary& s = r.summary;
  CHECK(s.counts[static_cast<int>(State::fail)] == 1);
  CHECK(s.counts[static_cast<int>(State::waived)] == 1);
  CHECK(s.waivers.active == 1);
  CHECK(s.waivers.expired == 1);
  CHECK(s.waivers.not_needed == 1);
  CHECK(s.score_flat == doctest::Approx(30.0));               // 3 of 10
  CHECK(s.score_flat_after_waivers == doctest::Approx(75.0));  // 3 of 4
  CHECK(s.categories[0].title.en == "Backup");
  CHECK(s.categories[0].weight_scored_after_waivers == doctest::Approx(4.0));
  CHECK(render(diags) ==
        "w.yaml:3:12: warning: the waiver for 'backup-b' is not needed: the rule's result is pass; remove it\n"
        "    - {rule: backup-b, justification: stale}\n"
        "             ^\n"
        "w.yaml:4:12: warning: rule 'backup-old' is now called 'backup-c'; the waiver applies to it, but write the new id\n"
        "    - {rule: backup-old, justification: renamed, expires: 2026-03-31}\n"
        "             ^\n"
        "w.yaml:4:57: warning: the waiver for 'backup-old' expired on 2026-03-31, before the assessment date "
        "2026-04-01: it is ignored and the rule counts as fail\n"
        "    - {rule: backup-old, justification: renamed, expires: 2026-03-31}\n"
        "                                                          ^\n");
}

TEST_CASE("--warn-expiring warns about active waivers that end within the days given") {
  Diagnostics diags;
  Result r = sample();
  REQUIRE(apply_waivers(r, waivers(R"(waivers:
  - {rule: backup-a, justification: ordered, expires: 2026-04-30}
  - {rule: backup-c, justification: later, expires: 2026-05-01}
)", diags), 29, diags));
  CHECK(render(diags) ==
        "w.yaml:2:55: warning: the waiver for 'backup-a' expires on 2026-04-30, 29 days after the assessment "
        "date 2026-04-01\n"
        "    - {rule: backup-a, justification: ordered, expires: 2026-04-30}\n"
        "                                                        ^\n");
}

TEST_CASE("a waiver for an unknown rule is an error and leaves the Result as it was") {
  Diagnostics diags;
  Result r = sample();
  CHECK_FALSE(apply_waivers(r, waivers(R"(waivers:
  - {rule: backup-a, justification: ordered}
  - {rule: backup-d, justification: typo}
)", diags), -1, diags));
  CHECK_FALSE(r.rules[0].waiver);
  CHECK(r.waivers_path == "");
  CHECK(render(diags) ==
        "w.yaml:3:12: error: waiver for an unknown rule 'backup-d'; did you mean 'backup-a'?\n"
        "    - {rule: backup-d, justification: typo}\n"
        "             ^\n");
}

TEST_CASE("a waiver under a rule's old id and one under its new id waive it twice") {
  Diagnostics diags;
  Result r = sample();
  CHECK_FALSE(apply_waivers(r, waivers(R"(waivers:
  - {rule: backup-old, justification: renamed}
  - {rule: backup-c, justification: new id}
)", diags), -1, diags));
  CHECK(render(diags) ==
        "w.yaml:2:12: warning: rule 'backup-old' is now called 'backup-c'; the waiver applies to it, "
        "but write the new id\n"
        "    - {rule: backup-old, justification: renamed}\n"
        "             ^\n"
        "w.yaml:3:12: error: rule 'backup-c' is waived twice (first at w.yaml:2)\n"
        "    - {rule: backup-c, justification: new id}\n"
        "             ^\n");
}

TEST_CASE("an unknown id far longer than every rule id is reported without a suggestion") {
  Diagnostics diags;
  Result r = sample();
  std::string id = "backup-a" + std::string(20, 'x');  // 28 characters: over 2 * 8 + 3
  CHECK_FALSE(apply_waivers(r, waivers("waivers:\n  - {rule: " + id + ", justification: long}\n", diags), -1,
                            diags));
  CHECK(render(diags) ==
        "w.yaml:2:12: error: waiver for an unknown rule 'backup-axxxxxxxxxxxxxxxxxxxx'\n"
        "    - {rule: backup-axxxxxxxxxxxxxxxxxxxx, justification: long}\n"
        "             ^\n");
}

TEST_CASE("every unknown waiver is counted; the ones shown have their suggestion") {
  Diagnostics diags;
  Result r = sample();
  std::string yaml = "waivers:\n";
  for (int i = 0; i < 150; ++i) yaml += fmt::format("  - {{rule: backup-{}, justification: typo}}\n", i);
  CHECK_FALSE(apply_waivers(r, waivers(yaml, diags), -1, diags));
  CHECK(diags.error_count() == 150);
  REQUIRE(diags.items().size() == kMaxDiagnosticsKept);
  CHECK(diags.items().front().message.en == "waiver for an unknown rule 'backup-0'; did you mean 'backup-a'?");
  CHECK(diags.items().back().message.en ==
        fmt::format("waiver for an unknown rule 'backup-{}'; did you mean 'backup-a'?", kMaxDiagnosticsKept - 1));
  CHECK(diags.items().front().message.ja == "免除の対象の 'backup-0' というルールはありません。もしかして 'backup-a' ですか？");
}

// Each message in Japanese, one a line, in the order of their positions.
std::string messages_ja(const Diagnostics& diags) {
  std::string out;
  for (const Diagnostic& d : diags.sorted()) out += d.message.ja + "\n";
  return out;
}

TEST_CASE("messages in Japanese: a renamed rule, an expired, unneeded or expiring waiver") {
  Diagnostics diags;
  Result r = sample();
  REQUIRE(apply_waivers(r, waivers(R"(waivers:
  - {rule: backup-a, justification: ordered, expires: 2026-04-30}
  - {rule: backup-b, justification: stale}
  - {rule: backup-old, justification: renamed, expires: 2026-03-31}
)", diags), 30, diags));
  CHECK(messages_ja(diags) ==
        "'backup-a' の免除は 2026-04-30 に期限が切れます（評価日 2026-04-01 の 29 日後）\n"
        "'backup-b' の免除は不要です。ルールの結果は pass です。この免除を削除してください\n"
        "ルール 'backup-old' は今は 'backup-c' という id です。免除はこのルールに適用しますが、新しい id を書いてください\n"
        "'backup-old' の免除は評価日 2026-04-01 より前の 2026-03-31 に期限が切れています。この免除は使われず、ルールは "
        "fail として数えます\n");
  Diagnostics twice;
  Result again = sample();
  CHECK_FALSE(apply_waivers(again, waivers(R"(waivers:
  - {rule: backup-old, justification: renamed}
  - {rule: backup-c, justification: new id}
)", twice), -1, twice));
  CHECK(format_diagnostic(twice.sorted().back(), false, Lang::ja) ==
        "w.yaml:3:12: エラー: ルール 'backup-c' が二度免除されています（最初は w.yaml:2）\n"
        "    - {rule: backup-c, justification: new id}\n"
        "             ^\n");
  Diagnostics undated;
  Result no_date = sample();
  no_date.assessment.date = "2026-04";
  CHECK_FALSE(apply_waivers(no_date, Waivers{}, -1, undated));
  CHECK(messages_ja(undated) == "免除を判定できません。結果ファイルの評価日 '2026-04' が日付になっていません\n");
}

TEST_CASE("applying waivers again replaces the earlier ones") {
  Diagnostics diags;
  Result r = sample();
  REQUIRE(apply_waivers(r, waivers("waivers:\n  - {rule: backup-a, justification: x}\n", diags), -1, diags));
  REQUIRE(apply_waivers(r, waivers("waivers:\n  - {rule: backup-c, justification: y}\n", diags), -1, diags));
  CHECK_FALSE(r.rules[0].waiver);
  CHECK(r.rules[2].waiver->justification == "y");
  CHECK(r.summary.waivers.active == 1);
}

}  // namespace
}  // namespace tenken
