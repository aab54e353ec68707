// Tests of the catalog: categories and cases as loaded, their messages compared whole, the
// framework lists' sizes, and overlaying a catalog.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "tenken/frameworks.h"
#include "tenken/engine.h"
#include "tests/engine_fixtures.h"

namespace tenken {
namespace {

using testing::render;
using testing::source;

constexpr const char* kCase = R"(cases:
  - id: nisc-2021-06
    title: {ja: 題, en: Title}
    source: {report: {ja: 報告書, en: Report}, number: 6}
    summary: {ja: 概要, en: Summary}
    background: {ja: 背景, en: Background}
    detection: {ja: 検知, en: Detection}
    response: {ja: 対処, en: Response}
    cause: {ja: 原因, en: Cause}
    measures: {ja: 対策, en: Measures}
    lessons:
      - title: {ja: 教訓, en: Lesson}
        text: {ja: 本文, en: Text}
        rules: [backup-isolated-copy]
    discussion:
      - {ja: 問い, en: A question}
)";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  return text.replace(text.find(from), from.size(), to);
}

Library load(const std::string& text, Diagnostics& diags) { return load_library({source("cat.yaml", text)}, diags); }

TEST_CASE("catalog: a case loads with its lessons, rules and discussion") {
  Diagnostics diags;
  Library lib = load(kCase, diags);
  CHECK(render(diags) == "");
  REQUIRE(lib.cases.size() == 1);
  const Case& c = lib.cases[0];
  CHECK(c.id == "nisc-2021-06");
  CHECK(c.source.number == 6);
  CHECK(c.source.report.en == "Report");
  CHECK(c.measures.ja == "対策");
  REQUIRE(c.lessons.size() == 1);
  CHECK(c.lessons[0].rules == std::vector<std::string>{"backup-isolated-copy"});
  CHECK(c.lessons[0].rule_origins[0].where().line == 14);
  CHECK(c.discussion.size() == 1);
}

TEST_CASE("catalog: problems in a case are reported whole") {
  Diagnostics diags;
  std::string text = replaced(replaced(kCase, "number: 6", "number: six"), "    measures: {ja: 対策, en: Measures}\n", "");
  load(text, diags);
  CHECK(render(diags) ==
        "cat.yaml:2:5: error: missing 'measures' in a case\n"
        "    - id: nisc-2021-06\n"
        "      ^\n"
        "cat.yaml:4:53: error: expected the case's number in its report (1, 2, ...), found 'six'\n"
        "      source: {report: {ja: 報告書, en: Report}, number: six}\n"
        "                                                         ^\n");
}

// kCase with what a workshop pack needs: discussion tied to checklist questions, a tabletop.
std::string workshop_case() {
  return replaced(kCase, "      - {ja: 問い, en: A question}\n",
                  "      - ja: 問い\n"
                  "        en: A question\n"
                  "        questions: [backup.location, backup.offline_copy]\n"
                  "    tabletop:\n"
                  "      - at: {ja: 1日目 8時30分, en: \"Day 1, 08:30\"}\n"
                  "        minutes: 15\n"
                  "        inject: {ja: 状況, en: What happens}\n"
                  "        questions:\n"
                  "          - {ja: 問い, en: A question}\n"
                  "        look_for: {ja: 着目点, en: What to look for}\n");
}

TEST_CASE("catalog: discussion items with their questions, and a tabletop exercise") {
  Diagnostics diags;
  Library lib = load(workshop_case(), diags);
  CHECK(render(diags) == "");
  REQUIRE(lib.cases.size() == 1);
  const Case& c = lib.cases[0];
  REQUIRE(c.discussion.size() == 1);
  CHECK(c.discussion[0].text.en == "A question");
  CHECK(c.discussion[0].questions == std::vector<std::string>{"backup.location", "backup.offline_copy"});
  CHECK(c.discussion[0].question_origins.at(1).where().column == 38);
  REQUIRE(c.tabletop.size() == 1);
  CHECK(c.tabletop[0].at.en == "Day 1, 08:30");
  CHECK(c.tabletop[0].minutes == 15);
  CHECK(c.tabletop[0].questions.at(0).ja == "問い");
  CHECK(c.tabletop[0].look_for.en == "What to look for");
  CHECK(c.tabletop_origin.where().line == 20);
  CHECK(load(kCase, diags).cases.at(0).tabletop.empty());
}

