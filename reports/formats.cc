// The table of output formats (formats.h).
#include "reports/formats.h"

#include <array>

namespace tenken {
namespace {

std::string json(const Result& r, const RenderOptions&) { return render_json(r); }

constexpr std::array kFormats = {
    Format{"term", ".txt", false, render_terminal, "the gap report for a terminal"},
    Format{"json", ".json", false, json, "the Result (docs/result.schema.json)"},
    Format{"md", ".md", false, render_markdown, "the gap report as Markdown"},
    Format{"html", ".html", false, render_html, "a self-contained HTML report"},
    Format{"csv", ".csv", false, render_csv, "one row per rule, for spreadsheets"},
    Format{"xlsx", ".xlsx", true, render_xlsx, "an Excel workbook for auditors"},
    Format{"junit", ".xml", false, render_junit, "JUnit XML for CI"},
    Format{"sarif", ".sarif", false, render_sarif, "SARIF 2.1.0 for code-scanning tools"},
    Format{"oscal", ".json", false, render_oscal, "OSCAL 1.0.6 assessment results"},
};

}  // namespace

std::span<const Format> formats() { return kFormats; }

const Format* find_format(std::string_view name) {
  for (const Format& f : kFormats)
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace tenken
