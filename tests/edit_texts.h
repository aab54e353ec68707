// For tests that change the words of a rule in a Result: a Result's texts are shared with its
// library and are const, so edit() gives the rule its own copy, kept for the whole test run, and
// returns it to change. Test-only.
#pragma once

#include <deque>

#include "tenken/result.h"

namespace tenken::testing {

inline RuleTexts& edit(RuleResult& r) {
  static std::deque<RuleTexts> kept;
  RuleTexts& copy = kept.emplace_back(*r.texts);
  r.texts = &copy;
  return copy;
}

}  // namespace tenken::testing
