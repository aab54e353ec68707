// OSCAL 1.0.6 assessment-results JSON (render_oscal), for auditors' GRC tools: the assessment as
// NIST's machine-readable form of an assessment report, so that its findings can be imported
// next to those of audits and other assessments.
//
// How tenken maps onto OSCAL:
// - metadata: the title, the assessment date (as published and last-modified, at midnight UTC,
//   and as the version), parties for the organisation and the assessor with their roles.
// - import-ap: OSCAL wants the assessment plan; tenken has no OSCAL plan, so href points to a
//   back-matter resource that says so: the plan is tenken's rules and questionnaire.
// - results[0]: the self-assessment, starting on the assessment date; tenken as the tool in the
//   assessment assets; reviewed-controls the NIST CSF 2.0 subcategories the rules cite, written as
//   OSCAL control ids (lower case, as in NIST's OSCAL catalogs: PR.DS-11 -> pr.ds-11);
//   observations, risks and findings per rule (oscal_findings.cc).
// - back-matter: the plan resource, the answer and waivers files, and the cases the rules cite.
// Every UUID is derived from the assessment (Doc::uuid), so the same Result gives the same bytes.
#include "ci/oscal_parts.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "ci/identifiers.h"
#include "common/findings.h"
#include "tenken/frameworks.h"
#include "tenken/reports/escape.h"
#include "tenken/reports/render.h"

namespace tenken {
namespace oscal {

std::string uuid_prefix(const Result& r) {
  return fmt::format("{}\n{}\n{}\n", r.organization.name, r.assessment.date, r.assessment.scope);
}

std::string Doc::uuid(std::string_view kind, std::string_view name) const {
  return uuids(fmt::format("{}\n{}", kind, name));
}

std::string Doc::timestamp() const { return r.assessment.date + "T00:00:00Z"; }

std::string markup_line(std::string_view text) { return markdown_escape(ci::one_line(text)); }

std::string markup_multiline(std::string_view text) {
  std::string out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = std::min(text.find('\n', start), text.size());
    std::string line = markup_line(text.substr(start, end - start));
    if (!line.empty()) out += (out.empty() ? "" : "\n\n") + line;
    start = end + 1;
  }
  return out;
}

std::string markdown_list(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "- " : "\n- ") + markup_line(item);
  return out;
}

Json prop(std::string_view name, std::string_view value) {
  std::string v = ci::one_line(value);
  if (v.empty()) return nullptr;
  return {{"name", name}, {"ns", kNamespace}, {"value", v}};
}

void add_prop(Json& props, Json p) {
  if (!p.is_null()) props.push_back(std::move(p));
}

std::string token(std::string_view id) {
  bool letter = !id.empty() && ((id[0] >= 'a' && id[0] <= 'z') || (id[0] >= 'A' && id[0] <= 'Z'));
  return letter ? std::string(id) : "_" + std::string(id);
}

Json tool_origins(const Doc& d) {
  Json actor = {{"type", "tool"}, {"actor-uuid", d.uuid("component", "tenken")}};
  return Json::array({Json{{"actors", Json::array({actor})}}});
}

std::string answering_party_uuid(const Doc& d) {
  return d.uuid("party", ci::one_line(d.r.assessment.assessor).empty() ? "organization" : "assessor");
}

std::string case_resource_uuid(const Doc& d, const std::string& case_id) { return d.uuid("case", case_id); }

std::string answers_resource_uuid(const Doc& d) { return d.uuid("resource", "answers"); }

