// Tests of reading a saved Result back (json_read.cc, json_document.cc): a Result of the older,
// shorter form reads; escapes and surrogate pairs decode; and each kind of bad document gives
// its whole message, position, excerpt and caret included.
#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "common/sample_result_test.h"
#include "tenken/json_document.h"
#include "tenken/reports/render.h"

namespace tenken {
namespace {

// A Result as the first version 1 writers wrote it: no waivers_file, no waiver counts, no
// scores after waivers, no quick set in the coverage.
constexpr const char* kOlderResult = R"({
  "version": 1,
  "tool": {"name": "tenken", "version": "0.1.0"},
  "organization": {"name": "架空市民病院", "sector": "medical"},
  "assessment": {"date": "2026-04-01", "assessor": "情報システム課", "scope": "本院"},
  "answers_file": "answers.yaml",
  "summary": {
    "score": 50.0,
    "score_flat": 66.67,
    "counts": {"pass": 1, "fail": 1, "unknown": 0, "notapplicable": 0, "notchecked": 0,
               "waived": 0, "error": 0},
    "coverage": {"asked": 2, "answered": 2, "dont_know": 0, "not_applicable": 0,
                 "unanswered": 0, "percent": 100.0},
    "categories": []
  },
  "results": [
    {"rule": "backup-taken", "state": "pass", "severity": "high",
     "category": "backup", "weight": 6.0,
     "title": {"ja": "バックアップを取得する", "en": "Take backups"},
     "rationale": {"ja": "", "en": ""}, "recommendation": {"ja": "", "en": ""},
     "evidence": {"ja": "", "en": ""}, "cases": [], "refs": {},
     "answers": [{"question": "backup.taken", "status": "answered", "value": "yes", "line": 5}],
     "needs": []},
    {"rule": "remote-vpn-mfa", "state": "fail", "severity": "high",
     "category": "remote", "weight": 3.0,
     "title": {"ja": "VPN に多要素認証を使う", "en": "Use MFA on the VPN"},
     "rationale": {"ja": "", "en": ""}, "recommendation": {"ja": "", "en": ""},
     "evidence": {"ja": "", "en": ""}, "cases": [], "refs": {"csf2": ["PR.AA-03"]},
     "answers": [{"question": "remote.vpn", "status": "answered", "value": "yes", "line": 9}],
     "needs": []}
  ],
  "questions_needed": [],
  "cases": []
}
)";

// The library a saved sample Result is read with.
const CompiledLibrary& sample_library() {
  static const CompiledLibraryPtr library = testing::library_of(testing::sample_result());
  return *library;
}

// `json` with the first `from` replaced by `to`.
std::string replaced(std::string json, const std::string& from, const std::string& to) {
  size_t at = json.find(from);
  REQUIRE(at != std::string::npos);
  return json.replace(at, from.size(), to);
}

std::string older_with(const std::string& from, const std::string& to) {
  return replaced(kOlderResult, from, to);
}

// Every diagnostic from reading `text` as the file r.json, rendered; "" when it reads.
std::string problems(const std::string& text) {
  Diagnostics diags;
  std::optional<Result> read = result_from_json(std::make_shared<Source>("r.json", text), sample_library(), diags);
  CHECK(read.has_value() == !diags.has_errors());
  std::string out;
  for (const Diagnostic& d : diags.sorted()) out += format_diagnostic(d);
  return out;
}

TEST_CASE("result_from_json: a Result of the older, shorter form reads, the absent fields filled") {
  CHECK(problems(kOlderResult) == "");
  Diagnostics diags;
  std::optional<Result> r = result_from_json(std::make_shared<Source>("r.json", kOlderResult), sample_library(), diags);
  REQUIRE(r);
  CHECK(r->waivers_path == "");
  CHECK(r->summary.score_after_waivers == 50);
  CHECK(r->summary.score_flat_after_waivers == 66.67);
  CHECK(!r->summary.waivers.any());
  CHECK(!r->summary.coverage.quick_pass);
  REQUIRE(r->rules.size() == 2);
  CHECK(r->rules[1].state == State::fail);
  CHECK(r->rules[1].texts->refs.at("csf2") == std::vector<std::string>{"PR.AA-03"});
  CHECK(r->rules[0].answers.at(0)->line == 5);
  CHECK(r->organization.name == "架空市民病院");
}

