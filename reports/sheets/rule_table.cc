// The rule table shared by the CSV report and the XLSX findings sheet (rule_table.h).
#include "sheets/rule_table.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string_view>

#include "common/findings.h"
#include "tenken/frameworks.h"
#include "tenken/utf8.h"

namespace tenken {
namespace {

// What a cell is made from.
struct Row {
  const Result& result;
  const RuleResult& rule;
  Lang lang;
  Names names;

  std::string join(const std::vector<std::string>& items) const {
    return fmt::format("{}", fmt::join(items, names == Names::machine ? "; " : "\n"));
  }
  std::string state(State s) const {
    return names == Names::machine ? format_as(s) : state_name(s, lang);
  }
  const RuleWaiver* waiver() const { return rule.waiver ? &*rule.waiver : nullptr; }
};

std::string category(const Row& row) {
  return row.names == Names::display ? category_title(row.result, row.rule.category, row.lang) : row.rule.category;
}

std::string answers(const Row& row) {
  std::vector<std::string> items;
  for (const AnswerUsed* a : answers_shown(row.rule)) items.push_back(answer_text(*a, row.lang));
  return row.join(items);
}

// The evidence the operator named in the answers, each file once, in the order given.
std::string answer_evidence(const Row& row) {
  std::vector<std::string> items;
  for (const AnswerUsed* a : answers_shown(row.rule))
    for (const std::string& e : a->evidence)
      if (std::find(items.begin(), items.end(), e) == items.end()) items.push_back(e);
  return row.join(items);
}

std::string refs(const Row& row, std::string_view framework) {
  auto it = row.rule.texts->refs.find(std::string(framework));
  return it == row.rule.texts->refs.end() ? "" : row.join(it->second);
}

std::string waiver_status(const Row& row) {
  const RuleWaiver* w = row.waiver();
  if (!w) return "";
  return row.names == Names::machine ? format_as(w->status) : waiver_status_name(w->status, row.lang);
}

// A fact of the answer file written on every row (the organisation, the assessment date) is cut
// to 200 characters, at a character boundary, ending in "…". The column stays on every row because
// it is what tells the rows of many operators' tables apart once they are concatenated or pivoted,
// and 200 characters do that for any real name; but the whole of it on every row would multiply a
// long name by the number of rules (a 1 MB name made a 587 MB CSV). The whole name is in the
// formats that show it once: the XLSX summary sheet, the JSON Result and the other reports.
constexpr size_t kFactShown = 200;  // characters

std::string fact(std::string_view text) {
  size_t at = 0, chars = 0, cut = 0;
  while (at < text.size()) {
    if (chars == kFactShown - 1) cut = at;
    if (chars == kFactShown) return std::string(text.substr(0, cut)) + "…";
    utf8::decode(text, at);
    ++chars;
  }
  return std::string(text);
}

using Value = std::string (*)(const Row&);

struct Column {
  RuleColumn column;
  Value value;
};

constexpr Column kColumns[] = {
    {{"organization", Msg::organization, ColumnKind::fact},
     [](const Row& r) { return fact(r.result.organization.name); }},
    {{"assessment_date", Msg::assessment_date, ColumnKind::fact},
     [](const Row& r) { return fact(r.result.assessment.date); }},
    {{"rule", Msg::column_rule, ColumnKind::id}, [](const Row& r) { return r.rule.rule; }},
    {{"title", Msg::column_title, ColumnKind::text},
     [](const Row& r) { return r.rule.texts->title.in(r.lang); }},
    {{"state", Msg::column_state, ColumnKind::word},
     [](const Row& r) { return r.state(r.rule.state); }},
    {{"counted_state", Msg::column_counted_state, ColumnKind::word},
     [](const Row& r) { return r.state(counted_state(r.rule)); }},
    {{"severity", Msg::column_severity, ColumnKind::word},
     [](const Row& r) -> std::string {
       return r.names == Names::machine ? format_as(r.rule.severity) : severity_name(r.rule.severity, r.lang);
     }},
    {{"category", Msg::column_category, ColumnKind::word}, category},
    {{"weight", Msg::column_rule_weight, ColumnKind::number},
     [](const Row& r) { return fmt::format("{:g}", r.rule.weight); }},
    {{"answers", Msg::column_answers, ColumnKind::list}, answers},
    {{"answer_evidence", Msg::column_answer_evidence, ColumnKind::list}, answer_evidence},
    {{"needs", Msg::column_needs, ColumnKind::list}, [](const Row& r) { return r.join(r.rule.needs); }},
    {{"cases", Msg::column_cases, ColumnKind::list}, [](const Row& r) { return r.join(r.rule.texts->cases); }},
    {{"csf2", Msg::label_references, ColumnKind::list}, [](const Row& r) { return refs(r, "csf2"); }},
    {{"iso27001_2022", Msg::label_references, ColumnKind::list},
     [](const Row& r) { return refs(r, "iso27001_2022"); }},
    {{"cis_v8", Msg::label_references, ColumnKind::list}, [](const Row& r) { return refs(r, "cis_v8"); }},
    {{"rationale", Msg::column_rationale, ColumnKind::text},
     [](const Row& r) { return r.rule.texts->rationale.in(r.lang); }},
    {{"recommendation", Msg::column_recommendation, ColumnKind::text},
     [](const Row& r) { return r.rule.texts->recommendation.in(r.lang); }},
    {{"evidence", Msg::column_evidence, ColumnKind::text},
     [](const Row& r) { return r.rule.texts->evidence.in(r.lang); }},
    {{"waiver_status", Msg::column_waiver_status, ColumnKind::word}, waiver_status},
    {{"waiver_justification", Msg::column_waiver_justification, ColumnKind::text},
     [](const Row& r) { return r.waiver() ? r.waiver()->justification : ""; }},
    {{"waiver_approved_by", Msg::column_waiver_approved_by, ColumnKind::word},
     [](const Row& r) { return r.waiver() ? r.waiver()->approved_by : ""; }},
    {{"waiver_expires", Msg::column_waiver_expires, ColumnKind::word},
     [](const Row& r) { return r.waiver() ? r.waiver()->expires : ""; }},
    {{"waiver_origin", Msg::column_waiver_origin, ColumnKind::word},
     [](const Row& r) { return r.waiver() ? r.waiver()->origin : ""; }},
};

constexpr auto kRuleColumns = [] {
  std::array<RuleColumn, std::size(kColumns)> out{};
  for (size_t i = 0; i < out.size(); ++i) out[i] = kColumns[i].column;
  return out;
}();

}  // namespace

std::span<const RuleColumn> rule_columns() { return kRuleColumns; }

std::string column_heading(const RuleColumn& column, Lang lang) {
  if (const Framework* f = find_framework(column.name)) return f->name;
  return message(column.heading, lang);
}

std::vector<std::string> rule_row(const Result& r, const RuleResult& rule, Lang lang, Names names) {
  Row row{r, rule, lang, names};
  std::vector<std::string> cells;
  cells.reserve(std::size(kColumns));
  for (const Column& c : kColumns) cells.push_back(c.value(row));
  return cells;
}

}  // namespace tenken
