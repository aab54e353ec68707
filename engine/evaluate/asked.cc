// questions_asked(): which questions the skip logic asks, given the answers so far, for tools
// that ask the questionnaire one question at a time (tenken interview). It binds the answers as
// bind_answers() does, so that the interview skips exactly what `tenken check` treats as skipped.
#include "evaluate/answer_set.h"

namespace tenken {

std::vector<bool> questions_asked(const CompiledLibrary& compiled, const Answers& answers) {
  Diagnostics ignored;  // the caller has checked these answers, or asks despite their errors
  AnswerSetPtr set = bind_answers(compiled, answers, ignored);
  std::vector<bool> asked;
  if (!set) return asked;
  for (const SlotAnswer& slot : set->slots) asked.push_back(slot.status != AnswerStatus::not_asked);
  return asked;
}

}  // namespace tenken