TEST_CASE("result_from_json: the same Result written on one line reads") {
  std::string compact;
  for (char c : std::string(kOlderResult))
    if (c != '\n') compact += c;
  CHECK(problems(compact) == "");
}

TEST_CASE("result_from_json: escapes and surrogate pairs decode into the characters they name") {
  Diagnostics diags;
  std::string json = older_with(R"("name": "架空市民病院")",
                                R"("name": "\ud83d\ude00 \u00e9\u6C34 \"q\" \\ \/ \t\n")");
  std::optional<Result> r = result_from_json(std::make_shared<Source>("r.json", json), sample_library(), diags);
  REQUIRE(r);
  CHECK(r->organization.name == "\xF0\x9F\x98\x80 \xC3\xA9\xE6\xB0\xB4 \"q\" \\ / \t\n");
}

TEST_CASE("result_from_json: a Result written by render_json reads back whole") {
  std::string json = render_json(testing::sample_result());
  CHECK(problems(json) == "");
  // A key misspelt deep inside is named by its path, at the object that lacks it.
  CHECK(problems(replaced(json, "\"digest\":", "\"digets\":")) ==
        "r.json:4:14: error: expected the key \"digest\" in 'library', found \"digets\" instead\n"
        "    \"library\": {\"digets\": \"sha256:sample\"},\n"
        "               ^\n");
  // An answer's place that is not in the table of answers.
  CHECK(problems(replaced(json, "\"reads\": [7, 5, 6]", "\"reads\": [7, 5, 99]")) ==
        "r.json:37:130: error: expected the place of an answer in 'answers' (0 to 8) for "
        "'results[0].reads[2]', found 99\n"
        "  ...\"state\": \"fail\", \"severity\": \"high\", \"category\": \"remote-access\", \"weight\": 6, "
        "\"reads\": [7, 5, 99]},\n"
        "                                                                                                    ^\n");
}

struct BadResult {
  std::string json;
  std::string message;  // every diagnostic, rendered
};

