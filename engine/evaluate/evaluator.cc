// Program evaluation with three-valued logic; see value.h for the rules of not knowing.
#include "evaluate/evaluator.h"

#include <algorithm>
#include <bit>

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

  static bool compare(expr::Compare c, double a, double b) {
    switch (c) {
      case expr::Compare::eq: return a == b;
      case expr::Compare::ne: return a != b;
      case expr::Compare::lt: return a < b;
      case expr::Compare::le: return a <= b;
      case expr::Compare::gt: return a > b;
      case expr::Compare::ge: return a >= b;
    }
    return false;
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
      case Code::compare_number: return Value::of(compare(in.compare, a.number, b.number));
      case Code::equal_choice: return Value::of((a.choice == in.index) != in.negate);
      case Code::in_choices: return Value::of(((in.mask >> a.choice) & 1) != 0);
      case Code::equal_text: return Value::of((*a.text == in.text) != in.negate);
      case Code::in_texts: return Value::of(std::find(in.texts.begin(), in.texts.end(), *a.text) != in.texts.end());
      case Code::in_numbers:
        return Value::of(std::find(in.numbers.begin(), in.numbers.end(), a.number) != in.numbers.end());
      case Code::contains: return Value::of(((a.set >> in.index) & 1) != 0);
      case Code::days_since: return Value::of_number(today_ - a.days);
      case Code::count: return Value::of_number(std::popcount(a.set));
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
