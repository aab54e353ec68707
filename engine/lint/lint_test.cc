// Tests of lint(): questions nothing reads, rules that can never apply (an error) and rules that
// can never fail (a warning), each with its whole message; and silence for a clean library.
#include <doctest/doctest.h>

#include <string>

#include "tenken/engine.h"
#include "tests/engine_fixtures.h"

namespace tenken {
namespace {

using testing::RuleSpec;
using testing::rules_yaml;

// Rules that read every question of the test checklist, so that no question is unused.
std::vector<RuleSpec> clean_rules() {
  return {
      {.id = "backup-generations", .expect = "backup.generations >= 3"},
      {.id = "backup-offsite", .expect = "backup.location == \"offsite\" or backup.media contains \"tape\""},
      {.id = "backup-restore-tested", .expect = "days_since(backup.tested_on) <= 365"},
      {.id = "backup-owner", .expect = "answered(backup.owner)"},
      {.id = "backup-owner-named", .expect = "backup.owner != \"誰も\"", .applies_if = "answered(backup.owner)"},
      {.id = "vpn-mfa", .expect = "vpn.mfa and days_since(vpn.patched_on) <= 90",
       .applies_if = "remote.vpn_used", .category = "remote"},
      {.id = "vpn-review", .applies_if = "remote.vpn_used", .category = "remote", .extra = "    check: manual\n"},
  };
}

// Lint messages for the test checklist and `rules` (rules.yaml).
std::string lint_messages(const std::vector<RuleSpec>& rules,
                          const std::string& checklist = testing::kChecklist) {
  Diagnostics diags;
  CompiledLibraryPtr compiled =
      testing::compile_texts({{"checklist.yaml", checklist}, {"rules.yaml", rules_yaml(rules)}}, diags);
  REQUIRE(testing::render(diags) == "");
  REQUIRE(compiled);
  lint(*compiled, diags);
  return testing::render(diags);
}

// The clean rules plus one more: only that rule's messages remain.
std::string lint_one(const RuleSpec& extra) {
  std::vector<RuleSpec> rules = {extra};
  for (const RuleSpec& r : clean_rules()) rules.push_back(r);
  return lint_messages(rules);
}

TEST_CASE("lint: a clean library gives no diagnostics") { CHECK(lint_messages(clean_rules()) == ""); }

TEST_CASE("lint: every rule an action closes exists and is closed by that action only; every rule has one") {
  Diagnostics diags;
  CompiledLibraryPtr compiled = testing::compile_texts(
      {{"checklist.yaml", testing::kChecklist},
       {"rules.yaml", rules_yaml(clean_rules())},
       {"actions.yaml",
        "actions:\n"
        "  - {id: backups, text: {ja: 守る, en: Protect}, rules: [backup-generations, backup-offsite, backup-ofsite]}\n"
        "  - {id: owners, text: {ja: 決める, en: Decide}, rules: [backup-owner, backup-owner-named, backup-offsite]}\n"
        "  - {id: vpn, text: {ja: VPN, en: VPN}, rules: [vpn-mfa, vpn-review]}\n"}},
      diags);
  REQUIRE(testing::render(diags) == "");
  REQUIRE(compiled);
  lint(*compiled, diags);
  CHECK(testing::render(diags) ==
        "actions.yaml:2:92: error: unknown rule 'backup-ofsite' in action 'backups'; did you mean 'backup-offsite'?\n"
        "  ...d: backups, text: {ja: 守る, en: Protect}, rules: [backup-generations, backup-offsite, backup-ofsite]}\n"
        "                                                                                            ^\n"
        "actions.yaml:3:89: error: rule 'backup-offsite' is already closed by action 'backups' (actions.yaml:2); "
        "list each rule under one action\n"
        "  ...{id: owners, text: {ja: 決める, en: Decide}, rules: [backup-owner, backup-owner-named, backup-offsite]}\n"
        "                                                                                            ^\n"
        "rules.yaml:18:5: warning: rule 'backup-restore-tested' is closed by no action; the action plan will list it "
        "by its title (add it to an action's 'rules')\n"
        "    - id: backup-restore-tested\n"
        "      ^\n");
  // In Japanese.
  std::vector<Diagnostic> ja = diags.sorted();
  REQUIRE(ja.size() == 3);
  CHECK(ja[0].message.ja == "対策 'backups' に書かれた 'backup-ofsite' というルールはありません。もしかして 'backup-offsite' ですか？");
  CHECK(ja[1].message.ja ==
        "ルール 'backup-offsite' はすでに対策 'backups'（actions.yaml:2）に書かれています。各ルールは 1 つの対策にだけ書いて"
        "ください");
  CHECK(ja[1].message.en ==
        "rule 'backup-offsite' is already closed by action 'backups' (actions.yaml:2); list each rule under one action");
  CHECK(ja[2].message.ja ==
        "ルール 'backup-restore-tested' を解消する対策がありません。対策の一覧にはルールの題名で載ります（いずれかの対策の "
        "'rules' に加えてください）");
}

TEST_CASE("lint: a former id must be retired and continued by one rule only") {
  std::vector<RuleSpec> rules = clean_rules();
  rules[0].extra = "    formerly: [backup-owner, backup-old]\n";
  rules[1].extra = "    formerly: [backup-old]\n";
  CHECK(lint_messages(rules) ==
        "rules.yaml:2:5: error: rule 'backup-generations' lists 'backup-owner' in 'formerly', but 'backup-owner' "
        "is still a rule of the library; a former id must be retired\n"
        "    - id: backup-generations\n"
        "      ^\n"
        "rules.yaml:11:5: error: rules 'backup-generations' and 'backup-offsite' both list 'backup-old' in "
        "'formerly'; one rule must continue it\n"
        "    - id: backup-offsite\n"
        "      ^\n");
}

TEST_CASE("lint: a date question that offers never must be seen by a rule through days_since()") {
  const char* checklist = "sections:\n"
                          "  - id: a\n"
                          "    title: {ja: 甲, en: A}\n"
                          "    questions:\n"
                          "      - id: a.seen_on\n"
                          "        type: date\n"
                          "        never: {ja: 一度もない, en: Never}\n"
                          "        text: {ja: 見た日, en: Seen}\n"
                          "      - id: a.only_answered_on\n"
                          "        type: date\n"
                          "        never: {ja: 一度もない, en: Never}\n"
                          "        text: {ja: 答えた日, en: Answered}\n";
  CHECK(lint_messages({{.id = "r", .expect = "days_since(a.seen_on) <= 30"},
                       {.id = "s", .expect = "answered(a.only_answered_on)"}},
                      checklist) ==
        "checklist.yaml:9:9: warning: question 'a.only_answered_on' offers the answer never, but no rule reads "
        "days_since(a.only_answered_on), so no rule can see a never answer\n"
        "        - id: a.only_answered_on\n"
        "          ^\n");
}

TEST_CASE("lint: a question that no rule or ask_if reads") {
  const char* checklist = "sections:\n"
                          "  - id: a\n"
                          "    title: {ja: 甲, en: A}\n"
                          "    questions:\n"
                          "      - {id: a.read, type: bool, text: {ja: 読む, en: Read}}\n"
                          "      - {id: a.asks, type: bool, text: {ja: 問う, en: Asks}}\n"
                          "      - {id: a.asked, type: bool, ask_if: a.asks, text: {ja: 問われる, en: Asked}}\n"
                          "      - id: a.unused\n"
                          "        type: number\n"
                          "        text: {ja: 未使用, en: Unused}\n";
  CHECK(lint_messages({{.id = "r", .expect = "a.read"}, {.id = "s", .expect = "a.asked"}}, checklist) ==
        "checklist.yaml:8:9: warning: question 'a.unused' is not read by any rule or ask_if; a rule should use "
        "its answer, or the question can go\n"
        "        - id: a.unused\n"
        "          ^\n");
}

TEST_CASE("lint: a rule that can never apply is an error at its applies_if") {
  CHECK(lint_one({.id = "never", .expect = "backup.taken",
                  .applies_if = "backup.generations > 5 and backup.generations < 3"}) ==
        "rules.yaml:6:17: error: rule 'never' can never apply: no answers make its applies_if true\n"
        "      applies_if: backup.generations > 5 and backup.generations < 3\n"
        "                  ^\n");
  // Beyond the question's bounds (0 to 100).
  CHECK(lint_one({.id = "never", .expect = "backup.taken", .applies_if = "backup.generations > 100"}) ==
        "rules.yaml:6:17: error: rule 'never' can never apply: no answers make its applies_if true\n"
        "      applies_if: backup.generations > 100\n"
        "                  ^\n");
  CHECK(lint_one({.id = "never", .expect = "backup.taken",
                  .applies_if = "backup.location == \"offsite\" and backup.location == \"same_server\""}) ==
        "rules.yaml:6:17: error: rule 'never' can never apply: no answers make its applies_if true\n"
        "      applies_if: backup.location == \"offsite\" and backup.location == \"same_server\"\n"
        "                  ^\n");
  CHECK(lint_one({.id = "never", .expect = "backup.taken", .applies_if = "count(backup.media) > 3"}) ==
        "rules.yaml:6:17: error: rule 'never' can never apply: no answers make its applies_if true\n"
        "      applies_if: count(backup.media) > 3\n"
        "                  ^\n");
  CHECK(lint_one({.id = "never", .expect = "backup.taken",
                  .applies_if = "days_since(backup.tested_on) > 30 and days_since(backup.tested_on) < 10"}) ==
        "rules.yaml:6:17: error: rule 'never' can never apply: no answers make its applies_if true\n"
        "      applies_if: days_since(backup.tested_on) > 30 and days_since(backup.tested_on) < 10\n"
        "                  ^\n");
  CHECK(lint_one({.id = "never", .expect = "backup.taken",
                  .applies_if = "backup.owner == \"総務課\" and backup.owner == \"情報課\""}) ==
        "rules.yaml:6:17: error: rule 'never' can never apply: no answers make its applies_if true\n"
        "      applies_if: backup.owner == \"総務課\" and backup.owner == \"情報課\"\n"
        "                  ^\n");
  CHECK(lint_one({.id = "never", .applies_if = "remote.vpn_used and not remote.vpn_used",
                  .extra = "    check: manual\n"}) ==
        "rules.yaml:6:17: error: rule 'never' can never apply: no answers make its applies_if true\n"
        "      applies_if: remote.vpn_used and not remote.vpn_used\n"
        "                  ^\n");
}

TEST_CASE("lint: a rule that can never fail is a warning at its expect") {
  CHECK(lint_one({.id = "always", .expect = "backup.taken or not backup.taken"}) ==
        "rules.yaml:6:13: warning: rule 'always' can never fail: every answer that makes it apply also meets its "
        "expect\n"
        "      expect: backup.taken or not backup.taken\n"
        "              ^\n");
  CHECK(lint_one({.id = "always", .expect = "backup.generations >= 0"}) ==
        "rules.yaml:6:13: warning: rule 'always' can never fail: every answer that makes it apply also meets its "
        "expect\n"
        "      expect: backup.generations >= 0\n"
        "              ^\n");
  CHECK(lint_one({.id = "always", .expect = "backup.generations > 2", .applies_if = "backup.generations > 5"}) ==
        "rules.yaml:7:13: warning: rule 'always' can never fail: every answer that makes it apply also meets its "
        "expect\n"
        "      expect: backup.generations > 2\n"
        "              ^\n");
  CHECK(lint_one({.id = "always",
                  .expect = "backup.location in [\"same_server\", \"other_server\", \"offsite\"]"}) ==
        "rules.yaml:6:13: warning: rule 'always' can never fail: every answer that makes it apply also meets its "
        "expect\n"
        "      expect: backup.location in [\"same_server\", \"other_server\", \"offsite\"]\n"
        "              ^\n");
  // A manual rule is decided by a person: it never fails by itself, and that is not a problem.
  CHECK(lint_one({.id = "manual", .applies_if = "backup.taken", .extra = "    check: manual\n"}) == "");
}

TEST_CASE("lint: rules that can apply and fail are quiet") {
  for (const char* expect : {"backup.generations > 2.5", "backup.generations == 100",
                             "backup.media contains \"cloud\"", "count(backup.media) >= 2",
                             "backup.location != \"same_server\"", "backup.owner in [\"総務課\", \"情報課\"]",
                             "days_since(vpn.patched_on) <= 30"}) {
    CAPTURE(expect);
    CHECK(lint_one({.id = "fine", .expect = expect}) == "");
  }
}

TEST_CASE("lint: answered() can be false, so it neither always applies nor never fails") {
  CHECK(lint_one({.id = "unanswered-only", .expect = "backup.taken",
                  .applies_if = "not answered(backup.owner)"}) == "");
  CHECK(lint_one({.id = "must-answer", .expect = "answered(backup.tested_on)"}) == "");
}

TEST_CASE("lint: two answers compared with each other are not mistaken for a contradiction") {
  const char* checklist = "sections:\n"
                          "  - id: staff\n"
                          "    title: {ja: 人員, en: Staff}\n"
                          "    questions:\n"
                          "      - {id: staff.admins, type: number, text: {ja: 管理者数, en: Admins}}\n"
                          "      - {id: staff.trained, type: number, text: {ja: 受講者数, en: Trained}}\n";
  CHECK(lint_messages({{.id = "all-trained", .expect = "staff.trained >= staff.admins"},
                       {.id = "more-admins", .expect = "staff.trained >= 1",
                        .applies_if = "staff.admins > staff.trained"}},
                      checklist) == "");
}

}  // namespace
}  // namespace tenken
