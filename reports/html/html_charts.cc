// The SVG charts of the HTML pages (html_page.h): a bar chart of scores out of 100, a radar chart
// of the same scores, and a stacked bar of counts by severity. Charts are drawn in fixed units
// with a viewBox, so they scale with the page and print sharply; colours come from the
// stylesheet's classes (no style attributes, which the page's policy forbids). Every number is
// also written as text, in the chart or beside it (the radar's are in the bar chart and the table
// under it), and the charts carry titles and descriptions for screen readers.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "common/messages.h"
#include "html/html_page.h"
#include "tenken/reports/escape.h"
#include "tenken/reports/text_layout.h"
#include "tenken/utf8.h"

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

namespace {

// The radar's geometry, in the SVG's own units: rings of radius kRadarRadius around the centre, a
// label kRadarLabelGap beyond the outer ring, and room around the rings for labels of up to
// kRadarLabelLines lines of kRadarLabelColumns columns (at the chart's 12px font a column is at
// most 7.4px, so a label line takes at most 163px of the 188px beside the rings).
constexpr int kRadarWidth = 700;
constexpr int kRadarRadius = 150;
constexpr int kRadarLabelGap = 12;
constexpr int kRadarLabelColumns = 22;
constexpr int kRadarLabelLines = 3;
constexpr int kRadarLineHeight = 14;
constexpr int kRadarMargin = kRadarLabelGap + kRadarLabelLines * kRadarLineHeight + 8;
constexpr int kRadarMinAxes = 3;
constexpr double kPi = 3.14159265358979323846;

struct Point {
  double x, y;
};

// Where `score` lies on axis `i` of `n`: the first axis points up, the others follow clockwise.
Point radar_point(int i, int n, double score) {
  double angle = -kPi / 2 + 2 * kPi * i / n;
  double r = kRadarRadius * std::clamp(score, 0.0, 100.0) / 100;
  return {kRadarWidth / 2 + r * std::cos(angle), kRadarMargin + kRadarRadius + r * std::sin(angle)};
}

std::string point_text(Point p) { return fmt::format("{:.1f},{:.1f}", p.x, p.y); }

// A piece of a label that a line may end after: a word (a space follows it), or a Japanese phrase,
// which ends where a run of hiragana (a particle such as と or の) meets other characters, or
// after 、 or ・. Breaking there keeps words whole ("委託先と｜サプライチェーン", never "…チェー｜ン").
struct Phrase {
  std::string text;
  bool space_before = false;  // written after a space when on the same line as the piece before
  int width = 0;
};

bool is_hiragana(char32_t c) { return c >= 0x3041 && c <= 0x309F; }
// Punctuation that ends a phrase, and that no line may start with.
bool closes_phrase(char32_t c) {
  return c == U'、' || c == U'。' || c == U'・' || c == U'，' || c == U'）' || c == U'」';
}

std::vector<Phrase> phrases_of(std::string_view label) {
  std::string text = layout::printable(label);
  std::vector<Phrase> out;
  Phrase current;
  bool after_space = false;
  auto end_phrase = [&] {
    if (current.text.empty()) return;
    current.width = layout::display_width(current.text);
    out.push_back(std::move(current));
    current = {};
  };
  for (size_t i = 0; i < text.size();) {
    char32_t c = utf8::decode(text, i);
    if (c == U' ') {
      end_phrase();
      after_space = true;
      continue;
    }
    if (current.text.empty()) current.space_before = after_space && !out.empty();
    after_space = false;
    current.text += utf8::encode(c);
    size_t j = i;
    char32_t next = j < text.size() ? utf8::decode(text, j) : 0;
    if (next != 0 && next != U' ' && !closes_phrase(next) &&
        (closes_phrase(c) || (is_hiragana(c) && !is_hiragana(next))))
      end_phrase();
  }
  end_phrase();
  // A phrase wider than a line is cut between its characters where layout::wrap can (Japanese);
  // a single long word stays whole here and is clipped at the end.
  std::vector<Phrase> fitted;
  for (Phrase& p : out) {
    if (p.width <= kRadarLabelColumns) {
      fitted.push_back(std::move(p));
      continue;
    }
    std::vector<std::string> pieces = layout::wrap(p.text, kRadarLabelColumns, kRadarLabelColumns);
    for (size_t k = 0; k < pieces.size(); ++k)
      fitted.push_back({pieces[k], k == 0 && p.space_before, layout::display_width(pieces[k])});
  }
  return fitted;
}

// The phrases [from, to) on one line, and its width.
std::string line_of(const std::vector<Phrase>& p, size_t from, size_t to) {
  std::string line;
  for (size_t i = from; i < to; ++i) line += (i > from && p[i].space_before ? " " : "") + p[i].text;
  return line;
}
int width_of(const std::vector<Phrase>& p, size_t from, size_t to) {
  int width = 0;
  for (size_t i = from; i < to; ++i) width += p[i].width + (i > from && p[i].space_before ? 1 : 0);
  return width;
}

// A label's lines: as few as will do (at most kRadarLabelLines), broken between phrases so that
// the longest line is as short as it can be. A label that will not fit is filled line by line and
// cut with "…" at the end of the last; a word too wide for a line is cut with "…" too.
std::vector<std::string> radar_label_lines(std::string_view label) {
  std::vector<Phrase> p = phrases_of(label);
  size_t n = p.size();
  constexpr int kWidth = kRadarLabelColumns;
  if (width_of(p, 0, n) <= kWidth) return {layout::clip(line_of(p, 0, n), kWidth)};
  // Two lines broken after phrase i, or three after i and j: the narrowest that fits. A label of
  // more than three lines' width has no such break, so the search stays small.
  std::vector<size_t> breaks;
  int best = kWidth + 1;
  if (width_of(p, 0, n) <= kRadarLabelLines * (kWidth + 1)) {
    for (size_t i = 1; i < n; ++i) {
      int widest = std::max(width_of(p, 0, i), width_of(p, i, n));
      if (widest < best) best = widest, breaks = {i};
    }
    bool two_lines = !breaks.empty();
    for (size_t i = 1; !two_lines && i < n; ++i)
      for (size_t j = i + 1; j < n; ++j) {
        int widest = std::max({width_of(p, 0, i), width_of(p, i, j), width_of(p, j, n)});
        if (widest < best) best = widest, breaks = {i, j};
      }
  }
  std::vector<std::string> lines;
  if (!breaks.empty()) {
    breaks.push_back(n);
    size_t from = 0;
    for (size_t to : breaks) lines.push_back(line_of(p, from, to)), from = to;
  } else {
    size_t from = 0;
    while (from < n && lines.size() < static_cast<size_t>(kRadarLabelLines)) {
      size_t to = from + 1;
      while (to < n && width_of(p, from, to + 1) <= kWidth) ++to;
      lines.push_back(line_of(p, from, to));
      if (to < n && lines.size() == static_cast<size_t>(kRadarLabelLines))
        lines.back() = line_of(p, from, n);  // the rest, cut below
      from = to;
    }
  }
  for (std::string& line : lines) line = layout::clip(line, kWidth);
  return lines;
}

// Rings at 0 (the centre), 25, 50, 75 and 100, each labelled beside the first axis.
std::string radar_grid(int n) {
  std::string out = "<g class=\"radar-grid\" aria-hidden=\"true\">";
  for (int level = 25; level <= 100; level += 25) {
    std::vector<std::string> points;
    for (int i = 0; i < n; ++i) points.push_back(point_text(radar_point(i, n, level)));
    out += fmt::format("<polygon class=\"ring{}\" points=\"{}\"/>", level == 100 ? " outer" : "",
                       fmt::join(points, " "));
  }
  for (int level = 0; level <= 100; level += 25) {
    Point p = radar_point(0, n, level);
    out += fmt::format("<text class=\"tick\" x=\"{:.1f}\" y=\"{:.1f}\">{}</text>", p.x + 4, p.y - 3, level);
  }
  return out + "</g>\n";
}

// Axis `i` of `n`: the spoke from the centre to 100, and the label beyond it, anchored so that
// it grows away from the rings, with the whole label as its tooltip.
std::string radar_axis(const RadarAxis& axis, int i, int n) {
  Point centre = radar_point(i, n, 0), end = radar_point(i, n, 100);
  double angle = -kPi / 2 + 2 * kPi * i / n;
  double dx = std::cos(angle), dy = std::sin(angle);
  double x = end.x + kRadarLabelGap * dx, y = end.y + kRadarLabelGap * dy;
  const char* anchor = dx > 0.1 ? "start" : dx < -0.1 ? "end" : "middle";
  std::vector<std::string> lines = radar_label_lines(axis.label);
  int extra = static_cast<int>(lines.size()) - 1;
  // The baseline of the first line: the block of lines above the point on the upper side, below
  // it on the lower side, centred on it at the sides (4px is about half of a capital's height).
  double first = dy < -0.3 ? y - extra * kRadarLineHeight - 3
                 : dy > 0.3 ? y + 12
                            : y - extra * kRadarLineHeight / 2.0 + 4;
  std::string out = fmt::format(
      "<g class=\"radar-axis\" data-category=\"{}\"><line class=\"spoke\" x1=\"{:.1f}\" y1=\"{:.1f}\" "
      "x2=\"{:.1f}\" y2=\"{:.1f}\"/><g class=\"radar-label\"><title>{}</title>"
      "<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"{}\">",
      html_escape(axis.category), centre.x, centre.y, end.x, end.y, html_escape(axis.label), x, first,
      anchor);
  for (size_t l = 0; l < lines.size(); ++l)
    out += fmt::format("<tspan x=\"{:.1f}\" dy=\"{}\">{}</tspan>", x, l == 0 ? 0 : kRadarLineHeight,
                       html_escape(lines[l]));
  return out + "</text></g></g>\n";
}

// One series: a polygon through the axes that have a score in it, and a dot on each with the
// score as its tooltip. Nothing when no axis has one.
std::string radar_series(const std::vector<const RadarAxis*>& axes, bool second, std::string_view legend,
                         Lang lang) {
  int n = static_cast<int>(axes.size());
  std::vector<std::string> points;
  std::string dots;
  for (int i = 0; i < n; ++i) {
    std::optional<double> score = second ? axes[i]->second : axes[i]->first;
    if (!score) continue;
    Point p = radar_point(i, n, *score);
    points.push_back(point_text(p));
    std::string value = legend.empty() ? score_text(*score) : fmt::format("{} {}", legend, score_text(*score));
    dots += fmt::format("<circle class=\"radar-dot\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"{}\"><title>{}</title></circle>",
                        p.x, p.y, second ? 3 : 3.5, html_escape(label_value(axes[i]->label, value, lang)));
  }
  if (points.empty()) return "";
  const char* series = second ? "second" : "first";
  return fmt::format("<g class=\"radar-series {0}\"><polygon class=\"radar-area {0}\" points=\"{1}\"/>{2}</g>\n",
                     series, fmt::join(points, " "), dots);
}

// "Backup and recovery: 31.3, ...", or with two series "Backup and recovery: 1 April 2026 (this
// assessment) 31.3 1 April 2025 (previous assessment) no point".
std::string radar_description(const std::vector<const RadarAxis*>& axes, const RadarChartText& text, Lang lang) {
  std::vector<std::string> parts;
  auto value = [lang](std::optional<double> score) {
    return score ? score_text(*score) : std::string(message(Msg::html_radar_no_point, lang));
  };
  for (const RadarAxis* a : axes)
    parts.push_back(label_value(a->label, text.second.empty() ? value(a->first)
                                              : fmt::format("{} {} {} {}", text.first, value(a->first),
                                                            text.second, value(a->second)),
                                lang));
  return joined(parts, lang);
}

// The caption's notes: the rows left off, and those with no point in one of two series.
std::vector<std::string> radar_notes(const std::vector<RadarAxis>& rows, const RadarChartText& text, Lang lang) {
  bool two = !text.second.empty();
  std::vector<std::string> left_off, no_first, no_second;
  for (const RadarAxis& r : rows) {
    if (!r.first && !(two && r.second)) left_off.push_back(r.label);
    else if (two && !r.first) no_first.push_back(r.label);
    else if (two && !r.second) no_second.push_back(r.label);
  }
  std::vector<std::string> notes;
  if (!left_off.empty()) notes.push_back(say(Msg::html_radar_left_off, lang, joined(left_off, lang)));
  if (!no_first.empty()) notes.push_back(say(Msg::html_radar_missing, lang, text.first, joined(no_first, lang)));
  if (!no_second.empty()) notes.push_back(say(Msg::html_radar_missing, lang, text.second, joined(no_second, lang)));
  return notes;
}

std::string radar_legend(const RadarChartText& text) {
  if (text.second.empty()) return "";
  return fmt::format(
      "<ul class=\"legend radar-legend\"><li><span class=\"key first\" aria-hidden=\"true\"></span>{}</li>"
      "<li><span class=\"key second\" aria-hidden=\"true\"></span>{}</li></ul>\n",
      html_escape(text.first), html_escape(text.second));
}

}  // namespace

