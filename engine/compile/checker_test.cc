// Tests of the condition type checker against the test checklist (tests/engine_fixtures.h): one
// question of every type. Each error is "offset: message", the whole message.
#include "compile/checker.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>

#include "compile/parser.h"
#include "tests/engine_fixtures.h"

namespace tenken::expr {
namespace {

const Checklist& checklist() {
  static const Library lib = [] {
    Diagnostics diags;
    Library l = load_library({testing::source("checklist.yaml", testing::kChecklist)}, diags);
    REQUIRE(testing::render(diags) == "");
    return l;
  }();
  return lib.checklist;
}

// "" when `text` type-checks; otherwise "offset: message" of each problem.
std::string problems(std::string_view text, Program* program = nullptr) {
  ParseResult parsed = parse(text);
  if (parsed.error) return fmt::format("syntax {}: {}", parsed.error->offset, parsed.error->message.en);
  Program local;
  Program& out = program ? *program : local;
  std::string all;
  for (const TypeError& e : check(parsed.ast, QuestionIndex(checklist()), out))
    all += fmt::format("{}{}: {}", all.empty() ? "" : " | ", e.offset, e.message.en);
  return all;
}

// The same in Japanese.
std::string problems_ja(std::string_view text) {
  ParseResult parsed = parse(text);
  if (parsed.error) return fmt::format("syntax {}: {}", parsed.error->offset, parsed.error->message.ja);
  Program out;
  std::string all;
  for (const TypeError& e : check(parsed.ast, QuestionIndex(checklist()), out))
    all += fmt::format("{}{}: {}", all.empty() ? "" : " | ", e.offset, e.message.ja);
  return all;
}

TEST_CASE("checker: well-typed conditions of every kind") {
  for (const char* ok : {
           "backup.taken",
           "not backup.taken",
           "backup.taken == yes",
           "backup.taken != remote.vpn_used",
           "backup.generations >= 3",
           "backup.generations == 2.5",
           "3 < backup.generations",
           "backup.generations in [1, 2, 3]",
           "backup.location == \"offsite\"",
           "backup.location != \"same_server\"",
           "\"offsite\" == backup.location",
           "backup.location in [\"offsite\", \"other_server\"]",
           "backup.media contains \"tape\"",
           "count(backup.media) >= 2",
           "days_since(backup.tested_on) <= 365",
           "backup.owner == \"情報システム課\"",
           "backup.owner in [\"a\", \"b\"]",
           "answered(backup.owner)",
           "answered(backup.tested_on) and days_since(backup.tested_on) < 30",
           "true",
           "backup.taken and (backup.generations > 2 or backup.location == \"offsite\")",
       }) {
    CAPTURE(ok);
    CHECK(problems(ok) == "");
  }
}

TEST_CASE("checker: unknown names, questions and functions, with did you mean") {
  CHECK(problems("backup.generatons >= 3") ==
        "0: unknown question 'backup.generatons'; did you mean 'backup.generations'?");
  CHECK(problems("backup.taken and vpn.mfaa") == "17: unknown question 'vpn.mfaa'; did you mean 'vpn.mfa'?");
  CHECK(problems("firewall.enabled") == "0: unknown question 'firewall.enabled'");
  CHECK(problems("taken") ==
        "0: unknown name 'taken'; expected a question id such as 'backup.taken', true, false, or a literal");
  CHECK(problems("backup_taken") ==
        "0: unknown name 'backup_taken'; expected a question id such as 'backup.taken', true, false, or a "
        "literal; did you mean 'backup.taken'?");
  CHECK(problems("day_since(backup.tested_on) > 30") ==
        "0: unknown function 'day_since'; the functions are answered(q), count(q) and days_since(q); did you "
        "mean 'days_since'?");
  CHECK(problems("exists(backup.taken)") ==
        "0: unknown function 'exists'; the functions are answered(q), count(q) and days_since(q)");
  CHECK(problems("count(backup.medium) > 1") ==
        "6: unknown question 'backup.medium'; did you mean 'backup.media'?");
  CHECK(problems("answered(backup.ownr)") ==
        "9: unknown question 'backup.ownr'; did you mean 'backup.owner'?");
}

TEST_CASE("checker: function arguments") {
  CHECK(problems("days_since() > 3") == "0: expected 1 argument to days_since(), found 0");
  CHECK(problems("count(backup.media, backup.media) > 1") == "0: expected 1 argument to count(), found 2");
  CHECK(problems("answered()") == "0: expected 1 argument to answered(), found 0");
  CHECK(problems("days_since(backup.generations) > 3") ==
        "11: expected a date question in days_since(), found 'backup.generations' (a number question)");
  CHECK(problems("days_since(\"2024-01-01\") > 3") ==
        "11: expected a date question in days_since(), found the string \"2024-01-01\"");
  CHECK(problems("count(backup.location) > 1") ==
        "6: expected a multiple-choice question in count(), found 'backup.location' (a choice question)");
  CHECK(problems("answered(backup.taken and remote.vpn_used)") ==
        "22: expected a question id as the argument of answered(), found an expression");
  CHECK(problems("answered(3)") == "9: expected a question id as the argument of answered(), found an expression");
}

TEST_CASE("checker: comparisons of mismatched types") {
  CHECK(problems("backup.generations == \"three\"") ==
        "22: expected a number to compare with 'backup.generations' (a number question), found the string "
        "\"three\"");
  CHECK(problems("backup.generations != backup.taken") ==
        "22: expected a number to compare with 'backup.generations' (a number question), found "
        "'backup.taken' (a yes/no question)");
  CHECK(problems("backup.taken == 1") ==
        "16: expected true or false to compare with 'backup.taken' (a yes/no question), found the number 1");
  CHECK(problems("backup.owner == 3") ==
        "16: expected a string to compare with 'backup.owner' (a text question), found the number 3");
  CHECK(problems("backup.location == 3") ==
        "19: expected one of its choices as a string to compare with 'backup.location' (a choice question), "
        "found the number 3");
  CHECK(problems("\"a\" == \"b\"") == "0: expected a question on one side of the comparison, found two literals");
  CHECK(problems("backup.location < 3") ==
        "0: expected a number on either side of '<', found 'backup.location' (a choice question)");
  CHECK(problems("3 >= backup.owner") ==
        "5: expected a number on either side of '>=', found 'backup.owner' (a text question)");
  CHECK(problems("backup.generations > true") ==
        "21: expected a number on either side of '>', found true");
}

TEST_CASE("checker: choice literals must be among the question's choices") {
  CHECK(problems("backup.location == \"same_servr\"") ==
        "19: 'backup.location' has no choice \"same_servr\"; the choices are same_server, other_server, "
        "offsite; did you mean 'same_server'?");
  CHECK(problems("backup.location == \"cloud\"") ==
        "19: 'backup.location' has no choice \"cloud\"; the choices are same_server, other_server, offsite");
  CHECK(problems("\"ofsite\" == backup.location") ==
        "0: 'backup.location' has no choice \"ofsite\"; the choices are same_server, other_server, offsite; "
        "did you mean 'offsite'?");
  CHECK(problems("backup.location in [\"offsite\", \"tape\"]") ==
        "31: 'backup.location' has no choice \"tape\"; the choices are same_server, other_server, offsite");
  CHECK(problems("backup.location in [\"offsite\", 3]") ==
        "31: expected one of the choices of 'backup.location' as a string, found the number 3");
  CHECK(problems("backup.media contains \"tapes\"") ==
        "22: 'backup.media' has no choice \"tapes\"; the choices are tape, disk, cloud; did you mean 'tape'?");
  CHECK(problems("backup.media contains 3") ==
        "22: expected one of the choices of 'backup.media' as a string, found the number 3");
  CHECK(problems("backup.media contains backup.location") ==
        "22: expected one of the choices of 'backup.media' as a string, found 'backup.location' (a choice "
        "question)");
  CHECK(problems("backup.media contains backup.lokation") ==
        "22: unknown question 'backup.lokation'; did you mean 'backup.location'?");
}

TEST_CASE("checker: dates and multiple-choice answers are not compared directly") {
  CHECK(problems("backup.tested_on == \"2024-01-01\"") ==
        "17: dates are not compared directly; compare days_since(backup.tested_on) with a number of days");
  CHECK(problems("\"2024-01-01\" != backup.tested_on") ==
        "13: dates are not compared directly; compare days_since(backup.tested_on) with a number of days");
  CHECK(problems("backup.tested_on < 30") ==
        "0: '<' compares numbers; for a date use days_since(backup.tested_on) < N");
  CHECK(problems("30 >= vpn.patched_on") ==
        "6: '>=' compares numbers; for a date use days_since(vpn.patched_on) >= N");
  CHECK(problems("backup.media == \"tape\"") ==
        "13: a multiple-choice answer is not compared with '=='; use 'backup.media contains \"choice\"' or "
        "count(backup.media)");
  CHECK(problems("backup.location contains \"offsite\"") ==
        "0: expected a multiple-choice question before 'contains', found 'backup.location' (a choice question)");
}

TEST_CASE("checker: in needs a choice, number or text question and items of its type") {
  CHECK(problems("backup.generations in [1, \"two\"]") ==
        "26: expected list items of the same type as 'backup.generations' (a number question), found the "
        "string \"two\"");
  CHECK(problems("backup.owner in [\"a\", 2]") ==
        "22: expected list items of the same type as 'backup.owner' (a text question), found the number 2");
  CHECK(problems("backup.taken in [true]") ==
        "0: expected a choice, number or text question before 'in', found 'backup.taken' (a yes/no question)");
  CHECK(problems("backup.media in [\"tape\"]") ==
        "0: expected a choice, number or text question before 'in', found 'backup.media' (a multiple-choice "
        "question)");
}

TEST_CASE("checker: and, or, not and the whole condition must be true or false") {
  CHECK(problems("backup.generations") ==
        "0: expected a condition that is true or false, found 'backup.generations' (a number question)");
  CHECK(problems("days_since(backup.tested_on)") ==
        "0: expected a condition that is true or false, found a number");
  CHECK(problems("\"offsite\"") == "0: expected a condition that is true or false, found the string \"offsite\"");
  CHECK(problems("backup.taken and backup.generations") ==
        "17: expected a condition (true/false) on the right of 'and', found 'backup.generations' (a number "
        "question)");
  CHECK(problems("3 or backup.taken") ==
        "0: expected a condition (true/false) on the left of 'or', found the number 3");
  CHECK(problems("not backup.location") ==
        "4: expected a condition (true/false) after 'not', found 'backup.location' (a choice question)");
}

TEST_CASE("checker: every independent problem in a condition is reported, in reading order") {
  CHECK(problems("backup.generatons >= 3 and backup.lokation == \"offsite\"") ==
        "0: unknown question 'backup.generatons'; did you mean 'backup.generations'? | "
        "27: unknown question 'backup.lokation'; did you mean 'backup.location'?");
  CHECK(problems("backup.generations > \"3\" or not backup.location") ==
        "21: expected a number on either side of '>', found the string \"3\" | "
        "32: expected a condition (true/false) after 'not', found 'backup.location' (a choice question)");
  CHECK(problems("backup.location < backup.owner") ==
        "0: expected a number on either side of '<', found 'backup.location' (a choice question) | "
        "18: expected a number on either side of '<', found 'backup.owner' (a text question)");
  CHECK(problems("backup.generations in [1, \"two\", 3, \"four\"]") ==
        "26: expected list items of the same type as 'backup.generations' (a number question), found the "
        "string \"two\" | "
        "36: expected list items of the same type as 'backup.generations' (a number question), found the "
        "string \"four\"");
  // The operator's complaint is found after the right side's, yet stands before it.
  CHECK(problems("backup.tested_on == backup.tkn") ==
        "17: dates are not compared directly; compare days_since(backup.tested_on) with a number of days | "
        "20: unknown question 'backup.tkn'; did you mean 'backup.taken'?");
}

TEST_CASE("checker: a problem inside a function's argument and one beside it are both reported") {
  CHECK(problems("days_since(backup.generations) > 3 and count(backup.location) > 1") ==
        "11: expected a date question in days_since(), found 'backup.generations' (a number question) | "
        "45: expected a multiple-choice question in count(), found 'backup.location' (a choice question)");
  CHECK(problems("count(backup.medai) > 1 or backup.taken == 1") ==
        "6: unknown question 'backup.medai'; did you mean 'backup.media'? | "
        "43: expected true or false to compare with 'backup.taken' (a yes/no question), found the number 1");
  CHECK(problems("exists(backup.tkn)") ==
        "0: unknown function 'exists'; the functions are answered(q), count(q) and days_since(q) | "
        "7: unknown question 'backup.tkn'; did you mean 'backup.taken'?");
  CHECK(problems("answered(backup.tkn or vpn.mfa)") ==
        "9: unknown question 'backup.tkn'; did you mean 'backup.taken'? | "
        "20: expected a question id as the argument of answered(), found an expression");
}

TEST_CASE("checker: a wrong subexpression is reported once, not again by the nodes above it") {
  // Without the silence, '>' would add "found a number", 'and' "found a number", '==' "found
  // 'backup.lokation'" and the whole condition "found a number".
  CHECK(problems("count(backup.medai) > 1") == "6: unknown question 'backup.medai'; did you mean 'backup.media'?");
  CHECK(problems("backup.taken and days_since(backup.owner)") ==
        "28: expected a date question in days_since(), found 'backup.owner' (a text question)");
  CHECK(problems("backup.location == backup.lokation") ==
        "19: unknown question 'backup.lokation'; did you mean 'backup.location'?");
  CHECK(problems("days_since(backup.owner)") ==
        "11: expected a date question in days_since(), found 'backup.owner' (a text question)");
  CHECK(problems("not not (backup.generations > backup.tkn)") ==
        "30: unknown question 'backup.tkn'; did you mean 'backup.taken'?");
}

TEST_CASE("checker: problems are given in Japanese too") {
  CHECK(problems_ja("backup.taken == 1") ==
        "16: 'backup.taken'（yes/no の質問）と比較するには true か false が必要ですが、数値 1 が書かれています");
  CHECK(problems_ja("backup.generatons >= 3") ==
        "0: 'backup.generatons' という質問はありません。もしかして 'backup.generations' ですか？");
  CHECK(problems_ja("backup.taken and backup.generations") ==
        "17: 'and' の右側には条件（true/false）が必要ですが、'backup.generations'（数値の質問）が書かれています");
  CHECK(problems_ja("backup.tested_on < 30") ==
        "0: '<' は数値を比べる演算子です。日付には days_since(backup.tested_on) < N と書いてください");
  CHECK(problems_ja("backup.generations in [1, \"two\"]") ==
        "26: リストの項目には 'backup.generations'（数値の質問）と同じ種類の値が必要ですが、文字列 \"two\" が"
        "書かれています");
  CHECK(problems_ja("backup.location == \"cloud\"") ==
        "19: 'backup.location' に \"cloud\" という選択肢はありません。選択肢は same_server, other_server, "
        "offsite です");
  CHECK(problems_ja("days_since() > 3") == "0: days_since() には引数が1つ必要ですが、0個書かれています");
  CHECK(problems_ja("backup.generations > true") == "21: '>' の両側には数値が必要ですが、true が書かれています");
  CHECK(problems_ja("taken") ==
        "0: 'taken' という名前はありません。'backup.taken' のような質問 id、true、false、または値を書いてください");
}

TEST_CASE("checker: a condition with problems compiles to no program") {
  Program p;
  REQUIRE(problems("backup.taken and backup.generations > \"3\"", &p) != "");
  CHECK(p.empty());
}

TEST_CASE("checker: the longest and/or chain the parser allows is checked") {
  std::string chain;
  for (int k = 0; k < 240; ++k) chain += "backup.taken and ";
  CHECK(problems(chain + "backup.tkn") == "4080: unknown question 'backup.tkn'; did you mean 'backup.taken'?");
}

TEST_CASE("checker: a literal on the left reads as if it were on the right") {
  Program left, right;
  CHECK(problems("\"offsite\" == backup.location", &left) == "");
  CHECK(problems("backup.location == \"offsite\"", &right) == "");
  REQUIRE(left.code.size() == right.code.size());
  const Instr& l = left.code[left.root];
  const Instr& r = right.code[right.root];
  CHECK(l.code == Code::equal_choice);
  CHECK(l.code == r.code);
  CHECK(l.index == 2);
  CHECK(l.index == r.index);
  CHECK(l.negate == r.negate);
}

TEST_CASE("checker: the program records the slots it reads, in order of first reading") {
  Program p;
  REQUIRE(problems("vpn.mfa or backup.taken and (vpn.mfa or answered(backup.owner))", &p) == "");
  CHECK(p.reads == std::vector<int>{7, 0, 5});
}


// --- compile(): errors in conditions point at their place in the YAML file ---------------------

// Messages from compiling the test checklist with one rule whose `expect:` is written as given
// (the text after "expect:", possibly several lines).
std::string compile_messages(const std::string& expect) {
  std::string rules = "rules:\n"
                      "  - id: backup-copy\n"
                      "    title: {ja: 題名, en: Title}\n"
                      "    category: backup\n"
                      "    severity: high\n"
                      "    rationale: {ja: 理由, en: Why}\n"
                      "    recommendation: {ja: 推奨, en: What to do}\n"
                      "    evidence: {ja: 証跡, en: What to show}\n"
                      "    expect:" + expect;
  Diagnostics diags;
  CompiledLibraryPtr compiled = testing::compile_texts({{"checklist.yaml", testing::kChecklist},
                                                        {"rules.yaml", rules}}, diags);
  CHECK(static_cast<bool>(compiled) == !diags.has_errors());
  return testing::render(diags);
}

TEST_CASE("compile: a plain condition") {
  CHECK(compile_messages(" backup.taken and backup.generatons >= 3\n") ==
        "rules.yaml:9:30: error: unknown question 'backup.generatons'; did you mean 'backup.generations'?\n"
        "      expect: backup.taken and backup.generatons >= 3\n"
        "                               ^\n");
  CHECK(compile_messages(" backup.taken && backup.generations >= 3\n") ==
        "rules.yaml:9:26: error: expected 'and', found '&&'\n"
        "      expect: backup.taken && backup.generations >= 3\n"
        "                           ^\n");
  CHECK(compile_messages(" backup.taken\n") == "");
}

TEST_CASE("compile: a quoted condition") {
  CHECK(compile_messages(" \"backup.taken and backup.generatons >= 3\"\n") ==
        "rules.yaml:9:31: error: unknown question 'backup.generatons'; did you mean 'backup.generations'?\n"
        "      expect: \"backup.taken and backup.generatons >= 3\"\n"
        "                                ^\n");
  CHECK(compile_messages(" 'backup.location == \"ofsite\"'\n") ==
        "rules.yaml:9:33: error: 'backup.location' has no choice \"ofsite\"; the choices are same_server, "
        "other_server, offsite; did you mean 'offsite'?\n"
        "      expect: 'backup.location == \"ofsite\"'\n"
        "                                  ^\n");
  // After an escape the text no longer matches the file: the position falls back to the start.
  CHECK(compile_messages(" \"backup.owner == \\\"x\\\" and backup.generatons >= 3\"\n") ==
        "rules.yaml:9:13: error: unknown question 'backup.generatons'; did you mean 'backup.generations'?\n"
        "      expect: \"backup.owner == \\\"x\\\" and backup.generatons >= 3\"\n"
        "              ^\n");
}

TEST_CASE("compile: a condition over several lines") {
  CHECK(compile_messages(" backup.taken and\n"
                         "      backup.generatons >= 3\n") ==
        "rules.yaml:10:7: error: unknown question 'backup.generatons'; did you mean 'backup.generations'?\n"
        "        backup.generatons >= 3\n"
        "        ^\n");
  CHECK(compile_messages(" >-\n"
                         "      backup.taken and\n"
                         "      backup.generations >= \"3\"\n") ==
        "rules.yaml:11:29: error: expected a number on either side of '>=', found the string \"3\"\n"
        "        backup.generations >= \"3\"\n"
        "                              ^\n");
  CHECK(compile_messages(" |\n"
                         "      backup.taken and\n"
                         "        (backup.generatons >= 3)\n") ==
        "rules.yaml:11:10: error: unknown question 'backup.generatons'; did you mean 'backup.generations'?\n"
        "          (backup.generatons >= 3)\n"
        "           ^\n");
}

TEST_CASE("compile: every problem in one condition is reported at its place") {
  CHECK(compile_messages(" backup.generatons >= 3 and\n"
                         "      backup.location == \"ofsite\"\n") ==
        "rules.yaml:9:13: error: unknown question 'backup.generatons'; did you mean 'backup.generations'?\n"
        "      expect: backup.generatons >= 3 and\n"
        "              ^\n"
        "rules.yaml:10:26: error: 'backup.location' has no choice \"ofsite\"; the choices are same_server, "
        "other_server, offsite; did you mean 'offsite'?\n"
        "        backup.location == \"ofsite\"\n"
        "                           ^\n");
}

TEST_CASE("compile: every condition with a problem is reported, not just the first") {
  Diagnostics diags;
  CHECK(testing::compile_texts({{"checklist.yaml", testing::kChecklist},
                                {"rules.yaml", testing::rules_yaml({
                                                   {.id = "a", .expect = "backup.tkn"},
                                                   {.id = "b", .expect = "backup.taken",
                                                    .applies_if = "vpn.mfa =="},
                                                   {.id = "c", .expect = "backup.owner"},
                                               })}},
                               diags) == nullptr);
  CHECK(testing::render(diags) ==
        "rules.yaml:6:13: error: unknown question 'backup.tkn'; did you mean 'backup.taken'?\n"
        "      expect: backup.tkn\n"
        "              ^\n"
        "rules.yaml:14:27: error: expected a question id, a literal or '(', found end of condition\n"
        "      applies_if: vpn.mfa ==\n"
        "                            ^\n"
        "rules.yaml:23:13: error: expected a condition that is true or false, found 'backup.owner' (a text "
        "question)\n"
        "      expect: backup.owner\n"
        "              ^\n");
}

TEST_CASE("compile: a manual rule with an expect is an error") {
  Diagnostics diags;
  CHECK(testing::compile_texts({{"checklist.yaml", testing::kChecklist},
                                {"rules.yaml", testing::rules_yaml({{.id = "m", .expect = "backup.taken",
                                                                     .extra = "    check: manual\n"}})}},
                               diags) == nullptr);
  CHECK(testing::render(diags) ==
        "rules.yaml:6:13: error: rule 'm' has 'check: manual' and an 'expect'; a manual rule is decided by a "
        "person, so drop one of them\n"
        "      expect: backup.taken\n"
        "              ^\n");
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].message.ja ==
        "ルール 'm' には 'check: manual' と 'expect' の両方が書かれています。手動のルールは人が判定するので、"
        "どちらか一方を削除してください");
}

}  // namespace
}  // namespace tenken::expr
