// The CSV form of a trend (render_trend_csv): long form, one row per organisation, assessment and
// category, for pivot tables and charts in a spreadsheet: organization, date, result_file,
// category, title, score. The overall score comes first in each assessment, as category
// "overall"; a category the assessment does not score has an empty score. The column names are
// fixed (for scripts), the titles in the report's language. RFC 4180 with CRLF line ends, UTF-8
// (a byte order mark with --csv-bom, for Excel); every cell goes through csv_field, so a name
// that starts like a formula stays text.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "tenken/reports/escape.h"
#include "tenken/reports/render_trend.h"
#include "trend/trend_text.h"

namespace tenken {
namespace {

constexpr const char* kBom = "\xEF\xBB\xBF";

void row(std::string& out, const std::vector<std::string>& cells) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) out += ',';
    out += csv_field(cells[i]);
  }
  out += "\r\n";
}

std::string number(const std::optional<double>& x) {
  if (!x) return "";
  std::string text = fmt::format("{:.2f}", *x);
  return text == "-0.00" ? "0.00" : text;
}

}  // namespace

std::string render_trend_csv(const Trend& t, const RenderOptions& o) {
  std::string out = o.csv_bom ? kBom : "";
  row(out, {"organization", "date", "result_file", "category", "title", "score"});
  for (const OrganizationTrend& org : t.organizations) {
    std::vector<cmp::ScoreRow> rows = cmp::score_rows(org, o.lang);
    for (size_t k = 0; k < org.assessments.size(); ++k)
      for (const cmp::ScoreRow& r : rows)
        row(out, {org.name, org.assessments[k].date, org.assessments[k].file, r.id, r.label, number(r.scores[k])});
  }
  return out;
}

}  // namespace tenken
