// The HTML form of a trend (render_trend_html): one self-contained page for management and
// auditors. No script: per organisation its facts, an inline SVG line chart of the overall and
// category scores by assessment (trend_chart.h), the tables of assessments and of scores per
// category (each change written as a sign, a number and a word, not only a colour), and the gap
// lists. The Content-Security-Policy allows the page's own stylesheet (by its hash) and nothing
// else. Every text from a Result is escaped (html_escape).
#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

#include "common/messages.h"
#include "html/html_page.h"
#include "tenken/reports/escape.h"
#include "tenken/reports/render_trend.h"
#include "trend/trend_chart.h"
#include "trend/trend_text.h"

namespace tenken {
namespace {

using namespace cmp;

constexpr std::string_view kStyle = R"css(
:root{--ink:#1c2430;--muted:#5b6675;--line:#d9dee5;--wash:#f3f5f8;--accent:#1f3a5f}
*{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,"Hiragino Sans","Noto Sans CJK JP",sans-serif;
font-size:15px;line-height:1.6;color:var(--ink);background:var(--wash)}
html:lang(ja){font-family:"Hiragino Sans","Hiragino Kaku Gothic ProN","BIZ UDPGothic",Meiryo,"Noto Sans CJK JP",sans-serif;
line-break:strict;overflow-wrap:anywhere}
body{margin:0}
.report{max-width:1100px;margin:0 auto;padding:28px 24px 40px}
h1{font-size:1.6rem;margin:0 0 14px}h2{font-size:1.3rem;margin:0 0 12px}h3{font-size:1rem;margin:20px 0 8px}
header,section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:18px 24px;margin:0 0 18px}
header{border-top:6px solid var(--accent)}
dl{display:grid;grid-template-columns:repeat(auto-fill,minmax(230px,1fr));gap:10px 28px;margin:0}
dt{font-size:.78rem;color:var(--muted);font-weight:600}dd{margin:0}
p{margin:0 0 10px}.note{color:var(--muted);font-size:.88rem}
.wrap{overflow-x:auto}
table{border-collapse:collapse;font-variant-numeric:tabular-nums}
th,td{padding:3px 8px;border-bottom:1px solid var(--line);text-align:right;white-space:nowrap}
th{font-weight:600}thead th{font-size:.82rem;color:var(--muted);vertical-align:bottom}
.t,tbody th{text-align:left;white-space:normal;min-width:8em}
td.up{color:#047857;font-weight:600}td.down{color:#b91c1c;font-weight:600}td.same,td.none{color:var(--muted)}
figure{margin:8px 0 0}.chart{width:100%;max-width:640px;height:auto;display:block}
.chart .grid{stroke:var(--line);stroke-width:1}.chart .tick{font-size:11px;fill:var(--muted)}
.chart path{fill:none;stroke-width:2}.chart circle{stroke-width:1.5;fill:#fff}
.legend{list-style:none;padding:0;margin:6px 0 0;display:flex;flex-wrap:wrap;gap:4px 18px;font-size:.88rem}
.legend svg{vertical-align:middle;margin-right:6px}.legend line{stroke-width:3}
.s-all{stroke:#1c2430;stroke-width:3.5}.chart path.s-all{stroke-width:3.5}
.s0{stroke:#2563eb}.s1{stroke:#d97706;stroke-dasharray:7 3}.s2{stroke:#059669;stroke-dasharray:2 3}
.s3{stroke:#dc2626;stroke-dasharray:9 3 2 3}.s4{stroke:#7c3aed}.s5{stroke:#0891b2;stroke-dasharray:7 3}
.s6{stroke:#be185d;stroke-dasharray:2 3}.s7{stroke:#65a30d;stroke-dasharray:9 3 2 3}
.chart circle.s-all{fill:#1c2430}
@media print{html{background:#fff}header,section{border:0;padding:0;break-inside:avoid}.wrap{overflow:visible}}
)css";

// <thead> with `text_columns` text columns first and number columns after.
std::string head(const std::vector<std::string>& headings, size_t text_columns = 1) {
  std::string out = "<thead><tr>";
  for (size_t i = 0; i < headings.size(); ++i)
    out += fmt::format("<th scope=\"col\"{}>{}</th>", i < text_columns ? " class=\"t\"" : "", html_escape(headings[i]));
  return out + "</tr></thead>\n";
}

std::string facts(const std::vector<Fact>& list, Lang lang) {
  std::string out = "<dl>\n";
  for (const Fact& f : list)
    out += fmt::format("<div><dt>{}</dt><dd>{}</dd></div>\n", html_escape(word(f.label, lang)), html_escape(f.text));
  return out + "</dl>\n";
}

void write_assessments(std::string& out, const OrganizationTrend& o, Lang lang) {
  out += fmt::format("<h3>{}</h3>\n<div class=\"wrap\"><table>\n{}<tbody>\n",
                     html_escape(word(Word::assessments_heading, lang)),
                     head({word(Word::column_date, lang), word(Word::column_file, lang), word(Word::column_changes, lang),
                           word(Word::column_score, lang), word(Word::column_coverage, lang),
                           word(Word::column_fail, lang), word(Word::column_unknown, lang)},
                          3));
  for (const TrendPoint& p : o.assessments)
    out += fmt::format("<tr><th scope=\"row\">{}</th><td class=\"t\"><code>{}</code></td><td class=\"t\">{}</td>"
                       "<td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                       html_escape(p.date), html_escape(p.file), html_escape(changes_text(p, lang)), figure(p.score),
                       percent(p.coverage), p.fail, p.unknown);
  out += "</tbody></table></div>\n";
  for (const std::string& date : o.repeated_dates)
    out += fmt::format("<p class=\"note\">{}</p>\n", html_escape(say(Word::repeated_date, lang, date)));
}

void write_categories(std::string& out, const OrganizationTrend& o, Lang lang) {
  std::vector<std::string> headings = {message(Msg::column_category, lang)};
  for (const TrendPoint& p : o.assessments) headings.push_back(p.date);
  headings.push_back(word(Word::column_change, lang));
  out += fmt::format("<h3>{}</h3>\n<div class=\"wrap\"><table>\n{}<tbody>\n",
                     html_escape(word(Word::categories_heading, lang)), head(headings));
  for (const cmp::ScoreRow& r : score_rows(o, lang)) {
    out += fmt::format("<tr><th scope=\"row\">{}</th>", html_escape(r.label));
    for (const std::optional<double>& s : r.scores) out += fmt::format("<td>{}</td>", figure(s));
    out += fmt::format("<td class=\"{}\">{}</td></tr>\n", change_class(r.change), html_escape(change_text(r.change, lang)));
  }
  out += "</tbody></table></div>\n";
}

void write_gaps(std::string& out, const OrganizationTrend& o, Lang lang) {
  if (o.gaps.empty()) {
    out += fmt::format("<p>{}</p>\n", html_escape(word(Word::no_gaps, lang)));
    return;
  }
  for (const GapSection& s : gap_sections()) {
    std::vector<const GapTrend*> gaps = gaps_of(o, s.kind);
    if (gaps.empty()) continue;
    out += fmt::format("<h3>{}</h3>\n<div class=\"wrap\"><table>\n{}<tbody>\n",
                       html_escape(say(s.heading, lang, gaps.size())),
                       head({bare_label(Msg::label_severity, lang), word(Word::column_rule, lang),
                             bare_label(Msg::label_category, lang), word(Word::column_history, lang)},
                            4));
    for (const GapTrend* g : gaps)
      out += fmt::format("<tr><td class=\"t\">{}</td><td class=\"t\">{}<code>{}</code></td><td class=\"t\">{}</td>"
                         "<td class=\"t\">{}</td></tr>\n",
                         html_escape(severity_name(g->severity, lang)),
                         g->title.in(lang).empty() ? "" : html_escape(g->title.in(lang)) + "<br>", html_escape(g->rule),
                         html_escape(category_title(o, g->category, lang)), html_escape(gap_note(*g, lang)));
    out += "</tbody></table></div>\n";
  }
}

void write_organization(std::string& out, const OrganizationTrend& o, size_t index, Lang lang) {
  out += fmt::format("<section id=\"org-{}\">\n<h2>{}</h2>\n{}", index + 1, html_escape(o.name.empty() ? "-" : o.name),
                     facts(organization_facts(o, lang), lang));
  out += fmt::format("<figure>\n{}</figure>\n", svg_trend_chart(fmt::format("chart-{}", index + 1), o, lang));
  write_assessments(out, o, lang);
  write_categories(out, o, lang);
  write_gaps(out, o, lang);
  out += "</section>\n";
}

}  // namespace

std::string render_trend_html(const Trend& t, const RenderOptions& o) {
  Lang lang = o.lang;
  std::string out = html_head_without_script(word(Word::title, lang), kStyle, lang) +
                    fmt::format("<main class=\"report\">\n<header>\n<h1>{}</h1>\n{}</header>\n",
                                html_escape(word(Word::title, lang)), facts(summary_facts(t, lang), lang));
  for (size_t i = 0; i < t.organizations.size(); ++i) write_organization(out, t.organizations[i], i, lang);
  out += fmt::format("<section id=\"method\">\n<h2>{}</h2>\n<p>{}</p>\n</section>\n",
                     html_escape(word(Word::method_heading, lang)), html_escape(word(Word::method_text, lang)));
  return out + "</main>\n</body>\n</html>\n";
}

}  // namespace tenken
