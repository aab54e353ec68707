// The table of output formats (formats.h).
#include "tenken/reports/formats.h"

#include <array>

namespace tenken {
namespace {

// A renderer that cannot fail, in the table's signature.
template <std::string (*render)(const Result&, const RenderOptions&)>
StatusOr<std::string> always(const Result& r, const RenderOptions& o) {
  return render(r, o);
}

StatusOr<std::string> json(const Result& r, const RenderOptions&) { return render_json(r); }

constexpr std::array kFormats = {
    Format{"term", ".txt", false, always<render_terminal>, "the gap report for a terminal"},
    Format{"json", ".json", false, json, "the Result (docs/result.schema.json)"},
    Format{"md", ".md", false, always<render_markdown>, "the gap report as Markdown"},
    Format{"html", ".html", false, always<render_html>, "a self-contained HTML report"},
    Format{"csv", ".csv", false, always<render_csv>, "one row per rule, for spreadsheets"},
    Format{"xlsx", ".xlsx", true, render_xlsx, "an Excel workbook for auditors"},
    Format{"junit", ".xml", false, always<render_junit>, "JUnit XML for CI"},
    Format{"sarif", ".sarif", false, always<render_sarif>, "SARIF 2.1.0 for code-scanning tools"},
    Format{"oscal", ".json", false, always<render_oscal>, "OSCAL 1.0.6 assessment results"},
};

}  // namespace

std::span<const Format> formats() { return kFormats; }

const Format* find_format(std::string_view name) {
  for (const Format& f : kFormats)
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace tenken
