// The frame and the look shared by tenken's HTML pages (the gap report, and the diff report
// that reuses it): the document head with its stylesheet and Content-Security-Policy, the
// closing script, badges for states and severities, and the SVG charts. A page is one
// self-contained file: the style and the script are inline, the charts are inline SVG, and the
// policy lets the page fetch nothing and run no script but its own, so that it works offline
// and a hostile answer that slipped past escaping still could not run or load anything.
//
// The script carries no text and no data: it reads what it needs from the page (data-*
// attributes, element ids), so it is the same bytes for every Result and language, and its
// hash in the policy never changes with the content. Everything here returns markup; every
// argument that is text is escaped here (html_escape), so callers pass plain text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/messages.h"
#include "tenken/result.h"
#include "tenken/text.h"

namespace tenken {

// The page's stylesheet and script, as they appear between <style> and <script> tags.
std::string_view html_style();
std::string_view html_script();

// The Content-Security-Policy of every page: nothing may be fetched, and only the page's own
// <style> and <script> (named by their SHA-256 hashes) apply; style="" attributes do not.
std::string html_content_security_policy();

// "<!DOCTYPE html>" up to and including "<body>": language, charset, viewport, the policy, the
// title and the stylesheet.
std::string html_head(std::string_view title, Lang lang);
// The head of a page without script (aggregate, compare, workshop packs): `style` inline and the
// only thing its policy lets in, named by its hash. `title` is escaped here. Ends with "<body>\n".
std::string html_head_without_script(std::string_view title, std::string_view style, Lang lang);
// The script and the end of the document.
std::string html_foot();

// <span class="badge state-fail">不備</span>, for the state as counted (waived under a waiver).
std::string html_state_badge(State s, Lang lang);
// <span class="badge sev-critical">重大</span>
std::string html_severity_badge(Severity s, Lang lang);

// One row of a score chart: a label and up to two scores out of 100 (the second series, e.g.
// "after waivers" or "after", is drawn under the first). No first score: "not scored".
struct ScoreRow {
  std::string label;
  std::optional<double> first;
  std::optional<double> second;
};

// The words of a score chart. `second` empty: one series and no legend.
struct ScoreChartText {
  std::string title;       // read by screen readers, shown as a tooltip
  std::string first;       // legend of the first series
  std::string second;      // legend of the second series
  std::string not_scored;  // in place of a bar
};

// A horizontal bar chart of scores out of 100 as inline SVG: labels, bars, and every value
// written as text; a title and a description listing the values for screen readers.
// `id` (letters, digits, hyphens) makes the chart's element ids unique within the page.
std::string svg_score_chart(std::string_view id, const std::vector<ScoreRow>& rows,
                            const ScoreChartText& text, Lang lang);

// One axis of a radar chart: a category, its title, and its score out of 100 in up to two
// series (this assessment, the previous one); no score: no point in that series.
struct RadarAxis {
  std::string category;  // the id: data-category="" of the axis, so the axes can be told apart
  std::string label;
  std::optional<double> first;
  std::optional<double> second;
};

// The words of a radar chart. `second` empty: one series, no legend.
struct RadarChartText {
  std::string title;   // read by screen readers, shown as a tooltip
  std::string first;   // legend of the first series: "1 April 2026 (this assessment)"
  std::string second;  // legend of the second series, drawn dashed under the first
};

// A radar (spider) chart of scores out of 100, the way Japanese self-check tools show category
// scores, as a <figure> holding inline SVG, its legend and a caption. One axis per row that has a
// score in either series, clockwise from the top, in the order given; rows with none are left off
// and the caption names them, as it names the rows with no point in one series. Rings at 0, 25,
// 50, 75 and 100; each series is a filled polygon through its points with a dot on each, the
// second dashed under the first. A label too long for its place is wrapped and abbreviated, with
// the whole title as its tooltip. Fewer than three axes draw no radar, only a paragraph saying so
// (<p class="radar-none">). `id` as for svg_score_chart.
std::string html_radar_chart(std::string_view id, const std::vector<RadarAxis>& rows,
                             const RadarChartText& text, Lang lang);

// One stacked bar of counts, a segment per severity (critical first), with the count in each
// segment's tooltip; `label` names the whole bar for screen readers. The legend with the counts
// is separate (html_severity_legend), so the numbers stay text when printed.
std::string svg_severity_bar(const std::vector<std::pair<Severity, int>>& counts,
                             std::string_view label, Lang lang);
std::string html_severity_legend(const std::vector<std::pair<Severity, int>>& counts, Lang lang);

// One rule as a <details> element: its summary line (severity, state, title, id, category, an
// expired waiver) and, when opened, why it matters, what to do, the evidence to ask for, the
// questions still to answer, the answers used, the cases, the waiver and the references.
// `open`: written open, for readers without script (the page's script closes it).
std::string html_finding(const Result& r, const RuleResult& rule, Lang lang, bool open);

// Text as HTML paragraphs: escaped, a blank line starts a new paragraph, a line break is kept.
std::string html_paragraphs(std::string_view text);

}  // namespace tenken
