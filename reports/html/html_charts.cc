// The SVG charts of the HTML pages (html_page.h): a bar chart of scores out of 100 and a stacked
// bar of counts by severity. Charts are drawn in fixed units with a viewBox, so they scale with
// the page and print sharply; colours come from the stylesheet's classes (no style attributes,
// which the page's policy forbids). Every number is also written as text, in the chart or
// beside it, and the charts carry titles for screen readers.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "common/messages.h"
#include "html/html_page.h"
#include "tenken/reports/escape.h"
#include "tenken/reports/text_layout.h"

namespace tenken {
namespace {

constexpr int kChartWidth = 900;
constexpr int kLabelColumns = 36;  // a label longer than this (display width) wraps
// A column of display width at the chart's 13px font: a Japanese character (two columns) is
// 13px, a Latin letter 6 to 9px; the label column errs on the wide side.
constexpr double kColumnPixels = 7.4;
constexpr int kLineHeight = 16;
constexpr int kBarHeight = 14;
constexpr int kAxisHeight = 22;
constexpr int kLegendHeight = 20;
constexpr int kValueRoom = 52;  // right of the bars, for "100.0"

std::string score_text(double score) { return fmt::format("{:.1f}", score); }

struct Layout {
  int label_width = 0;  // the label column, right-aligned at label_width - 10
  int bar_width = 0;    // a score of 100
  bool two_series = false;
};

Layout layout_for(const std::vector<ScoreRow>& rows, bool two_series) {
  int columns = 8;
  for (const ScoreRow& row : rows)
    for (const std::string& line : layout::wrap(row.label, kLabelColumns, kLabelColumns))
      columns = std::max(columns, layout::display_width(line));
  Layout l;
  l.label_width = static_cast<int>(std::ceil(columns * kColumnPixels)) + 16;
  l.bar_width = kChartWidth - l.label_width - kValueRoom;
  l.two_series = two_series;
  return l;
}

// Gridlines at 0, 25, 50, 75 and 100 from `top` down to `bottom`, labelled above.
std::string axis(const Layout& l, int top, int bottom) {
  std::string out = "<g class=\"axis\" aria-hidden=\"true\">";
  for (int tick = 0; tick <= 100; tick += 25)
    out += fmt::format(
        "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>"
        "<text x=\"{0}\" y=\"{3}\" text-anchor=\"middle\">{4}</text>",
        l.label_width + l.bar_width * tick / 100, top + kAxisHeight - 4, bottom, top + 12, tick);
  return out + "</g>\n";
}

// A bar and its value, or "not scored", at the top `y` of the bar.
std::string bar(const Layout& l, std::optional<double> score, int y, int height, const char* series,
                const ScoreChartText& text) {
  if (!score)
    return fmt::format("<text class=\"not-scored\" x=\"{}\" y=\"{}\">{}</text>", l.label_width + 6,
                       y + height - 3, html_escape(text.not_scored));
  double width = std::clamp(*score, 0.0, 100.0) * l.bar_width / 100;
  return fmt::format(
      "<rect class=\"bar {}\" x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\" rx=\"2\"/>"
      "<text class=\"value\" x=\"{:.1f}\" y=\"{}\">{}</text>",
      series, l.label_width, y, width, height, l.label_width + width + 6, y + height - 3,
      score_text(*score));
}

// The row's label, right-aligned and wrapped, and its bars; returns the row's height.
int row(std::string& out, const Layout& l, const ScoreRow& r, int top, const ScoreChartText& text) {
  std::vector<std::string> lines = layout::wrap(r.label, kLabelColumns, kLabelColumns);
  int bars = l.two_series ? 2 * (kBarHeight - 2) + 3 : kBarHeight;
  int height = std::max<int>(bars, static_cast<int>(lines.size()) * kLineHeight) + 12;
  int label_top = top + (height - static_cast<int>(lines.size()) * kLineHeight) / 2;
  out +=
      fmt::format("<g class=\"row\"><text class=\"label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">",
                  l.label_width - 10, label_top + 12);
  for (size_t i = 0; i < lines.size(); ++i)
    out += fmt::format("<tspan x=\"{}\" dy=\"{}\">{}</tspan>", l.label_width - 10,
                       i == 0 ? 0 : kLineHeight, html_escape(lines[i]));
  out += "</text>";
  int bar_top = top + (height - bars) / 2;
  if (!l.two_series) {
    out += bar(l, r.first, bar_top, kBarHeight, "first", text);
  } else {
    out += bar(l, r.first, bar_top, kBarHeight - 2, "first", text);
    if (r.first) out += bar(l, r.second, bar_top + kBarHeight + 1, kBarHeight - 2, "second", text);
  }
  out += "</g>\n";
  return height;
}

std::string label_value(std::string_view label, std::string_view value, Lang lang) {
  return say(Msg::html_label_value, lang, label, value);
}

// "Backup and recovery: 31.3, Remote access: not scored", or with two series
// "Backup and recovery: Before waivers 31.3 After waivers 40.0".
std::string description(const std::vector<ScoreRow>& rows, const ScoreChartText& text, Lang lang) {
  std::vector<std::string> parts;
  for (const ScoreRow& r : rows) {
    std::string value = !r.first ? text.not_scored
                        : text.second.empty() || !r.second
                            ? score_text(*r.first)
                            : fmt::format("{} {} {} {}", text.first, score_text(*r.first),
                                          text.second, score_text(*r.second));
    parts.push_back(label_value(r.label, value, lang));
  }
  return joined(parts, lang);
}

// Above the axis, for two series: a swatch and the name of each.
std::string legend(const Layout& l, const ScoreChartText& text) {
  if (!l.two_series) return "";
  return fmt::format(
      "<g class=\"legend\" aria-hidden=\"true\">"
      "<rect class=\"bar first\" x=\"{0}\" y=\"4\" width=\"12\" height=\"10\"/>"
      "<text x=\"{1}\" y=\"13\">{2}</text>"
      "<rect class=\"bar second\" x=\"{3}\" y=\"4\" width=\"12\" height=\"10\"/>"
      "<text x=\"{4}\" y=\"13\">{5}</text></g>\n",
      l.label_width, l.label_width + 16, html_escape(text.first), l.label_width + 200,
      l.label_width + 216, html_escape(text.second));
}

}  // namespace

std::string svg_score_chart(std::string_view id, const std::vector<ScoreRow>& rows,
                            const ScoreChartText& text, Lang lang) {
  Layout l = layout_for(rows, !text.second.empty());
  int axis_top = l.two_series ? kLegendHeight : 0;
  int top = axis_top + kAxisHeight;
  std::string body;
  for (const ScoreRow& r : rows) top += row(body, l, r, top, text);
  int height = top + 4;
  return fmt::format(
      "<svg class=\"chart score-chart\" id=\"{0}\" role=\"img\" "
      "aria-labelledby=\"{0}-title {0}-desc\" viewBox=\"0 0 {1} {2}\" width=\"{1}\" height=\"{2}\">\n"
      "<title id=\"{0}-title\">{3}</title><desc id=\"{0}-desc\">{4}</desc>\n{5}{6}{7}</svg>\n",
      id, kChartWidth, height, html_escape(text.title), html_escape(description(rows, text, lang)),
      legend(l, text), axis(l, axis_top, top), body);
}

std::string svg_severity_bar(const std::vector<std::pair<Severity, int>>& counts,
                             std::string_view label, Lang lang) {
  constexpr int kWidth = 1000;
  int total = 0;
  for (const auto& [severity, n] : counts) total += n;
  std::string out = fmt::format(
      "<svg class=\"chart severity-bar\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {} 24\" "
      "preserveAspectRatio=\"none\">"
      "<rect class=\"track\" x=\"0\" y=\"0\" width=\"{}\" height=\"24\"/>",
      html_escape(label), kWidth, kWidth);
  int done = 0;
  for (const auto& [severity, n] : counts) {
    if (n == 0) continue;
    int x = kWidth * done / total;
    done += n;
    out += fmt::format(
        "\n<rect class=\"sev-{}\" x=\"{}\" y=\"0\" width=\"{}\" height=\"24\">"
        "<title>{}</title></rect>",
        format_as(severity), x, kWidth * done / total - x,
        label_value(severity_name(severity, lang), std::to_string(n), lang));
  }
  return out + "\n</svg>\n";
}

std::string html_severity_legend(const std::vector<std::pair<Severity, int>>& counts, Lang lang) {
  std::string out = "<ul class=\"legend\">";
  for (const auto& [severity, n] : counts)
    out += fmt::format(
        "\n<li><span class=\"swatch sev-{}\" aria-hidden=\"true\"></span>{} <b>{}</b></li>",
        format_as(severity), severity_name(severity, lang), n);
  return out + "\n</ul>\n";
}

}  // namespace tenken
