// Scores per category and overall, and answered coverage; model described in scoring.h.
#include "evaluate/scoring.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>

namespace tenken {
namespace {

bool scores(State s) { return s == State::pass || s == State::fail || s == State::unknown; }

// Scores and weights are kept to 2 decimals, as the saved Result writes them, so that a report
// rendered from a saved Result shows what the one rendered at `check` showed (54.054 and 54.05
// would round to 54.1 and 54.0).
double to_hundredths(double x) { return std::round(x * 100) / 100; }

double percent(double part, double whole) { return whole > 0 ? to_hundredths(100.0 * part / whole) : 0.0; }

Coverage coverage(const std::vector<SlotAnswer>& slots) {
  Coverage c;
  for (const SlotAnswer& s : slots) {
    if (s.status == AnswerStatus::not_asked) continue;
    ++c.asked;
    if (s.status == AnswerStatus::answered || s.status == AnswerStatus::alternative) ++c.answered;
    else if (s.status == AnswerStatus::dont_know) ++c.dont_know;
    else if (s.status == AnswerStatus::not_applicable) ++c.not_applicable;
    else ++c.unanswered;
  }
  c.percent = percent(c.answered + c.not_applicable, c.asked);
  return c;
}

// Declared categories first, in their order; then any others by id.
int rank(const std::string& id, const std::vector<Category>& categories) {
  for (size_t i = 0; i < categories.size(); ++i)
    if (categories[i].id == id) return static_cast<int>(i);
  return static_cast<int>(categories.size());
}

}  // namespace

LocalizedText category_title(const std::string& id, const std::vector<Category>& categories) {
  for (const Category& c : categories)
    if (c.id == id) return c.title;
  return {id, id};
}

namespace {

// Each rule's category's tally: the declared categories in their order, found by position (rules
// of one category come together, so the last one found is tried first), then any others by id.
class CategoryTallies {
 public:
  explicit CategoryTallies(const std::vector<Category>& categories)
      : categories_(categories), declared_(categories.size()) {}

  CategoryScore& of(const std::string& id) {
    if (last_ >= categories_.size() || categories_[last_].id != id) last_ = static_cast<size_t>(rank(id, categories_));
    CategoryScore& c = last_ < declared_.size() ? declared_[last_] : undeclared_[id];
    if (c.category.empty()) {
      c.category = id;
      c.title = category_title(id, categories_);
    }
    return c;
  }

  // Every category a rule is in: declared ones in their order, then the others by id.
  std::vector<CategoryScore*> in_order() {
    std::vector<CategoryScore*> out;
    for (CategoryScore& c : declared_)
      if (!c.category.empty()) out.push_back(&c);
    for (auto& [id, c] : undeclared_) out.push_back(&c);
    return out;
  }

 private:
  const std::vector<Category>& categories_;
  std::vector<CategoryScore> declared_;
  std::map<std::string, CategoryScore> undeclared_;
  size_t last_ = SIZE_MAX;
};

}  // namespace

// Per-category and overall scores and counts of `rules`, leaving coverage alone.
void score(Summary& s, const std::vector<RuleResult>& rules, const std::vector<Category>& categories) {
  CategoryTallies tallies(categories);
  double met = 0, scored = 0, scored_after = 0;
  s.counts = {};
  s.waivers = {};
  for (const RuleResult& r : rules) {
    CategoryScore& c = tallies.of(r.category);
    State counted = counted_state(r);
    ++c.counts[static_cast<int>(counted)];
    ++s.counts[static_cast<int>(counted)];
    if (r.waiver) {
      WaiverStatus w = r.waiver->status;
      ++(w == WaiverStatus::active ? s.waivers.active
         : w == WaiverStatus::expired ? s.waivers.expired : s.waivers.not_needed);
    }
    if (!scores(r.state)) continue;
    c.weight_scored += r.weight;
    scored += r.weight;
    if (counted != State::waived) {
      c.weight_scored_after_waivers += r.weight;
      scored_after += r.weight;
    }
    if (r.state == State::pass) {
      c.weight_met += r.weight;
      met += r.weight;
    }
  }
  double total = 0, total_after = 0;
  int counted = 0, counted_after = 0;
  s.categories.clear();
  for (CategoryScore* c : tallies.in_order()) {
    c->weight_met = to_hundredths(c->weight_met);
    c->weight_scored = to_hundredths(c->weight_scored);
    c->weight_scored_after_waivers = to_hundredths(c->weight_scored_after_waivers);
    c->score = percent(c->weight_met, c->weight_scored);
    c->score_after_waivers = percent(c->weight_met, c->weight_scored_after_waivers);
    if (c->weight_scored > 0) total += c->score, ++counted;
    if (c->weight_scored_after_waivers > 0) total_after += c->score_after_waivers, ++counted_after;
    s.categories.push_back(std::move(*c));
  }
  s.score = counted ? to_hundredths(total / counted) : 0;
  s.score_flat = percent(met, scored);
  s.score_after_waivers = counted_after ? to_hundredths(total_after / counted_after) : 0;
  s.score_flat_after_waivers = percent(met, scored_after);
}

Summary summarize(const std::vector<RuleResult>& rules, const std::vector<SlotAnswer>& slots,
                  const std::vector<Category>& categories) {
  Summary s;
  score(s, rules, categories);
  s.coverage = coverage(slots);
  return s;
}

void rescore(Result& r) {
  std::vector<Category> order;
  for (const CategoryScore& c : r.summary.categories) order.push_back({c.category, c.title, {}});
  score(r.summary, r.rules, order);
}

}  // namespace tenken
