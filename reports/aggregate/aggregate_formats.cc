// The formats of `tenken aggregate` by name (render_aggregate.h), each behind the one signature
// that can fail, so that the command handles them all alike.
#include <array>

#include "tenken/reports/render_aggregate.h"

namespace tenken {
namespace {

template <std::string (*Render)(const Aggregate&, const RenderOptions&)>
StatusOr<std::string> infallible(const Aggregate& a, const RenderOptions& o) {
  return Render(a, o);
}

constexpr std::array<AggregateFormat, 6> kFormats = {{
    {"term", ".txt", false, infallible<render_aggregate_terminal>},
    {"md", ".md", false, infallible<render_aggregate_markdown>},
    {"html", ".html", false, infallible<render_aggregate_html>},
    {"json", ".json", false, infallible<render_aggregate_json>},
    {"csv", ".csv", false, infallible<render_aggregate_csv>},
    {"xlsx", ".xlsx", true, render_aggregate_xlsx},
}};

}  // namespace

std::span<const AggregateFormat> aggregate_formats() { return kFormats; }

const AggregateFormat* find_aggregate_format(std::string_view name) {
  for (const AggregateFormat& f : kFormats)
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace tenken
