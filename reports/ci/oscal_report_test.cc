// Targeted tests of the OSCAL assessment-results: stable and unique UUIDs, the status of a finding
// for every state (waived and error too), risks and their status, Japanese text, a missing
// assessor, answer file or CSF reference, and hostile text from an answer file. The whole sample
// is in oscal_sample_test.cc.
#include <doctest/doctest.h>

#include <algorithm>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ci/identifiers.h"
#include "common/sample_result_test.h"
#include "tenken/reports/render.h"

namespace tenken {
namespace {

using Json = nlohmann::json;

Json oscal(const Result& r, Lang lang = Lang::en) {
  RenderOptions o;
  o.lang = lang;
  return Json::parse(render_oscal(r, o))["assessment-results"];
}

void collect_uuids(const Json& j, std::vector<std::string>& out) {
  if (j.is_object()) {
    if (j.contains("uuid")) out.push_back(j["uuid"]);
    for (const auto& [key, value] : j.items()) collect_uuids(value, out);
  } else if (j.is_array()) {
    for (const Json& value : j) collect_uuids(value, out);
  }
}

const Json& finding(const Json& doc, size_t i) { return doc["results"][0]["findings"][i]; }

TEST_CASE("oscal: UUIDs are version 5, unique, and the same in both languages") {
  std::vector<std::string> en, ja;
  collect_uuids(oscal(testing::sample_result(), Lang::en), en);
  collect_uuids(oscal(testing::sample_result(), Lang::ja), ja);
  CHECK(en == ja);
  CHECK(std::set<std::string>(en.begin(), en.end()).size() == en.size());
  std::regex v5("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
  for (const std::string& u : en) CHECK(std::regex_match(u, v5));
  // Another assessment date is another assessment: every UUID changes.
  Result later = testing::sample_result();
  later.assessment.date = "2027-04-01";
  std::vector<std::string> other;
  collect_uuids(oscal(later), other);
  for (const std::string& u : other) CHECK(std::find(en.begin(), en.end(), u) == en.end());
}

TEST_CASE("oscal: UUIDs are named by organisation, date, scope, kind and name, as they always were") {
  const Result r = testing::sample_result();
  Json doc = oscal(r);
  std::string start = r.organization.name + "\n" + r.assessment.date + "\n" + r.assessment.scope + "\n";
  CHECK(doc["uuid"] == name_uuid(start + "assessment-results\n"));
  CHECK(finding(doc, 0)["uuid"] == name_uuid(start + "finding\n" + r.rules[0].rule));
}

TEST_CASE("oscal: with a very long organisation name, UUIDs are still version 5, unique and its own") {
  std::vector<std::string> sample, named;
  collect_uuids(oscal(testing::sample_result()), sample);
  Result r = testing::sample_result();
  r.organization.name = std::string(300000, 'o');  // hashed once, not once per object
  collect_uuids(oscal(r), named);
  REQUIRE(named.size() == sample.size());
  CHECK(std::set<std::string>(named.begin(), named.end()).size() == named.size());
  std::regex v5("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
  for (const std::string& u : named) {
    CHECK(std::regex_match(u, v5));
    CHECK(std::find(sample.begin(), sample.end(), u) == sample.end());
  }
}

TEST_CASE("oscal: a waived failure is not-satisfied with the waiver, and its risk deviation-approved") {
  Result r = testing::sample_result();
  r.rules[0].waiver = RuleWaiver{"新しいVPN装置の導入まで", "情報システム課長", "2026-09-30", WaiverStatus::active, "w.yaml:3"};
  r.rules[1].waiver = RuleWaiver{"テープ装置の更新待ち", "課長", "2026-03-31", WaiverStatus::expired, "w.yaml:7"};
  r.rules[5].state = State::error;
  Json doc = oscal(r);
  CHECK(finding(doc, 0)["target"]["status"] == R"j({"state": "not-satisfied", "reason": "fail",
      "remarks": "Waiver: 新しいVPN装置の導入まで (approved by 情報システム課長, until 30 September 2026)"})j"_json);
  const Json& risks = doc["results"][0]["risks"];
  CHECK(risks[0]["status"] == "deviation-approved");
  CHECK(risks[0]["description"] ==
        "A stolen VPN password lets an attacker in without any exploit.\n\n"
        "Waiver: 新しいVPN装置の導入まで (approved by 情報システム課長, until 30 September 2026)");
  CHECK(risks[1]["status"] == "open");  // the expired waiver holds nothing
  CHECK(finding(doc, 1)["target"]["status"]["remarks"] ==
        "Waiver: テープ装置の更新待ち (approved by 課長; expired on 31 March 2026, so the rule counts as it is)");
  CHECK(finding(doc, 5)["target"]["status"] == R"j({"state": "not-satisfied", "reason": "other",
      "remarks": "The rule could not be evaluated against these answers. Run tenken lint and check the answers it reads."})j"_json);
  CHECK(finding(doc, 0)["props"].back() == R"j({"name": "result", "ns": "urn:tenken:oscal", "value": "waived"})j"_json);
}

TEST_CASE("oscal: Japanese titles, descriptions and remarks") {
  Json doc = oscal(testing::sample_result(), Lang::ja);
  CHECK(doc["metadata"]["title"] == "tenken 自己点検：みなと水道企業団（2026年4月1日）");
  CHECK(doc["results"][0]["title"] == "2026年4月1日の自己点検");
  CHECK(finding(doc, 4)["target"]["status"] == R"j({"state": "satisfied", "reason": "other",
      "remarks": "media.usb_ports：USB端子は物理的に封鎖済み"})j"_json);
  CHECK(finding(doc, 4)["target"]["implementation-status"] == R"j({"state": "not-applicable"})j"_json);
  CHECK(doc["results"][0]["risks"][1]["remediations"][0]["title"] == "推奨する対策");
}

TEST_CASE("oscal: without an assessor, answer file or CSF reference") {
  Result r = testing::sample_result();
  r.assessment.assessor = " \n";
  r.answers_path.clear();
  for (RuleResult& rule : r.rules) testing::edit(rule).refs.erase("csf2");
  Json doc = oscal(r);
  CHECK(doc["metadata"]["parties"].size() == 1);
  CHECK(doc["metadata"]["roles"].size() == 1);
  CHECK(doc["metadata"]["responsible-parties"].size() == 1);
  const Json& observation = doc["results"][0]["observations"][1];
  CHECK(observation["origins"][0]["actors"][0]["actor-uuid"] == doc["metadata"]["parties"][0]["uuid"]);
  CHECK(observation["relevant-evidence"] == R"j([{"description": "backup.offline_copy: backup-design.pdf"}])j"_json);
  CHECK_FALSE(doc["results"][0]["observations"][0].contains("relevant-evidence"));
  CHECK(doc["back-matter"]["resources"].size() == 4);  // the plan and the three cases
  CHECK(doc["results"][0]["reviewed-controls"] == R"j({"control-selections":
      [{"description": "The rules cite no NIST CSF 2.0 subcategory."}]})j"_json);
}

