// lint(): what loading and compiling cannot see. Loading already rejects structural problems,
// duplicate ids and missing translations; compiling rejects unknown questions and type errors.
// Here: questions nothing reads, rules that can never apply or never fail, and whether rules,
// categories and cases agree (catalog_lint.cc).
//
// "Can never apply" is decided by trying every answer combination of the questions a rule reads.
// Conditions mostly compare a question with constants, so for numbers and dates the constants
// of the condition, their neighbours and the question's bounds cover every case; booleans,
// choices and small multiple-choice sets are tried exhaustively, and "not answered" too for a
// question given to answered(). Rules whose search space is too large, or that compare two
// answers with each other, are skipped rather than guessed at.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "compile/compiled_library.h"
#include "evaluate/answer_set.h"
#include "evaluate/evaluator.h"
#include "lint/catalog_lint.h"

namespace tenken {
namespace {

constexpr size_t kMaxCombinations = 200000;

void collect_constants(const expr::Program& p, std::set<double>& numbers, std::set<std::string>& texts) {
  for (const expr::Instr& in : p.code) {
    if (in.code == expr::Code::constant_number) numbers.insert(in.number);
    for (double n : in.numbers) numbers.insert(n);
    if (in.code == expr::Code::equal_text) texts.insert(in.text);
    for (const std::string& t : in.texts) texts.insert(t);
  }
}

// Slots whose answered() a condition asks for: "not answered" is a case to try for those too.
void collect_answered(const expr::Program& p, std::set<int>& slots) {
  for (const expr::Instr& in : p.code)
    if (in.code == expr::Code::answered) slots.insert(in.slot);
}

// Two answers compared with each other (q.a > q.b) need candidate values between and beyond
// every constant, which the points below do not provide; such rules are skipped.
bool compares_two_answers(const expr::Program& p) {
  for (const expr::Instr& in : p.code)
    if (in.code == expr::Code::compare_number && p.code[in.a].code != expr::Code::constant_number &&
        p.code[in.b].code != expr::Code::constant_number)
      return true;
  return false;
}

// Candidate answers for one question: every value that can change a comparison's outcome.
std::vector<SlotAnswer> domain(const Question& q, const std::set<double>& numbers,
                               const std::set<std::string>& texts) {
  std::vector<SlotAnswer> out;
  auto add = [&](eval::Value v, std::string text = "") {
    SlotAnswer s;
    s.status = AnswerStatus::answered;
    s.value = v;
    s.value.known = eval::Known::yes;
    s.text = std::move(text);
    out.push_back(std::move(s));
  };
  std::set<double> points = {0};
  for (double c : numbers)
    for (double d : {-1.0, -0.5, 0.0, 0.5, 1.0}) points.insert(c + d);
  switch (q.type) {
    case QuestionType::boolean: add(eval::Value::of(true)); add(eval::Value::of(false)); break;
    case QuestionType::choice:
      for (size_t i = 0; i < q.choices.size(); ++i) add(eval::Value::of_choice(static_cast<int>(i)));
      break;
    case QuestionType::multi_choice:
      if (q.choices.size() > 8) return {};
      for (uint64_t m = 0; m <= eval::all_options(q.choices.size()); ++m)
        add(eval::Value::of_set(m, eval::all_options(q.choices.size())));
      break;
    case QuestionType::number:
      if (q.min) points.insert(*q.min);
      if (q.max) points.insert(*q.max);
      for (double p : points)
        if ((!q.min || p >= *q.min) && (!q.max || p <= *q.max)) add(eval::Value::of_number(p));
      break;
    case QuestionType::date:
      for (double p : points) {  // today = 0
        int day = -static_cast<int>(p * 2) / 2;
        add(eval::Value::of_days(day, day));
      }
      if (q.accepts_never()) add(eval::Value::of_never());
      break;
    case QuestionType::text:
      for (const std::string& t : texts) add({}, t);
      add({}, "\x01other");
      break;
  }
  return out;
}

struct Search {
  const CompiledRule& rule;
  std::vector<std::vector<SlotAnswer>> domains;  // per read slot
  std::vector<SlotAnswer> slots;
  bool can_apply = false;
  bool can_fail = false;

