// Tests of the Result's JSON form: the whole output for a small Result, and the round trip
// Result → JSON → Result → JSON. Reading bad documents is tested in json_read_test.cc.
#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "common/sample_result_test.h"
#include "tenken/reports/render.h"

namespace tenken {
namespace {

// The sample cut down to a waived failure (an answer with comment and evidence) and a
// not-applicable rule (an answer with a reason). The rules' words are the library's: not written.
Result small_result() {
  Result r = testing::sample_result();
  r.rules = {testing::sample_backup(), testing::sample_usb()};
  r.rules[0].waiver = RuleWaiver{"Tapes \"ordered\"", "CISO", "2026-09-30", WaiverStatus::active, "w.yaml:2"};
  r.waivers_path = "w.yaml";
  r.summary.counts = {0, 0, 0, 1, 0, 1, 0};
  r.summary.score = 0;
  r.summary.score_flat = 0;
  r.summary.waivers = {1, 0, 0};
  r.summary.categories = {testing::sample_category("backup", {"バックアップ", "Backup"}, 0, 0, 10, {0, 0, 0, 0, 0, 1, 0})};
  r.summary.coverage = {3, 2, 0, 1, 0, 100};
  r.questions_needed.clear();
  return r;
}

constexpr const char* kSmallJson = R"txt({
  "version": 2,
  "tool": {"name": "tenken", "version": "0.1.0"},
  "library": {"digest": "sha256:sample"},
  "organization": {"name": "みなと水道企業団", "sector": "water", "size": ""},
  "assessment": {"date": "2026-04-01", "assessor": "山田 太郎", "scope": "浄水場の制御系と事務系ネットワーク"},
  "answers_file": "answers/minato-2026.yaml",
  "waivers_file": "w.yaml",
  "summary": {
    "score": 0,
    "score_flat": 0,
    "score_after_waivers": 0,
    "score_flat_after_waivers": 0,
    "counts": {"pass": 0, "fail": 0, "unknown": 0, "notapplicable": 1, "notchecked": 0, "waived": 1, "error": 0},
    "waivers": {"active": 1, "expired": 0, "not_needed": 0},
    "coverage": {"asked": 3, "answered": 2, "dont_know": 0, "not_applicable": 1, "unanswered": 0, "percent": 100, "quick_pass": false, "quick_questions": 0},
    "categories": [
      {"category": "backup", "score": 0, "weight_met": 0, "weight_scored": 10, "score_after_waivers": 0, "weight_scored_after_waivers": 0, "counts": {"pass": 0, "fail": 0, "unknown": 0, "notapplicable": 0, "notchecked": 0, "waived": 1, "error": 0}}
    ]
  },
  "answers": [
    {"question": "backup.offline_copy", "status": "answered", "value": "no", "comment": "テープ運用は2023年に停止した", "evidence": ["backup-design.pdf"], "line": 9},
    {"question": "backup.taken", "status": "answered", "value": "yes", "line": 8},
    {"question": "media.usb_ports", "status": "not_applicable", "value": "", "na_reason": "USB端子は物理的に封鎖済み", "line": 20}
  ],
  "results": [
    {"rule": "backup-isolated-copy", "state": "fail", "severity": "critical", "category": "backup", "weight": 10, "reads": [1, 0], "waiver": {"status": "active", "justification": "Tapes \"ordered\"", "approved_by": "CISO", "expires": "2026-09-30", "origin": "w.yaml:2"}},
    {"rule": "media-usb-control", "state": "notapplicable", "severity": "medium", "category": "endpoint", "weight": 3, "reads": [2]}
  ],
  "questions_needed": []
}
)txt";

TEST_CASE("render_json writes every field in a fixed order") {
  CHECK(render_json(small_result()) == kSmallJson);
}

// An empty Result but for scores that need rounding: 50 / 3 and 500 / 7.
TEST_CASE("render_json rounds scores to 2 decimals") {
  Result r;
  r.tool_version = "0.1.0";
  r.summary.score = r.summary.score_after_waivers = 50.0 / 3;
  r.summary.coverage.percent = 500.0 / 7;
  CHECK(render_json(r) == R"txt({
  "version": 2,
  "tool": {"name": "tenken", "version": "0.1.0"},
  "library": {"digest": ""},
  "organization": {"name": "", "sector": "", "size": ""},
  "assessment": {"date": "", "assessor": "", "scope": ""},
  "answers_file": "",
  "waivers_file": "",
  "summary": {
    "score": 16.67,
    "score_flat": 0,
    "score_after_waivers": 16.67,
    "score_flat_after_waivers": 0,
    "counts": {"pass": 0, "fail": 0, "unknown": 0, "notapplicable": 0, "notchecked": 0, "waived": 0, "error": 0},
    "waivers": {"active": 0, "expired": 0, "not_needed": 0},
    "coverage": {"asked": 0, "answered": 0, "dont_know": 0, "not_applicable": 0, "unanswered": 0, "percent": 71.43, "quick_pass": false, "quick_questions": 0},
    "categories": []
  },
  "answers": [],
  "results": [],
  "questions_needed": []
}
)txt");
}

