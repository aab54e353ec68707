// Renderers of the sector view (tenken/aggregate.h): the statistics over many organisations'
// Results for a terminal, Markdown, HTML, JSON, CSV and XLSX. Pure, like render.h: the same
// Aggregate gives the same bytes; no file is written (the workbook goes through a private
// temporary file, removed), no clock is read. Figures are rounded here and only here. Names,
// rule titles and anything else from a file are escaped for the format. An anonymised Aggregate
// holds no organisation name or file path, so no renderer can show one.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "tenken/aggregate.h"
#include "tenken/reports/render.h"
#include "tenken/status.h"

namespace tenken {

// The organisations listed one by one in the terminal and Markdown reports, and in the HTML
// page's heat map; past it, those formats say the table is in the CSV, XLSX and JSON outputs.
inline constexpr size_t kAggregateTextOrganizations = 100;
inline constexpr size_t kAggregateHtmlOrganizations = 500;
// The gaps listed in the terminal, Markdown and HTML reports (JSON and XLSX list all).
inline constexpr size_t kAggregateTextGaps = 20;

// The summary, the score statistics (overall and per category), the groups, the category means
// per group, the most common gaps and, up to kAggregateTextOrganizations, the organisations.
// Wrapped at 100 columns; coloured only with RenderOptions::color.
std::string render_aggregate_terminal(const Aggregate& a, const RenderOptions& o);
// The same as GitHub-flavoured Markdown, with the per-organisation scores per category.
std::string render_aggregate_markdown(const Aggregate& a, const RenderOptions& o);
// One self-contained page, no script: the same tables, the category × group heat map always and
// the category × organisation heat map up to kAggregateHtmlOrganizations, each cell classed by
// its 10-point band (no inline style).
std::string render_aggregate_html(const Aggregate& a, const RenderOptions& o);
// The aggregate's JSON form, version kAggregateFormatVersion (docs/aggregate.schema.json): keys in
// a fixed order, figures rounded to 2 decimals, titles in both languages.
std::string render_aggregate_json(const Aggregate& a, const RenderOptions& o);
// One row per organisation (RFC 4180, CRLF, UTF-8, optional BOM): name or pseudonym, sector,
// size, date, score, percentile, deviation score, each category. Formula-like cells neutralised.
std::string render_aggregate_csv(const Aggregate& a, const RenderOptions& o);
// A workbook: summary, organisations, gaps and groups sheets. Fails as render_xlsx does.
StatusOr<std::string> render_aggregate_xlsx(const Aggregate& a, const RenderOptions& o);

struct AggregateFormat {
  std::string_view name;       // "md"
  std::string_view extension;  // ".md"
  bool binary;                 // not for a terminal: needs a path
  StatusOr<std::string> (*render)(const Aggregate&, const RenderOptions&);
};

// term, md, html, json, csv, xlsx.
std::span<const AggregateFormat> aggregate_formats();
// Null when no format has that name.
const AggregateFormat* find_aggregate_format(std::string_view name);

}  // namespace tenken
