// Rule tests: answers, and the states that named rules must reach with them. The format
// (tests/rules/*.yaml, run by `tenken test`):
//
//   tests:
//     - name: the hospital before nisc-2021-06 fails that case's lessons
//       file: ../../examples/nisc-2021-06-hospital.yaml   # an answer file, relative to this file
//       failing: [backup-isolated-copy, vpn-firmware-current]   # exactly these rules fail
//       expect: {backup-restore-tested: unknown}               # states of single rules
//     - name: a restore test older than a year fails
//       date: 2026-04-01                                     # or answers written inline
//       answers: {backup.taken: yes, backup.restore_tested_on: 2025-01-10}
//       expect: {backup-restore-tested: fail}
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "tenken/answers.h"
#include "tenken/diagnostic.h"
#include "tenken/engine.h"
#include "tenken/result.h"

namespace tenken {

struct RuleExpectation {
  std::string rule;
  State state = State::pass;
  Origin origin;
};

struct RuleTest {
  std::string name;
  Origin origin;
  Answers answers;
  bool exact_failing = false;         // `failing:` given: exactly these rules fail
  std::vector<RuleExpectation> failing;  // state fail, one per listed rule
  std::vector<RuleExpectation> expect;
  bool loaded = true;  // false when the test itself has errors (reported); it is not run
};

// Loads a test file; answer files it names are read relative to it. Problems go to `diags`.
std::vector<RuleTest> load_rule_tests(const std::shared_ptr<const Source>& file, Diagnostics& diags);

struct RuleTestOutcome {
  bool ran = false;                   // false: the test could not run (see the diagnostics)
  std::vector<LocalizedText> problems;  // empty when the test passed
};

// Binds the answers, evaluates and compares. Rule ids the library does not have, and answers
// that do not bind, are reported to `diags` and the test does not run.
RuleTestOutcome run_rule_test(const CompiledLibrary& library, const RuleTest& test, Diagnostics& diags);

}  // namespace tenken
