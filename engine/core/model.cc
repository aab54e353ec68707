// Small functions of the data model: names of enums, look-ups, default weights.
#include <algorithm>

#include "tenken/checklist.h"
#include "tenken/result.h"
#include "tenken/rule.h"

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

const char* format_as(Severity s) {
  switch (s) {
    case Severity::info: return "info";
    case Severity::low: return "low";
    case Severity::medium: return "medium";
    case Severity::high: return "high";
    case Severity::critical: return "critical";
  }
  return "?";
}

bool parse_severity(std::string_view word, Severity& out) {
  for (Severity s : {Severity::info, Severity::low, Severity::medium, Severity::high, Severity::critical})
    if (word == format_as(s)) {
      out = s;
      return true;
    }
  return false;
}

double default_weight(Severity s) {
  switch (s) {
    case Severity::info: return 0;
    case Severity::low: return 1;
    case Severity::medium: return 3;
    case Severity::high: return 6;
    case Severity::critical: return 10;
  }
  return 1;
}

const char* format_as(State s) {
  switch (s) {
    case State::pass: return "pass";
    case State::fail: return "fail";
    case State::unknown: return "unknown";
    case State::notapplicable: return "notapplicable";
    case State::notchecked: return "notchecked";
    case State::waived: return "waived";
    case State::error: return "error";
  }
  return "?";
}

bool parse_state(std::string_view word, State& out) {
  for (int i = 0; i < kStateCount; ++i)
    if (word == format_as(static_cast<State>(i))) {
      out = static_cast<State>(i);
      return true;
    }
  return false;
}

const char* format_as(AnswerStatus s) {
  switch (s) {
    case AnswerStatus::answered: return "answered";
    case AnswerStatus::dont_know: return "dont_know";
    case AnswerStatus::not_applicable: return "not_applicable";
    case AnswerStatus::alternative: return "alternative";
    case AnswerStatus::unanswered: return "unanswered";
    case AnswerStatus::not_asked: return "not_asked";
  }
  return "?";
}

const char* format_as(WaiverStatus s) {
  switch (s) {
    case WaiverStatus::active: return "active";
    case WaiverStatus::expired: return "expired";
    case WaiverStatus::not_needed: return "not_needed";
  }
  return "?";
}

State counted_state(const RuleResult& r) {
  return r.waiver && r.waiver->status == WaiverStatus::active ? State::waived : r.state;
}

}  // namespace tenken
