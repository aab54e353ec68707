// The CSV report (render_csv): the rule table (rule_table.h) as RFC 4180 text, for spreadsheets
// and scripts. The header row holds the columns' machine names and the cells hold machine names
// for states, severities and waiver statuses, so that a script or a pivot table keeps working
// whatever the report's language; titles, answers and advice are in the report's language.
// Every row starts with the organisation and the assessment date, so that the CSVs of many
// operators or of many years can be concatenated into one table; being on every row, they are cut
// to 200 characters there (rule_table.cc), so that the size of the CSV grows with the answer file
// and not with its length times the number of rules. Every field goes through
// csv_field, which quotes it and keeps a spreadsheet from running it as a formula.
#include <string>
#include <vector>

#include "sheets/rule_table.h"
#include "tenken/reports/escape.h"
#include "tenken/reports/render.h"

namespace tenken {
namespace {

constexpr const char* kBom = "\xEF\xBB\xBF";

void append_record(std::string& out, const std::vector<std::string>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    out += csv_field(fields[i]);
  }
  out += "\r\n";
}

}  // namespace

std::string render_csv(const Result& r, const RenderOptions& o) {
  std::string out = o.csv_bom ? kBom : "";
  std::vector<std::string> header;
  for (const RuleColumn& c : rule_columns()) header.emplace_back(c.name);
  append_record(out, header);
  for (const RuleResult& rule : r.rules) append_record(out, rule_row(r, rule, o.lang, Names::machine));
  return out;
}

}  // namespace tenken
