// The XLSX form of the sector view (render_aggregate_xlsx): a workbook with a summary sheet (the
// facts and the statistics), an organisations sheet (as the CSV, each score shaded by its
// 10-point band), a gaps sheet (every rule failed or unknown somewhere) and a sheet of the groups
// with their category means. Figures are numbers rounded to 2 decimals, as in the JSON form.
// Made as the gap report's workbook is (make_workbook, sheets/xlsx_workbook.h); its creation
// time is the latest assessment date, never the clock, so the same Aggregate gives the same bytes.
#include <fmt/format.h>
#include <xlsxwriter.h>

#include <array>
#include <cmath>

#include "aggregate/aggregate_text.h"
#include "common/messages.h"
#include "sheets/xlsx_library.h"
#include "sheets/xlsx_sheets.h"
#include "sheets/xlsx_workbook.h"
#include "tenken/reports/render_aggregate.h"

namespace tenken {
namespace {

using namespace agg;
using xlsx::Sheet;
using xlsx::lxw;

double rounded(double x) { return std::round(x * 100) / 100; }

// The shared cell formats and one per 10-point band.
struct Formats {
  xlsx::Styles styles;
  std::array<lxw_format*, 10> band;
};

Formats make_formats(lxw_workbook* book) {
  constexpr std::array<lxw_color_t, 10> kFill = {0x7F1D1D, 0x991B1B, 0xB91C1C, 0xDC2626, 0xF87171,
                                                 0xFCA5A5, 0xFECACA, 0xFEE2E2, 0xECFDF5, 0xD1FAE5};
  Formats f{xlsx::make_styles(book), {}};
  for (int b = 0; b < 10; ++b) {
    f.band[b] = lxw().workbook_add_format(book);
    lxw().format_set_num_format(f.band[b], "0.0");
    lxw().format_set_bg_color(f.band[b], kFill[b]);
    if (b < 4) lxw().format_set_font_color(f.band[b], 0xFFFFFF);
  }
  return f;
}

void score_cell(Sheet& sheet, const Formats& f, int row, int col, const std::optional<double>& score) {
  if (score) sheet.number(row, col, rounded(*score), f.band[band(*score)]);
}

void write_summary(Sheet& sheet, const Formats& f, const Aggregate& a, Lang lang) {
  const xlsx::Styles& s = f.styles;
  int row = 0;
  sheet.text(row++, 0, word(Word::title, lang), s.title);
  for (const Fact& f : summary_facts(a, lang)) {
    sheet.text(row, 0, word(f.label, lang), s.label);
    sheet.text(row++, 1, f.text, s.cell);
  }
  ++row;
  std::vector<std::string> headings = {word(Word::column_what, lang)};
  for (std::string& h : statistics_headings(lang)) headings.push_back(std::move(h));
  sheet.header(row++, headings, s.header);
  for (const StatisticsRow& r : statistics_rows(a, lang)) {
    sheet.text(row, 0, r.label, s.label);
    sheet.number(row, 1, r.stats.count, s.cell);
    const Statistics& st = r.stats;
    int col = 2;
    for (double x : {st.mean, st.median, st.stddev, st.q1, st.q3, st.min, st.max})
      if (st.count) sheet.number(row, col++, rounded(x), s.score);
    ++row;
  }
  sheet.width(0, 36);
  sheet.width(1, 14);
}

void write_organizations(Sheet& sheet, const Formats& f, const Aggregate& a, Lang lang) {
  const xlsx::Styles& s = f.styles;
  std::vector<std::string> headings = {word(Word::column_organization, lang), word(Word::column_sector, lang),
                                       word(Word::column_size, lang),         word(Word::column_date, lang),
                                       word(Word::column_score, lang),        word(Word::column_percentile, lang),
                                       word(Word::column_deviation, lang),    word(Word::column_set_aside, lang)};
  for (const CategoryStatistics& c : a.categories) headings.push_back(c.title.in(lang));
  sheet.header(0, headings, s.header);
  int row = 0;
  for (const OrganizationScore& o : a.organizations) {
    ++row;
    sheet.text(row, 0, o.name, s.cell);
    sheet.text(row, 1, sector_name(o.sector, lang), s.cell);
    sheet.text(row, 2, size_name(o.size, lang), s.cell);
    sheet.text(row, 3, o.date, s.cell);
    score_cell(sheet, f, row, 4, o.score);
    sheet.number(row, 5, rounded(o.percentile), s.score);
    sheet.number(row, 6, rounded(o.deviation), s.score);
    sheet.number(row, 7, o.set_aside, s.cell);
    for (size_t c = 0; c < o.categories.size(); ++c) score_cell(sheet, f, row, 8 + static_cast<int>(c), o.categories[c]);
  }
  sheet.width(0, 30);
  sheet.width(1, 20);
  sheet.width(2, 16);
  sheet.width(3, 12);
  sheet.table_view(row, static_cast<int>(headings.size()) - 1, 1);
}

void write_gaps(Sheet& sheet, const Formats& f, const Aggregate& a, Lang lang) {
  const xlsx::Styles& s = f.styles;
  sheet.header(0, {"#", word(Word::column_rule, lang), message(Msg::column_title, lang),
                   word(Word::column_severity, lang), word(Word::column_fail, lang),
                   word(Word::column_fail_percent, lang), word(Word::column_unknown, lang),
                   word(Word::column_unknown_percent, lang), word(Word::column_assessed, lang)},
               s.header);
  double n = static_cast<double>(a.organizations.size());
  int row = 0;
  for (const RuleGap& g : a.gaps) {
    ++row;
    sheet.number(row, 0, row, s.cell);
    sheet.text(row, 1, g.rule, s.cell);
    sheet.text(row, 2, g.title.in(lang), s.wrapped);
    if (g.severity) sheet.text(row, 3, severity_name(*g.severity, lang), s.severity[static_cast<int>(*g.severity)]);
    sheet.number(row, 4, g.fail, s.cell);
    sheet.number(row, 5, g.fail / n, s.percent);
    sheet.number(row, 6, g.unknown, s.cell);
    sheet.number(row, 7, g.unknown / n, s.percent);
    sheet.number(row, 8, g.assessed, s.cell);
  }
  sheet.width(0, 5);
  sheet.width(1, 30);
  sheet.width(2, 50);
  sheet.table_view(row, 8, 2);
}

void write_groups(Sheet& sheet, const Formats& f, const Aggregate& a, Lang lang) {
  const xlsx::Styles& s = f.styles;
  std::vector<std::string> headings = {word(group_column(a.by), lang), word(Word::column_count, lang),
                                       word(Word::column_mean, lang), word(Word::column_median, lang)};
  for (const CategoryStatistics& c : a.categories) headings.push_back(c.title.in(lang));
  sheet.header(0, headings, s.header);
  int row = 0;
  for (const Group& g : a.groups) {
    ++row;
    sheet.text(row, 0, g.name.in(lang), s.cell);
    sheet.number(row, 1, g.count, s.cell);
    score_cell(sheet, f, row, 2, g.mean);
    sheet.number(row, 3, rounded(g.median), s.score);
    for (size_t c = 0; c < g.category_means.size(); ++c)
      score_cell(sheet, f, row, 4 + static_cast<int>(c), g.category_means[c]);
  }
  sheet.width(0, 36);
  sheet.table_view(row, static_cast<int>(headings.size()) - 1, 1);
}

void write_book(lxw_workbook* book, const Aggregate& a, Lang lang, lxw_error& error) {
  Formats formats = make_formats(book);
  auto sheet = [&](const char* name, auto write) {
    lxw_worksheet* ws = lxw().workbook_add_worksheet(book, name);
    if (!ws) {
      if (error == LXW_NO_ERROR) error = LXW_ERROR_SHEETNAME_ALREADY_USED;
      return;
    }
    Sheet s(ws, error);
    write(s, formats, a, lang);
  };
  sheet(word(Word::sheet_summary, lang), write_summary);
  sheet(word(Word::sheet_organizations, lang), write_organizations);
  sheet(word(Word::sheet_gaps, lang), write_gaps);
  sheet(word(groups_heading(a.by), lang), write_groups);
}

}  // namespace

StatusOr<std::string> render_aggregate_xlsx(const Aggregate& a, const RenderOptions& o) {
  return xlsx::make_workbook(word(Word::title, o.lang), a.last_date,
                             [&](lxw_workbook* book, lxw_error& error) { write_book(book, a, o.lang, error); });
}

}  // namespace tenken