TEST_CASE("result_from_json: syntax errors name the line and column, what was expected and found") {
  const BadResult cases[] = {
      // A file cut short: the caret sits where it stops.
      {"{\"version\": 1,\n",
       "r.json:1:15: error: expected a key in double quotes, found the end of the file\n"
       "  {\"version\": 1,\n"
       "                ^\n"},
      {"{\"version\": 1, \"tool\": {\"name\": \"ten",
       "r.json:1:33: error: expected '\"' to close this string, found the end of the file\n"
       "  {\"version\": 1, \"tool\": {\"name\": \"ten\n"
       "                                  ^\n"},
      {"", "r.json:1:1: error: expected a tenken Result (JSON written by tenken check --format json), "
           "found an empty file\n"},
      // A trailing comma, in an array and in an object.
      {older_with("\"cases\": [], \"refs\"", "\"cases\": [\"a\",], \"refs\""),
       "r.json:21:54: error: expected a value after ',', found ']'; JSON allows no comma before ']'\n"
       "       \"evidence\": {\"ja\": \"\", \"en\": \"\"}, \"cases\": [\"a\",], \"refs\": {},\n"
       "                                                       ^\n"},
      {older_with("\"scope\": \"本院\"}", "\"scope\": \"本院\",}"),
       "r.json:5:77: error: expected a key after ',', found '}'; JSON allows no comma before '}'\n"
       "    \"assessment\": {\"date\": \"2026-04-01\", \"assessor\": \"情報システム課\", \"scope\": \"本院\",},\n"
       "                                                                                       ^\n"},
      // A missing comma, a missing colon, a word JSON does not have.
      {older_with("\"version\": 1,", "\"version\": 1"),
       "r.json:3:3: error: expected ',' or '}' after a member, found '\"tool\"'\n"
       "    \"tool\": {\"name\": \"tenken\", \"version\": \"0.1.0\"},\n"
       "    ^\n"},
      {older_with("\"answers_file\": ", "\"answers_file\" "),
       "r.json:6:18: error: expected ':' after the key \"answers_file\", found '\"answers.yaml\"'\n"
       "    \"answers_file\" \"answers.yaml\",\n"
       "                   ^\n"},
      {older_with("\"score\": 50.0", "\"score\": NaN"),
       "r.json:8:14: error: expected a value (a string, number, object, array, true, false or null), "
       "found 'NaN'\n"
       "      \"score\": NaN,\n"
       "               ^\n"},
      {older_with("\"score\": 50.0", "\"score\": 050"),
       "r.json:8:14: error: expected a number as JSON writes it (such as 12, -3 or 4.5e2), found '050'\n"
       "      \"score\": 050,\n"
       "               ^\n"},
      // Escapes.
      {older_with("\"scope\": \"本院\"", "\"scope\": \"C:\\Users\""),
       "r.json:5:75: error: expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four hex "
       "digits), found '\\U'\n"
       "    \"assessment\": {\"date\": \"2026-04-01\", \"assessor\": \"情報システム課\", \"scope\": \"C:\\Users\"},\n"
       "                                                                                   ^\n"},
      {older_with("\"scope\": \"本院\"", "\"scope\": \"\\u12G4\""),
       "r.json:5:73: error: expected four hex digits after \\u, found '\\u12G4'\n"
       "    \"assessment\": {\"date\": \"2026-04-01\", \"assessor\": \"情報システム課\", \"scope\": \"\\u12G4\"},\n"
       "                                                                                 ^\n"},
      // Text after the document, and a document that is not JSON at all.
      {std::string(kOlderResult) + "{}\n",
       "r.json:35:1: error: expected the end of the file after the JSON value, found '{'\n"
       "  {}\n"
       "  ^\n"},
      {"organization: {name: 架空市民病院}\n",
       "r.json:1:1: error: expected a tenken Result (JSON written by tenken check --format json), "
       "found 'organization'\n"
       "  organization: {name: 架空市民病院}\n"
       "  ^\n"},
      // The same key twice in one object.
      {older_with("\"sector\": \"medical\"", "\"sector\": \"medical\", \"name\": \"x\""),
       "r.json:4:59: error: duplicate key \"name\" (first given at column 20)\n"
       "    \"organization\": {\"name\": \"架空市民病院\", \"sector\": \"medical\", \"name\": \"x\"},\n"
       "                                                                  ^\n"},
  };
  for (const BadResult& c : cases) {
    INFO(c.json.substr(0, 60));
    CHECK(problems(c.json) == c.message);
  }
}

TEST_CASE("result_from_json: a lone surrogate is an error at its escape") {
  CHECK(problems(older_with("\"scope\": \"本院\"", "\"scope\": \"\\ud83d!\"")) ==
        "r.json:5:73: error: expected a low surrogate (\\uDC00 to \\uDFFF) after the high surrogate "
        "\\ud83d, found '!'\n"
        "    \"assessment\": {\"date\": \"2026-04-01\", \"assessor\": \"情報システム課\", \"scope\": \"\\ud83d!\"},\n"
        "                                                                                 ^\n");
  CHECK(problems(older_with("\"scope\": \"本院\"", "\"scope\": \"\\ud83d\"")) ==
        "r.json:5:73: error: expected a low surrogate (\\uDC00 to \\uDFFF) after the high surrogate "
        "\\ud83d, found the end of the string\n"
        "    \"assessment\": {\"date\": \"2026-04-01\", \"assessor\": \"情報システム課\", \"scope\": \"\\ud83d\"},\n"
        "                                                                                 ^\n");
  CHECK(problems(older_with("\"scope\": \"本院\"", "\"scope\": \"x\\ude00\"")) ==
        "r.json:5:74: error: expected a character or a high surrogate (\\uD800 to \\uDBFF), found the "
        "lone low surrogate \\ude00\n"
        "    \"assessment\": {\"date\": \"2026-04-01\", \"assessor\": \"情報システム課\", \"scope\": \"x\\ude00\"},\n"
        "                                                                                  ^\n");
}