namespace {

Json party(const Doc& d, const char* key, const char* type, const std::string& name) {
  Json j = {{"uuid", d.uuid("party", key)}, {"type", type}};
  if (!ci::one_line(name).empty()) j["name"] = ci::one_line(name);
  return j;
}

Json metadata(const Doc& d) {
  const Result& r = d.r;
  bool assessor = !ci::one_line(r.assessment.assessor).empty();
  Json j = {{"title", markup_line(d.say(Msg::ci_title, ci::one_line(r.organization.name),
                                               format_date(r.assessment.date, d.lang)))},
            {"published", d.timestamp()},
            {"last-modified", d.timestamp()},
            {"version", r.assessment.date},
            {"oscal-version", "1.0.6"}};
  j["roles"] = Json::array({Json{{"id", "prepared-for"}, {"title", markup_line(message(Msg::oscal_prepared_for, d.lang))}}});
  if (assessor) j["roles"].push_back({{"id", "assessor"}, {"title", markup_line(message(Msg::assessor, d.lang))}});
  Json org = party(d, "organization", "organization", r.organization.name);
  Json props = Json::array();
  add_prop(props, prop("sector", r.organization.sector));
  if (!props.empty()) org["props"] = props;
  j["parties"] = Json::array({org});
  if (assessor) j["parties"].push_back(party(d, "assessor", "person", r.assessment.assessor));
  j["responsible-parties"] = Json::array(
      {Json{{"role-id", "prepared-for"}, {"party-uuids", Json::array({d.uuid("party", "organization")})}}});
  if (assessor)
    j["responsible-parties"].push_back({{"role-id", "assessor"}, {"party-uuids", Json::array({d.uuid("party", "assessor")})}});
  return j;
}

// The result's description: what it is, then the header facts every report shows.
std::string result_description(const Doc& d) {
  const Result& r = d.r;
  const Summary& s = r.summary;
  const Coverage& c = s.coverage;
  std::vector<std::pair<Msg, std::string>> facts = {
      {Msg::organization, r.organization.name},
      {Msg::sector, r.organization.sector},
      {Msg::assessor, r.assessment.assessor},
      {Msg::scope, r.assessment.scope},
      {Msg::answers_file, r.answers_path},
      {Msg::waivers_file, r.waivers_path},
      {Msg::score, d.say(Msg::score_value, s.score, s.score_flat)},
      {Msg::score_after_waivers,
       s.waivers.any() ? d.say(Msg::score_value, s.score_after_waivers, s.score_flat_after_waivers) : ""},
      {Msg::coverage, d.say(Msg::coverage_value, c.percent, c.asked, c.answered, c.not_applicable,
                            c.dont_know, c.unanswered)}};
  std::vector<std::string> lines;
  for (const auto& [label, text] : facts)
    if (!ci::one_line(text).empty()) lines.push_back(d.say(Msg::field_value, message(label, d.lang), text));
  return markup_line(d.say(Msg::oscal_result_description, r.tool_version)) + "\n\n" + markdown_list(lines);
}

Json result_props(const Summary& s) {
  auto number = [](double x) { return fmt::format("{:.2f}", std::round(x * 100) / 100); };
  Json props = Json::array();
  add_prop(props, prop("score", number(s.score)));
  add_prop(props, prop("score-flat", number(s.score_flat)));
  if (s.waivers.any()) add_prop(props, prop("score-after-waivers", number(s.score_after_waivers)));
  add_prop(props, prop("coverage-percent", number(s.coverage.percent)));
  return props;
}

Json assessment_assets(const Doc& d) {
  Json component = {{"uuid", d.uuid("component", "tenken")},
                    {"type", "software"},
                    {"title", "tenken"},
                    {"description", markup_line(message(Msg::oscal_tool_description, d.lang))}};
  Json props = Json::array();
  add_prop(props, prop("version", d.r.tool_version));
  if (!props.empty()) component["props"] = props;
  component["status"] = {{"state", "operational"}};
  Json platform = {{"uuid", d.uuid("platform", "tenken")},
                   {"title", "tenken"},
                   {"uses-components", Json::array({Json{{"component-uuid", d.uuid("component", "tenken")}}})}};
  return {{"components", Json::array({component})}, {"assessment-platforms", Json::array({platform})}};
}

// Every CSF 2.0 subcategory a rule cites, in the framework's order, as OSCAL control ids.
Json reviewed_controls(const Doc& d) {
  std::set<std::string> cited;
  for (const RuleResult& rule : d.r.rules)
    if (auto it = rule.texts->refs.find("csf2"); it != rule.texts->refs.end()) cited.insert(it->second.begin(), it->second.end());
  Json controls = Json::array();
  if (const Framework* csf = find_framework("csf2"))
    for (const std::string& id : csf->ids)
      if (cited.count(id)) {
        std::string lower = id;
        for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        controls.push_back({{"control-id", lower}});
      }
  Json selection = {{"description", markup_line(message(controls.empty() ? Msg::oscal_no_controls
                                                                         : Msg::oscal_controls_description, d.lang))}};
  if (!controls.empty()) selection["include-controls"] = controls;
  return {{"control-selections", Json::array({selection})}};
}

Json result(const Doc& d) {
  Json j = {{"uuid", d.uuid("result")},
            {"title", markup_line(d.say(Msg::oscal_result_title, format_date(d.r.assessment.date, d.lang)))},
            {"description", result_description(d)},
            {"start", d.timestamp()},
            {"props", result_props(d.r.summary)},
            {"local-definitions", {{"assessment-assets", assessment_assets(d)}}},
            {"reviewed-controls", reviewed_controls(d)}};
  RuleParts parts = rule_parts(d);
  if (!parts.observations.empty()) j["observations"] = parts.observations;
  if (!parts.risks.empty()) j["risks"] = parts.risks;
  if (!parts.findings.empty()) j["findings"] = parts.findings;
  return j;
}

Json file_resource(const Doc& d, const char* key, Msg title, const std::string& path) {
  bool csv = path.ends_with(".csv"), json = path.ends_with(".json");
  return {{"uuid", d.uuid("resource", key)},
          {"title", markup_line(message(title, d.lang))},
          {"description", markup_line(path)},
          {"rlinks", Json::array({Json{{"href", path_uri(path)},
                                       {"media-type", csv ? "text/csv" : json ? "application/json" : "application/yaml"}}})}};
}

Json back_matter(const Doc& d) {
  Json resources = Json::array();
  resources.push_back({{"uuid", d.uuid("resource", "plan")},
                       {"title", markup_line(d.say(Msg::oscal_plan_title, d.r.tool_version))},
                       {"description", markup_line(message(Msg::oscal_plan_description, d.lang))}});
  if (!d.r.answers_path.empty()) resources.push_back(file_resource(d, "answers", Msg::answers_file, d.r.answers_path));
  if (!d.r.waivers_path.empty()) resources.push_back(file_resource(d, "waivers", Msg::waivers_file, d.r.waivers_path));
  std::set<std::string> cases;
  for (const RuleResult& rule : d.r.rules) cases.insert(rule.texts->cases.begin(), rule.texts->cases.end());
  for (const std::string& id : cases) {
    Json j = {{"uuid", case_resource_uuid(d, id)}, {"title", markup_line(case_title_line(d.r, id, d.lang))}};
    if (const CaseSummary* c = find_case(d.r, id); c && !c->summary.in(d.lang).empty())
      j["description"] = markup_multiline(c->summary.in(d.lang));
    resources.push_back(j);
  }
  return {{"resources", resources}};
}

}  // namespace
}  // namespace oscal

std::string render_oscal(const Result& r, const RenderOptions& o) {
  oscal::Doc d{{o.lang}, r};
  oscal::Json doc = {{"uuid", d.uuid("assessment-results")},
                     {"metadata", oscal::metadata(d)},
                     {"import-ap",
                      {{"href", "#" + d.uuid("resource", "plan")},
                       {"remarks", oscal::markup_line(message(Msg::oscal_plan_description, o.lang))}}},
                     {"results", oscal::Json::array({oscal::result(d)})},
                     {"back-matter", oscal::back_matter(d)}};
  oscal::Json root = {{"assessment-results", doc}};
  return root.dump(2, ' ', false, oscal::Json::error_handler_t::replace) + "\n";
}

}  // namespace tenken
