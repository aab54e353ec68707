// The rule table: one row per rule, with the columns an auditor filters, sorts and pivots on.
// The CSV report is this table; the XLSX findings sheet is the same table for people. A column
// has a stable machine name (the CSV header, English snake_case) and a heading in the report's
// language (the XLSX header). Values with a machine name (state, severity, waiver status) are
// written either by that name, for programs and for joining the CSVs of many operators, or by
// their display name, for people. Cells are plain text: escaping is the format's job.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/messages.h"
#include "tenken/result.h"

namespace tenken {

// What a column holds, which decides how a spreadsheet lays it out.
enum class ColumnKind {
  fact,    // the organisation and the assessment date, the same on every row
  id,      // a rule id
  word,    // a state, a severity, a category, a waiver status, a date
  number,  // the weight
  list,    // several items: answers, question ids, case ids, references
  text,    // prose: title, why, what to do, evidence, justification
};

struct RuleColumn {
  std::string_view name;  // "rule", "counted_state", "csf2"
  Msg heading;            // unused for reference columns, which are headed by the framework
  ColumnKind kind;
};

// organization, assessment_date, rule, title, state, counted_state, severity, category, weight,
// answers, answer_evidence, needs, cases, csf2, iso27001_2022, cis_v8, rationale,
// recommendation, evidence, waiver_status, waiver_justification, waiver_approved_by,
// waiver_expires, waiver_origin.
std::span<const RuleColumn> rule_columns();

// The heading of a column for people: the message, or the framework's name ("NIST CSF 2.0").
std::string column_heading(const RuleColumn& column, Lang lang);

// How values that have a machine name are written.
enum class Names {
  machine,  // pass, not_needed, critical, the category id
  display,  // 合格, 不要, 重大, the category's title (state_name, severity_name ...)
};
// Dates stay YYYY-MM-DD in both, so that a spreadsheet sorts them.

// One rule's row, in rule_columns() order. Lists are joined with "; " for machine names and one
// item a line for display. Human text (title, answers, why ...) is in `lang` either way.
std::vector<std::string> rule_row(const Result& r, const RuleResult& rule, Lang lang, Names names);

}  // namespace tenken
