// The JSON form of the sector view (render_aggregate_json), version kAggregateFormatVersion,
// described by docs/aggregate.schema.json: for dashboards and pipelines. Keys in a fixed order,
// figures rounded to 2 decimals, titles and names of groups in both languages; a figure that does
// not exist (a category an organisation does not score) is null. An anonymised aggregate has
// pseudonyms and no "result_file" keys. Invalid UTF-8 becomes U+FFFD rather than an exception.
#include <nlohmann/json.hpp>

#include <cmath>

#include "tenken/reports/render_aggregate.h"

namespace tenken {
namespace {

using Json = nlohmann::ordered_json;

double rounded(double x) { return std::round(x * 100) / 100; }

Json figure(const std::optional<double>& x) { return x ? Json(rounded(*x)) : Json(nullptr); }

Json text_json(const LocalizedText& t) { return {{"ja", t.ja}, {"en", t.en}}; }

Json statistics_json(const Statistics& s) {
  if (s.count == 0)
    return {{"count", 0}, {"mean", nullptr}, {"median", nullptr}, {"stddev", nullptr}, {"q1", nullptr},
            {"q3", nullptr}, {"min", nullptr}, {"max", nullptr}};
  return {{"count", s.count},          {"mean", rounded(s.mean)}, {"median", rounded(s.median)},
          {"stddev", rounded(s.stddev)}, {"q1", rounded(s.q1)},     {"q3", rounded(s.q3)},
          {"min", rounded(s.min)},       {"max", rounded(s.max)}};
}

// {category id: value or null} in the aggregate's category order.
Json by_category(const Aggregate& a, const std::vector<std::optional<double>>& values) {
  Json j = Json::object();
  for (size_t c = 0; c < a.categories.size(); ++c) j[a.categories[c].id] = figure(values[c]);
  return j;
}

Json organization_json(const Aggregate& a, const OrganizationScore& o) {
  Json j = {{"name", o.name}};
  if (!a.anonymised) j["result_file"] = o.file;
  j["sector"] = o.sector;
  j["size"] = o.size.empty() ? Json(nullptr) : Json(o.size);
  j["group"] = o.group;
  j["assessment_date"] = o.date;
  j["score"] = rounded(o.score);
  j["percentile"] = rounded(o.percentile);
  j["deviation"] = rounded(o.deviation);
  j["earlier_set_aside"] = o.set_aside;
  j["categories"] = by_category(a, o.categories);
  return j;
}

Json gap_json(const RuleGap& g, size_t organizations) {
  double n = static_cast<double>(organizations);
  return {{"rule", g.rule},
          {"title", g.title.empty() ? Json(nullptr) : text_json(g.title)},
          {"severity", g.severity ? Json(format_as(*g.severity)) : Json(nullptr)},
          {"fail", g.fail},
          {"fail_percent", rounded(100 * g.fail / n)},
          {"unknown", g.unknown},
          {"unknown_percent", rounded(100 * g.unknown / n)},
          {"assessed", g.assessed}};
}

}  // namespace

std::string render_aggregate_json(const Aggregate& a, const RenderOptions&) {
  Json categories = Json::array();
  for (const CategoryStatistics& c : a.categories)
    categories.push_back({{"category", c.id}, {"title", text_json(c.title)}, {"statistics", statistics_json(c.stats)}});
  Json groups = Json::array();
  for (const Group& g : a.groups)
    groups.push_back({{"id", g.id},
                      {"name", text_json(g.name)},
                      {"count", g.count},
                      {"mean", rounded(g.mean)},
                      {"median", rounded(g.median)},
                      {"category_means", by_category(a, g.category_means)}});
  Json gaps = Json::array();
  for (const RuleGap& g : a.gaps) gaps.push_back(gap_json(g, a.organizations.size()));
  Json organizations = Json::array();
  for (const OrganizationScore& o : a.organizations) organizations.push_back(organization_json(a, o));
  Json j = {{"format", "tenken-aggregate"},
            {"version", kAggregateFormatVersion},
            {"tool_version", tenken_version()},
            {"by", format_as(a.by)},
            {"anonymised", a.anonymised},
            {"results", a.results},
            {"organizations_count", a.organizations.size()},
            {"set_aside", a.set_aside},
            {"files_skipped", a.files_skipped},
            {"assessment_dates",
             {{"first", a.first_date.empty() ? Json(nullptr) : Json(a.first_date)},
              {"last", a.last_date.empty() ? Json(nullptr) : Json(a.last_date)}}},
            {"overall", statistics_json(a.overall)},
            {"categories", categories},
            {"groups", groups},
            {"gaps", gaps},
            {"organizations", organizations}};
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace tenken