TEST_CASE("a Result survives the round trip through JSON") {
  std::string first = render_json(testing::sample_result());
  StatusOr<Result> read = result_from_json(first, *testing::library_of(testing::sample_result()));
  REQUIRE(read.is_ok());
  const Result& back = read.value();
  CHECK(render_json(back) == first);

  // The round trip above would not notice a field that is neither written nor read; so check
  // that the read Result holds what the sample holds.
  REQUIRE(back.rules.size() == 6);
  const RuleResult& backup = back.rules[1];
  CHECK(backup.rule == "backup-isolated-copy");
  CHECK(backup.state == State::fail);
  CHECK(backup.severity == Severity::critical);
  CHECK(backup.weight == 10);
  CHECK(backup.texts->title.ja == "ランサムウェアが届かないバックアップを持つ");
  CHECK(backup.texts->refs.at("cis_v8") == std::vector<std::string>{"11.4"});
  REQUIRE(backup.answers.size() == 2);
  CHECK(backup.answers[1]->comment == "テープ運用は2023年に停止した");
  CHECK(backup.answers[1]->evidence == std::vector<std::string>{"backup-design.pdf"});
  CHECK(backup.answers[1]->line == 9);
  CHECK(back.rules[3].needs == std::vector<std::string>{"mailform.captcha"});
  CHECK(back.rules[3].answers[1]->status == AnswerStatus::dont_know);
  CHECK(back.rules[4].answers[0]->na_reason == "USB端子は物理的に封鎖済み");
  CHECK(back.summary.score == 16.67);
  CHECK(back.summary.counts[static_cast<int>(State::fail)] == 2);
  CHECK(back.summary.categories[2].weight_scored == 12);
  CHECK(back.summary.coverage.dont_know == 1);
  CHECK(back.organization.name == "みなと水道企業団");
  CHECK(back.assessment.scope == "浄水場の制御系と事務系ネットワーク");
  CHECK(back.questions_needed[0].text.ja ==
        "公開メールフォームにCAPTCHAや送信回数の制限がありますか？");
}

TEST_CASE("every report rendered from a saved Result is the one rendered from the Result itself") {
  Result original = testing::sample_result();
  StatusOr<Result> read = result_from_json(render_json(original), *testing::library_of(original));
  REQUIRE(read.is_ok());
  for (Lang lang : {Lang::ja, Lang::en}) {
    RenderOptions o;
    o.lang = lang;
    CHECK(render_terminal(read.value(), o) == render_terminal(original, o));
    CHECK(render_markdown(read.value(), o) == render_markdown(original, o));
    CHECK(render_html(read.value(), o) == render_html(original, o));
    CHECK(render_csv(read.value(), o) == render_csv(original, o));
    CHECK(render_junit(read.value(), o) == render_junit(original, o));
    CHECK(render_sarif(read.value(), o) == render_sarif(original, o));
    CHECK(render_oscal(read.value(), o) == render_oscal(original, o));
  }
}

// Every diagnostic from reading `json` with `library`, rendered.
std::string read_with(const std::string& json, const CompiledLibrary& library) {
  Diagnostics diags;
  std::optional<Result> read = result_from_json(std::make_shared<Source>("r.json", json), library, diags);
  CHECK(read.has_value());
  std::string out;
  for (const Diagnostic& d : diags.sorted()) out += format_diagnostic(d);
  return out;
}

TEST_CASE("a saved Result read with another library: its words, a warning, rules it lacks by their id") {
  Result original = testing::sample_result();
  std::string json = render_json(original);
  Result other = original;
  other.library_digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
  other.rules.erase(other.rules.begin() + 1, other.rules.begin() + 3);  // no backup, no contacts
  testing::edit(other.rules[0]).title.en = "MFA, as this library words it";
  CompiledLibraryPtr library = testing::library_of(other);
  CHECK(read_with(json, *library) ==
        "r.json:4:25: warning: this Result was evaluated with another rule library (sha256:sample) than the "
        "one given now (sha256:0123456789ab…): its rules are shown with the words of the library given. For "
        "its own words, give the rules it was evaluated with (--rules, --checklist), or the tenken that "
        "wrote it (0.1.0)\n"
        "    \"library\": {\"digest\": \"sha256:sample\"},\n"
        "                          ^\n"
        "r.json:4:25: warning: 2 rules of this Result are not in the library given, and are shown by their "
        "id: backup-isolated-copy, incident-contact-list\n"
        "    \"library\": {\"digest\": \"sha256:sample\"},\n"
        "                          ^\n");
  Diagnostics diags;
  std::optional<Result> read = result_from_json(std::make_shared<Source>("r.json", json), *library, diags);
  REQUIRE(read);
  CHECK(read->rules[0].texts->title.en == "MFA, as this library words it");
  CHECK(read->rules[1].texts->title.en == "backup-isolated-copy");
  CHECK(read->rules[1].texts->rationale.en.empty());
  CHECK(read->rules[1].state == State::fail);  // what was decided stays
}

TEST_CASE("a saved Result finds a rule the library has renamed since by its former id") {
  Result original = testing::sample_result();
  std::string json = render_json(original);
  Result renamed = original;
  renamed.rules[1].rule = "backup-offline-copy";
  testing::edit(renamed.rules[1]).formerly = {"backup-isolated-copy"};
  CompiledLibraryPtr library = testing::library_of(renamed);
  CHECK(read_with(json, *library) == "");
  StatusOr<Result> read = result_from_json(json, *library);
  REQUIRE(read.is_ok());
  CHECK(read.value().rules[1].rule == "backup-isolated-copy");  // as evaluated: `diff` follows the rename
  CHECK(read.value().rules[1].texts->formerly == std::vector<std::string>{"backup-isolated-copy"});
  CHECK(read.value().rules[1].texts->title.ja == "ランサムウェアが届かないバックアップを持つ");
}

}  // namespace
}  // namespace tenken