TEST_CASE("oscal: hostile text: one line where OSCAL wants a string, Markdown-escaped where it wants markup") {
  Result r = testing::sample_result();
  r.organization.name = "\u3000<script>alert(1)</script>\n*bold*\x01 ";
  r.organization.sector = "\n";
  r.rules[0].rule = "0day-mfa";  // a rule id may start with a digit, an OSCAL token may not
  testing::edit(r.rules[0]).title.en = "# Heading\nwith [a link](javascript:x) & <b>";
  r.rules[0].answers[1].edit().comment = "line\r\nbreak\x1b";
  Json doc = oscal(r);
  const Json& org = doc["metadata"]["parties"][0];
  CHECK(org["name"] == "<script>alert(1)</script> *bold*␁");
  CHECK_FALSE(org.contains("props"));  // a sector of white space is no sector
  CHECK(doc["metadata"]["title"] == "tenken self-assessment: &lt;script&gt;alert(1)&lt;/script&gt; \\*bold\\*␁ (1 April 2026)");
  CHECK(finding(doc, 0)["title"] == "\\# Heading with \\[a link\\](javascript:x) &amp; &lt;b&gt;");
  CHECK(finding(doc, 0)["target"]["target-id"] == "_0day-mfa");
  CHECK(doc["results"][0]["observations"][0]["description"] ==
        "- remote.vpn_used = yes \\[answers/minato-2026.yaml:11\\]\n"
        "- remote.mfa = no (comment: line break␛) \\[answers/minato-2026.yaml:12\\]");
}

TEST_CASE("oscal: the same Result gives the same bytes") {
  RenderOptions o;
  CHECK(render_oscal(testing::sample_result(), o) == render_oscal(testing::sample_result(), o));
}

}  // namespace
}  // namespace tenken
