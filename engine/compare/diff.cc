// Compares two Results (diff.h): matches rules by id and former ids, classifies each, and sets
// the scores side by side.
#include "tenken/diff.h"

#include <algorithm>
#include <map>
#include <set>

namespace tenken {
namespace {

bool waived(const RuleResult& r) { return counted_state(r) == State::waived; }

// The old rule that `rule` continues: same id, else the first former id the old Result has.
const RuleResult* predecessor(const RuleResult& rule, const std::map<std::string, const RuleResult*>& old_rules) {
  if (auto it = old_rules.find(rule.rule); it != old_rules.end()) return it->second;
  for (const std::string& id : rule.texts->formerly)
    if (auto it = old_rules.find(id); it != old_rules.end()) return it->second;
  return nullptr;
}

Change classify(std::optional<State> before, State now) {
  if (now == State::fail)
    return before == State::fail ? Change::still_open
           : before == State::pass ? Change::regressed
                                   : Change::new_gap;
  if (before != State::fail) return Change::unchanged;
  return now == State::pass || now == State::notapplicable ? Change::resolved : Change::now_unknown;
}

std::vector<ScoreChange> category_scores(const Summary& old_s, const Summary& new_s) {
  std::vector<ScoreChange> out;
  for (const CategoryScore& c : new_s.categories)
    out.push_back({c.category, c.title, std::nullopt, score_of(c)});
  for (const CategoryScore& c : old_s.categories) {
    auto it = std::find_if(out.begin(), out.end(), [&](const ScoreChange& s) { return s.category == c.category; });
    if (it == out.end()) it = out.insert(out.end(), {c.category, c.title, std::nullopt, std::nullopt});
    it->old_score = score_of(c);
  }
  return out;
}

RuleChange change_of(const RuleResult& now, const RuleResult* before) {
  RuleChange c;
  c.rule = now.rule;
  if (before && before->rule != now.rule) c.old_rule = before->rule;
  if (before) c.old_state = before->state, c.old_waived = waived(*before);
  c.new_state = now.state;
  c.new_waived = waived(now);
  c.severity = now.severity;
  c.category = now.category;
  c.title = now.texts->title;
  c.change = classify(c.old_state, now.state);
  return c;
}

}  // namespace

const char* format_as(Change c) {
  switch (c) {
    case Change::resolved: return "resolved";
    case Change::new_gap: return "new_gap";
    case Change::regressed: return "regressed";
    case Change::still_open: return "still_open";
    case Change::now_unknown: return "now_unknown";
    case Change::removed: return "removed";
    case Change::unchanged: return "unchanged";
  }
  return "?";
}

ResultDiff diff_results(const Result& old_result, const Result& new_result) {
  ResultDiff d;
  d.old_organization = old_result.organization;
  d.new_organization = new_result.organization;
  d.old_date = old_result.assessment.date;
  d.new_date = new_result.assessment.date;
  d.score = {"", {}, overall_score(old_result.summary, false), overall_score(new_result.summary, false)};
  d.score_after_waivers = {"", {}, overall_score(old_result.summary, true), overall_score(new_result.summary, true)};
  d.categories = category_scores(old_result.summary, new_result.summary);
  d.cases = new_result.cases();
  std::map<std::string, const RuleResult*> old_rules;
  for (const RuleResult& r : old_result.rules) old_rules[r.rule] = &r;
  std::set<std::string> continued;
  for (const RuleResult& r : new_result.rules) {
    const RuleResult* before = predecessor(r, old_rules);
    if (before) continued.insert(before->rule);
    d.rules.push_back(change_of(r, before));
  }
  for (const RuleResult& r : old_result.rules) {
    if (continued.count(r.rule)) continue;
    RuleChange c;
    c.change = Change::removed;
    c.rule = r.rule;
    c.old_state = r.state;
    c.old_waived = waived(r);
    c.severity = r.severity;
    c.category = r.category;
    c.title = r.texts->title;
    d.rules.push_back(c);
  }
  std::stable_sort(d.rules.begin(), d.rules.end(), [](const RuleChange& a, const RuleChange& b) {
    if (a.change != b.change) return a.change < b.change;
    return a.severity != b.severity ? a.severity > b.severity : a.rule < b.rule;
  });
  return d;
}

std::vector<const RuleChange*> changes_of(const ResultDiff& d, Change kind) {
  std::vector<const RuleChange*> out;
  for (const RuleChange& c : d.rules)
    if (c.change == kind) out.push_back(&c);
  return out;
}

std::vector<const RuleChange*> renamed_rules(const ResultDiff& d) {
  std::vector<const RuleChange*> out;
  for (const RuleChange& c : d.rules)
    if (!c.old_rule.empty()) out.push_back(&c);
  return out;
}

std::string category_title(const ResultDiff& d, const std::string& category, Lang lang) {
  for (const ScoreChange& s : d.categories)
    if (s.category == category) return s.title.in(lang);
  return category;
}

}  // namespace tenken
