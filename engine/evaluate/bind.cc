// bind_answers(): checks each written answer against its question and stores it in its slot.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <limits>

#include "tenken/dates.h"
#include "core/numbers.h"
#include "evaluate/answer_set.h"
#include "evaluate/evaluator.h"

namespace tenken {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// A value as written, named in a message: "'abc'", or "the string \"abc\"" (「文字列 \"abc\"」).
LocalizedText found(const RawScalar& r) {
  return r.quoted ? bilingual("the string \"{}\"", "文字列 \"{}\"", r.text) : as_is(fmt::format("'{}'", r.text));
}

class Binder {
 public:
  Binder(const CompiledLibrary& c, AnswerSet& set, Diagnostics& diags) : c_(c), set_(set), diags_(diags) {}

  void bind(const Answer& a) {
    const std::vector<Question>& qs = c_.library.checklist.questions;
    auto it = std::find_if(qs.begin(), qs.end(), [&](const Question& q) { return q.id == a.question; });
    if (it == qs.end()) {
      diags_.error(a.origin, bilingual("no question '{}' in the checklist{}",
                                       "チェックリストに '{}' という質問はありません{}", a.question,
                                       did_you_mean(a.question, c_.library.checklist.question_ids())));
      return;
    }
    SlotAnswer& slot = set_.slots[it - qs.begin()];
    slot.answer = &a;
    if (a.form == AnswerForm::dont_know || quoted_dont_know(*it, a)) slot.status = AnswerStatus::dont_know;
    else if (a.form == AnswerForm::not_applicable) slot.status = AnswerStatus::not_applicable;
    else if (a.form == AnswerForm::alternative) slot.status = AnswerStatus::alternative;
    else if (value(*it, a, slot)) slot.status = AnswerStatus::answered;
  }

 private:
  bool error(const Origin& at, const LocalizedText& message) {
    diags_.error(at, message);
    return false;
  }

  const RawScalar* single(const Question& q, const Answer& a, const LocalizedText& expected) {
    if (a.is_list || a.is_range || a.raw.size() != 1) {
      error(a.value_origin, bilingual("expected {} for '{}', found {}", "'{1}' には{0}が必要ですが、{2}が書かれています",
                                      expected, q.id,
                                      a.is_partial ? LocalizedText{"has/lacks（複数選択の質問だけに使えます）",
                                                                   "has/lacks (which only multiple-choice questions take)"}
                                      : a.is_range ? LocalizedText{"at_least/at_most（数値の質問だけに使えます）",
                                                                   "at_least/at_most (which only number questions take)"}
                                                   : LocalizedText{"リスト", "a list"}));
      return nullptr;
    }
    return &a.raw[0];
  }

  bool json() const { return set_.answers.syntax == AnswerSyntax::json; }

  // JSON has no unquoted words, so a JSON answer file writes "unknown". It means "don't know"
  // wherever it cannot be a real value: not for text questions, nor where it is a choice id.
  static bool quoted_dont_know(const Question& q, const Answer& a) {
    return a.form == AnswerForm::value && !a.is_list && a.raw.size() == 1 && a.raw[0].text == "unknown" &&
           q.type != QuestionType::text && q.choice_index("unknown") < 0;
  }

  bool value(const Question& q, const Answer& a, SlotAnswer& slot) {
    switch (q.type) {
      case QuestionType::boolean: return boolean(q, a, slot);
      case QuestionType::choice: return choice(q, a, slot);
      case QuestionType::multi_choice: return multi(q, a, slot);
      case QuestionType::number: return number(q, a, slot);
      case QuestionType::date: return date(q, a, slot);
      case QuestionType::text: return text(q, a, slot);
    }
    return false;
  }

