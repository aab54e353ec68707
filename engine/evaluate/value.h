// Value: what a condition or sub-condition evaluates to. Besides a known value there are two ways
// of not knowing: `unknown` (the operator has not answered, or answered "don't know") and
// `not_applicable` (the question was answered N/A or skipped by ask_if). Logic is three-valued
// (Kleene): a decided side wins over either kind of not knowing; otherwise unknown wins over
// not_applicable, because an answer could still decide it.
//
// A known value may still be known only in part, and operators are to be taken at their word for
// the part they know: a number is a range [lo, hi] (a date given as a month or a year gives a range
// of days since it), a date may be `never`, and a multiple-choice set says which options are
// known at all. Operators on partial values decide only what every value in the range decides.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace tenken::eval {

enum class Known : uint8_t { yes, unknown, not_applicable };

// The set of all `options` options of a multiple-choice question (at most 64).
inline uint64_t all_options(size_t options) {
  return options >= 64 ? ~uint64_t{0} : (uint64_t{1} << options) - 1;
}

struct Value {
  Known known = Known::unknown;
  bool boolean = false;
  double lo = 0, hi = 0;  // numbers: the value lies in [lo, hi]; lo == hi when exact
  int choice = -1;
  uint64_t set = 0;            // multiple choice: the options present
  uint64_t known_options = 0;  // multiple choice: the options whose presence is known
  int first_day = 0, last_day = 0;  // dates: the period it lies in, days since 1970-01-01
  bool never = false;               // dates: it never happened (older than any threshold)
  const std::string* text = nullptr;

  static Value of(bool b) { Value v; v.known = Known::yes; v.boolean = b; return v; }
  static Value of_number(double n) { return of_range(n, n); }
  static Value of_range(double lo, double hi) { Value v; v.known = Known::yes; v.lo = lo; v.hi = hi; return v; }
  static Value of_choice(int i) { Value v; v.known = Known::yes; v.choice = i; return v; }
  // `present` among `known_options`; a complete answer knows every option.
  static Value of_set(uint64_t present, uint64_t known_options) {
    Value v; v.known = Known::yes; v.set = present; v.known_options = known_options; return v;
  }
  static Value of_days(int first, int last) {
    Value v; v.known = Known::yes; v.first_day = first; v.last_day = last; return v;
  }
  static Value of_never() { Value v; v.known = Known::yes; v.never = true; return v; }
  static Value missing(Known k) { Value v; v.known = k; return v; }
  bool exact() const { return lo == hi; }
  bool is_true() const { return known == Known::yes && boolean; }
  bool is_false() const { return known == Known::yes && !boolean; }
};

// The not-knowing of two operands combined: unknown wins over not_applicable.
inline Known weaker(Known a, Known b) {
  if (a == Known::unknown || b == Known::unknown) return Known::unknown;
  return Known::not_applicable;
}

inline Value logical_and(const Value& a, const Value& b) {
  if (a.is_false() || b.is_false()) return Value::of(false);
  if (a.is_true() && b.is_true()) return Value::of(true);
  return Value::missing(weaker(a.is_true() ? b.known : a.known, b.is_true() ? a.known : b.known));
}

inline Value logical_or(const Value& a, const Value& b) {
  if (a.is_true() || b.is_true()) return Value::of(true);
  if (a.is_false() && b.is_false()) return Value::of(false);
  return Value::missing(weaker(a.is_false() ? b.known : a.known, b.is_false() ? a.known : b.known));
}

inline Value logical_not(const Value& a) {
  return a.known == Known::yes ? Value::of(!a.boolean) : a;
}

}  // namespace tenken::eval
