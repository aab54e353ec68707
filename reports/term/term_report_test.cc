// Tests of the terminal gap report: whole outputs, in English and Japanese, for the shared
// sample Result (sample_result_test.h), plus colour and the sections a small Result shows.
#include <doctest/doctest.h>

#include <string>

#include "common/sample_result_test.h"
#include "tenken/reports/render.h"

namespace tenken {
namespace {

// Failures are ordered by severity (the critical backup rule before the high access rule, whose
// id sorts first); the skipped question remote.mfa_method is left out of the answers; Japanese
// lines are wrapped by display width and never start with 。、）.
TEST_CASE("terminal report of the sample, in English") {
  std::string actual = render_terminal(testing::sample_result(), {Lang::en, false});
  CHECK(actual == testing::expected_beside(__FILE__, "testdata/sample.en.txt", actual));
}

TEST_CASE("terminal report of the sample, in Japanese") {
  std::string actual = render_terminal(testing::sample_result(), {Lang::ja, false});
  CHECK(actual == testing::expected_beside(__FILE__, "testdata/sample.ja.txt", actual));
}

// A result with no unwaived failure: a waived failure, a waiver no longer needed, an erroneous
// rule, and no categories.
Result quiet_result() {
  Result r;
  r.organization = {"Port of Example", ""};
  r.assessment.date = "2026-04-01";
  r.waivers_path = "waivers.yaml";
  r.rules = {testing::sample_rule("log-retention", State::fail, Severity::medium, "logging", 3,
                                  {"ログを1年保管する", "Keep logs for a year"}),
             testing::sample_rule("patch-window", State::error, Severity::info, "patching", 0,
                                  {"パッチ適用期間", "Patch window"}),
             testing::sample_rule("usb-policy", State::pass, Severity::low, "media", 1,
                                  {"USBの利用を制限する", "Restrict USB media"})};
  r.rules[0].waiver = RuleWaiver{"New log server ordered for May", "CISO", "2026-06-30",
                                 WaiverStatus::active, "waivers.yaml:3"};
  r.rules[2].waiver = RuleWaiver{"Old exception", "", "", WaiverStatus::not_needed, "waivers.yaml:9"};
  r.summary.counts = {1, 0, 0, 0, 0, 1, 1};
  r.summary.waivers = {1, 0, 1};
  return r;
}

TEST_CASE("terminal report without failures lists waived rules, waivers not needed and errors") {
  std::string actual = render_terminal(quiet_result(), {Lang::en, false});
  CHECK(actual == testing::expected_beside(__FILE__, "testdata/quiet.en.txt", actual));
}

TEST_CASE("colour marks headings bold and severities by colour, only when asked") {
  Result r = quiet_result();
  r.rules[0].waiver.reset();
  r.rules[0].severity = Severity::critical;
  r.rules.resize(1);
  r.waivers_path.clear();
  r.summary.waivers = {};
  r.summary.counts = {0, 1, 0, 0, 0, 0, 0};
  std::string actual = render_terminal(r, {Lang::ja, true});
  CHECK(actual == testing::expected_beside(__FILE__, "testdata/colour.ja.txt", actual));
  CHECK(render_terminal(r, {Lang::ja, false}).find('\x1b') == std::string::npos);
}

}  // namespace
}  // namespace tenken
