// The HTML form of the sector view (render_aggregate_html): one self-contained page for a
// regulator's or an ISAC's readers. No script: the page is tables, and the heat maps are tables
// whose cells carry one short class for their score's 10-point band (b0 … b9, bn for not
// scored), so that ten thousand organisations cost no inline style and no markup beyond a class.
// The category × group heat map is always shown; the category × organisation one up to
// kAggregateHtmlOrganizations, and past that the page says where the full table is. The
// Content-Security-Policy allows the page's own stylesheet (by its hash) and nothing else. Every
// text from a file is escaped (html_escape).
#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

#include "aggregate/aggregate_text.h"
#include "common/messages.h"
#include "html/html_page.h"
#include "tenken/reports/escape.h"
#include "tenken/reports/render_aggregate.h"

namespace tenken {
namespace {

using namespace agg;

constexpr std::string_view kStyle = R"css(
:root{--ink:#1c2430;--muted:#5b6675;--line:#d9dee5;--wash:#f3f5f8;--accent:#1f3a5f}
*{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,"Hiragino Sans","Noto Sans CJK JP",sans-serif;
font-size:15px;line-height:1.6;color:var(--ink);background:var(--wash)}
html:lang(ja){font-family:"Hiragino Sans","Hiragino Kaku Gothic ProN","BIZ UDPGothic",Meiryo,"Noto Sans CJK JP",sans-serif;
line-break:strict;overflow-wrap:anywhere}
body{margin:0}
.report{max-width:1200px;margin:0 auto;padding:28px 24px 40px}
h1{font-size:1.6rem;margin:0 0 14px}h2{font-size:1.2rem;margin:0 0 12px}h3{font-size:1rem;margin:18px 0 8px}
header,section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:18px 24px;margin:0 0 18px}
header{border-top:6px solid var(--accent)}
dl{display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:10px 28px;margin:0}
dt{font-size:.78rem;color:var(--muted);font-weight:600}dd{margin:0}
p{margin:0 0 10px}.note{color:var(--muted);font-size:.88rem}
.wrap{overflow-x:auto}
table{border-collapse:collapse;font-variant-numeric:tabular-nums}
th,td{padding:3px 8px;border-bottom:1px solid var(--line);text-align:right;white-space:nowrap}
th{font-weight:600}thead th{font-size:.82rem;color:var(--muted);vertical-align:bottom}
.t,tbody th{text-align:left;white-space:normal;min-width:8em}
.heat td{border:1px solid #fff;min-width:3.4em;text-align:center}
.b0{background:#7f1d1d;color:#fff}.b1{background:#991b1b;color:#fff}.b2{background:#b91c1c;color:#fff}
.b3{background:#dc2626;color:#fff}.b4{background:#f87171}.b5{background:#fca5a5}.b6{background:#fecaca}
.b7{background:#fee2e2}.b8{background:#ecfdf5}.b9{background:#d1fae5}.bn{background:#f1f5f9;color:var(--muted)}
@media print{html{background:#fff}header,section{border:0;padding:0;break-inside:avoid}.wrap{overflow:visible}
.heat td{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
)css";

std::string cell(const std::optional<double>& score) {
  return score ? fmt::format("<td class=b{}>{}</td>", band(*score), figure(*score)) : std::string("<td class=bn>-</td>");
}

// <thead> with a text column first and number columns after.
std::string head(const std::vector<std::string>& headings, size_t text_columns = 1) {
  std::string out = "<thead><tr>";
  for (size_t i = 0; i < headings.size(); ++i)
    out += fmt::format("<th scope=\"col\"{}>{}</th>", i < text_columns ? " class=\"t\"" : "", html_escape(headings[i]));
  return out + "</tr></thead>\n";
}

void write_header(std::string& out, const Aggregate& a, Lang lang) {
  out += fmt::format("<header>\n<h1>{}</h1>\n<dl>\n", html_escape(word(Word::title, lang)));
  for (const Fact& f : summary_facts(a, lang))
    out += fmt::format("<div><dt>{}</dt><dd>{}</dd></div>\n", html_escape(word(f.label, lang)), html_escape(f.text));
  out += "</dl>\n</header>\n";
}

void write_statistics(std::string& out, const Aggregate& a, Lang lang) {
  std::vector<std::string> headings = {word(Word::column_what, lang)};
  for (std::string& h : statistics_headings(lang)) headings.push_back(std::move(h));
  out += fmt::format("<section id=\"statistics\">\n<h2>{}</h2>\n<div class=\"wrap\"><table>\n{}<tbody>\n",
                     html_escape(word(Word::statistics_heading, lang)), head(headings));
  for (const StatisticsRow& row : statistics_rows(a, lang)) {
    out += fmt::format("<tr><th scope=\"row\" class=\"t\">{}</th>", html_escape(row.label));
    for (const std::string& c : statistics_cells(row.stats)) out += fmt::format("<td>{}</td>", c);
    out += "</tr>\n";
  }
  out += "</tbody></table></div>\n</section>\n";
}

void write_bands_legend(std::string& out, Lang lang) {
  out += fmt::format("<p class=\"note\">{}</p>\n<table class=\"heat\"><tbody><tr>",
                     html_escape(word(Word::bands_legend, lang)));
  for (int b = 0; b < 10; ++b) out += fmt::format("<td class=b{}>{}–</td>", b, b * 10);
  out += "<td class=bn>-</td></tr></tbody></table>\n";
}

void write_groups(std::string& out, const Aggregate& a, Lang lang) {
  out += fmt::format("<section id=\"groups\">\n<h2>{}</h2>\n<div class=\"wrap\"><table>\n{}<tbody>\n",
                     html_escape(word(groups_heading(a.by), lang)),
                     head({word(group_column(a.by), lang), word(Word::column_count, lang),
                           word(Word::column_mean, lang), word(Word::column_median, lang)}));
  for (const Group& g : a.groups)
    out += fmt::format("<tr><th scope=\"row\" class=\"t\">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                       html_escape(g.name.in(lang)), g.count, figure(g.mean), figure(g.median));
  out += "</tbody></table></div>\n";
  if (!a.categories.empty()) {
    std::vector<std::string> headings = {message(Msg::column_category, lang)};
    for (const Group& g : a.groups) headings.push_back(g.name.in(lang));
    out += fmt::format("<h3>{}</h3>\n<div class=\"wrap\"><table class=\"heat\">\n{}<tbody>\n",
                       html_escape(word(heatmap_heading(a.by), lang)), head(headings));
    for (size_t c = 0; c < a.categories.size(); ++c) {
      out += fmt::format("<tr><th scope=\"row\" class=\"t\">{}</th>", html_escape(a.categories[c].title.in(lang)));
      for (const Group& g : a.groups) out += cell(g.category_means[c]);
      out += "</tr>\n";
    }
    out += "</tbody></table></div>\n";
    write_bands_legend(out, lang);
  }
  out += "</section>\n";
}

void write_gaps(std::string& out, const Aggregate& a, Lang lang) {
  out += fmt::format("<section id=\"gaps\">\n<h2>{}</h2>\n", html_escape(word(Word::gaps_heading, lang)));
  if (a.gaps.empty()) {
    out += fmt::format("<p>{}</p>\n</section>\n", html_escape(word(Word::no_gaps, lang)));
    return;
  }
  int orgs = static_cast<int>(a.organizations.size());
  size_t shown = std::min(a.gaps.size(), kAggregateTextGaps);
  out += fmt::format("<p class=\"note\">{}</p>\n<div class=\"wrap\"><table>\n{}<tbody>\n",
                     html_escape(say(Word::gaps_intro, lang, orgs)),
                     head({"#", word(Word::column_rule, lang), word(Word::column_severity, lang),
                           word(Word::column_fail, lang), word(Word::column_fail_percent, lang),
                           word(Word::column_unknown, lang), word(Word::column_unknown_percent, lang)},
                          3));
  for (size_t i = 0; i < shown; ++i) {
    const RuleGap& g = a.gaps[i];
    std::string rule = g.title.in(lang).empty()
                           ? fmt::format("<code>{}</code>", html_escape(g.rule))
                           : fmt::format("{}<br><code>{}</code>", html_escape(g.title.in(lang)), html_escape(g.rule));
    out += fmt::format("<tr><td class=\"t\">{}</td><td class=\"t\">{}</td><td class=\"t\">{}</td><td>{}</td>"
                       "<td>{}</td><td>{}</td><td>{}</td></tr>\n",
                       i + 1, rule, g.severity ? severity_name(*g.severity, lang) : "-", g.fail,
                       percent(g.fail, orgs), g.unknown, percent(g.unknown, orgs));
  }
  out += "</tbody></table></div>\n";
  if (a.gaps.size() > shown)
    out += fmt::format("<p class=\"note\">{}</p>\n", html_escape(say(Word::gaps_more, lang, a.gaps.size() - shown)));
  out += "</section>\n";
}

void write_organizations(std::string& out, const Aggregate& a, Lang lang) {
  out += fmt::format("<section id=\"organizations\">\n<h2>{}</h2>\n",
                     html_escape(word(Word::heatmap_organizations_heading, lang)));
  if (a.organizations.size() > kAggregateHtmlOrganizations) {
    out += fmt::format("<p>{}</p>\n</section>\n", html_escape(say(Word::organizations_elsewhere, lang,
                                                                  a.organizations.size(), kAggregateHtmlOrganizations)));
    return;
  }
  std::vector<std::string> headings = {word(Word::column_organization, lang), word(group_column(a.by), lang),
                                       word(Word::column_date, lang), word(Word::column_score, lang),
                                       word(Word::column_percentile, lang), word(Word::column_deviation, lang)};
  for (const CategoryStatistics& c : a.categories) headings.push_back(c.title.in(lang));
  out += fmt::format("<div class=\"wrap\"><table class=\"heat\">\n{}<tbody>\n", head(headings, 3));
  for (const OrganizationScore& o : a.organizations) {
    std::string group = a.by == Breakdown::sector ? sector_name(o.sector, lang) : size_name(o.size, lang);
    out += fmt::format("<tr><th>{}</th><td class=t>{}</td><td>{}</td>{}<td>{}</td><td>{}</td>",
                       html_escape(o.name), html_escape(group), html_escape(o.date), cell(o.score),
                       figure(o.percentile), figure(o.deviation));
    for (const std::optional<double>& s : o.categories) out += cell(s);
    out += "</tr>\n";
  }
  out += "</tbody></table></div>\n</section>\n";
}

}  // namespace

std::string render_aggregate_html(const Aggregate& a, const RenderOptions& o) {
  Lang lang = o.lang;
  std::string out = html_head_without_script(word(Word::title, lang), kStyle, lang) + "<main class=\"report\">\n";
  write_header(out, a, lang);
  if (!a.organizations.empty()) {
    write_statistics(out, a, lang);
    write_groups(out, a, lang);
    write_gaps(out, a, lang);
    write_organizations(out, a, lang);
    out += fmt::format("<section id=\"method\">\n<h2>{}</h2>\n<p>{}</p>\n</section>\n",
                       html_escape(word(Word::method_heading, lang)), html_escape(word(Word::method_text, lang)));
  }
  return out + "</main>\n</body>\n</html>\n";
}

}  // namespace tenken
