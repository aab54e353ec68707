// AnswerSet: answers bound to slots and checked against their questions' types. Built once per
// answer file; evaluation reads it by slot index only.
#pragma once

#include <vector>

#include "compile/compiled_library.h"
#include "evaluate/value.h"
#include "tenken/result.h"

namespace tenken {

struct SlotAnswer {
  AnswerStatus status = AnswerStatus::unanswered;
  eval::Value value;            // Known::yes when status is answered
  std::string text;             // text answers (value.text points here)
  const Answer* answer = nullptr;  // the answer as written, if any
};

class AnswerSet {
 public:
  Answers answers;  // owned copy: slots point into it
  std::vector<SlotAnswer> slots;
  int today = 0;  // the assessment date, days since 1970-01-01
};

// Decides which questions are asked (ask_if), in ask order, updating slot statuses: a question
// whose ask_if is false, or depends only on skipped questions, becomes not_asked.
void apply_skip_logic(const CompiledLibrary& c, std::vector<SlotAnswer>& slots, int today);

}  // namespace tenken
