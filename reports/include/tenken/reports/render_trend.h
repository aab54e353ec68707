// Renderers of trends over N assessments (tenken/trend.h): for each organisation, its assessments,
// the score per category in each and the change from the first to the latest, and its gaps by how
// they ran (open in every assessment, regressed, new, still open, resolved, now unknown); for a
// terminal, Markdown, HTML, JSON and CSV. Pure, like render.h: the same Trend gives the same
// bytes; no file is written, no clock is read. Figures are rounded here and only here. Names,
// paths and titles from the Results are escaped for the format (made printable on a terminal).
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "tenken/reports/render.h"
#include "tenken/trend.h"

namespace tenken {

// A summary, then per organisation: its facts, the table of assessments, the category ×
// assessment table (columns numbered as the assessments) with the change and its direction
// (▲ up, ▼ down, = no change: a word, not only a sign), and the gaps with the dates that say how
// long each has been open. Wrapped at 100 columns; coloured only with RenderOptions::color.
std::string render_trend_terminal(const Trend& t, const RenderOptions& o);
// The same as GitHub-flavoured Markdown, the category columns headed by their dates.
std::string render_trend_markdown(const Trend& t, const RenderOptions& o);
// One self-contained page, no script: the same tables, and per organisation an inline SVG line
// chart of the overall and category scores by assessment (values also in the tables).
std::string render_trend_html(const Trend& t, const RenderOptions& o);
// The comparison's JSON form, version kTrendFormatVersion (docs/compare.schema.json): keys in a
// fixed order, figures rounded to 2 decimals, titles in both languages.
std::string render_trend_json(const Trend& t, const RenderOptions& o);
// Long form, one row per organisation, assessment and category (the overall score first, as
// category "overall"): organization, date, result_file, category, title, score. RFC 4180, CRLF,
// UTF-8, optional BOM; formula-like cells neutralised (csv_field).
std::string render_trend_csv(const Trend& t, const RenderOptions& o);

struct TrendFormat {
  std::string_view name;  // "md"
  std::string (*render)(const Trend&, const RenderOptions&);
};

// term, md, html, json, csv.
std::span<const TrendFormat> trend_formats();
// Null when no format has that name.
const TrendFormat* find_trend_format(std::string_view name);

}  // namespace tenken