  bool boolean(const Question& q, const Answer& a, SlotAnswer& slot) {
    const RawScalar* r = single(q, a, {"yes か no", "yes or no"});
    if (!r) return false;
    std::string w = lower(r->text);
    bool yes = w == "yes" || w == "true", no = w == "no" || w == "false";
    if (json() && (r->quoted || (w != "true" && w != "false")))
      return error(r->origin, bilingual("expected true, false or \"unknown\" for '{}' (a yes/no question), "
                                        "found {}; in JSON write true or false, without quotes",
                                        "'{}'（はい／いいえの質問）には true、false、\"unknown\" のいずれかが必要ですが、"
                                        "{} が書かれています。JSON では true か false を引用符なしで書いてください",
                                        q.id, found(*r)));
    if (r->quoted && (yes || no))
      return error(r->origin, bilingual("expected yes or no for '{}', found {}; write it without quotes",
                                        "'{}' には yes か no が必要ですが、{} が書かれています。引用符を付けずに"
                                        "書いてください",
                                        q.id, found(*r)));
    if (!yes && !no)
      return error(r->origin, bilingual("expected yes, no or unknown for '{}' (a yes/no question), found {}",
                                        "'{}'（はい／いいえの質問）には yes、no、unknown のいずれかが必要ですが、{} が"
                                        "書かれています",
                                        q.id, found(*r)));
    slot.value = eval::Value::of(yes);
    return true;
  }

  LocalizedText choice_problem(const Question& q, const RawScalar& r) {
    std::vector<std::string> ids;
    for (const Choice& c : q.choices) ids.push_back(c.id);
    return bilingual("expected one of {} for '{}', found {}{}", "'{1}' には {0} のいずれかが必要ですが、{2} が書かれています{3}",
                     fmt::format("{}", fmt::join(ids, ", ")), q.id, found(r), did_you_mean(r.text, ids));
  }

  bool choice(const Question& q, const Answer& a, SlotAnswer& slot) {
    const RawScalar* r = single(q, a, {"一つの選択肢", "one choice"});
    if (!r) return false;
    int idx = q.choice_index(r->text);
    if (idx < 0) return error(r->origin, choice_problem(q, *r));
    slot.value.known = eval::Known::yes;
    slot.value.choice = idx;
    return true;
  }

  // Adds the options listed to `into`; false after reporting an unknown option or one listed twice
  // (in `seen`: has and lacks together).
  bool options(const Question& q, const std::vector<RawScalar>& listed, uint64_t& into, uint64_t& seen) {
    bool ok = true;
    for (const RawScalar& r : listed) {
      int idx = q.choice_index(r.text);
      if (idx < 0) ok = error(r.origin, choice_problem(q, r));
      else if (seen >> idx & 1)
        ok = error(r.origin, bilingual("'{}' is listed twice for '{}'", "'{1}' に '{0}' が二度書かれています", r.text, q.id));
      else into |= uint64_t{1} << idx, seen |= uint64_t{1} << idx;
    }
    return ok;
  }

  bool multi(const Question& q, const Answer& a, SlotAnswer& slot) {
    if (a.is_range)
      return error(a.value_origin, bilingual("expected a list of choices for '{}', found at_least/at_most "
                                             "(which only number questions take)",
                                             "'{}' には選択肢のリストが必要ですが、at_least/at_most（数値の質問だけに"
                                             "使えます）が書かれています",
                                             q.id));
    if (!a.is_list) {
      std::string example = q.choices.empty() ? "" : q.choices[0].id;
      return error(a.value_origin, bilingual("expected a list of choices for '{}' such as {}, or what is known "
                                             "as {{has: [...], lacks: [...]}}, found {}",
                                             "'{}' には {} のような選択肢のリストか、分かっている分だけを書いた "
                                             "{{has: [...], lacks: [...]}} が必要ですが、{} が書かれています",
                                             q.id,
                                             json() ? fmt::format("[\"{}\"]", example) : fmt::format("[{}]", example),
                                             found(a.raw[0])));
    }
    uint64_t present = 0, absent = 0, seen = 0;
    bool ok = options(q, a.raw, present, seen) && options(q, a.lacks, absent, seen);
    slot.value = eval::Value::of_set(present, a.is_partial ? present | absent : eval::all_options(q.choices.size()));
    return ok;
  }

