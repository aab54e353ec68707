// The HTML form of a comparison (render_diff_html): the year-over-year page for management. Same
// look, policy and script as the gap report (html_page.h): the two assessments, the changes as
// headline numbers, the score per category before and now as a radar and a two-series SVG bar
// chart with a table, then one table of rules per kind of change. Every text from the Results is escaped.
#include <fmt/format.h>

#include <tuple>

#include "diff/diff_text.h"
#include "html/html_page.h"
#include "tenken/reports/escape.h"
#include "tenken/reports/render_diff.h"

namespace tenken {
namespace {

struct Page : Speaker {
  const ResultDiff& d;
  std::string out;
};

void write_header(Page& p) {
  const ResultDiff& d = p.d;
  p.out += fmt::format("<header class=\"report-header\">\n<p class=\"eyebrow\">{}</p>\n<h1>{}</h1>\n"
                       "<dl class=\"facts\">\n",
                       html_escape(p.say(Msg::diff_title)), html_escape(d.new_organization.name));
  for (auto [label, date, path] : {std::tuple{Msg::diff_before, d.old_date, d.old_path},
                                   std::tuple{Msg::diff_now, d.new_date, d.new_path}})
    p.out += fmt::format("<div><dt>{}</dt><dd>{}</dd></div>\n", html_escape(p.say(label)),
                         html_escape(p.say(Msg::diff_assessment_value, format_date(date, p.lang), path)));
  p.out += "</dl>\n</header>\n";
}

void write_counts(Page& p) {
  p.out += "<section class=\"summary\">\n<div class=\"cards\">\n";
  for (const DiffSection& s : diff_sections()) {
    size_t n = changes_of(p.d, s.change).size();
    bool alert = n > 0 && (s.change == Change::new_gap || s.change == Change::regressed);
    std::string heading = p.say(s.heading, n);
    // "Gaps resolved (10)" → label "Gaps resolved", big number 10.
    size_t cut = heading.rfind(" (");
    if (cut == std::string::npos) cut = heading.rfind("（");
    p.out += fmt::format("<div class=\"card{}\"><p class=\"card-label\"><a href=\"#{}\">{}</a></p>"
                         "<p class=\"big\">{}</p></div>\n",
                         alert ? " gaps alert" : "", format_as(s.change), html_escape(heading.substr(0, cut)), n);
  }
  p.out += "</div>\n</section>\n";
}

// The category scores of both assessments on one radar, the earlier one dashed.
std::string radar(const Page& p) {
  std::vector<RadarAxis> axes;
  for (const ScoreChange& s : p.d.categories) axes.push_back({s.category, s.title.in(p.lang), s.new_score, s.old_score});
  RadarChartText text{p.say(Msg::html_radar_title), p.say(Msg::html_radar_now, format_date(p.d.new_date, p.lang)),
                      p.say(Msg::html_radar_previous, format_date(p.d.old_date, p.lang))};
  return html_radar_chart("score-radar", axes, text, p.lang);
}

void write_scores(Page& p) {
  const ResultDiff& d = p.d;
  std::vector<ScoreRow> rows = {{p.say(Msg::diff_overall), d.score.old_score, d.score.new_score}};
  for (const ScoreChange& s : d.categories) rows.push_back({s.title.in(p.lang), s.old_score, s.new_score});
  ScoreChartText text{p.say(Msg::diff_score_heading), p.say(Msg::diff_before), p.say(Msg::diff_now),
                      p.say(Msg::html_not_scored)};
  p.out += fmt::format("<section id=\"scores\" class=\"panel\">\n<h2>{}</h2>\n{}<figure>{}</figure>\n",
                       html_escape(p.say(Msg::diff_score_heading)), radar(p),
                       svg_score_chart("score-change", rows, text, p.lang));
  p.out += fmt::format("<div class=\"table-wrap\"><table class=\"category-table\"><thead><tr>"
                       "<th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th>"
                       "<th scope=\"col\" class=\"num\">{}</th><th scope=\"col\" class=\"num\">{}</th>"
                       "</tr></thead><tbody>\n",
                       html_escape(p.say(Msg::column_category)), html_escape(p.say(Msg::diff_before)),
                       html_escape(p.say(Msg::diff_now)), html_escape(p.say(Msg::diff_column_change)));
  for (const auto& [name, s] : score_lines(d, p.lang))
    p.out += fmt::format("<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td>"
                         "<td class=\"num\">{}</td></tr>\n",
                         html_escape(name), score_text(s.old_score), score_text(s.new_score), score_delta_text(s));
  p.out += "</tbody></table></div>\n</section>\n";
}

void write_section(Page& p, const std::string& anchor, const std::vector<const RuleChange*>& rules, Msg heading) {
  if (rules.empty()) return;
  p.out += fmt::format("<section id=\"{}\" class=\"panel\">\n<h2>{}</h2>\n<div class=\"table-wrap\">"
                       "<table class=\"category-table\"><thead><tr><th scope=\"col\">{}</th>"
                       "<th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>\n",
                       anchor, html_escape(p.say(heading, rules.size())), bare_label(Msg::label_severity, p.lang),
                       html_escape(p.say(Msg::diff_column_rule)), bare_label(Msg::label_category, p.lang),
                       html_escape(p.say(Msg::diff_changes)));
  for (const RuleChange* c : rules) {
    std::string change = state_change_text(*c, p.lang);
    p.out += fmt::format("<tr><td>{}</td><td><b>{}</b><br><code>{}</code></td><td>{}</td><td>{}</td></tr>\n",
                         html_severity_badge(c->severity, p.lang), html_escape(c->title.in(p.lang)),
                         html_escape(c->rule), html_escape(category_title(p.d, c->category, p.lang)),
                         html_escape(change));
  }
  p.out += "</tbody></table></div>\n</section>\n";
}

}  // namespace

std::string render_diff_html(const ResultDiff& d, const RenderOptions& o) {
  Page p{{o.lang}, d, {}};
  p.out += html_head(std::string(p.say(Msg::diff_title)) + " — " + d.new_organization.name, o.lang);
  p.out += "<main class=\"report\">\n";
  write_header(p);
  write_counts(p);
  write_scores(p);
  for (const DiffSection& s : diff_sections()) write_section(p, format_as(s.change), changes_of(d, s.change), s.heading);
  write_section(p, "renamed", renamed_rules(d), Msg::diff_renamed_heading);
  p.out += "</main>\n" + html_foot();
  return p.out;
}

}  // namespace tenken
