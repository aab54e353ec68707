// The keys of an aggregate and the reduction of one Result to its record (aggregate.h). A record
// holds a few hundred bytes whatever the size of the Result, so the Result can be dropped as
// soon as it is reduced. Titles and severities come from the library, never from the Result.
#include <algorithm>
#include <cmath>
#include <limits>

#include "tenken/aggregate.h"

namespace tenken {

AggregateKeys::AggregateKeys(const Library& library) {
  for (const Category& c : library.categories) {
    category_index_.emplace(c.id, static_cast<int>(categories_.size()));
    categories_.push_back({c.id, c.title});
  }
  std::vector<const Rule*> sorted;
  for (const Rule& r : library.rules) sorted.push_back(&r);
  std::sort(sorted.begin(), sorted.end(), [](const Rule* a, const Rule* b) { return a->id < b->id; });
  for (const Rule* r : sorted) {
    if (rule_index_.count(r->id)) continue;
    rule_index_.emplace(r->id, static_cast<int>(rules_.size()));
    rules_.push_back({r->id, r->title, r->severity});
  }
}

int AggregateKeys::rule(std::string_view id) const {
  auto it = rule_index_.find(id);
  return it == rule_index_.end() ? -1 : it->second;
}

int AggregateKeys::category(std::string_view id) const {
  auto it = category_index_.find(id);
  return it == category_index_.end() ? -1 : it->second;
}

int AggregateKeys::add_rule(const std::string& id) {
  auto [it, fresh] = rule_index_.emplace(id, static_cast<int>(rules_.size()));
  if (fresh) rules_.push_back({id, {}, std::nullopt});
  return it->second;
}

int AggregateKeys::add_category(const std::string& id) {
  auto [it, fresh] = category_index_.emplace(id, static_cast<int>(categories_.size()));
  if (fresh) categories_.push_back({id, {id, id}});
  return it->second;
}

OrganizationRecord reduce_result(const Result& r, const AggregateKeys& keys, std::string file) {
  OrganizationRecord rec;
  rec.name = r.organization.name;
  rec.sector = r.organization.sector;
  rec.size = r.organization.size;
  rec.date = r.assessment.date;
  rec.file = std::move(file);
  rec.score = r.summary.score;
  rec.categories.assign(keys.categories().size(), std::numeric_limits<double>::quiet_NaN());
  for (const CategoryScore& c : r.summary.categories) {
    if (c.weight_scored <= 0) continue;  // nothing scored: not a score of 0
    int i = keys.category(c.category);
    if (i >= 0)
      rec.categories[i] = c.score;
    else
      rec.other_categories.emplace_back(c.category, c.score);
  }
  rec.rules.assign(keys.rules().size(), kRuleAbsent);
  for (const RuleResult& rule : r.rules) {
    uint8_t state = static_cast<uint8_t>(counted_state(rule));
    int i = keys.rule(rule.rule);
    if (i >= 0)
      rec.rules[i] = state;
    else
      rec.other_rules.emplace_back(rule.rule, state);
  }
  return rec;
}

}  // namespace tenken