TEST_CASE("result_from_json: control characters, line breaks and bytes that are not UTF-8") {
  CHECK(problems("{\"version\": 1, \"tool\": \"a\nb\"}") ==
        "r.json:1:26: error: expected '\"' to close the string, or \\n for a line break in it, found "
        "a line break\n"
        "  {\"version\": 1, \"tool\": \"a\n"
        "                           ^\n");
  CHECK(problems("{\"version\": 1, \"tool\": \"a\tb\"}") ==
        "r.json:1:26: error: expected a character or an escape, found the control character U+0009; "
        "write it as \\u0009\n"
        "  {\"version\": 1, \"tool\": \"a b\"}\n"
        "                           ^\n");
  CHECK(problems("{\"version\": 1, \"tool\": \"\xFF\"}") ==
        "r.json:1:25: error: expected UTF-8 text, found the byte 0xFF; save the file as UTF-8\n"
        "  {\"version\": 1, \"tool\": \"\xEF\xBF\xBD\"}\n"
        "                          ^\n");
}

TEST_CASE("result_from_json: nesting is limited, so that no input can exhaust the stack") {
  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  CHECK(problems(deep).rfind("r.json:1:65: error: nesting deeper than 64 levels; tenken files are "
                             "never nested this deep\n",
                             0) == 0);
  std::string deep_enough = std::string(json::kMaxJsonDepth, '[') + std::string(json::kMaxJsonDepth, ']');
  CHECK(problems(deep_enough).rfind("r.json:1:1: error: expected a tenken Result (a JSON object", 0) == 0);
}

TEST_CASE("result_from_json: values of the wrong type, missing keys, unknown versions") {
  const BadResult cases[] = {
      {"[]\n",
       "r.json:1:1: error: expected a tenken Result (a JSON object written by tenken check --format "
       "json), found an array\n"
       "  []\n"
       "  ^\n"},
      {"{}\n",
       "r.json:1:1: error: expected the key \"version\" in the Result, found none\n"
       "  {}\n"
       "  ^\n"},
      {older_with("\"version\": 1", "\"version\": 3"),
       "r.json:2:14: error: expected version 1 or 2 (the Result formats this tenken reads) for "
       "'version', found 3; a newer tenken wrote it\n"
       "    \"version\": 3,\n"
       "               ^\n"},
      // Version 2 has no texts, but a library, a table of answers and places in it.
      {older_with("\"version\": 1", "\"version\": 2"),
       "r.json:1:1: error: expected the keys \"answers\" and \"library\" in the Result, found none of them\n"
       "  {\n"
       "  ^\n"},
      // A key missing: the caret is on the object that lacks it; a near miss is named.
      {older_with(", \"sector\": \"medical\"", ""),
       "r.json:4:19: error: expected the key \"sector\" in 'organization', found none\n"
       "    \"organization\": {\"name\": \"架空市民病院\"},\n"
       "                    ^\n"},
      {older_with("\"answers_file\"", "\"answer_file\""),
       "r.json:1:1: error: expected the key \"answers_file\" in the Result, found \"answer_file\" "
       "instead\n"
       "  {\n"
       "  ^\n"},
      {replaced(older_with("\"tool\": {\"name\": \"tenken\", \"version\": \"0.1.0\"},\n  ", ""),
                "\"answers_file\"", "\"answer_file\""),
       "r.json:1:1: error: expected the keys \"tool\" and \"answers_file\" in the Result, found "
       "\"answer_file\" instead of \"answers_file\"\n"
       "  {\n"
       "  ^\n"},
      {older_with("\"line\": 5", "\"line\": \"5\""),
       "r.json:22:93: error: expected a whole number from 0 to 2147483647 for "
       "'results[0].answers[0].line', found the string \"5\"\n"
       "       \"answers\": [{\"question\": \"backup.taken\", \"status\": \"answered\", \"value\": \"yes\", \"line\": \"5\"}],\n"
       "                                                                                              ^\n"},
      {older_with("\"score\": 50.0", "\"score\": null"),
       "r.json:8:14: error: expected a score from 0 to 100 for 'summary.score', found null\n"
       "      \"score\": null,\n"
       "               ^\n"},
      {older_with("\"refs\": {\"csf2\": [\"PR.AA-03\"]}", "\"refs\": {\"csf2\": [3]}"),
       "r.json:28:71: error: expected a string for 'results[1].refs.csf2[0]', found 3\n"
       "       \"evidence\": {\"ja\": \"\", \"en\": \"\"}, \"cases\": [], \"refs\": {\"csf2\": [3]},\n"
       "                                                                        ^\n"},
      {older_with("\"tool\": {\"name\": \"tenken\", \"version\": \"0.1.0\"}", "\"tool\": \"tenken 0.1.0\""),
       "r.json:3:11: error: expected an object for 'tool', found the string \"tenken 0.1.0\"\n"
       "    \"tool\": \"tenken 0.1.0\",\n"
       "            ^\n"},
  };
  for (const BadResult& c : cases) {
    INFO(c.json.substr(0, 60));
    CHECK(problems(c.json) == c.message);
  }
}

