// evaluate(): decides the state of every rule and assembles the Result: the answers each rule
// read, what a rule still open needs, scores, coverage and the cases cited. Running one condition
// over the answers is evaluator.cc's.
#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <set>

#include "tenken/dates.h"
#include "evaluate/answer_set.h"
#include "evaluate/evaluator.h"
#include "evaluate/scoring.h"

namespace tenken {
namespace {

std::vector<std::string> option_ids(const Question& q, uint64_t mask) {
  std::vector<std::string> ids;
  for (size_t i = 0; i < q.choices.size(); ++i)
    if (mask >> i & 1) ids.push_back(q.choices[i].id);
  return ids;
}

uint64_t all_options(const Question& q) {
  return eval::all_options(q.choices.size());
}

bool is_partial(const Question& q, const eval::Value& v) {
  return q.type == QuestionType::multi_choice && v.known_options != all_options(q);
}

// The answer as written for a day, a month or a year: 2024-10-01, 2024-10, 2024.
std::string date_text(const SlotAnswer& s) {
  const eval::Value& v = s.value;
  if (v.never) return "never";
  if (v.first_day == v.last_day) return dates::format_date(v.first_day);
  return s.answer && !s.answer->raw.empty() ? s.answer->raw[0].text : dates::format_date(v.first_day);
}

// An exact number as written (12), an approximate one as its bounds: {at_least: 30, at_most: 60}.
std::string number_text(const SlotAnswer& s) {
  const eval::Value& v = s.value;
  if (v.exact() || !s.answer) return fmt::format("{}", v.lo);
  std::vector<std::string> bounds;
  if (s.answer->at_least) bounds.push_back(fmt::format("at_least: {}", v.lo));
  if (s.answer->at_most) bounds.push_back(fmt::format("at_most: {}", v.hi));
  return fmt::format("{{{}}}", fmt::join(bounds, ", "));
}

std::string value_text(const Question& q, const SlotAnswer& s) {
  const eval::Value& v = s.value;
  switch (q.type) {
    case QuestionType::boolean: return v.boolean ? "yes" : "no";
    case QuestionType::number: return number_text(s);
    case QuestionType::choice: return q.choices[v.choice].id;
    case QuestionType::date: return date_text(s);
    case QuestionType::text: return s.text;
    case QuestionType::multi_choice:
      if (is_partial(q, v))
        return fmt::format("{{has: [{}], lacks: [{}]}}", fmt::join(option_ids(q, v.set), ", "),
                           fmt::join(option_ids(q, v.known_options & ~v.set), ", "));
      return fmt::format("[{}]", fmt::join(option_ids(q, v.set), ", "));
  }
  return "";
}

AnswerUsed answer_used(const Question& q, const SlotAnswer& s) {
  AnswerUsed u;
  u.question = q.id;
  u.status = s.status;
  if (s.status == AnswerStatus::answered) u.value = value_text(q, s);
  if (s.answer && s.status != AnswerStatus::not_asked) {
    u.na_reason = s.answer->na_reason;
    u.alternative = s.answer->alternative;
    u.comment = s.answer->comment;
    u.evidence = s.answer->evidence;
    u.line = s.answer->origin.where().line;
  }
  return u;
}

// The options of multiple-choice slot `slot` that a rule's conditions look at: those given to
// `contains`, or all of them for count().
uint64_t options_read(const CompiledRule& cr, int slot) {
  uint64_t mask = 0;
  for (const expr::Program* p : {&cr.applies_if, &cr.expect})
    for (const expr::Instr& in : p->code) {
      if (in.a < 0 || p->code[in.a].code != expr::Code::read || p->code[in.a].slot != slot) continue;
      if (in.code == expr::Code::contains) mask |= uint64_t{1} << in.index;
      if (in.code == expr::Code::count) mask = ~uint64_t{0};
    }
  return mask;
}

// What answer to `slot` would help decide a rule still unknown: none (empty optional), the
// question as a whole (empty list), or for a partial multiple-choice answer, the options not yet
// known that the rule looks at.
std::optional<std::vector<std::string>> still_needed(const CompiledRule& cr, const Question& q, int slot,
                                                     const SlotAnswer& s) {
  if (s.status == AnswerStatus::unanswered || s.status == AnswerStatus::dont_know) return std::vector<std::string>{};
  if (s.status != AnswerStatus::answered) return std::nullopt;
  if (q.type == QuestionType::date && !s.value.never && s.value.first_day != s.value.last_day)
    return std::vector<std::string>{};  // a month or a year: the exact day decides
  if (q.type == QuestionType::number && !s.value.exact()) return std::vector<std::string>{};  // the exact number
  if (!is_partial(q, s.value)) return std::nullopt;
  uint64_t open = options_read(cr, slot) & all_options(q) & ~s.value.known_options;
  if (open == 0) return std::nullopt;
  return option_ids(q, open);
}

State decide(const CompiledRule& cr, const AnswerSet& set) {
  eval::Value applies = eval::evaluate(cr.applies_if, set.slots, set.today);
  if (applies.is_false() || applies.known == eval::Known::not_applicable) return State::notapplicable;
  if (cr.rule->check == CheckKind::manual) return applies.is_true() ? State::notchecked : State::unknown;
  eval::Value met = eval::evaluate(cr.expect, set.slots, set.today);
  // An applicability still unknown leaves the outcome open whatever expect says: never a silent pass.
  if (applies.known == eval::Known::unknown) return State::unknown;
  if (met.known == eval::Known::yes) return met.boolean ? State::pass : State::fail;
  return met.known == eval::Known::not_applicable ? State::notapplicable : State::unknown;
}

RuleResult rule_result(const CompiledLibrary& c, const CompiledRule& cr, const AnswerSet& set) {
  const Rule& r = *cr.rule;
  RuleResult rr;
  rr.rule = r.id;
  rr.severity = r.severity;
  rr.category = r.category;
  rr.weight = r.weight;
  rr.title = r.title;
  rr.rationale = r.rationale;
  rr.recommendation = r.recommendation;
  rr.evidence = r.evidence;
  rr.cases = r.cases;
  rr.formerly = r.formerly;
  rr.refs = r.refs;
  rr.state = decide(cr, set);
  bool alternative = false;
  for (int slot : cr.reads) {
    const Question& q = c.library.checklist.questions[slot];
    rr.answers.push_back(answer_used(q, set.slots[slot]));
    alternative |= set.slots[slot].status == AnswerStatus::alternative;
    if (rr.state != State::unknown) continue;
    if (auto options = still_needed(cr, q, slot, set.slots[slot])) {
      rr.needs.push_back(q.id);
      if (!options->empty()) rr.needs_options[q.id] = std::move(*options);
    }
  }
  // Left open only by an answer that the practice is met another way: an auditor decides.
  if (rr.state == State::unknown && rr.needs.empty() && alternative) rr.state = State::notchecked;
  return rr;
}

std::vector<QuestionNeeded> questions_needed(const CompiledLibrary& c, const std::vector<RuleResult>& rules) {
  std::vector<QuestionNeeded> out;
  for (const Question& q : c.library.checklist.questions) {
    QuestionNeeded n{q.id, q.text, {}};
    std::set<std::string> options;
    for (const RuleResult& r : rules) {
      if (std::find(r.needs.begin(), r.needs.end(), q.id) == r.needs.end()) continue;
      n.rules.push_back(r.rule);
      if (auto it = r.needs_options.find(q.id); it != r.needs_options.end()) options.insert(it->second.begin(), it->second.end());
    }
    for (const Choice& choice : q.choices)  // in the question's order
      if (options.count(choice.id)) n.options.push_back(choice.id);
    if (!n.rules.empty()) out.push_back(std::move(n));
  }
  return out;
}

void mark_quick_pass(const Checklist& checklist, const std::vector<SlotAnswer>& slots, Coverage& coverage) {
  bool answered_quick = false, answered_other = false, open_other = false;
  for (size_t s = 0; s < slots.size(); ++s) {
    bool quick = checklist.questions[s].quick;
    coverage.quick_questions += quick;
    AnswerStatus st = slots[s].status;
    if (st == AnswerStatus::not_asked) continue;
    bool given = st != AnswerStatus::unanswered;
    (quick ? answered_quick : answered_other) |= given;
    open_other |= !quick && !given;
  }
  coverage.quick_pass = answered_quick && !answered_other && open_other;
}

}  // namespace

Result evaluate(const CompiledLibrary& c, const AnswerSet& set) {
  Result result;
  result.tool_version = tenken_version();
  result.answers_path = set.answers.path;
  result.organization = set.answers.organization;
  result.assessment = set.answers.assessment;
  for (const CompiledRule& cr : c.rules) result.rules.push_back(rule_result(c, cr, set));
  result.summary = summarize(result.rules, set.slots, c.library.categories);
  mark_quick_pass(c.library.checklist, set.slots, result.summary.coverage);
  result.questions_needed = questions_needed(c, result.rules);
  result.cases = c.cited_cases;
  return result;
}

}  // namespace tenken
