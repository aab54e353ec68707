// The CSV form of the sector view (render_aggregate_csv): one row per organisation, for
// spreadsheets. RFC 4180 with CRLF line ends, UTF-8 (a byte order mark with --csv-bom, for
// Excel); every cell goes through csv_field, so a name that starts like a formula stays text.
// Figures have two decimals; a category the organisation does not score is an empty cell.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "aggregate/aggregate_text.h"
#include "tenken/reports/escape.h"
#include "tenken/reports/render_aggregate.h"

namespace tenken {
namespace {

using namespace agg;

constexpr const char* kBom = "\xEF\xBB\xBF";

void row(std::string& out, const std::vector<std::string>& cells) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) out += ',';
    out += csv_field(cells[i]);
  }
  out += "\r\n";
}

std::string number(double x) { return fmt::format("{:.2f}", x); }

}  // namespace

std::string render_aggregate_csv(const Aggregate& a, const RenderOptions& o) {
  Lang lang = o.lang;
  std::string out = o.csv_bom ? kBom : "";
  std::vector<std::string> header = {word(Word::column_organization, lang), word(Word::column_sector, lang),
                                     word(Word::column_size, lang),         word(Word::column_date, lang),
                                     word(Word::column_score, lang),        word(Word::column_percentile, lang),
                                     word(Word::column_deviation, lang)};
  for (const CategoryStatistics& c : a.categories) header.push_back(c.title.in(lang));
  row(out, header);
  for (const OrganizationScore& org : a.organizations) {
    std::vector<std::string> cells = {org.name,           sector_name(org.sector, lang), size_name(org.size, lang),
                                      org.date,           number(org.score),             number(org.percentile),
                                      number(org.deviation)};
    for (const std::optional<double>& s : org.categories) cells.push_back(s ? number(*s) : "");
    row(out, cells);
  }
  return out;
}

}  // namespace tenken