std::string html_radar_chart(std::string_view id, const std::vector<RadarAxis>& rows, const RadarChartText& text,
                             Lang lang) {
  std::vector<const RadarAxis*> axes;
  for (const RadarAxis& r : rows)
    if (r.first || (!text.second.empty() && r.second)) axes.push_back(&r);
  int n = static_cast<int>(axes.size());
  if (n < kRadarMinAxes)
    return fmt::format("<p class=\"radar-none\">{}</p>\n", html_escape(say(Msg::html_radar_too_few, lang, n)));
  std::string out = fmt::format(
      "<figure class=\"radar\"><svg class=\"chart radar-chart\" id=\"{0}\" role=\"img\" "
      "aria-labelledby=\"{0}-title {0}-desc\" viewBox=\"0 0 {1} {2}\" width=\"{1}\" height=\"{2}\">\n"
      "<title id=\"{0}-title\">{3}</title><desc id=\"{0}-desc\">{4}</desc>\n{5}",
      id, kRadarWidth, 2 * (kRadarMargin + kRadarRadius), html_escape(text.title),
      html_escape(radar_description(axes, text, lang)), radar_grid(n));
  for (int i = 0; i < n; ++i) out += radar_axis(*axes[i], i, n);
  if (!text.second.empty()) out += radar_series(axes, true, text.second, lang);
  out += radar_series(axes, false, text.first, lang) + "</svg>\n" + radar_legend(text);
  std::vector<std::string> notes = radar_notes(rows, text, lang);
  if (!notes.empty()) {
    out += "<figcaption>";
    for (const std::string& note : notes) out += fmt::format("<p>{}</p>", html_escape(note));
    out += "</figcaption>\n";
  }
  return out + "</figure>\n";
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
