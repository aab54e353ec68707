// Program evaluation with three-valued logic; see value.h for the rules of not knowing.
#include "evaluate/evaluator.h"

#include <algorithm>
#include <bit>
#include <limits>

namespace tenken::eval {
namespace {

class Evaluator {
 public:
  Evaluator(const expr::Program& p, const std::vector<SlotAnswer>& slots, int today)
      : code_(p.code), slots_(slots), today_(today) {}

  Value run(int i) {
    const expr::Instr& in = code_[i];
    using expr::Code;
    switch (in.code) {
      case Code::constant_bool: return Value::of(in.boolean);
      case Code::constant_number: return Value::of_number(in.number);
      case Code::read: return read(in.slot);
      case Code::and_: return logical_and(run(in.a), run(in.b));
      case Code::or_: return logical_or(run(in.a), run(in.b));
      case Code::not_: return logical_not(run(in.a));
      case Code::answered: return Value::of(slots_[in.slot].status == AnswerStatus::answered);
      default: return apply(in);
    }
  }

 private:
  Value read(int slot) const {
    const SlotAnswer& s = slots_[slot];
    switch (s.status) {
      case AnswerStatus::answered: return s.value;
      case AnswerStatus::not_applicable:
      case AnswerStatus::not_asked: return Value::missing(Known::not_applicable);
      default: return Value::missing(Known::unknown);
    }
  }

  static Value decided(bool when_true, bool when_false) {
    return when_true ? Value::of(true) : when_false ? Value::of(false) : Value::missing(Known::unknown);
  }

  // a <c> b for ranges: true or false only where every pair of values in them agrees.
  static Value compare(expr::Compare c, const Value& a, const Value& b) {
    switch (c) {
      case expr::Compare::eq: return decided(a.exact() && b.exact() && a.lo == b.lo, a.hi < b.lo || b.hi < a.lo);
      case expr::Compare::ne: return logical_not(compare(expr::Compare::eq, a, b));
      case expr::Compare::lt: return decided(a.hi < b.lo, a.lo >= b.hi);
      case expr::Compare::le: return decided(a.hi <= b.lo, a.lo > b.hi);
      case expr::Compare::gt: return compare(expr::Compare::lt, b, a);
      case expr::Compare::ge: return compare(expr::Compare::le, b, a);
    }
    return Value::missing(Known::unknown);
  }

  static Value in_numbers(const Value& a, const std::vector<double>& numbers) {
    bool any_inside = false;
    for (double n : numbers) {
      if (a.exact() && n == a.lo) return Value::of(true);
      any_inside |= a.lo <= n && n <= a.hi;
    }
    return any_inside ? Value::missing(Known::unknown) : Value::of(false);
  }

  static Value contains(const Value& set, int option) {
    if (!((set.known_options >> option) & 1)) return Value::missing(Known::unknown);
    return Value::of(((set.set >> option) & 1) != 0);
  }

  // At least the options known present; at most those and every option not known.
  static Value count(const Value& set, int options) {
    uint64_t open = all_options(static_cast<size_t>(options)) & ~set.known_options;
    return Value::of_range(std::popcount(set.set), std::popcount(set.set | open));
  }

  Value days_since(const Value& date) const {
    if (date.never) return Value::of_number(std::numeric_limits<double>::infinity());
    return Value::of_range(today_ - date.last_day, today_ - date.first_day);
  }

  // Operators over values: any operand not known makes the result not known.
  Value apply(const expr::Instr& in) {
    using expr::Code;
    Value a = run(in.a);
    Value b = in.b >= 0 ? run(in.b) : Value::of(true);
    if (a.known != Known::yes || b.known != Known::yes)
      return Value::missing(a.known == Known::yes ? b.known : b.known == Known::yes ? a.known : weaker(a.known, b.known));
    switch (in.code) {
      case Code::equal_bool: return Value::of((a.boolean == b.boolean) != in.negate);
      case Code::compare_number: return compare(in.compare, a, b);
      case Code::equal_choice: return Value::of((a.choice == in.index) != in.negate);
      case Code::in_choices: return Value::of(((in.mask >> a.choice) & 1) != 0);
      case Code::equal_text: return Value::of((*a.text == in.text) != in.negate);
      case Code::in_texts: return Value::of(std::find(in.texts.begin(), in.texts.end(), *a.text) != in.texts.end());
      case Code::in_numbers: return in_numbers(a, in.numbers);
      case Code::contains: return contains(a, in.index);
      case Code::days_since: return days_since(a);
      case Code::count: return count(a, in.index);
      default: return Value::missing(Known::unknown);
    }
  }

  const std::vector<expr::Instr>& code_;
  const std::vector<SlotAnswer>& slots_;
  int today_;
};

}  // namespace

Value evaluate(const expr::Program& p, const std::vector<SlotAnswer>& slots, int today) {
  if (p.empty()) return Value::of(true);
  return Evaluator(p, slots, today).run(p.root);
}

}  // namespace tenken::eval
