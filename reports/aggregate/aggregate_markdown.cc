// The Markdown form of the sector view (render_aggregate_markdown), for consultants and
// regulators to paste into documents: the summary, the statistics, the groups with the category
// means per group, the most common gaps, and up to kAggregateTextOrganizations organisations
// with their score per category. Every name and title from a file is escaped (markdown_escape).
#include <fmt/format.h>

#include <string>
#include <vector>

#include "aggregate/aggregate_text.h"
#include "markdown/markdown_doc.h"
#include "tenken/reports/escape.h"
#include "tenken/reports/render_aggregate.h"

namespace tenken {
namespace {

using namespace agg;
using md::Doc;

void write_summary(Doc& doc, const Aggregate& a) {
  Lang lang = doc.lang;
  auto field = [&](Word label, const std::string& text) { doc.field(doc.say(Msg::md_label, word(label, lang)), text); };
  for (const Fact& f : summary_facts(a, lang)) field(f.label, f.text);
}

void write_statistics(Doc& doc, const Aggregate& a) {
  doc.heading(2, word(Word::statistics_heading, doc.lang));
  std::vector<std::vector<std::string>> table = {{word(Word::column_what, doc.lang)}};
  for (std::string& h : statistics_headings(doc.lang)) table[0].push_back(std::move(h));
  for (const StatisticsRow& row : statistics_rows(a, doc.lang)) {
    table.push_back({markdown_escape(row.label)});
    for (std::string& cell : statistics_cells(row.stats)) table.back().push_back(std::move(cell));
  }
  doc.table(table);
}

void write_groups(Doc& doc, const Aggregate& a) {
  Lang lang = doc.lang;
  doc.heading(2, word(groups_heading(a.by), lang));
  std::vector<std::vector<std::string>> table = {{word(group_column(a.by), lang), word(Word::column_count, lang),
                                                  word(Word::column_mean, lang), word(Word::column_median, lang)}};
  for (const Group& g : a.groups)
    table.push_back({markdown_escape(g.name.in(lang)), fmt::format("{}", g.count), figure(g.mean), figure(g.median)});
  doc.table(table);
  if (a.categories.empty()) return;
  doc.heading(3, word(heatmap_heading(a.by), lang));
  std::vector<std::vector<std::string>> heat = {{message(Msg::column_category, lang)}};
  for (const Group& g : a.groups) heat[0].push_back(markdown_escape(g.name.in(lang)));
  for (size_t c = 0; c < a.categories.size(); ++c) {
    heat.push_back({markdown_escape(a.categories[c].title.in(lang))});
    for (const Group& g : a.groups) heat.back().push_back(figure(g.category_means[c]));
  }
  doc.table(heat);
}

void write_gaps(Doc& doc, const Aggregate& a) {
  Lang lang = doc.lang;
  doc.heading(2, word(Word::gaps_heading, lang));
  if (a.gaps.empty()) {
    doc.paragraph(word(Word::no_gaps, lang));
    return;
  }
  int orgs = static_cast<int>(a.organizations.size());
  doc.paragraph(say(Word::gaps_intro, lang, orgs));
  size_t shown = std::min(a.gaps.size(), kAggregateTextGaps);
  std::vector<std::vector<std::string>> table = {
      {"#", word(Word::column_rule, lang), word(Word::column_severity, lang), word(Word::column_fail, lang),
       word(Word::column_fail_percent, lang), word(Word::column_unknown, lang)}};
  for (size_t i = 0; i < shown; ++i) {
    const RuleGap& g = a.gaps[i];
    std::string rule = g.title.in(lang).empty()
                           ? markdown_escape(g.rule)
                           : fmt::format("{} ({})", markdown_escape(g.title.in(lang)), markdown_escape(g.rule));
    table.push_back({fmt::format("{}", i + 1), rule, g.severity ? severity_name(*g.severity, lang) : "-",
                     fmt::format("{}", g.fail), percent(g.fail, orgs), fmt::format("{}", g.unknown)});
  }
  doc.table(table, 3);
  if (a.gaps.size() > shown) doc.paragraph(say(Word::gaps_more, lang, a.gaps.size() - shown));
}

void write_organizations(Doc& doc, const Aggregate& a) {
  Lang lang = doc.lang;
  doc.heading(2, word(Word::organizations_heading, lang));
  if (a.organizations.size() > kAggregateTextOrganizations) {
    doc.paragraph(say(Word::organizations_elsewhere, lang, a.organizations.size(), kAggregateTextOrganizations));
    return;
  }
  std::vector<std::vector<std::string>> table = {
      {word(Word::column_organization, lang), word(group_column(a.by), lang), word(Word::column_date, lang),
       word(Word::column_score, lang), word(Word::column_percentile, lang), word(Word::column_deviation, lang)}};
  for (const CategoryStatistics& c : a.categories) table[0].push_back(markdown_escape(c.title.in(lang)));
  for (const OrganizationScore& o : a.organizations) {
    std::string group = a.by == Breakdown::sector ? sector_name(o.sector, lang) : size_name(o.size, lang);
    table.push_back({markdown_escape(o.name), markdown_escape(group), o.date, figure(o.score), figure(o.percentile),
                     figure(o.deviation)});
    for (const std::optional<double>& s : o.categories) table.back().push_back(figure(s));
  }
  doc.table(table, 3);
}

}  // namespace

std::string render_aggregate_markdown(const Aggregate& a, const RenderOptions& o) {
  Doc doc(o.lang);
  doc.heading(1, word(Word::title, o.lang));
  write_summary(doc, a);
  if (!a.organizations.empty()) {
    write_statistics(doc, a);
    write_groups(doc, a);
    write_gaps(doc, a);
    write_organizations(doc, a);
    doc.heading(2, word(Word::method_heading, o.lang));
    doc.paragraph(word(Word::method_text, o.lang));
  }
  return doc.take();
}

}  // namespace tenken
