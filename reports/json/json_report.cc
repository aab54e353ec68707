// The Result's JSON form (version 1, docs/result.schema.json), written: render_json writes it
// for programs and for `tenken report` / `diff` / `aggregate` to read later (json_read.cc reads
// it back). Key order is fixed (ordered_json) and scores are rounded to 2 decimals, so the
// same Result always gives the same bytes and a read-back Result writes the same bytes again.
// Invalid UTF-8 becomes U+FFFD rather than an exception.
#include <array>
#include <cmath>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "tenken/reports/render.h"

namespace tenken {
namespace {

using Json = nlohmann::ordered_json;

double rounded(double x) { return std::round(x * 100) / 100; }

Json text_json(const LocalizedText& t) {
  Json j = Json::object();
  j["ja"] = t.ja;
  j["en"] = t.en;
  return j;
}

Json counts_json(const std::array<int, kStateCount>& counts) {
  Json j = Json::object();
  for (int i = 0; i < kStateCount; ++i) j[format_as(static_cast<State>(i))] = counts[i];
  return j;
}

Json summary_json(const Summary& s) {
  const Coverage& c = s.coverage;
  Json categories = Json::array();
  for (const CategoryScore& cs : s.categories)
    categories.push_back({{"category", cs.category},
                          {"title", text_json(cs.title)},
                          {"score", rounded(cs.score)},
                          {"weight_met", rounded(cs.weight_met)},
                          {"weight_scored", rounded(cs.weight_scored)},
                          {"score_after_waivers", rounded(cs.score_after_waivers)},
                          {"weight_scored_after_waivers", rounded(cs.weight_scored_after_waivers)},
                          {"counts", counts_json(cs.counts)}});
  return {{"score", rounded(s.score)},
          {"score_flat", rounded(s.score_flat)},
          {"score_after_waivers", rounded(s.score_after_waivers)},
          {"score_flat_after_waivers", rounded(s.score_flat_after_waivers)},
          {"counts", counts_json(s.counts)},
          {"waivers",
           {{"active", s.waivers.active},
            {"expired", s.waivers.expired},
            {"not_needed", s.waivers.not_needed}}},
          {"coverage",
           {{"asked", c.asked},
            {"answered", c.answered},
            {"dont_know", c.dont_know},
            {"not_applicable", c.not_applicable},
            {"unanswered", c.unanswered},
            {"percent", rounded(c.percent)},
            {"quick_pass", c.quick_pass},
            {"quick_questions", c.quick_questions}}},
          {"categories", categories}};
}

// Empty optional fields are left out of answers (only there) to keep large results readable.
Json answer_json(const AnswerUsed& a) {
  Json j = {{"question", a.question}, {"status", format_as(a.status)}, {"value", a.value}};
  if (!a.na_reason.empty()) j["na_reason"] = a.na_reason;
  if (!a.alternative.empty()) j["alternative"] = a.alternative;
  if (!a.comment.empty()) j["comment"] = a.comment;
  if (!a.evidence.empty()) j["evidence"] = a.evidence;
  j["line"] = a.line;
  return j;
}

Json rule_json(const RuleResult& r) {
  Json refs = Json::object();
  for (const auto& [framework, ids] : r.refs) refs[framework] = ids;
  Json answers = Json::array();
  for (const AnswerUsed& a : r.answers) answers.push_back(answer_json(a));
  Json j = {{"rule", r.rule},
          {"state", format_as(r.state)},
          {"severity", format_as(r.severity)},
          {"category", r.category},
          {"weight", rounded(r.weight)},
          {"title", text_json(r.title)},
          {"rationale", text_json(r.rationale)},
          {"recommendation", text_json(r.recommendation)},
          {"evidence", text_json(r.evidence)},
          {"cases", r.cases},
          {"refs", refs},
          {"answers", answers},
          {"needs", r.needs}};
  if (!r.needs_options.empty()) j["needs_options"] = r.needs_options;
  if (!r.formerly.empty()) j["formerly"] = r.formerly;
  if (r.waiver)
    j["waiver"] = {{"status", format_as(r.waiver->status)},
                   {"justification", r.waiver->justification},
                   {"approved_by", r.waiver->approved_by},
                   {"expires", r.waiver->expires},
                   {"origin", r.waiver->origin}};
  return j;
}

Json result_json(const Result& r) {
  Json rules = Json::array();
  for (const RuleResult& rr : r.rules) rules.push_back(rule_json(rr));
  Json needed = Json::array();
  for (const QuestionNeeded& q : r.questions_needed)
  {
    needed.push_back({{"question", q.question}, {"text", text_json(q.text)}, {"rules", q.rules}});
    if (!q.options.empty()) needed.back()["options"] = q.options;
  }
  Json cases = Json::array();
  for (const CaseSummary& c : r.cases)
    cases.push_back({{"id", c.id}, {"title", text_json(c.title)}, {"summary", text_json(c.summary)}});
  return {{"version", r.format_version},
          {"tool", {{"name", "tenken"}, {"version", r.tool_version}}},
          {"organization", {{"name", r.organization.name}, {"sector", r.organization.sector}}},
          {"assessment",
           {{"date", r.assessment.date},
            {"assessor", r.assessment.assessor},
            {"scope", r.assessment.scope}}},
          {"answers_file", r.answers_path},
          {"waivers_file", r.waivers_path},
          {"summary", summary_json(r.summary)},
          {"results", rules},
          {"questions_needed", needed},
          {"cases", cases}};
}

}  // namespace

std::string render_json(const Result& r) {
  // Invalid UTF-8 in a string becomes U+FFFD rather than an exception.
  return result_json(r).dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace tenken
