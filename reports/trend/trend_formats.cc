// The formats of `tenken compare` by name (render_trend.h), so that the command lists and finds
// them in one place.
#include <array>

#include "tenken/reports/render_trend.h"

namespace tenken {
namespace {

constexpr std::array<TrendFormat, 5> kFormats = {{
    {"term", render_trend_terminal},
    {"md", render_trend_markdown},
    {"html", render_trend_html},
    {"json", render_trend_json},
    {"csv", render_trend_csv},
}};

}  // namespace

std::span<const TrendFormat> trend_formats() { return kFormats; }

const TrendFormat* find_trend_format(std::string_view name) {
  for (const TrendFormat& f : kFormats)
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace tenken
