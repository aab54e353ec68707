// What a report puts first (priorities.h): the action plan, the deciding questions, the scores
// and the summary, from the Result.
#include "common/priorities.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <unordered_map>

#include "common/findings.h"
#include "common/messages.h"

namespace tenken {
namespace {

// The cases behind `rules`: most cited first, then by id.
std::vector<std::string> cases_behind(const std::vector<const RuleResult*>& rules) {
  std::map<std::string, int> cited;
  for (const RuleResult* rule : rules)
    for (const std::string& id : rule->texts->cases) ++cited[id];
  std::vector<std::string> ids;
  for (const auto& [id, n] : cited) ids.push_back(id);
  std::stable_sort(ids.begin(), ids.end(), [&](const std::string& a, const std::string& b) { return cited[a] > cited[b]; });
  return ids;
}

// The action of the catalog that lists each rule, by rule id.
std::unordered_map<std::string, const Action*> actions_by_rule(const Result& r) {
  std::unordered_map<std::string, const Action*> by_rule;
  if (!r.texts) return by_rule;
  for (const Action& a : r.texts->actions)
    for (const std::string& id : a.rules) by_rule.emplace(id, &a);
  return by_rule;
}

int count_of(const Result& r, State s) { return r.summary.counts[static_cast<int>(s)]; }

// "case nisc-2021-06 (Ransomware through a VPN router)"; the id alone when the Result lacks it.
std::string case_reference(const Result& r, const std::string& id, Lang lang) {
  const CaseSummary* c = find_case(r, id);
  return c ? say(Msg::case_reference, lang, id, c->title.in(lang)) : id;
}

}  // namespace

std::vector<PlannedAction> action_plan(const Result& r) {
  std::unordered_map<std::string, const Action*> by_rule = actions_by_rule(r);
  std::vector<PlannedAction> plan;
  std::unordered_map<std::string, size_t> index;  // action or rule id → its place in `plan`
  for (const RuleResult* rule : rules_in(r, State::fail)) {  // most severe first
    auto found = by_rule.find(rule->rule);
    const Action* action = found != by_rule.end() ? found->second : nullptr;
    std::string id = action ? action->id : rule->rule;
    auto [it, added] = index.emplace(id, plan.size());
    if (added) {
      plan.push_back({id, action ? action->text : rule->texts->title, rule->severity, {}, {}});
    }
    plan[it->second].rules.push_back(rule);
  }
  for (PlannedAction& item : plan) item.cases = cases_behind(item.rules);
  std::stable_sort(plan.begin(), plan.end(), [](const PlannedAction& a, const PlannedAction& b) {
    if (a.severity != b.severity) return a.severity > b.severity;
    if (a.rules.size() != b.rules.size()) return a.rules.size() > b.rules.size();
    if (a.cases.size() != b.cases.size()) return a.cases.size() > b.cases.size();
    return a.id < b.id;
  });
  return plan;
}

std::vector<DecidingQuestion> deciding_questions(const Result& r) {
  std::unordered_map<std::string, const RuleResult*> unknown;
  for (const RuleResult* rule : rules_in(r, State::unknown)) unknown.emplace(rule->rule, rule);
  std::vector<DecidingQuestion> out;
  for (const QuestionNeeded& q : r.questions_needed) {
    DecidingQuestion d{&q, {}, Severity::info};
    for (const std::string& id : q.rules)
      if (auto it = unknown.find(id); it != unknown.end()) d.rules.push_back(it->second);
    if (d.rules.empty()) continue;
    std::stable_sort(d.rules.begin(), d.rules.end(), [](const RuleResult* a, const RuleResult* b) {
      return a->severity != b->severity ? a->severity > b->severity : a->rule < b->rule;
    });
    d.severity = d.rules.front()->severity;
    out.push_back(std::move(d));
  }
  std::stable_sort(out.begin(), out.end(), [](const DecidingQuestion& a, const DecidingQuestion& b) {
    if (a.rules.size() != b.rules.size()) return a.rules.size() > b.rules.size();
    return a.severity > b.severity;
  });
  return out;
}

ScoreView score_view(const Result& r) {
  ScoreView v;
  v.coverage = r.summary.coverage.percent;
  v.enough_answered = v.coverage >= kMinCoverageToScore;
  double met = 0, decided = 0;
  for (const RuleResult& rule : r.rules) {
    State s = counted_state(rule);
    if (s == State::pass || s == State::fail) {
      ++v.decided;
      decided += rule.weight;
      if (s == State::pass) met += rule.weight;
    }
  }
  v.unknown = count_of(r, State::unknown);
  if (decided > 0) v.known = 100.0 * met / decided;
  v.xccdf = overall_score(r.summary, false);
  return v;
}

std::string executive_summary(const Result& r, Lang lang) {
  const Coverage& c = r.summary.coverage;
  std::vector<std::string> sentences;
  std::string who = r.organization.name.empty() ? message(Msg::summary_you, lang) : r.organization.name;
  sentences.push_back(say(Msg::summary_answered, lang, who, c.percent, c.asked));

  int pass = count_of(r, State::pass), fail = count_of(r, State::fail), unknown = count_of(r, State::unknown);
  int applicable = static_cast<int>(r.rules.size()) - count_of(r, State::notapplicable);
  std::vector<const RuleResult*> gaps = rules_in(r, State::fail);
  int serious = static_cast<int>(std::count_if(gaps.begin(), gaps.end(), [](const RuleResult* g) {
    return g->severity >= Severity::high;
  }));
  sentences.push_back(fail > 0 ? say(Msg::summary_gaps, lang, applicable, pass, fail, serious)
                               : say(Msg::summary_no_gaps, lang, applicable, pass));
  if (unknown > 0) sentences.push_back(say(Msg::summary_unknown, lang, unknown, deciding_questions(r).size()));

  if (!gaps.empty()) {
    // Where the worst gaps are: the categories of the gaps of the highest severity, in the order
    // of the library, and the case cited most often behind them.
    std::vector<const RuleResult*> worst;
    for (const RuleResult* g : gaps)
      if (g->severity == gaps.front()->severity) worst.push_back(g);
    std::vector<std::string> ids;  // in the library's order, then any the summary lacks
    for (const CategoryScore& cs : r.summary.categories) ids.push_back(cs.category);
    for (const RuleResult* g : worst)
      if (std::find(ids.begin(), ids.end(), g->category) == ids.end()) ids.push_back(g->category);
    std::vector<std::string> categories;
    for (const std::string& id : ids)
      if (std::any_of(worst.begin(), worst.end(), [&](const RuleResult* g) { return g->category == id; }))
        categories.push_back(category_title(r, id, lang));
    std::vector<std::string> cases = cases_behind(worst);
    std::string where = joined(categories, lang);
    sentences.push_back(cases.empty()
                            ? say(Msg::summary_worst, lang, severity_name(gaps.front()->severity, lang), where)
                            : say(Msg::summary_worst_case, lang, severity_name(gaps.front()->severity, lang), where,
                                  case_reference(r, cases.front(), lang)));
  }
  if (!score_view(r).enough_answered) sentences.push_back(message(Msg::summary_answer_first, lang));
  else if (!gaps.empty()) sentences.push_back(message(Msg::summary_start, lang));
  std::string text;
  for (const std::string& s : sentences) {
    if (!text.empty() && lang == Lang::en) text += ' ';
    text += s;
  }
  return text;
}

std::string file_name_of(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace tenken
