// The JSON form of a comparison (render_diff_json): for dashboards and pipelines that track an
// operator's gaps from year to year. Keys in a fixed order; scores rounded to 2 decimals.
#include <nlohmann/json.hpp>

#include <cmath>

#include "tenken/reports/render_diff.h"

namespace tenken {
namespace {

using Json = nlohmann::ordered_json;

Json score_json(const std::optional<double>& s) {
  return s ? Json(std::round(*s * 100) / 100) : Json(nullptr);
}

Json side_json(const std::string& path, const Organization& org, const std::string& date) {
  return {{"result_file", path}, {"organization", org.name}, {"assessment_date", date}};
}

Json state_json(const std::optional<State>& s) { return s ? Json(format_as(*s)) : Json(nullptr); }

Json score_change_json(const ScoreChange& s) {
  Json j = Json::object();
  if (!s.category.empty()) {
    j["category"] = s.category;
    j["title"] = {{"ja", s.title.ja}, {"en", s.title.en}};
  }
  j["before"] = score_json(s.old_score);
  j["now"] = score_json(s.new_score);
  j["change"] = s.old_score && s.new_score ? score_json(*s.new_score - *s.old_score) : Json(nullptr);
  return j;
}

}  // namespace

std::string render_diff_json(const ResultDiff& d, const RenderOptions&) {
  Json categories = Json::array();
  for (const ScoreChange& s : d.categories) categories.push_back(score_change_json(s));
  Json changes = Json::array();
  for (const RuleChange& c : d.rules) {
    if (c.change == Change::unchanged && c.old_rule.empty()) continue;
    changes.push_back({{"rule", c.rule},
                       {"former_id", c.old_rule.empty() ? Json(nullptr) : Json(c.old_rule)},
                       {"change", format_as(c.change)},
                       {"before", state_json(c.old_state)},
                       {"before_waived", c.old_waived},
                       {"now", state_json(c.new_state)},
                       {"now_waived", c.new_waived},
                       {"severity", format_as(c.severity)},
                       {"category", c.category},
                       {"title", {{"ja", c.title.ja}, {"en", c.title.en}}}});
  }
  Json counts = Json::object();
  for (Change kind : {Change::resolved, Change::new_gap, Change::regressed, Change::still_open,
                      Change::now_unknown, Change::removed, Change::unchanged})
    counts[format_as(kind)] = changes_of(d, kind).size();
  Json j = {{"version", 1},
            {"before", side_json(d.old_path, d.old_organization, d.old_date)},
            {"now", side_json(d.new_path, d.new_organization, d.new_date)},
            {"counts", counts},
            {"scores",
             {{"overall", score_change_json(d.score)},
              {"overall_after_waivers", score_change_json(d.score_after_waivers)},
              {"categories", categories}}},
            {"changes", changes}};
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace tenken