  // One number of an answer (the value, or a bound of an approximate one), within the question's bounds.
  // `bound` names the part of an approximate answer (at_least, at_most), or is empty.
  std::optional<double> number_within(const Question& q, const RawScalar& r, std::string_view bound) {
    std::optional<double> parsed = r.quoted ? std::nullopt : numbers::parse_number(r.text);
    bool has_unit = !q.unit.en.empty();
    // What is expected in English ("a number", "at_least to be a number"); in Japanese the bound
    // goes with the question ('backup.generations' の at_least).
    LocalizedText expected = bound.empty() ? LocalizedText{"", "a number"}
                                           : bilingual("{} to be a number", " の {}", bound);
    if (!parsed) {
      LocalizedText unit = has_unit ? LocalizedText{"（" + q.unit.ja + "）", " (" + q.unit.en + ")"} : LocalizedText{};
      error(r.origin, bilingual("expected {}{} for '{}', found {}", "'{2}'{0} には数値{1}が必要ですが、{3} が書かれています",
                                expected, unit, q.id, found(r)));
      return std::nullopt;
    }
    double v = *parsed;
    if ((q.min && v < *q.min) || (q.max && v > *q.max)) {
      std::string unit_ja = has_unit ? q.unit.ja : "";
      LocalizedText range = q.min && q.max ? bilingual("between {} and {}", "{}〜{}{}", *q.min, *q.max, unit_ja)
                            : q.min        ? bilingual("of at least {}", "{}{}以上", *q.min, unit_ja)
                                           : bilingual("of at most {}", "{}{}以下", *q.max, unit_ja);
      LocalizedText unit = has_unit ? LocalizedText{"", " " + q.unit.en} : LocalizedText{};
      error(r.origin, bilingual("expected {} {}{} for '{}', found {}", "'{3}'{0} には {1}{2}の数値が必要ですが、{4} が書かれています",
                                expected, range, unit, q.id, r.text));
      return std::nullopt;
    }
    return v;
  }

  bool number(const Question& q, const Answer& a, SlotAnswer& slot) {
    if (a.is_range) return number_range(q, a, slot);
    const RawScalar* r = single(q, a, {"数値", "a number"});
    if (!r) return false;
    std::optional<double> v = number_within(q, *r, "");
    if (!v) return false;
    slot.value = eval::Value::of_number(*v);
    return true;
  }

  // {at_least: lo, at_most: hi}: the number lies in [lo, hi]; an open side reaches the question's
  // own bound, or has none.
  bool number_range(const Question& q, const Answer& a, SlotAnswer& slot) {
    constexpr double kInf = std::numeric_limits<double>::infinity();
    std::optional<double> lo = q.min ? *q.min : -kInf, hi = q.max ? *q.max : kInf;
    if (a.at_least) lo = number_within(q, *a.at_least, "at_least");
    if (a.at_most) hi = number_within(q, *a.at_most, "at_most");
    if (!lo || !hi) return false;
    if (*lo > *hi)
      return error(a.at_most->origin, bilingual("expected at_most to be no less than at_least ({}) for '{}', "
                                                 "found {}",
                                                 "'{1}' の at_most には at_least（{0}）以上の数値が必要ですが、{2} が"
                                                 "書かれています",
                                                 a.at_least->text, q.id, a.at_most->text));
    slot.value = eval::Value::of_range(*lo, *hi);
    return true;
  }

