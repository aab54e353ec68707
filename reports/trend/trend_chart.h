// The line chart of an organisation's scores by assessment, as inline SVG for the trend page
// (trend_html.cc): the overall score and each category's, one line each, a point per assessment
// with its value as a tooltip. Styled by class only (the page's stylesheet gives each series its
// colour and its dash pattern, so lines are told apart without colour too); no script. Every
// text in it is escaped. Internal to reports/trend/.
#pragma once

#include <string>
#include <string_view>

#include "tenken/trend.h"

namespace tenken::cmp {

// The number of line styles; series beyond it reuse them in turn.
inline constexpr size_t kSeriesStyles = 8;

// The chart, then its legend as an HTML list. `id` (letters, digits, hyphens) makes the chart's
// element ids unique within the page.
std::string svg_trend_chart(std::string_view id, const OrganizationTrend& o, Lang lang);

}  // namespace tenken::cmp
