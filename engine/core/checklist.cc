// The checklist (checklist.h): question types by name, and looking up questions and choices.
#include "tenken/checklist.h"

namespace tenken {

const char* format_as(QuestionType t) {
  switch (t) {
    case QuestionType::boolean: return "bool";
    case QuestionType::choice: return "choice";
    case QuestionType::multi_choice: return "multi_choice";
    case QuestionType::number: return "number";
    case QuestionType::date: return "date";
    case QuestionType::text: return "text";
  }
  return "?";
}

int Question::choice_index(std::string_view choice_id) const {
  for (size_t i = 0; i < choices.size(); ++i)
    if (choices[i].id == choice_id) return static_cast<int>(i);
  return -1;
}

const Question* Checklist::find(std::string_view id) const {
  for (const Question& q : questions)
    if (q.id == id) return &q;
  return nullptr;
}

std::vector<std::string> Checklist::question_ids() const {
  std::vector<std::string> ids;
  for (const Question& q : questions) ids.push_back(q.id);
  return ids;
}

}  // namespace tenken
