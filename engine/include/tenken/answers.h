// Answers: one organisation's answers to the questionnaire for one assessment, as loaded from
// an answer file (YAML or JSON). Loading checks the file's shape only; the values are checked
// against the checklist's question types when they are bound for evaluation (engine.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tenken/source.h"

namespace tenken {

struct Organization {
  std::string name;
  std::string sector;  // an id of sectors() (tenken/organization_profile.h), or empty
  std::string size;    // an id of size_bands(), or empty
};

struct Assessment {
  std::string date;  // YYYY-MM-DD: "today" for every date comparison
  std::string assessor;
  std::string scope;
  Origin date_origin;
};

// A scalar as written in the file: its text and whether it was quoted, so that `no` (a
// boolean) and "no" (a string) can be told apart.
struct RawScalar {
  std::string text;
  bool quoted = false;
  bool null = false;
  Origin origin;
};

enum class AnswerForm {
  value,           // a value of the question's type (for multi_choice possibly partial, see Answer)
  dont_know,       // `unknown`: the operator does not know
  not_applicable,  // `{na: reason}`
  alternative,     // `{alternative: justification}`: the practice is met another way; an auditor decides
};

struct Answer {
  std::string question;  // the key as written
  AnswerForm form = AnswerForm::value;
  bool is_list = false;        // the value was a sequence (multi-choice)
  std::vector<RawScalar> raw;  // one scalar, or the items of a sequence
  // A partial multi-choice answer, `{has: [...], lacks: [...]}`: `raw` holds the options known to
  // be present, `lacks` those known to be absent; every other option is unknown.
  bool is_partial = false;
  std::vector<RawScalar> lacks;
  // An approximate number, `{at_least: 30}`, `{at_most: 60}` or both: the bounds known. A side
  // not given is open (up to the question's own bound).
  bool is_range = false;
  std::optional<RawScalar> at_least, at_most;
  std::string na_reason;
  std::string alternative;  // the justification of an alternative (compensating) control
  std::string comment;
  std::vector<std::string> evidence;
  Origin origin;        // the key
  Origin value_origin;  // the value
};

// The syntax an answer file was written in, so that advice about a value fits it ("write true" in
// JSON, "write yes" in YAML).
enum class AnswerSyntax { yaml, json, csv };

struct Answers {
  AnswerSyntax syntax = AnswerSyntax::yaml;
  Organization organization;
  Assessment assessment;
  std::vector<Answer> answers;  // in file order
  std::string path;
};

}  // namespace tenken
