// Writing Answers back out as a YAML answer file in the format of docs/answers.md, so that what
// an operator typed reads back through load_answers() exactly as it was typed: every string is
// written plain only when YAML would read that plain scalar back as the same string with the
// same meaning, and double-quoted with escapes otherwise (quotes, colons, '#', line breaks,
// leading spaces, words such as yes, no, null, ~ and unknown, control characters). The writer
// does not check answers against their questions; bind_answers() does that.
#pragma once

#include <string>
#include <string_view>

#include "tenken/answers.h"
#include "tenken/checklist.h"

namespace tenken::answering {

// The whole answer file: an optional first comment line (`comment` without '#', "" for none),
// organization, assessment, then the answers in checklist order; answers to questions the
// checklist does not have follow in the order given. Empty sector, size, assessor and scope are
// left out. Deterministic: the same Answers give the same bytes.
std::string write_answers_yaml(const Answers& answers, const Checklist& checklist,
                               std::string_view comment = "");

// A string as a YAML scalar that reads back as this very string, never as a boolean, a
// number, null, `unknown` or `never`: plain when that is safe, else double-quoted.
std::string yaml_string(std::string_view text);

// A scalar as it was written: a quoted one as yaml_string(); a plain one plain (so that yes, 3,
// 2024-10-01 and unknown keep their meaning) unless it cannot be written plain or would read as
// null (the text `null` typed at a number question stays a wrong value, not "not answered");
// null as `~`.
std::string yaml_raw(const RawScalar& scalar);

// The answer's value as it stands after "id: " (`yes`, `[a, b]`, `{na: reason}`,
// `{at_least: 30, at_most: 60}`, `{value: 3, comment: ...}`), on one line.
std::string yaml_answer(const Answer& answer);

}  // namespace tenken::answering
