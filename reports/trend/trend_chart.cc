// The SVG line chart of a trend (trend_chart.h). Scores run 0–100 up the side; assessments are
// evenly spaced along the bottom in date order (the spacing shows order, not time). A score that
// is missing (a category not scored in that assessment) breaks its line.
#include "trend/trend_chart.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <optional>
#include <vector>

#include "tenken/reports/escape.h"
#include "trend/trend_text.h"

namespace tenken::cmp {
namespace {

constexpr int kWidth = 640, kHeight = 260;
constexpr int kLeft = 44, kRight = 44, kTop = 12, kBottom = 40;  // room for a date centred at either end
constexpr int kPlotWidth = kWidth - kLeft - kRight, kPlotHeight = kHeight - kTop - kBottom;
constexpr size_t kDateLabels = 8;  // at most this many dates under the axis

double x_of(size_t k, size_t n) {
  return n == 1 ? kLeft + kPlotWidth / 2.0 : kLeft + static_cast<double>(k) * kPlotWidth / static_cast<double>(n - 1);
}

double y_of(double score) { return kTop + (100 - std::clamp(score, 0.0, 100.0)) / 100 * kPlotHeight; }

std::string series_class(size_t row) {
  return row == 0 ? std::string("s-all") : fmt::format("s{}", (row - 1) % kSeriesStyles);
}

std::string axes(const OrganizationTrend& o) {
  std::string out;
  for (int v = 0; v <= 100; v += 25)
    out += fmt::format("<line class=\"grid\" x1=\"{}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\"/>"
                       "<text class=\"tick\" x=\"{}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>\n",
                       kLeft, y_of(v), kWidth - kRight, y_of(v), kLeft - 6, y_of(v) + 4, v);
  size_t n = o.assessments.size(), step = (n + kDateLabels - 1) / kDateLabels;
  for (size_t k = 0; k < n; ++k)
    if (k % step == 0 || k + 1 == n)
      out += fmt::format("<text class=\"tick\" x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", x_of(k, n),
                         kHeight - kBottom + 18, html_escape(o.assessments[k].date));
  return out;
}

// One series: its line (broken where a score is missing) and a point per score with a tooltip.
std::string series(const ScoreRow& row, const std::string& cls, const OrganizationTrend& o) {
  size_t n = row.scores.size();
  std::string path, points;
  bool pen_down = false;
  for (size_t k = 0; k < n; ++k) {
    const std::optional<double>& s = row.scores[k];
    if (!s) {
      pen_down = false;
      continue;
    }
    path += fmt::format("{}{:.1f} {:.1f} ", pen_down ? "L" : "M", x_of(k, n), y_of(*s));
    pen_down = true;
    points += fmt::format("<circle class=\"{}\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"3.5\"><title>{}</title></circle>\n",
                          cls, x_of(k, n), y_of(*s),
                          html_escape(fmt::format("{}, {}: {}", row.label, o.assessments[k].date, figure(s))));
  }
  if (!path.empty()) path.pop_back();
  bool has_line = path.find('L') != std::string::npos;  // a lone point has no line
  std::string line = has_line ? fmt::format("<path class=\"{}\" d=\"{}\"/>\n", cls, path) : "";
  return line + points;
}

std::string legend(const std::vector<ScoreRow>& rows) {
  std::string out = "<ul class=\"legend\">\n";
  for (size_t r = 0; r < rows.size(); ++r)
    out += fmt::format("<li><svg width=\"28\" height=\"10\" aria-hidden=\"true\"><line class=\"{}\" x1=\"1\" y1=\"5\" "
                       "x2=\"27\" y2=\"5\"/></svg>{}</li>\n",
                       series_class(r), html_escape(rows[r].label));
  return out + "</ul>\n";
}

}  // namespace

std::string svg_trend_chart(std::string_view id, const OrganizationTrend& o, Lang lang) {
  std::vector<ScoreRow> rows = score_rows(o, lang);
  std::string values;
  for (const ScoreRow& r : rows) {
    std::vector<std::string> shown;
    for (const std::optional<double>& s : r.scores) shown.push_back(figure(s));
    values += fmt::format("{}: {}. ", r.label, fmt::join(shown, ", "));
  }
  if (!values.empty()) values.pop_back();
  std::string out = fmt::format(
      "<svg class=\"chart\" viewBox=\"0 0 {} {}\" role=\"img\" aria-labelledby=\"{}-title {}-desc\">\n"
      "<title id=\"{}-title\">{}</title>\n<desc id=\"{}-desc\">{}</desc>\n",
      kWidth, kHeight, id, id, id, html_escape(say(Word::chart_title, lang, o.name)), id, html_escape(values));
  out += axes(o);
  // The overall line last, so it is drawn over the categories'.
  for (size_t r = rows.size(); r-- > 0;) out += series(rows[r], series_class(r), o);
  out += "</svg>\n";
  return out + legend(rows);
}

}  // namespace tenken::cmp
