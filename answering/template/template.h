// Blank answer files (`tenken template`): every question of a checklist, in questionnaire order,
// with nothing answered, for an operator to fill in by hand (YAML) or in a spreadsheet (CSV).
// Each question comes with what a person needs to answer it — its text, help, type, unit, bounds,
// choices, the date forms it takes and when it is asked — in Japanese or English. What is written
// loads with `tenken check` as it is (docs/answers.md is the format). Output is deterministic:
// the same checklist and options give the same bytes (no clock, no environment).
//
// This stage only reads a Checklist; it never evaluates anything.
#pragma once

#include <string>
#include <vector>

#include "tenken/checklist.h"
#include "tenken/text.h"

namespace tenken::answering {

struct TemplateOptions {
  Lang lang = Lang::en;
  // Only the questions of the quick first pass (Question::quick), still in questionnaire order.
  bool quick = false;
  // CSV only: start with a UTF-8 byte order mark, without which Excel reads the file as the
  // system's legacy code page (Shift_JIS on Japanese Windows).
  bool csv_bom = true;
};

// How many questions a template lists: all, or with `quick` those of the quick first pass.
size_t listed_question_count(const Checklist& checklist, bool quick);

// YAML: comments explaining the answer forms, the organization and assessment blocks, then
// `answers:` with one empty key per question, each preceded by its description as comments.
std::string render_yaml_template(const Checklist& checklist, const TemplateOptions& options);

// CSV (RFC 4180, CRLF, UTF-8): a header row of column names, rows of instructions (blank id),
// the organisation and assessment rows, then one row per question with an empty answer.
std::string render_csv_template(const Checklist& checklist, const TemplateOptions& options);

// The column names of the CSV template, in order. `check` reads id, answer, na_reason,
// alternative, comment and evidence (engine/load/answers_csv.cc); the others are there to read.
const std::vector<std::string>& csv_template_columns();

}  // namespace tenken::answering