TEST_CASE("result_from_json: values out of their range, unknown words and duplicate rule ids") {
  const BadResult cases[] = {
      {older_with("2026-04-01", "2026-02-30"),
       "r.json:5:26: error: expected a date as YYYY-MM-DD for 'assessment.date', found the string "
       "\"2026-02-30\": February 2026 has 28 days\n"
       "    \"assessment\": {\"date\": \"2026-02-30\", \"assessor\": \"情報システム課\", \"scope\": \"本院\"},\n"
       "                           ^\n"},
      {older_with("2026-04-01", "2026/04/01"),
       "r.json:5:26: error: expected a date as YYYY-MM-DD for 'assessment.date', found the string "
       "\"2026/04/01\": it is not of the form YYYY-MM-DD\n"
       "    \"assessment\": {\"date\": \"2026/04/01\", \"assessor\": \"情報システム課\", \"scope\": \"本院\"},\n"
       "                           ^\n"},
      {older_with("\"fail\": 1", "\"fail\": -1"),
       "r.json:10:35: error: expected a whole number from 0 to 2147483647 for 'summary.counts.fail', "
       "found -1\n"
       "      \"counts\": {\"pass\": 1, \"fail\": -1, \"unknown\": 0, \"notapplicable\": 0, \"notchecked\": 0,\n"
       "                                    ^\n"},
      {older_with("\"fail\": 1", "\"fail\": 1099511627776"),
       "r.json:10:35: error: expected a whole number from 0 to 2147483647 for 'summary.counts.fail', "
       "found 1099511627776\n"
       "      \"counts\": {\"pass\": 1, \"fail\": 1099511627776, \"unknown\": 0, \"notapplicable\": 0, \"notchecked\": 0,\n"
       "                                    ^\n"},
      {older_with("\"fail\": 1", "\"fail\": 1.5"),
       "r.json:10:35: error: expected a whole number from 0 to 2147483647 for 'summary.counts.fail', "
       "found 1.5\n"
       "      \"counts\": {\"pass\": 1, \"fail\": 1.5, \"unknown\": 0, \"notapplicable\": 0, \"notchecked\": 0,\n"
       "                                    ^\n"},
      {older_with("\"score_flat\": 66.67", "\"score_flat\": 166.67"),
       "r.json:9:19: error: expected a score from 0 to 100 for 'summary.score_flat', found 166.67\n"
       "      \"score_flat\": 166.67,\n"
       "                    ^\n"},
      {older_with("\"weight\": 3.0", "\"weight\": -3.0"),
       "r.json:25:38: error: expected a weight of 0 or more for 'results[1].weight', found -3.0\n"
       "       \"category\": \"remote\", \"weight\": -3.0,\n"
       "                                       ^\n"},
      {older_with("\"state\": \"fail\"", "\"state\": \"failed\""),
       "r.json:24:41: error: expected one of pass, fail, unknown, notapplicable, notchecked, waived, "
       "error for 'results[1].state', found the string \"failed\"; did you mean 'fail'?\n"
       "      {\"rule\": \"remote-vpn-mfa\", \"state\": \"failed\", \"severity\": \"high\",\n"
       "                                          ^\n"},
      {older_with("\"severity\": \"high\"", "\"severity\": \"severe\""),
       "r.json:17:59: error: expected one of info, low, medium, high, critical for "
       "'results[0].severity', found the string \"severe\"\n"
       "      {\"rule\": \"backup-taken\", \"state\": \"pass\", \"severity\": \"severe\",\n"
       "                                                            ^\n"},
      {older_with("\"rule\": \"remote-vpn-mfa\"", "\"rule\": \"backup-taken\""),
       "r.json:24:14: error: duplicate rule id 'backup-taken' (first given on line 17)\n"
       "      {\"rule\": \"backup-taken\", \"state\": \"fail\", \"severity\": \"high\",\n"
       "               ^\n"},
      {older_with("\"rule\": \"remote-vpn-mfa\"", "\"rule\": \"\""),
       "r.json:24:14: error: expected a rule id for 'results[1].rule', found the empty string\n"
       "      {\"rule\": \"\", \"state\": \"fail\", \"severity\": \"high\",\n"
       "               ^\n"},
  };
  for (const BadResult& c : cases) {
    INFO(c.json.substr(0, 60));
    CHECK(problems(c.json) == c.message);
  }
}

