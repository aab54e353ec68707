// Tests of the waivers file, YAML and CSV: what loads, and every message compared whole.
#include <doctest/doctest.h>

#include <fmt/format.h>

#include <string>

#include "load/csv_table.h"
#include "tenken/waivers.h"
#include "tests/engine_fixtures.h"

namespace tenken {
namespace {

using testing::render;
using testing::source;

std::optional<Waivers> load(const std::string& path, const std::string& text, Diagnostics& diags) {
  return load_waivers(source(path, text), diags);
}

TEST_CASE("a YAML waivers file loads every field") {
  Diagnostics diags;
  auto w = load("w.yaml", R"(waivers:
  - rule: backup-isolated-copy
    justification: "  Offline copy ordered  "
    approved_by: CISO
    expires: 2027-03-31
  - {rule: mailform-captcha, justification: No form until May}
)", diags);
  REQUIRE(w);
  CHECK(render(diags) == "");
  REQUIRE(w->waivers.size() == 2);
  CHECK(w->waivers[0].rule == "backup-isolated-copy");
  CHECK(w->waivers[0].justification == "Offline copy ordered");
  CHECK(w->waivers[0].approved_by == "CISO");
  CHECK(w->waivers[0].expires == "2027-03-31");
  CHECK(w->waivers[0].origin.where().line == 2);
  CHECK(w->waivers[1].expires == "");
  CHECK(w->waivers[1].approved_by == "");
}

TEST_CASE("an empty list of waivers is allowed; an empty file is not") {
  Diagnostics diags;
  auto w = load("w.yaml", "waivers:\n", diags);
  REQUIRE(w);
  CHECK(w->waivers.empty());
  CHECK_FALSE(load("w.yaml", "", diags));
  CHECK(render(diags) ==
        "w.yaml:1:1: error: expected a waivers file ('waivers:' and a list of waivers), found an empty file\n");
}

TEST_CASE("a rule waived twice is an error at the second") {
  Diagnostics diags;
  CHECK_FALSE(load("w.yaml", R"(waivers:
  - {rule: a-rule, justification: one}
  - {rule: a-rule, justification: two}
)", diags));
  CHECK(render(diags) ==
        "w.yaml:3:12: error: rule 'a-rule' is waived twice (first at line 2); keep one waiver\n"
        "    - {rule: a-rule, justification: two}\n"
        "             ^\n");
}

TEST_CASE("a CSV waivers file: header in any order, quoted cells, BOM and blank lines") {
  Diagnostics diags;
  auto w = load("w.csv",
                "expires,rule,justification\r\n"
                "2027-01-31,backup-isolated-copy,\"Ordered, \"\"soon\"\"\r\nsecond line\"\r\n"
                "\r\n"
                ",mailform-captcha,No form\n",
                diags);
  REQUIRE(w);
  CHECK(render(diags) == "");
  REQUIRE(w->waivers.size() == 2);
  CHECK(w->waivers[0].justification == "Ordered, \"soon\"\r\nsecond line");
  CHECK(w->waivers[0].expires == "2027-01-31");
  CHECK(w->waivers[1].rule == "mailform-captcha");
  CHECK(w->waivers[1].origin.where().line == 5);
  CHECK(w->waivers[1].rule_origin.where().column == 2);
}

TEST_CASE("CSV problems are reported where they are") {
  Diagnostics diags;
  CHECK_FALSE(load("w.csv", "rule,justification\nbackup-isolated-copy\n", diags));
  CHECK_FALSE(load("w.csv", "rule,justification\na,\"never closed\n", diags));
  CHECK_FALSE(load("w.csv", "rule,justification\na,\"closed\"x\n", diags));
  CHECK_FALSE(load("w.csv", "", diags));
  CHECK(render(diags) ==
        "w.csv:1:1: error: expected a header row (rule,justification,approved_by,expires), found an empty file\n"
        "w.csv:2:1: error: expected 2 fields as in the header, found 1\n"
        "  backup-isolated-copy\n"
        "  ^\n"
        "w.csv:2:3: error: expected a closing '\"' for this quoted cell, found the end of the file\n"
        "  a,\"never closed\n"
        "    ^\n"
        "w.csv:2:11: error: expected ',' or the end of the line after a quoted cell, found 'x'\n"
        "  a,\"closed\"x\n"
        "            ^\n");
}

TEST_CASE("a CSV header naming a column twice is an error at the second") {
  Diagnostics diags;
  CHECK_FALSE(load("w.csv", "rule,justification, rule\na,one,b\n", diags));
  CHECK(render(diags) ==
        "w.csv:1:20: error: the column 'rule' is named twice in the header row (first as column 1); keep one\n"
        "  rule,justification, rule\n"
        "                     ^\n");
  Diagnostics every;
  CHECK_FALSE(load("w.csv", "expires,rule,expires,justification,expires\n", every));
  CHECK(render(every) ==
        "w.csv:1:14: error: the column 'expires' is named twice in the header row (first as column 1); keep one\n"
        "  expires,rule,expires,justification,expires\n"
        "               ^\n"
        "w.csv:1:36: error: the column 'expires' is named twice in the header row (first as column 1); keep one\n"
        "  expires,rule,expires,justification,expires\n"
        "                                     ^\n");
}

// Each message in Japanese, one a line, in the order of their positions.
std::string messages_ja(const Diagnostics& diags) {
  std::string out;
  for (const Diagnostic& d : diags.sorted()) out += d.message.ja + "\n";
  return out;
}

TEST_CASE("messages in Japanese say what to write") {
  Diagnostics diags;
  CHECK_FALSE(load("w.yaml", R"(waivers:
  - {rule: a-rule, justification: one, expires: 2026-02-30}
  - {justification: two}
  - {rule: b-rule, justification: "  "}
  - {rule: b-rule, justification: three}
)", diags));
  CHECK(messages_ja(diags) ==
        "期限には YYYY-MM-DD の形の日付が必要ですが、'2026-02-30' が書かれています。2026年2月は28日までです\n"
        "免除に 'rule' がありません。免除するルールの id を書いてください\n"
        "'justification' が空です。リスクを受け入れる理由を書いてください\n");
  Diagnostics csv;
  CHECK_FALSE(load("w.csv", "rule,justification,expiry\n", csv));
  CHECK_FALSE(load("w.csv", "", csv));
  CHECK(messages_ja(csv) ==
        "見出し行（rule,justification,approved_by,expires）が必要ですが、ファイルが空です\n"
        "見出しの 'expiry' という列は使えません。使える列は rule, justification, approved_by, expires です。"
        "もしかして 'expires' ですか？\n");
  Diagnostics row;
  CHECK_FALSE(load("w.csv", "rule,justification\nbackup-isolated-copy\n", row));
  REQUIRE(row.items().size() == 1);
  CHECK(row.items()[0].message.en == "expected 2 fields as in the header, found 1");
  CHECK(format_diagnostic(row.items()[0], false, Lang::ja) ==
        "w.csv:2:1: エラー: 見出し行と同じ 2 個の欄が必要ですが、この行には 1 個あります\n"
        "  backup-isolated-copy\n"
        "  ^\n");
}

TEST_CASE("a rule waived twice among many waivers is found at its line") {
  // 20,000 rows, checked for repeats in one pass (pairwise, 200 million comparisons).
  std::string csv = "rule,justification\n";
  for (int i = 0; i < 20000; ++i) csv += fmt::format("rule-{},accepted\n", i);
  csv += "rule-7,again\n";
  Diagnostics diags;
  CHECK_FALSE(load("w.csv", csv, diags));
  CHECK(render(diags) ==
        "w.csv:20002:1: error: rule 'rule-7' is waived twice (first at line 9); keep one waiver\n"
        "  rule-7,again\n"
        "  ^\n");
}

}  // namespace
}  // namespace tenken