  void run(size_t i) {
    if (can_apply && can_fail) return;
    if (i == domains.size()) {
      for (SlotAnswer& s : slots) s.value.text = &s.text;
      eval::Value applies = eval::evaluate(rule.applies_if, slots, 0);
      if (!applies.is_true()) return;
      can_apply = true;
      if (rule.rule->check == CheckKind::automatic && eval::evaluate(rule.expect, slots, 0).is_false()) can_fail = true;
      return;
    }
    int slot = rule.reads[i];
    for (const SlotAnswer& candidate : domains[i]) {
      slots[slot] = candidate;
      run(i + 1);
    }
    slots[slot] = SlotAnswer{};
  }
};

void check_rule(const CompiledLibrary& c, const CompiledRule& cr, Diagnostics& diags) {
  std::set<double> numbers;
  std::set<std::string> texts;
  collect_constants(cr.applies_if, numbers, texts);
  collect_constants(cr.expect, numbers, texts);
  if (compares_two_answers(cr.applies_if) || compares_two_answers(cr.expect)) return;
  std::set<int> asked_answered;
  collect_answered(cr.applies_if, asked_answered);
  collect_answered(cr.expect, asked_answered);
  Search search{cr, {}, std::vector<SlotAnswer>(c.library.checklist.questions.size())};
  size_t combinations = 1;
  for (int slot : cr.reads) {
    search.domains.push_back(domain(c.library.checklist.questions[slot], numbers, texts));
    if (asked_answered.count(slot) && !search.domains.back().empty())
      search.domains.back().push_back(SlotAnswer{});  // unanswered
    combinations *= std::max<size_t>(1, search.domains.back().size());
    if (search.domains.back().empty() || combinations > kMaxCombinations) return;
  }
  search.run(0);
  const Rule& r = *cr.rule;
  if (!search.can_apply)
    diags.error(r.applies_if.empty() ? r.origin : r.applies_if.origin,
                bilingual("rule '{}' can never apply: no answers make its applies_if true",
                          "ルール '{}' は決して適用されません。どの回答でも applies_if が真になりません", r.id));
  else if (r.check == CheckKind::automatic && !search.can_fail)
    diags.warning(r.expect.origin, bilingual("rule '{}' can never fail: every answer that makes it apply "
                                             "also meets its expect",
                                             "ルール '{}' は決して不備になりません。このルールが適用される回答では、"
                                             "どれも expect が満たされます",
                                             r.id));
}

void check_unused_questions(const CompiledLibrary& c, Diagnostics& diags) {
  std::vector<bool> read(c.library.checklist.questions.size(), false);
  auto mark = [&](const expr::Program& p) { for (int s : p.reads) read[s] = true; };
  for (const CompiledRule& r : c.rules) mark(r.applies_if), mark(r.expect);
  for (const expr::Program& p : c.question_ask_if) mark(p);
  for (const expr::Program& p : c.section_ask_if) mark(p);
  for (size_t s = 0; s < read.size(); ++s)
    if (!read[s]) {
      const Question& q = c.library.checklist.questions[s];
      diags.warning(q.origin, bilingual("question '{}' is not read by any rule or ask_if; a rule should "
                                        "use its answer, or the question can go",
                                        "質問 '{}' はどのルールからも ask_if からも読まれていません。その回答を"
                                        "ルールで使うか、質問を削除してください",
                                        q.id));
    }
}

// A date question that offers `never` must be seen by some rule through days_since(): otherwise
// answering never decides nothing, and the label promises a meaning the rules do not give it.
void check_never(const CompiledLibrary& c, Diagnostics& diags) {
  std::set<int> dated;
  auto mark = [&](const expr::Program& p) {
    for (const expr::Instr& in : p.code)
      if (in.code == expr::Code::days_since && p.code[in.a].code == expr::Code::read) dated.insert(p.code[in.a].slot);
  };
  for (const CompiledRule& r : c.rules) mark(r.applies_if), mark(r.expect);
  for (size_t s = 0; s < c.library.checklist.questions.size(); ++s) {
    const Question& q = c.library.checklist.questions[s];
    if (q.accepts_never() && !dated.count(static_cast<int>(s)))
      diags.warning(q.origin, bilingual("question '{}' offers the answer never, but no rule reads "
                                        "days_since({}), so no rule can see a never answer",
                                        "質問 '{}' は回答 never を受け付けますが、days_since({}) を読むルールが"
                                        "ないため、never という回答はどのルールにも反映されません",
                                        q.id, q.id));
  }
}

// A former id (`formerly`) must name no rule of the library and only one renamed rule; otherwise
// `tenken diff` could not tell which rule continues it.
void check_former_ids(const Library& library, Diagnostics& diags) {
  std::map<std::string, const Rule*> claimed;
  for (const Rule& r : library.rules)
    for (const std::string& old : r.formerly) {
      auto same = std::find_if(library.rules.begin(), library.rules.end(), [&](const Rule& o) { return o.id == old; });
      if (same != library.rules.end())
        diags.error(r.origin, bilingual("rule '{}' lists '{}' in 'formerly', but '{}' is still a rule of the "
                                        "library; a former id must be retired",
                                        "ルール '{}' の 'formerly' に '{}' が書かれていますが、'{}' はまだライブラリの"
                                        "ルールです。以前の id は廃止したものでなければなりません",
                                        r.id, old, old));
      else if (auto [it, fresh] = claimed.emplace(old, &r); !fresh)
        diags.error(r.origin, bilingual("rules '{}' and '{}' both list '{}' in 'formerly'; one rule must "
                                        "continue it",
                                        "ルール '{}' と '{}' の両方の 'formerly' に '{}' が書かれています。引き継ぐ"
                                        "ルールは 1 つだけにしてください",
                                        it->second->id, r.id, old));
    }
}

}  // namespace

void lint(const CompiledLibrary& c, Diagnostics& diags) {
  check_unused_questions(c, diags);
  check_never(c, diags);
  check_former_ids(c.library, diags);
  lint_catalog(c.library, diags);
  lint_actions(c.library, diags);
  for (const CompiledRule& cr : c.rules) check_rule(c, cr, diags);
}

}  // namespace tenken