// The Japanese messages of the diagnostics from reading `text`, one a line.
std::string problems_ja(const std::string& text) {
  Diagnostics diags;
  result_from_json(std::make_shared<Source>("r.json", text), sample_library(), diags);
  std::string out;
  for (const Diagnostic& d : diags.sorted()) out += d.message.ja + "\n";
  return out;
}

TEST_CASE("result_from_json: the problems are given in Japanese too") {
  CHECK(problems_ja("{}\n") == "結果ファイルにキー \"version\" がありません\n");
  CHECK(problems_ja(older_with("\"answers_file\"", "\"answer_file\"")) ==
        "結果ファイルにキー \"answers_file\" がありません。代わりに \"answer_file\" が書かれています\n");
  CHECK(problems_ja(older_with("\"score\": 50.0", "\"score\": null")) ==
        "'summary.score' には 0 から 100 までのスコアが必要ですが、null が書かれています\n");
  CHECK(problems_ja(older_with("2026-04-01", "2026-02-30")) ==
        "'assessment.date' には YYYY-MM-DD 形式の日付が必要ですが、文字列 \"2026-02-30\" が書かれています。"
        "2026年2月は28日までです\n");
  CHECK(problems_ja(older_with("\"state\": \"fail\"", "\"state\": \"failed\"")) ==
        "'results[1].state' には pass, fail, unknown, notapplicable, notchecked, waived, error のいずれかが"
        "必要ですが、文字列 \"failed\" が書かれています。もしかして 'fail' ですか？\n");
  CHECK(problems_ja(older_with("\"rule\": \"remote-vpn-mfa\"", "\"rule\": \"backup-taken\"")) ==
        "ルール id 'backup-taken' が二度書かれています（最初は 17 行目）\n");
  CHECK(problems_ja(older_with("\"version\": 1", "\"version\": 3")) ==
        "'version' には 1 か 2（この tenken が読める結果ファイルの形式）が必要ですが、3 が書かれています。"
        "新しい版の tenken で書き出されたファイルです\n");
  CHECK(problems_ja("[]\n") ==
        "tenken の結果ファイル（tenken check --format json で書き出した JSON オブジェクト）が必要ですが、"
        "配列が書かれています\n");
}