TEST_CASE("catalog: problems in discussion items and injects are reported whole") {
  Diagnostics diags;
  std::string text = replaced(replaced(replaced(workshop_case(), "minutes: 15", "minutes: 4"), "look_for:", "look-for:"),
                              "[backup.location, backup.offline_copy]", "[Backup.Location]");
  load(text, diags);
  CHECK(render(diags) ==
        "cat.yaml:18:21: error: expected a question id: lower-case words joined by dots, starting with the section "
        "(backup.offline_copy), found 'Backup.Location'\n"
        "          questions: [Backup.Location]\n"
        "                      ^\n"
        "cat.yaml:20:9: error: missing 'look_for' in an inject of 'tabletop'\n"
        "        - at: {ja: 1日目 8時30分, en: \"Day 1, 08:30\"}\n"
        "          ^\n"
        "cat.yaml:21:18: error: expected the minutes the group spends on the inject, a whole number from 5 to 60, "
        "found '4'\n"
        "          minutes: 4\n"
        "                   ^\n"
        "cat.yaml:25:9: error: unknown key 'look-for' in an inject of 'tabletop'; did you mean 'look_for'?\n"
        "          look-for: {ja: 着目点, en: What to look for}\n"
        "          ^\n");
  Diagnostics more;
  text = replaced(replaced(workshop_case(), "minutes: 15", "minutes: \"15\""),
                  "          - {ja: 問い, en: A question}\n", "          - 問い\n");
  load(replaced(text, "[backup.location, backup.offline_copy]", "[a.b, a.c, a.d, a.e, a.f]"), more);
  CHECK(render(more) ==
        "cat.yaml:18:20: error: expected 1 to 4 question ids in 'questions', found 5\n"
        "          questions: [a.b, a.c, a.d, a.e, a.f]\n"
        "                     ^\n"
        "cat.yaml:21:18: error: expected the minutes the group spends on the inject, a whole number from 5 to 60, "
        "found the string \"15\"\n"
        "          minutes: \"15\"\n"
        "                   ^\n"
        "cat.yaml:24:13: error: expected {ja: ..., en: ...} for an item of 'questions', found '問い'\n"
        "            - 問い\n"
        "              ^\n");
  // In Japanese.
  std::vector<Diagnostic> ja = more.sorted();
  REQUIRE(ja.size() == 3);
  CHECK(ja[0].message.ja == "'questions' には質問 id が 1〜4 個必要ですが、5 個書かれています");
  CHECK(ja[1].message.ja ==
        "'minutes' にはグループがこの状況付与にかける時間（分）として 5 から 60 までの整数が必要ですが、"
        "文字列 \"15\" が書かれています");
  CHECK(ja[1].message.en ==
        "expected the minutes the group spends on the inject, a whole number from 5 to 60, found the string \"15\"");
}

TEST_CASE("catalog: duplicate ids and an empty lesson list") {
  Diagnostics diags;
  load("categories:\n  - {id: backup, title: {ja: バックアップ, en: Backup}}\n"
       "  - {id: backup, title: {ja: 重複, en: Again}}\n",
       diags);
  CHECK(render(diags) ==
        "cat.yaml:3:10: error: duplicate category id 'backup' (first defined at cat.yaml:2)\n"
        "    - {id: backup, title: {ja: 重複, en: Again}}\n"
        "           ^\n");
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].message.ja == "カテゴリー id 'backup' が重複しています（最初の定義は cat.yaml:2）");
  Diagnostics empty;
  std::string text = kCase;
  text = text.substr(0, text.find("    lessons:")) + "    lessons: []\n";
  load(text, empty);
  CHECK(render(empty) ==
        "cat.yaml:11:14: error: expected at least one lesson in 'lessons', found an empty list\n"
        "      lessons: []\n"
        "               ^\n");
  REQUIRE(empty.items().size() == 1);
  CHECK(empty.items()[0].message.ja == "'lessons' には教訓が少なくとも 1 つ必要ですが、空のリストが書かれています");
}

TEST_CASE("catalog: an overlay replaces a case or category with the same id and keeps cases sorted") {
  Diagnostics diags;
  Library base = load(kCase, diags);
  overlay_library(base, load(replaced(kCase, "nisc-2021-06", "nisc-2016-03"), diags));
  overlay_library(base, load(replaced(kCase, "{ja: 題, en: Title}", "{ja: 新, en: New}"), diags));
  CHECK(render(diags) == "");
  REQUIRE(base.cases.size() == 2);
  CHECK(base.cases[0].id == "nisc-2016-03");
  CHECK(base.cases[1].title.en == "New");
}

TEST_CASE("frameworks: every identifier of CSF 2.0, ISO/IEC 27001:2022 Annex A and CIS v8") {
  CHECK(find_framework("csf2")->ids.size() == 106);
  CHECK(find_framework("iso27001_2022")->ids.size() == 93);
  CHECK(find_framework("cis_v8")->ids.size() == 153);
  const auto& csf = find_framework("csf2")->ids;
  CHECK(csf.front() == "GV.OC-01");
  CHECK(csf.back() == "RC.CO-04");
  CHECK(std::find(csf.begin(), csf.end(), "PR.DS-11") != csf.end());
  CHECK(std::find(csf.begin(), csf.end(), "ID.AM-06") == csf.end());  // withdrawn in 2.0
  CHECK(find_framework("iso27001_2022")->ids.back() == "A.8.34");
  CHECK(find_framework("cis_v8")->ids.back() == "18.5");
  CHECK(find_framework("csf") == nullptr);
}

}  // namespace
}  // namespace tenken
