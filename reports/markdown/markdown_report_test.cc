// Tests of the Markdown gap report: whole outputs, in English and Japanese, for the shared sample
// Result (sample_result_test.h) and for a Result with waivers and an error; then escaping of
// hostile text from an answer file, and the Japanese bold labels.
#include <doctest/doctest.h>

#include <string>

#include "common/sample_result_test.h"
#include "tenken/reports/render.h"

namespace tenken {
namespace {

// Gaps come most severe first, each under its own heading; the question ask_if skipped
// (remote.mfa_method) is left out; the case the Result does not carry (nisc-2016-01) is not
// shown; Markdown characters in answers (the "_" of question ids) are escaped.
// Labels keep the full-width colon outside the bold ("**理由**："), dates are written the
// Japanese way and the table is padded by display width.
TEST_CASE("Markdown report of the sample, in English") {
  std::string actual = render_markdown(testing::sample_result(), {Lang::en});
  CHECK(actual == testing::expected_beside(__FILE__, "testdata/sample.en.md", actual));
}

TEST_CASE("Markdown report of the sample, in Japanese") {
  std::string actual = render_markdown(testing::sample_result(), {Lang::ja});
  CHECK(actual == testing::expected_beside(__FILE__, "testdata/sample.ja.md", actual));
}


// A failure under an active waiver, a failure whose waiver expired, a pass whose waiver is no
// longer needed and an erroneous rule; the active waiver changes the score of its category.
Result waived_result() {
  using testing::sample_rule;
  Result r;
  r.organization = {"Port of Example", ""};
  r.assessment.date = "2026-04-01";
  r.answers_path = "port.yaml";
  r.waivers_path = "waivers.yaml";
  r.rules = {sample_rule("log-retention", State::fail, Severity::medium, "logging", 3,
                         {"ログを1年保管する", "Keep logs for a year"}),
             sample_rule("log-review", State::fail, Severity::high, "logging", 6,
                         {"ログを毎週確認する", "Review logs weekly"}),
             sample_rule("patch-window", State::error, Severity::info, "patching", 0,
                         {"パッチ適用期間", "Patch window"}),
             sample_rule("usb-policy", State::pass, Severity::low, "logging", 1,
                         {"USBの利用を制限する", "Restrict USB media"})};
  r.rules[0].waiver = RuleWaiver{"New log server ordered for May", "CISO", "2026-06-30",
                                 WaiverStatus::active, "waivers.yaml:3"};
  r.rules[1].waiver = RuleWaiver{"Reviews start after the audit", "", "2026-03-31",
                                 WaiverStatus::expired, "waivers.yaml:7"};
  r.rules[3].waiver = RuleWaiver{"Old exception", "IT manager", "", WaiverStatus::not_needed,
                                 "waivers.yaml:11"};
  r.summary.counts = {1, 1, 0, 0, 0, 1, 1};
  r.summary.score = r.summary.score_flat = 10;
  r.summary.score_after_waivers = r.summary.score_flat_after_waivers = 100.0 / 7;
  r.summary.waivers = {1, 1, 1};
  CategoryScore logging{"logging", {"ログ", "Logging"}, 10, 1, 10, {1, 1, 0, 0, 0, 1, 0}};
  logging.score_after_waivers = 100.0 / 7;
  logging.weight_scored_after_waivers = 7;
  r.summary.categories = {logging, {"patching", {"パッチ", "Patching"}, 0, 0, 0, {0, 0, 0, 0, 0, 0, 1}}};
  return r;
}

TEST_CASE("Markdown report with waivers shows scores after waivers and every kind of waiver") {
  std::string actual = render_markdown(waived_result(), {Lang::en});
  CHECK(actual == testing::expected_beside(__FILE__, "testdata/waived.en.md", actual));
}

// Text from a hostile answer file or rule set: HTML, links, Markdown, table pipes, line breaks,
// a heading's closing "#" and terminal escape sequences.
TEST_CASE("Markdown report escapes text from the answers and the rules") {
  Result r = testing::sample_result();
  r.organization.name = "<script>alert(1)</script> [x](javascript:alert(1))";
  r.assessment.scope = "line 1\nline 2\r\n# heading";
  r.summary.categories[0].title.en = "Back|up\nrecovery";
  testing::edit(r.rules[1]).title.en = "Keep backups #";
  r.rules[1].answers[1].edit().comment = "\x1b[31mred\x1b[0m *bold* `code` _x_";
  std::string md = render_markdown(r, {Lang::en});
  auto has = [&](const std::string& text) { return md.find(text) != std::string::npos; };
  CHECK(has("- **Organization:** &lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](javascript:alert(1))\n"));
  CHECK(has("- **Scope:** line 1<br>line 2<br># heading\n"));
  CHECK(has("\n| Back\\|up<br>recovery |   0.0 |"));
  CHECK(has("\n### [critical] backup-isolated-copy: Keep backups \\#\n"));
  CHECK(has("(comment: ␛\\[31mred␛\\[0m \\*bold\\* \\`code\\` \\_x\\_)"));
  CHECK(md.find('\x1b') == std::string::npos);
}

}  // namespace
}  // namespace tenken
