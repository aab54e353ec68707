// The JSON form of a trend (render_trend_json), version kTrendFormatVersion, described by
// docs/compare.schema.json: for dashboards and pipelines that follow organisations from year to
// year. Keys in a fixed order, figures rounded to 2 decimals, titles in both languages; a figure
// or date that does not exist is null. Invalid UTF-8 becomes U+FFFD rather than an exception.
#include <nlohmann/json.hpp>

#include <cmath>

#include "tenken/engine.h"
#include "tenken/reports/render_trend.h"

namespace tenken {
namespace {

using Json = nlohmann::ordered_json;

Json figure(const std::optional<double>& x) {
  if (!x) return nullptr;
  double r = std::round(*x * 100) / 100;
  return r == 0 ? 0.0 : r;  // never -0.0
}

Json text_json(const LocalizedText& t) { return {{"ja", t.ja}, {"en", t.en}}; }

Json date_json(const std::string& date) { return date.empty() ? Json(nullptr) : Json(date); }

Json changes_json(const std::optional<ChangeCounts>& c) {
  if (!c) return nullptr;
  return {{"resolved", c->resolved},
          {"new_gap", c->new_gap},
          {"regressed", c->regressed},
          {"still_open", c->still_open},
          {"now_unknown", c->now_unknown}};
}

Json assessment_json(const TrendPoint& p) {
  return {{"date", p.date},
          {"result_file", p.file},
          {"score", figure(p.score)},
          {"score_after_waivers", figure(p.score_after_waivers)},
          {"coverage_percent", figure(p.coverage)},
          {"fail", p.fail},
          {"unknown", p.unknown},
          {"waived", p.waived},
          {"changes_from_previous", changes_json(p.changes)}};
}

Json category_json(const CategoryTrend& c) {
  Json scores = Json::array();
  for (const std::optional<double>& s : c.scores) scores.push_back(figure(s));
  return {{"category", c.category}, {"title", text_json(c.title)}, {"scores", scores}, {"change", figure(c.change)}};
}

Json gap_json(const GapTrend& g) {
  Json states = Json::array();
  for (const std::optional<State>& s : g.states) states.push_back(s ? Json(format_as(*s)) : Json(nullptr));
  return {{"rule", g.rule},
          {"former_ids", g.former_ids},
          {"kind", format_as(g.kind)},
          {"severity", format_as(g.severity)},
          {"category", g.category},
          {"title", text_json(g.title)},
          {"states", states},
          {"waived_now", g.waived_now},
          {"new_in_latest", g.new_in_latest},
          {"open_since", date_json(g.open_since)},
          {"last_passed", date_json(g.last_passed)},
          {"last_failed", date_json(g.last_failed)}};
}

Json organization_json(const OrganizationTrend& o) {
  Json assessments = Json::array(), categories = Json::array(), gaps = Json::array();
  for (const TrendPoint& p : o.assessments) assessments.push_back(assessment_json(p));
  for (const CategoryTrend& c : o.categories) categories.push_back(category_json(c));
  for (const GapTrend& g : o.gaps) gaps.push_back(gap_json(g));
  return {{"name", o.name},
          {"sector", o.sector},
          {"worse_in_latest", o.worse_in_latest},
          {"score_change", figure(o.score_change)},
          {"repeated_dates", o.repeated_dates},
          {"assessments", assessments},
          {"categories", categories},
          {"gaps", gaps}};
}

}  // namespace

std::string render_trend_json(const Trend& t, const RenderOptions&) {
  Json organizations = Json::array();
  for (const OrganizationTrend& o : t.organizations) organizations.push_back(organization_json(o));
  Json j = {{"format", "tenken-compare"},
            {"version", kTrendFormatVersion},
            {"tool_version", tenken_version()},
            {"results", t.results},
            {"files_skipped", t.files_skipped},
            {"worse_in_latest", t.worse_in_latest},
            {"organizations", organizations}};
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace tenken