TEST_CASE("result_from_json: every problem in one document is reported, each once") {
  std::string json = older_with("{\"name\": \"架空市民病院\", \"sector\": \"medical\"}", "\"架空市民病院\"");
  json.replace(json.find("\"fail\": 1"), 9, "\"fail\": -1");
  json.replace(json.find("\"state\": \"fail\""), 15, "\"state\": \"failed\"");
  json.replace(json.find("\"categories\": []"), 16, "\"categories\": {}");
  CHECK(problems(json) ==
        "r.json:4:19: error: expected an object for 'organization', found the string \"架空市民病院\"\n"
        "    \"organization\": \"架空市民病院\",\n"
        "                    ^\n"
        "r.json:10:35: error: expected a whole number from 0 to 2147483647 for 'summary.counts.fail', "
        "found -1\n"
        "      \"counts\": {\"pass\": 1, \"fail\": -1, \"unknown\": 0, \"notapplicable\": 0, \"notchecked\": 0,\n"
        "                                    ^\n"
        "r.json:14:19: error: expected an array for 'summary.categories', found an object\n"
        "      \"categories\": {}\n"
        "                    ^\n"
        "r.json:24:41: error: expected one of pass, fail, unknown, notapplicable, notchecked, waived, "
        "error for 'results[1].state', found the string \"failed\"; did you mean 'fail'?\n"
        "      {\"rule\": \"remote-vpn-mfa\", \"state\": \"failed\", \"severity\": \"high\",\n"
        "                                          ^\n");
}

TEST_CASE("result_from_json: with a problem in each of many values, reading stops at the last kept") {
  std::string many;
  for (int i = 0; i < 100000; ++i) many += i ? ",1" : "1";
  std::string json = older_with("\"results\": [", "\"results\": [" + many + "], \"x\": [");
  Diagnostics diags;
  CHECK(!result_from_json(std::make_shared<Source>("r.json", json), sample_library(), diags));
  CHECK(diags.error_count() == static_cast<int>(kMaxDiagnosticsKept));
  const Diagnostic& last = diags.items().back();
  CHECK(last.message.en ==
        "expected an object for 'results[" + std::to_string(kMaxDiagnosticsKept - 1) + "]', found 1");
  CHECK(last.where.line == 16);
  CHECK(last.where.column == static_cast<int>(15 + 2 * (kMaxDiagnosticsKept - 1)));
}

TEST_CASE("result_from_json: a waiver's expiry is a real date or empty") {
  std::string waived = older_with("\"needs\": []}\n  ]",
                                  "\"needs\": [],\n     \"waiver\": {\"status\": \"active\", \"justification\": \"j\","
                                  " \"approved_by\": \"\", \"expires\": \"\", \"origin\": \"w.yaml:2\"}}\n  ]");
  CHECK(problems(waived) == "");
  std::string bad = waived;
  bad.replace(bad.find("\"expires\": \"\""), 13, "\"expires\": \"2026-13-01\"");
  CHECK(problems(bad) ==
        "r.json:31:89: error: expected a date as YYYY-MM-DD (or the empty string) for "
        "'results[1].waiver.expires', found the string \"2026-13-01\": there is no month 13\n"
        "  ...: \"active\", \"justification\": \"j\", \"approved_by\": \"\", \"expires\": \"2026-13-01\", \"origin\": \"w.yaml:2\"}}\n"
        "                                                                     ^\n");
}

TEST_CASE("result_from_json from text: the Status message is the rendered diagnostic") {
  StatusOr<Result> read = result_from_json(std::string("{\"version\": 1,"), sample_library());
  REQUIRE(!read.is_ok());
  CHECK(read.status().message() ==
        "Result:1:15: error: expected a key in double quotes, found the end of the file\n"
        "  {\"version\": 1,\n"
        "                ^");
  CHECK(result_from_json(std::string(kOlderResult), sample_library()).is_ok());
}

}  // namespace
}  // namespace tenken
