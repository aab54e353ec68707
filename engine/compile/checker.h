// Checker: type-checks a parsed condition against the checklist and compiles it to a Program.
// Every problem names the offending token's offset, what was expected and what was found, with
// "did you mean" for unknown question ids, functions and choices.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "compile/ast.h"
#include "compile/program.h"
#include "tenken/checklist.h"

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
  std::string message;
  bool warning = false;
};

// Compiles `ast` into `out`; returns the problems found (empty on success).
std::vector<TypeError> check(const Ast& ast, const QuestionIndex& index, Program& out);

}  // namespace tenken::expr