  bool date(const Question& q, const Answer& a, SlotAnswer& slot) {
    const RawScalar* r = single(q, a, {"日付", "a date"});
    if (!r) return false;
    if (r->text == "never") {
      if (!q.accepts_never())
        return error(r->origin, bilingual("'{}' does not take never: give the date (YYYY-MM-DD, or YYYY-MM or "
                                           "YYYY if that is all you know), or unknown",
                                           "'{}' には never は使えません。日付（YYYY-MM-DD。月や年までしか分からなければ "
                                           "YYYY-MM や YYYY）か unknown を書いてください",
                                           q.id));
      slot.value = eval::Value::of_never();
      return true;
    }
    std::optional<dates::DatePeriod> d = dates::parse_period(r->text);
    if (!d)
      return error(r->origin, bilingual("expected a date (YYYY-MM-DD, YYYY-MM or YYYY{}) for '{}', found {}: {}",
                                         "'{1}' には日付（YYYY-MM-DD、YYYY-MM、YYYY{0} のいずれか）が必要ですが、{2} が"
                                         "書かれています。{3}",
                                         q.accepts_never() ? LocalizedText{"、never", ", or never"} : LocalizedText{},
                                         q.id, found(*r), dates::period_problem(r->text)));
    if (d->first_day > set_.today)
      diags_.warning(r->origin, bilingual("'{}' is {}, after the assessment date {}",
                                          "'{}' の {} は評価日 {} より後の日付です", q.id, r->text,
                                          set_.answers.assessment.date));
    // A month or year that runs past the assessment date ended, for this assessment, on that date.
    slot.value = eval::Value::of_days(d->first_day, std::max(d->first_day, std::min(d->last_day, set_.today)));
    return true;
  }

  bool text(const Question& q, const Answer& a, SlotAnswer& slot) {
    const RawScalar* r = single(q, a, {"テキスト", "a text"});
    if (!r) return false;
    slot.text = r->text;
    slot.value.known = eval::Known::yes;
    return true;
  }

  const CompiledLibrary& c_;
  AnswerSet& set_;
  Diagnostics& diags_;
};

void warn_skipped_answers(const CompiledLibrary& c, const AnswerSet& set, Diagnostics& diags) {
  for (size_t s = 0; s < set.slots.size(); ++s) {
    const SlotAnswer& slot = set.slots[s];
    if (slot.status != AnswerStatus::not_asked || !slot.answer) continue;
    const Question& q = c.library.checklist.questions[s];
    const Section& sec = c.library.checklist.sections[c.section_of[s]];
    // Name the condition that skipped it: the section's when that is not true, else the question's.
    bool section_skips = !eval::evaluate(c.section_ask_if[c.section_of[s]], set.slots, set.today).is_true();
    const Expression& why = section_skips || q.ask_if.empty() ? sec.ask_if : q.ask_if;
    diags.warning(slot.answer->origin, bilingual("the answer to '{}' is not used: the question is skipped "
                                                 "because '{}' is not true",
                                                 "'{}' の回答は使われません。'{}' が成り立たないため、この質問は"
                                                 "対象外です",
                                                 q.id, why.text));
  }
}

}  // namespace

void AnswerSetDeleter::operator()(const AnswerSet* p) const { delete p; }

void apply_skip_logic(const CompiledLibrary& c, std::vector<SlotAnswer>& slots, int today) {
  for (int s : c.ask_order) {
    eval::Value section = eval::evaluate(c.section_ask_if[c.section_of[s]], slots, today);
    eval::Value own = eval::evaluate(c.question_ask_if[s], slots, today);
    eval::Value ask = eval::logical_and(section, own);
    // Asked unless known false or decided only by skipped/N/A questions.
    if (ask.is_false() || ask.known == eval::Known::not_applicable) slots[s].status = AnswerStatus::not_asked;
  }
}

AnswerSetPtr bind_answers(const CompiledLibrary& c, const Answers& answers, Diagnostics& diags) {
  int errors_before = diags.error_count();
  auto set = std::make_unique<AnswerSet>();
  set->answers = answers;
  set->today = dates::parse_date(answers.assessment.date).value_or(0);
  set->slots.resize(c.library.checklist.questions.size());
  Binder binder(c, *set, diags);
  for (const Answer& a : set->answers.answers) binder.bind(a);
  for (SlotAnswer& s : set->slots) s.value.text = &s.text;  // slots no longer move
  apply_skip_logic(c, set->slots, set->today);
  warn_skipped_answers(c, *set, diags);
  if (diags.error_count() > errors_before) return nullptr;
  return AnswerSetPtr(set.release());
}

}  // namespace tenken
