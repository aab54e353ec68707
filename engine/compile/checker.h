// Checker: type-checks a parsed condition against the checklist and compiles it to a Program.
// It reports every problem in the condition, not just the first; a subexpression found wrong is
// reported once and its parents do not complain about it again. Each problem names the offending
// token's offset, what was expected and what was found, with "did you mean" for unknown question
// ids, functions and choices.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "compile/ast.h"
#include "compile/program.h"
#include "tenken/checklist.h"
#include "tenken/text.h"

namespace tenken::expr {

// What the checker needs to know about the questionnaire.
class QuestionIndex {
 public:
  explicit QuestionIndex(const Checklist& checklist);
  // Slot of a question id, or -1.
  int slot(std::string_view id) const;
  const Question& question(int slot) const { return *questions_[slot]; }
  const std::vector<std::string>& ids() const { return ids_; }

 private:
  std::vector<const Question*> questions_;
  std::vector<std::string> ids_;
};

struct TypeError {
  size_t offset = 0;
  LocalizedText message;  // "expected a number on either side of '>', found the string \"3\""
};

// Compiles `ast` into `out`; returns every problem found, in order of offset (empty on success).
// With problems, `out` has no root and must not be run.
std::vector<TypeError> check(const Ast& ast, const QuestionIndex& index, Program& out);

}  // namespace tenken::expr
