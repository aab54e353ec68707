// What OSCAL says about each rule (oscal_parts.h): an observation of the answers behind it, a
// finding on the rule as a control objective, and a risk for each gap.
//
// The finding's target is the rule (objective-id = rule id). Its status:
//   pass                 satisfied, reason pass
//   fail                 not-satisfied, reason fail
//   unknown              not-satisfied, reason other: not shown to be met; remarks list the
//                        questions still to answer
//   notapplicable        satisfied, reason other, implementation-status not-applicable; remarks
//                        say why (the answers)
//   notchecked           not-satisfied, reason other: an auditor still has to examine the evidence
//   error                not-satisfied, reason other
// A waived rule keeps the status of its own state, with the waiver in the remarks. Observations
// are interviews (a self-assessment's answers are what the organisation says); risks are open, or
// deviation-approved under an active waiver, with the recommendation as a remediation.
#include <string>
#include <vector>

#include "ci/oscal_parts.h"
#include "common/findings.h"
#include "tenken/frameworks.h"

namespace tenken::oscal {
namespace {

Json related(const char* key, const std::string& uuid) { return Json::array({Json{{key, uuid}}}); }

Json case_links(const Doc& d, const RuleResult& rule) {
  Json links = Json::array();
  for (const std::string& id : rule.texts->cases)
    links.push_back({{"href", "#" + case_resource_uuid(d, id)},
                     {"rel", "reference"},
                     {"text", markup_line(case_title_line(d.r, id, d.lang))}});
  return links;
}

Json rule_props(const RuleResult& rule) {
  Json props = Json::array();
  add_prop(props, prop("severity", format_as(rule.severity)));
  add_prop(props, prop("category", rule.category));
  for (const Framework& f : frameworks()) {
    auto it = rule.texts->refs.find(f.key);
    if (it != rule.texts->refs.end())
      for (const std::string& id : it->second) add_prop(props, prop(f.key, id));
  }
  return props;
}

Json observation(const Doc& d, const RuleResult& rule) {
  Json evidence = Json::array();
  if (!d.r.answers_path.empty())
    evidence.push_back({{"href", "#" + answers_resource_uuid(d)},
                        {"description", markup_line(d.say(Msg::field_value, message(Msg::answers_file, d.lang),
                                                          d.r.answers_path))}});
  for (const AnswerUsed* a : answers_shown(rule))
    for (const std::string& item : a->evidence)
      if (!ci::one_line(item).empty())
        evidence.push_back({{"description", markup_line(d.say(Msg::field_value, a->question, item))}});
  Json j = {{"uuid", d.uuid("observation", rule.rule)},
            {"title", markup_line(d.say(Msg::oscal_observation_title, rule.rule))},
            {"description", markdown_list(ci::located_answers(d.r, rule, d.lang))},
            {"methods", Json::array({"INTERVIEW"})},
            {"types", Json::array({"control-objective"})},
            {"origins", Json::array({Json{{"actors", Json::array({Json{
                            {"type", "party"}, {"actor-uuid", answering_party_uuid(d)}}})}}})},
            {"subjects", Json::array({Json{{"subject-uuid", d.uuid("party", "organization")}, {"type", "party"}}})}};
  if (!evidence.empty()) j["relevant-evidence"] = evidence;
  j["collected"] = d.timestamp();
  return j;
}

bool has_risk(const RuleResult& rule) {
  return rule.state == State::fail || counted_state(rule) == State::waived;
}

Json risk(const Doc& d, const RuleResult& rule, bool observed) {
  std::string description = markup_multiline(rule.texts->rationale.in(d.lang));
  if (rule.waiver)
    description += (description.empty() ? "" : "\n\n") +
                   markup_line(ci::labelled(Msg::label_waiver, waiver_text(*rule.waiver, d.lang), d.lang));
  std::vector<std::string> answers = ci::located_answers(d.r, rule, d.lang);
  std::string statement = answers.empty() ? markup_line(state_text(rule, d.lang))
                                          : markup_line(message(Msg::label_answers, d.lang)) + "\n\n" + markdown_list(answers);
  Json j = {{"uuid", d.uuid("risk", rule.rule)},
            {"title", markup_line(rule.texts->title.in(d.lang))},
            {"description", description.empty() ? markup_line(rule.texts->title.in(d.lang)) : description},
            {"statement", statement}};
  j["props"] = rule_props(rule);
  Json links = case_links(d, rule);
  if (!links.empty()) j["links"] = links;
  j["status"] = counted_state(rule) == State::waived ? "deviation-approved" : "open";
  j["origins"] = tool_origins(d);
  Json facet = {{"name", "severity"}, {"system", kNamespace}, {"value", format_as(rule.severity)}};
  j["characterizations"] = Json::array({Json{{"origin", tool_origins(d)[0]}, {"facets", Json::array({facet})}}});
  if (!rule.texts->recommendation.in(d.lang).empty())
    j["remediations"] = Json::array({Json{{"uuid", d.uuid("remediation", rule.rule)},
                                          {"lifecycle", "recommendation"},
                                          {"title", markup_line(message(Msg::oscal_remediation_title, d.lang))},
                                          {"description", markup_multiline(rule.texts->recommendation.in(d.lang))},
                                          {"origins", tool_origins(d)}}});
  if (observed) j["related-observations"] = related("observation-uuid", d.uuid("observation", rule.rule));
  return j;
}

// The remarks on a finding's status: why it is what it is, beyond pass and fail.
std::string status_remarks(const Doc& d, const RuleResult& rule) {
  std::vector<std::string> parts;
  switch (rule.state) {
    case State::unknown:
      parts.push_back(ci::labelled(Msg::label_questions, joined(ci::needed_questions(d.r, rule, d.lang), d.lang), d.lang));
      break;
    case State::notapplicable:
      parts.push_back(joined(ci::not_applicable_reasons(rule, d.lang), d.lang));
      break;
    case State::notchecked:
      parts.push_back(message(Msg::auditor_to_examine, d.lang));
      parts.push_back(ci::labelled(Msg::label_evidence, rule.texts->evidence.in(d.lang), d.lang));
      break;
    case State::error: parts.push_back(message(Msg::rule_error, d.lang)); break;
    default: break;
  }
  if (rule.waiver) parts.push_back(ci::labelled(Msg::label_waiver, waiver_text(*rule.waiver, d.lang), d.lang));
  std::string out;
  for (const std::string& p : parts)
    if (!ci::one_line(p).empty()) out += (out.empty() ? "" : "\n\n") + markup_line(p);
  return out;
}

Json target(const Doc& d, const RuleResult& rule) {
  bool satisfied = rule.state == State::pass || rule.state == State::notapplicable;
  const char* reason = rule.state == State::pass ? "pass" : rule.state == State::fail ? "fail" : "other";
  Json status = {{"state", satisfied ? "satisfied" : "not-satisfied"}, {"reason", reason}};
  std::string remarks = status_remarks(d, rule);
  if (!remarks.empty()) status["remarks"] = remarks;
  Json j = {{"type", "objective-id"},
            {"target-id", token(rule.rule)},
            {"title", markup_line(rule.texts->title.in(d.lang))},
            {"status", status}};
  if (rule.state == State::notapplicable) j["implementation-status"] = {{"state", "not-applicable"}};
  return j;
}

Json finding(const Doc& d, const RuleResult& rule, bool observed) {
  std::string description = markup_multiline(rule.texts->rationale.in(d.lang));
  Json j = {{"uuid", d.uuid("finding", rule.rule)},
            {"title", markup_line(rule.texts->title.in(d.lang))},
            {"description", description.empty() ? markup_line(rule.texts->title.in(d.lang)) : description}};
  j["props"] = rule_props(rule);
  add_prop(j["props"], prop("result", format_as(counted_state(rule))));
  Json links = case_links(d, rule);
  if (!links.empty()) j["links"] = links;
  j["origins"] = tool_origins(d);
  j["target"] = target(d, rule);
  if (observed) j["related-observations"] = related("observation-uuid", d.uuid("observation", rule.rule));
  if (has_risk(rule)) j["related-risks"] = related("risk-uuid", d.uuid("risk", rule.rule));
  return j;
}

}  // namespace

RuleParts rule_parts(const Doc& d) {
  RuleParts parts;
  for (const RuleResult& rule : d.r.rules) {
    bool observed = !answers_shown(rule).empty();
    if (observed) parts.observations.push_back(observation(d, rule));
    if (has_risk(rule)) parts.risks.push_back(risk(d, rule, observed));
    parts.findings.push_back(finding(d, rule, observed));
  }
  return parts;
}

}  // namespace tenken::oscal
