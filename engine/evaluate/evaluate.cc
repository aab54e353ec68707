// evaluate(): decides the state of every rule and assembles the Result.
#include <fmt/format.h>

#include <algorithm>

#include "evaluate/answer_set.h"
#include "evaluate/evaluator.h"
#include "evaluate/scoring.h"
#include "load/fields.h"

namespace tenken {
namespace {

std::string value_text(const Question& q, const SlotAnswer& s) {
  const eval::Value& v = s.value;
  switch (q.type) {
    case QuestionType::boolean: return v.boolean ? "yes" : "no";
    case QuestionType::number: return fmt::format("{}", v.number);
    case QuestionType::choice: return q.choices[v.choice].id;
    case QuestionType::date: return load::format_date(v.days);
    case QuestionType::text: return s.text;
    case QuestionType::multi_choice: {
      std::vector<std::string> ids;
      for (size_t i = 0; i < q.choices.size(); ++i)
        if (v.set >> i & 1) ids.push_back(q.choices[i].id);
      return fmt::format("[{}]", fmt::join(ids, ", "));
    }
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
    u.comment = s.answer->comment;
    u.evidence = s.answer->evidence;
    u.line = s.answer->origin.where().line;
  }
  return u;
}

bool needs_answer(AnswerStatus s) { return s == AnswerStatus::unanswered || s == AnswerStatus::dont_know; }

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
  for (int slot : cr.reads) {
    rr.answers.push_back(answer_used(c.library.checklist.questions[slot], set.slots[slot]));
    if (rr.state == State::unknown && needs_answer(set.slots[slot].status)) rr.needs.push_back(rr.answers.back().question);
  }
  return rr;
}

std::vector<QuestionNeeded> questions_needed(const CompiledLibrary& c, const std::vector<RuleResult>& rules) {
  std::vector<QuestionNeeded> out;
  for (const Question& q : c.library.checklist.questions) {
    QuestionNeeded n{q.id, q.text, {}};
    for (const RuleResult& r : rules)
      if (std::find(r.needs.begin(), r.needs.end(), q.id) != r.needs.end()) n.rules.push_back(r.rule);
    if (!n.rules.empty()) out.push_back(std::move(n));
  }
  return out;
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
  result.questions_needed = questions_needed(c, result.rules);
  result.cases = c.cited_cases;
  return result;
}

const char* tenken_version() { return "0.1.0"; }

}  // namespace tenken
