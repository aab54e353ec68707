// Value: what a condition or sub-condition evaluates to. Besides a known value there are two ways
// of not knowing: `unknown` (the operator has not answered, or answered "don't know") and
// `not_applicable` (the question was answered N/A or skipped by ask_if). Logic is three-valued
// (Kleene): a decided side wins over either kind of not knowing; otherwise unknown wins over
// not_applicable, because an answer could still decide it.
#pragma once

#include <cstdint>
#include <string>

namespace tenken::eval {

enum class Known : uint8_t { yes, unknown, not_applicable };

struct Value {
  Known known = Known::unknown;
  bool boolean = false;
  double number = 0;
  int choice = -1;
  uint64_t set = 0;
  int days = 0;  // dates: days since 1970-01-01
  const std::string* text = nullptr;

  static Value of(bool b) { Value v; v.known = Known::yes; v.boolean = b; return v; }
  static Value of_number(double n) { Value v; v.known = Known::yes; v.number = n; return v; }
  static Value missing(Known k) { Value v; v.known = k; return v; }
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
