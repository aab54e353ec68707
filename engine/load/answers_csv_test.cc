// Tests of the CSV answer loader (answers_csv.cc): the Answer records it builds for every form a
// cell can take, the positions it keeps, and every message compared whole.
#include <doctest/doctest.h>

#include <string>

#include "tenken/engine.h"
#include "tests/engine_fixtures.h"

namespace tenken {
namespace {

using testing::render;
using testing::source;

const Checklist& checklist() {
  static const Checklist c = [] {
    Diagnostics diags;
    Library lib = load_library({source("checklist.yaml", testing::kChecklist)}, diags);
    REQUIRE(render(diags) == "");
    return lib.checklist;
  }();
  return c;
}

constexpr const char* kHeader = "id,answer,na_reason,alternative,comment,evidence\r\n";
constexpr const char* kMeta =
    "organization.name,水道局,,,,\r\n"
    "assessment.date,2026-04-01,,,,\r\n";

std::optional<Answers> load(const std::string& text, Diagnostics& diags) {
  return load_answers_csv(source("a.csv", text), checklist(), diags);
}

// The messages of loading `rows` under the usual header and meta rows (which are lines 1-3).
std::string messages(const std::string& rows, bool* loaded = nullptr) {
  Diagnostics diags;
  std::optional<Answers> a = load(std::string(kHeader) + kMeta + rows, diags);
  if (loaded) *loaded = a.has_value();
  return render(diags);
}

const Answer& find(const Answers& a, const std::string& id) {
  for (const Answer& x : a.answers)
    if (x.question == id) return x;
  FAIL("no answer to " << id);
  return a.answers.front();
}

std::string texts(const std::vector<RawScalar>& raw) {
  std::string out;
  for (const RawScalar& r : raw) out += (out.empty() ? "" : "|") + r.text;
  return out;
}

std::string at(const Origin& o) {
  LineColumn lc = o.where();
  return std::to_string(lc.line) + ":" + std::to_string(lc.column);
}

TEST_CASE("every form a cell can take becomes the Answer the YAML loader would make") {
  Diagnostics diags;
  auto a = load(std::string(kHeader) +
                    "organization.name,水道局,,,,\r\n"
                    "organization.sector,water,,,,\r\n"
                    "assessment.date,2026/4/1,,,,\r\n"
                    "assessment.assessor,佐藤,,,,\r\n"
                    "assessment.scope,\"浄水場, 本庁\",,,,\r\n"
                    "backup.taken,yes,,,\"NAS, daily\",\"log.png\r\nsettings.png\r\n\"\r\n"
                    "backup.generations,unknown,,,,\r\n"
                    "backup.location,?,,,,\r\n"
                    "backup.media,\"tape, disk;cloud\",,,,\r\n"
                    "backup.tested_on,2024/10/1,,,,\r\n"
                    "backup.owner,\"Sato, then Ito\",,,,\r\n"
                    "remote.vpn_used,,no VPN here,,,\r\n"
                    "vpn.mfa,,,locked room only,,\r\n"
                    "vpn.patched_on,never,,,,\r\n",
                diags);
  REQUIRE(a);
  CHECK(render(diags) == "");
  CHECK(a->syntax == AnswerSyntax::csv);
  CHECK(a->path == "a.csv");
  CHECK(a->organization.name == "水道局");
  CHECK(a->organization.sector == "water");
  CHECK(a->assessment.date == "2026-04-01");
  CHECK(at(a->assessment.date_origin) == "4:17");
  CHECK(a->assessment.assessor == "佐藤");
  CHECK(a->assessment.scope == "浄水場, 本庁");
  REQUIRE(a->answers.size() == 9);

  const Answer& taken = find(*a, "backup.taken");
  CHECK(taken.form == AnswerForm::value);
  CHECK_FALSE(taken.is_list);
  CHECK(texts(taken.raw) == "yes");
  CHECK_FALSE(taken.raw[0].quoted);
  CHECK(taken.comment == "NAS, daily");
  CHECK(taken.evidence == std::vector<std::string>{"log.png", "settings.png"});
  CHECK(at(taken.origin) == "7:1");
  CHECK(at(taken.value_origin) == "7:14");

  CHECK(find(*a, "backup.generations").form == AnswerForm::dont_know);
  CHECK(find(*a, "backup.location").form == AnswerForm::dont_know);

  const Answer& media = find(*a, "backup.media");
  CHECK(media.is_list);
  CHECK_FALSE(media.is_partial);
  CHECK(texts(media.raw) == "tape|disk|cloud");
  CHECK(at(media.raw[0].origin) == "12:15");  // inside the quotes
  CHECK(at(media.raw[1].origin) == "12:21");
  CHECK(at(media.raw[2].origin) == "12:26");

  CHECK(texts(find(*a, "backup.tested_on").raw) == "2024-10-01");
  CHECK(texts(find(*a, "backup.owner").raw) == "Sato, then Ito");  // a text keeps its commas

  const Answer& na = find(*a, "remote.vpn_used");
  CHECK(na.form == AnswerForm::not_applicable);
  CHECK(na.na_reason == "no VPN here");
  CHECK(at(na.value_origin) == "15:18");

  const Answer& alt = find(*a, "vpn.mfa");
  CHECK(alt.form == AnswerForm::alternative);
  CHECK(alt.alternative == "locked room only");
  CHECK(at(alt.value_origin) == "16:11");

  CHECK(texts(find(*a, "vpn.patched_on").raw) == "never");
}

TEST_CASE("multiple choice: brackets, an empty list, the partial form, other separators") {
  Diagnostics diags;
  auto a = load(std::string(kHeader) + kMeta +
                    "backup.media,[tape],,,,\r\n"
                    "backup.taken,yes,,,,\r\n"
                    "remote.vpn_used,yes,,,,\r\n",
                diags);
  REQUIRE(a);
  CHECK(texts(find(*a, "backup.media").raw) == "tape");

  struct Case {
    const char* cell;
    bool partial;
    const char* has;
    const char* lacks;
  };
  for (const Case& c : {Case{"[]", false, "", ""}, Case{"[ ]", false, "", ""},
                        Case{"\"has: tape, disk; lacks: cloud\"", true, "tape|disk", "cloud"},
                        Case{"lacks: cloud", true, "", "cloud"}, Case{"has: [tape]", true, "tape", ""},
                        Case{"\"tape\ndisk\"", false, "tape|disk", ""}, Case{"tape、disk", false, "tape|disk", ""},
                        Case{"\"tape,,disk,\"", false, "tape|disk", ""}}) {
    CAPTURE(c.cell);
    auto b = load(std::string(kHeader) + kMeta + "backup.media," + c.cell + ",,,,\r\n", diags);
    REQUIRE(b);
    const Answer& m = find(*b, "backup.media");
    CHECK(m.is_list);
    CHECK(m.is_partial == c.partial);
    CHECK(texts(m.raw) == c.has);
    CHECK(texts(m.lacks) == c.lacks);
  }
  CHECK(render(diags) == "");
}

TEST_CASE("numbers: an approximate number is at_least and at_most, either or both") {
  Diagnostics diags;
  struct Case {
    const char* cell;
    const char* at_least;
    const char* at_most;
  };
  for (const Case& c : {Case{"at_least: 3", "3", ""}, Case{"at_most: 7", "", "7"},
                        Case{"\"at_least: 3; at_most: 7\"", "3", "7"}, Case{"at_most:7；at_least:2", "2", "7"}}) {
    CAPTURE(c.cell);
    auto b = load(std::string(kHeader) + kMeta + "backup.generations," + c.cell + ",,,,\r\n", diags);
    REQUIRE(b);
    const Answer& g = find(*b, "backup.generations");
    CHECK((g.is_range && g.raw.empty()));
    CHECK((g.at_least ? g.at_least->text : "") == std::string(c.at_least));
    CHECK((g.at_most ? g.at_most->text : "") == std::string(c.at_most));
  }
  CHECK(render(diags) == "");
  auto bad = load(std::string(kHeader) + kMeta + "backup.generations,\"at_least: 3; 5; at_least: 4\",,,,\r\n", diags);
  CHECK(!bad);
  CHECK(render(diags) ==
        "a.csv:4:34: error: expected 'at_least:' or 'at_most:' before each number of the answer to "
        "'backup.generations', found '5'\n"
        "  backup.generations,\"at_least: 3; 5; at_least: 4\",,,,\n"
        "                                   ^\n"
        "a.csv:4:37: error: 'at_least:' is given twice in the answer to 'backup.generations'; give it once\n"
        "  backup.generations,\"at_least: 3; 5; at_least: 4\",,,,\n"
        "                                      ^\n");
}

TEST_CASE("columns are found by name in any order; other columns and blank trailing cells are ignored") {
  Diagnostics diags;
  auto a = load("question,answer, id ,help\n"
                ",,,How to answer\n"
                "Name,水道局,organization.name\n"
                "Date,2026-04-01,assessment.date,,\n"
                "Do you?,no,backup.taken,\"=cmd\",,,\n",
                diags);
  REQUIRE(a);
  CHECK(render(diags) == "");
  REQUIRE(a->answers.size() == 1);
  CHECK(texts(a->answers[0].raw) == "no");
  CHECK(at(a->answers[0].origin) == "5:12");
}

TEST_CASE("a blank answer is not answered; a comment on it is kept nowhere, and says so") {
  Diagnostics diags;
  auto a = load(std::string(kHeader) + kMeta +
                    "backup.taken,,,,,\r\n"
                    "backup.owner, ,,,ask IT,\r\n"
                    "vpn.mfa,,,,,token.pdf\r\n",
                diags);
  REQUIRE(a);
  CHECK(a->answers.empty());
  CHECK(render(diags) ==
        "a.csv:5:18: warning: the comment of 'backup.owner' is not kept: the question has no answer yet; write the "
        "answer, or unknown, in the 'answer' column\n"
        "  backup.owner, ,,,ask IT,\n"
        "                   ^\n"
        "a.csv:6:13: warning: the evidence of 'vpn.mfa' is not kept: the question has no answer yet; write the "
        "answer, or unknown, in the 'answer' column\n"
        "  vpn.mfa,,,,,token.pdf\n"
        "              ^\n");
}

TEST_CASE("the apostrophe that keeps a spreadsheet from running a cell is dropped") {
  Diagnostics diags;
  auto a = load(std::string(kHeader) + kMeta + "backup.generations,'-1,,,'=SUM(A1),\r\nbackup.owner,'ok,,,,\r\n", diags);
  REQUIRE(a);
  CHECK(texts(find(*a, "backup.generations").raw) == "-1");
  CHECK(find(*a, "backup.generations").comment == "=SUM(A1)");
  CHECK(texts(find(*a, "backup.owner").raw) == "'ok");  // not before a formula character: kept
}

TEST_CASE("problems with the header row") {
  Diagnostics diags;
  CHECK_FALSE(load("", diags));
  CHECK_FALSE(load("question,anser,comment\r\n", diags));
  CHECK_FALSE(load("id,answer,comment,answer\r\n", diags));
  CHECK_FALSE(load("id;answer;comment\r\n", diags));
  CHECK_FALSE(load("id, answer,id,comment,answer \r\n", diags));
  CHECK(render(diags) ==
        "a.csv:1:1: error: expected a header row naming the columns (id, answer, na_reason, alternative, comment, "
        "evidence), found an empty file\n"
        "a.csv:1:1: error: expected a column named 'id' in the header row, found question, anser, comment\n"
        "  question,anser,comment\n"
        "  ^\n"
        "a.csv:1:1: error: expected a column named 'answer' in the header row, found question, anser, comment; is "
        "'anser' meant to be 'answer'?\n"
        "  question,anser,comment\n"
        "  ^\n"
        "a.csv:1:1: error: expected a column named 'id' in the header row, found id;answer;comment; the cells seem "
        "to be separated by semicolons or tabs: save the sheet as CSV, with commas\n"
        "  id;answer;comment\n"
        "  ^\n"
        "a.csv:1:1: error: expected a column named 'answer' in the header row, found id;answer;comment; the cells "
        "seem to be separated by semicolons or tabs: save the sheet as CSV, with commas\n"
        "  id;answer;comment\n"
        "  ^\n"
        "a.csv:1:12: error: the column 'id' is named twice in the header row (first as column 1); keep one\n"
        "  id, answer,id,comment,answer \n"
        "             ^\n"
        "a.csv:1:19: error: the column 'answer' is named twice in the header row (first as column 2); keep one\n"
        "  id,answer,comment,answer\n"
        "                    ^\n"
        "a.csv:1:23: error: the column 'answer' is named twice in the header row (first as column 2); keep one\n"
        "  id, answer,id,comment,answer \n"
        "                        ^\n");
}

TEST_CASE("problems with the organisation and assessment rows") {
  Diagnostics diags;
  CHECK_FALSE(load(std::string(kHeader) + "organization.name,,,,,\r\nassessment.date,2026/2/30,,,,\r\n", diags));
  CHECK_FALSE(load(std::string(kHeader) + "assessment.dat,2026-04-01,,,,\r\n", diags));
  CHECK(render(diags) ==
        "a.csv:1:1: error: expected a row with the id 'organization.name' (the organisation's name), found none\n"
        "  id,answer,na_reason,alternative,comment,evidence\n"
        "  ^\n"
        "a.csv:1:1: error: expected a row with the id 'assessment.date' (the assessment date, YYYY-MM-DD), found none\n"
        "  id,answer,na_reason,alternative,comment,evidence\n"
        "  ^\n"
        "a.csv:2:1: error: unknown id 'assessment.dat'; expected one of organization.name, organization.sector, "
        "organization.size, assessment.date, assessment.assessor, assessment.scope or a question id; did you mean "
        "'assessment.date'?\n"
        "  assessment.dat,2026-04-01,,,,\n"
        "  ^\n"
        "a.csv:2:19: error: expected the organisation's name in the 'answer' column of 'organization.name', found an "
        "empty cell\n"
        "  organization.name,,,,,\n"
        "                    ^\n"
        "a.csv:3:17: error: expected the assessment date as YYYY-MM-DD, found '2026/2/30': February 2026 has 28 days\n"
        "  assessment.date,2026/2/30,,,,\n"
        "                  ^\n");
}

TEST_CASE("the sector and size: an id or a name in either language, kept as the id") {
  for (auto [sector, size] : {std::pair{"medical", "100_to_999"}, std::pair{"医療", "100〜999人"},
                              std::pair{"Medical", "\"100 to 999 staff\""}, std::pair{"ＭＥＤＩＣＡＬ", "１００～９９９人"}}) {
    CAPTURE(sector);
    Diagnostics diags;
    auto a = load(std::string(kHeader) + kMeta + "organization.sector," + sector + ",,,,\r\norganization.size," + size +
                      ",,,,\r\n",
                  diags);
    CHECK(render(diags) == "");
    REQUIRE(a);
    CHECK(a->organization.sector == "medical");
    CHECK(a->organization.size == "100_to_999");
  }
  Diagnostics diags;
  auto a = load(std::string(kHeader) + kMeta + "organization.sector,,,,,\r\norganization.size,  ,,,,\r\n", diags);
  CHECK(render(diags) == "");
  REQUIRE(a);
  CHECK(a->organization.sector == "");
  CHECK(a->organization.size == "");
}

TEST_CASE("a sector or size not in its list is reported at its cell, with the ids expected") {
  bool loaded = true;
  CHECK(messages("organization.sector,病院,,,,\r\norganization.size,\"1,000人\",,,,\r\n", &loaded) ==
        "a.csv:4:21: error: expected one of information_communications, finance, aviation, airport, railway, "
        "electricity, gas, government, medical, water, logistics, chemicals, credit, oil, port, other for "
        "'organization.sector', found '病院'\n"
        "  organization.sector,病院,,,,\n"
        "                      ^\n"
        "a.csv:5:20: error: expected one of under_100, 100_to_999, 1000_to_9999, 10000_or_more for "
        "'organization.size', found '1,000人'\n"
        "  organization.size,\"1,000人\",,,,\n"
        "                     ^\n");
  CHECK_FALSE(loaded);
  CHECK(messages("organization.size,under100,,,,\r\n") ==
        "a.csv:4:19: error: expected one of under_100, 100_to_999, 1000_to_9999, 10000_or_more for "
        "'organization.size', found 'under100'; did you mean 'under_100'?\n"
        "  organization.size,under100,,,,\n"
        "                    ^\n");
}

TEST_CASE("problems with answer rows, each at its cell") {
  CHECK(messages("backup.taken,yes,,,,\r\n"
                 "backup.taken,no,,,,\r\n"
                 "remote.vpn_used,yes,no VPN,,,\r\n"
                 ",yes,,,,\r\n"
                 "vpn.mfa,yes,,,,,stray\r\n"
                 "backup.tested_on,2024/13/01,,,,\r\n"
                 "backup.media,\"has: tape; disk; has: cloud\",,,,\r\n") ==
        "a.csv:5:1: error: 'backup.taken' has two rows (first at line 4); keep one\n"
        "  backup.taken,no,,,,\n"
        "  ^\n"
        "a.csv:6:21: error: the answer to 'remote.vpn_used' has both 'answer' and 'na_reason'; give one\n"
        "  remote.vpn_used,yes,no VPN,,,\n"
        "                      ^\n"
        "a.csv:7:1: error: expected a question id in the 'id' column of this row, which has 'yes' in 'answer', found "
        "an empty cell\n"
        "  ,yes,,,,\n"
        "  ^\n"
        "a.csv:8:17: error: expected at most 6 cells, as the header row has, found 7\n"
        "  vpn.mfa,yes,,,,,stray\n"
        "                  ^\n"
        "a.csv:9:18: error: expected a date (YYYY-MM-DD, YYYY/MM/DD, YYYY-MM or YYYY) for 'backup.tested_on', found "
        "'2024/13/01': there is no month 13\n"
        "  backup.tested_on,2024/13/01,,,,\n"
        "                   ^\n"
        "a.csv:10:26: error: expected 'has:' or 'lacks:' before the choices of each part of the answer to "
        "'backup.media', found 'disk'\n"
        "  backup.media,\"has: tape; disk; has: cloud\",,,,\n"
        "                           ^\n"
        "a.csv:10:32: error: 'has:' is given twice in the answer to 'backup.media'; list its choices once\n"
        "  backup.media,\"has: tape; disk; has: cloud\",,,,\n"
        "                                 ^\n");
}

// The messages of loading `text` as an operator reading Japanese sees them, rendered whole.
std::string messages_ja(const std::string& text) {
  Diagnostics diags;
  load(text, diags);
  std::string out;
  for (const Diagnostic& d : diags.sorted()) out += format_diagnostic(d, false, Lang::ja);
  return out;
}

TEST_CASE("messages in Japanese say what to write instead") {
  CHECK(messages_ja("id;answer;comment\r\n") ==
        "a.csv:1:1: エラー: 見出し行に 'id' という列が必要ですが、見出しは id;answer;comment です。セルがセミコロンかタブで"
        "区切られているようです。シートをカンマ区切りの CSV として保存してください\n"
        "  id;answer;comment\n"
        "  ^\n"
        "a.csv:1:1: エラー: 見出し行に 'answer' という列が必要ですが、見出しは id;answer;comment です。セルがセミコロンか"
        "タブで区切られているようです。シートをカンマ区切りの CSV として保存してください\n"
        "  id;answer;comment\n"
        "  ^\n");
  CHECK(messages_ja(std::string(kHeader) + kMeta +
                    "backup.taken,yes,,,,\r\n"
                    "backup.taken,no,,,,\r\n"
                    "remote.vpn_used,yes,no VPN,,,\r\n"
                    ",yes,,,,\r\n"
                    "backup.tested_on,2026/2/29,,,,\r\n"
                    "backup.owner,,,,ask IT,\r\n"
                    "backup.media,\"has: tape; has: cloud\",,,,\r\n") ==
        "a.csv:5:1: エラー: 'backup.taken' の行が二つあります（最初の行は 4 行目）。一つにしてください\n"
        "  backup.taken,no,,,,\n"
        "  ^\n"
        "a.csv:6:21: エラー: 'remote.vpn_used' の回答が 'answer' 列と 'na_reason' 列の両方に書かれています。どちらか一方に"
        "してください\n"
        "  remote.vpn_used,yes,no VPN,,,\n"
        "                      ^\n"
        "a.csv:7:1: エラー: この行は 'answer' 列に 'yes' が書かれていますが、'id' 列が空です。'id' 列に質問 id を書いて"
        "ください\n"
        "  ,yes,,,,\n"
        "  ^\n"
        "a.csv:8:18: エラー: 'backup.tested_on' には日付（YYYY-MM-DD、YYYY/MM/DD、YYYY-MM、YYYY のいずれか）が必要ですが、"
        "'2026/2/29' が書かれています。2026年2月は28日までです\n"
        "  backup.tested_on,2026/2/29,,,,\n"
        "                   ^\n"
        "a.csv:9:17: 警告: 'backup.owner' のコメントは保存されません。この質問にはまだ回答がありません。'answer' 列に回答か "
        "unknown を書いてください\n"
        "  backup.owner,,,,ask IT,\n"
        "                  ^\n"
        "a.csv:10:26: エラー: 'backup.media' の回答に 'has:' が二度書かれています。その選択肢は一か所にまとめて書いてください\n"
        "  backup.media,\"has: tape; has: cloud\",,,,\n"
        "                           ^\n");
  CHECK(messages_ja(std::string(kHeader) + "organization.name,,,,,\r\nassessment.date,2026-04-31,,,,\r\n") ==
        "a.csv:2:19: エラー: 'organization.name' の 'answer' 列には組織名が必要ですが、セルが空です\n"
        "  organization.name,,,,,\n"
        "                    ^\n"
        "a.csv:3:17: エラー: 評価日には YYYY-MM-DD の形の日付が必要ですが、'2026-04-31' が書かれています。2026年4月は30日"
        "までです\n"
        "  assessment.date,2026-04-31,,,,\n"
        "                  ^\n");
}

TEST_CASE("a quote never closed stops the file") {
  bool loaded = true;
  CHECK(messages("backup.owner,\"Sato\r\n", &loaded) ==
        "a.csv:4:14: error: expected a closing '\"' for this quoted cell, found the end of the file\n"
        "  backup.owner,\"Sato\n"
        "               ^\n");
  CHECK_FALSE(loaded);
}

// What bind_answers() says about CSV answers: at the cell, or at the very item of a list.
std::string bind_messages(const std::string& rows) {
  Diagnostics diags;
  CompiledLibraryPtr compiled = testing::compile_texts({{"checklist.yaml", testing::kChecklist}}, diags);
  REQUIRE(compiled);
  auto a = load_answers_csv(source("a.csv", std::string(kHeader) + kMeta + rows), library_of(*compiled).checklist,
                            diags);
  REQUIRE(a);
  bind_answers(*compiled, *a, diags);
  return render(diags);
}

TEST_CASE("values are checked when bound, and reported at their cells") {
  CHECK(bind_messages("backup.taken,yes,,,,\r\n"
                      "backup.media,\"tape, dsk\",,,,\r\n"
                      "backup.locaton,offsite,,,,\r\n"
                      "backup.generations,\"1,000\",,,,\r\n") ==
        "a.csv:5:21: error: expected one of tape, disk, cloud for 'backup.media', found 'dsk'; did you mean 'disk'?\n"
        "  backup.media,\"tape, dsk\",,,,\n"
        "                      ^\n"
        "a.csv:6:1: error: no question 'backup.locaton' in the checklist; did you mean 'backup.location'?\n"
        "  backup.locaton,offsite,,,,\n"
        "  ^\n"
        "a.csv:7:21: error: expected a number (generations) for 'backup.generations', found '1,000'\n"
        "  backup.generations,\"1,000\",,,,\n"
        "                      ^\n");
}

}  // namespace
}  // namespace tenken
