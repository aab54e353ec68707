// Checklist: the questionnaire an operator answers, as loaded from checklists/*.yaml.
// A checklist is sections of questions; each question has a type that every rule expression
// and every answer is checked against.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tenken/source.h"
#include "tenken/text.h"

namespace tenken {

enum class QuestionType { boolean, choice, multi_choice, number, date, text };
const char* format_as(QuestionType t);  // "bool", "choice", "multi_choice", "number", "date", "text"

struct Choice {
  std::string id;  // what answers and expressions write: "same_server"
  LocalizedText text;
  Origin origin;
};

// A condition written in the condition language, kept as text until it is compiled.
struct Expression {
  std::string text;
  Origin origin;  // where the YAML scalar holding the text starts
  bool empty() const { return text.empty(); }
};

struct Question {
  std::string id;  // "backup.offline_copy"
  QuestionType type = QuestionType::boolean;
  LocalizedText text;
  LocalizedText help;
  std::vector<Choice> choices;  // choice and multi_choice only
  LocalizedText unit;           // number only; may be empty
  std::optional<double> min, max;  // number only
  Expression ask_if;            // empty: always asked (subject to the section's ask_if)
  // date only: the label of the answer `never` ("never updated"); empty: `never` is not accepted.
  LocalizedText never;
  bool quick = false;           // in the quick first pass (--quick): decides critical/high rules
  std::string section;          // id of the enclosing section
  Origin origin;

  // Index of a choice id, or -1.
  int choice_index(std::string_view choice_id) const;
  bool accepts_never() const { return !never.en.empty(); }
};

struct Section {
  std::string id;
  LocalizedText title;
  Expression ask_if;
  std::vector<std::string> question_ids;  // in questionnaire order
  Origin origin;
};

struct Checklist {
  std::vector<Section> sections;
  std::vector<Question> questions;  // in questionnaire order across all sections

  const Question* find(std::string_view id) const;
  std::vector<std::string> question_ids() const;
};

}  // namespace tenken
