// evaluate(): decides the state of every rule and assembles the Result: the answers each rule
// read, what a rule still open needs, scores, coverage and the cases cited. Running one condition
// over the answers is evaluator.cc's.
#include <fmt/format.h>

#include <algorithm>
#include <optional>

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

State decide_rule(const CompiledRule& cr, const AnswerSet& set) {
  eval::Value applies = eval::evaluate(cr.applies_if, set.slots, set.today);
  if (applies.is_false() || applies.known == eval::Known::not_applicable) return State::notapplicable;
  if (cr.rule->check == CheckKind::manual) return applies.is_true() ? State::notchecked : State::unknown;
  eval::Value met = eval::evaluate(cr.expect, set.slots, set.today);
  // An applicability still unknown leaves the outcome open whatever expect says: never a silent pass.
  if (applies.known == eval::Known::unknown) return State::unknown;
  if (met.known == eval::Known::yes) return met.boolean ? State::pass : State::fail;
  return met.known == eval::Known::not_applicable ? State::notapplicable : State::unknown;
}

// What one evaluation works out once and every rule shares: each slot's answer as a Result shows
// it (made when a rule first reads the slot), and, per slot, the rules still open that need it
// and the options they need.
struct Assembly {
  const CompiledLibrary& c;
  const AnswerSet& set;
  std::vector<std::shared_ptr<AnswerUsed>> used;  // per slot
  struct Need {
    std::vector<std::string> rules;  // in rule id order
    uint64_t options = 0;            // a multiple-choice question answered in part
  };
  std::vector<Need> needed;  // per slot

  Assembly(const CompiledLibrary& compiled, const AnswerSet& answers)
      : c(compiled), set(answers), used(answers.slots.size()), needed(answers.slots.size()) {}

  AnswerRef answer(int slot) {
    if (!used[slot])
      used[slot] = std::make_shared<AnswerUsed>(answer_used(c.library.checklist.questions[slot], set.slots[slot]));
    return AnswerRef(used[slot]);
  }
};

RuleResult rule_result(Assembly& a, size_t index) {
  const CompiledRule& cr = a.c.rules[index];
  const Rule& r = *cr.rule;
  RuleResult rr;
  rr.rule = r.id;
  rr.severity = r.severity;
  rr.category = r.category;
  rr.weight = r.weight;
  rr.texts = &a.c.texts->rules[index];
  rr.state = decide_rule(cr, a.set);
  bool alternative = false;
  rr.answers.reserve(cr.reads.size());
  for (int slot : cr.reads) {
    const Question& q = a.c.library.checklist.questions[slot];
    const SlotAnswer& answer = a.set.slots[slot];
    rr.answers.push_back(a.answer(slot));
    alternative |= answer.status == AnswerStatus::alternative;
    if (rr.state != State::unknown) continue;
    if (auto options = still_needed(cr, q, slot, answer)) {
      rr.needs.push_back(q.id);
      if (!options->empty()) rr.needs_options[q.id] = std::move(*options);
    }
  }
  // Left open only by an answer that the practice is met another way: an auditor decides.
  if (rr.state == State::unknown && rr.needs.empty() && alternative) rr.state = State::notchecked;
  if (rr.state == State::unknown)
    for (int slot : cr.reads) {
      const std::string& id = a.c.library.checklist.questions[slot].id;
      if (std::find(rr.needs.begin(), rr.needs.end(), id) == rr.needs.end()) continue;
      Assembly::Need& need = a.needed[slot];
      if (need.rules.empty() || need.rules.back() != r.id) need.rules.push_back(r.id);  // a slot read twice
      if (auto it = rr.needs_options.find(id); it != rr.needs_options.end())
        for (const std::string& option : it->second)
          need.options |= uint64_t{1} << a.c.library.checklist.questions[slot].choice_index(option);
    }
  return rr;
}

// Every question some open rule needs, in questionnaire order (the order of the slots).
std::vector<QuestionNeeded> questions_needed(Assembly& a) {
  std::vector<QuestionNeeded> out;
  for (size_t slot = 0; slot < a.needed.size(); ++slot) {
    Assembly::Need& need = a.needed[slot];
    if (need.rules.empty()) continue;
    const Question& q = a.c.library.checklist.questions[slot];
    out.push_back({q.id, q.text, std::move(need.rules), option_ids(q, need.options)});
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
  result.library_digest = c.library.digest;
  result.answers_path = set.answers.path;
  result.organization = set.answers.organization;
  result.assessment = set.answers.assessment;
  Assembly assembly(c, set);
  result.rules.reserve(c.rules.size());
  for (size_t i = 0; i < c.rules.size(); ++i) result.rules.push_back(rule_result(assembly, i));
  result.summary = summarize(result.rules, set.slots, c.library.categories);
  mark_quick_pass(c.library.checklist, set.slots, result.summary.coverage);
  result.questions_needed = questions_needed(assembly);
  result.texts = c.texts;
  return result;
}

const std::string& library_digest(const CompiledLibrary& c) { return c.library.digest; }

size_t rule_count(const CompiledLibrary& c) { return c.rules.size(); }

State decide(const CompiledLibrary& c, const AnswerSet& set, size_t rule) { return decide_rule(c.rules[rule], set); }

}  // namespace tenken
