// The terminal form of the sector view (render_aggregate_terminal): the summary, the statistics
// table, the groups, the category means per group as a small heat map of whole numbers (columns
// numbered as the groups table above numbers them, so it stays within 100 columns), the most
// common gaps and, for a few organisations, the table of them. Names and titles from files are
// made printable (no control character reaches the terminal) and cut to fit their column.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "aggregate/aggregate_text.h"
#include "tenken/reports/render_aggregate.h"
#include "tenken/reports/text_layout.h"
#include "tenken/utf8.h"
#include "term/term_page.h"

namespace tenken {
namespace {

using namespace agg;
using term::Page;

void write_summary(Page& page, const Aggregate& a) {
  Lang lang = page.lang;
  std::vector<Fact> rows = summary_facts(a, lang);
  int column = 0;
  for (const auto& [label, text] : rows)
    if (!text.empty()) column = std::max(column, layout::display_width(word(label, lang)));
  for (const auto& [label, text] : rows) term::field(page, term::kIndent, word(label, lang), text, column + 4);
}

void write_statistics(Page& page, const Aggregate& a) {
  page.line();
  page.heading(word(Word::statistics_heading, page.lang));
  std::vector<std::vector<std::string>> table = {{word(Word::column_what, page.lang)}};
  for (std::string& h : statistics_headings(page.lang)) table[0].push_back(std::move(h));
  for (const StatisticsRow& row : statistics_rows(a, page.lang)) {
    table.push_back({term::clip(row.label, 24)});
    for (std::string& cell : statistics_cells(row.stats)) table.back().push_back(std::move(cell));
  }
  term::write_table(page, table);
}

void write_groups(Page& page, const Aggregate& a) {
  page.line();
  page.heading(word(groups_heading(a.by), page.lang));
  std::vector<std::vector<std::string>> table = {{word(group_column(a.by), page.lang),
                                                  word(Word::column_count, page.lang),
                                                  word(Word::column_mean, page.lang),
                                                  word(Word::column_median, page.lang)}};
  for (size_t i = 0; i < a.groups.size(); ++i) {
    const Group& g = a.groups[i];
    table.push_back({fmt::format("{:>2} {}", i + 1, term::clip(g.name.in(page.lang), 40)), fmt::format("{}", g.count),
                     figure(g.mean), figure(g.median)});
  }
  term::write_table(page, table);
}

// Rows: categories; columns: the groups, numbered as in the groups table; whole numbers.
void write_group_heatmap(Page& page, const Aggregate& a) {
  if (a.categories.empty()) return;
  page.line();
  page.heading(word(heatmap_heading(a.by), page.lang));
  int label_width = std::max(12, term::kWidth - term::kIndent - 5 * static_cast<int>(a.groups.size()));
  std::vector<std::vector<std::string>> table = {{message(Msg::column_category, page.lang)}};
  for (size_t g = 0; g < a.groups.size(); ++g) table[0].push_back(fmt::format("{}", g + 1));
  for (size_t c = 0; c < a.categories.size(); ++c) {
    table.push_back({term::clip(a.categories[c].title.in(page.lang), std::min(label_width, 30))});
    for (const Group& g : a.groups)
      table.back().push_back(g.category_means[c] ? fmt::format("{:.0f}", *g.category_means[c]) : "-");
  }
  term::write_table(page, table);
}

void write_gaps(Page& page, const Aggregate& a) {
  Lang lang = page.lang;
  page.line();
  page.heading(word(Word::gaps_heading, lang));
  if (a.gaps.empty()) {
    page.hanging(std::string(term::kIndent, ' '), term::kIndent, word(Word::no_gaps, lang), term::kIndent);
    return;
  }
  int orgs = static_cast<int>(a.organizations.size());
  page.hanging(std::string(term::kIndent, ' '), term::kIndent, say(Word::gaps_intro, lang, orgs), term::kIndent);
  size_t shown = std::min(a.gaps.size(), kAggregateTextGaps);
  // Numbers right-aligned under their headings, then the rule, wrapped.
  std::vector<std::vector<std::string>> cells = {{"#", word(Word::column_fail, lang),
                                                  word(Word::column_fail_percent, lang),
                                                  word(Word::column_unknown, lang)}};
  for (size_t i = 0; i < shown; ++i) {
    const RuleGap& g = a.gaps[i];
    cells.push_back({fmt::format("{}", i + 1), fmt::format("{}", g.fail), percent(g.fail, orgs),
                     fmt::format("{}", g.unknown)});
  }
  std::vector<int> widths(4, 0);
  for (const auto& row : cells)
    for (size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], layout::display_width(row[c]));
  for (size_t r = 0; r < cells.size(); ++r) {
    std::string prefix(term::kIndent, ' ');
    for (size_t c = 0; c < 4; ++c) prefix += layout::pad_left(cells[r][c], widths[c]) + "  ";
    int width = layout::display_width(prefix);
    if (r == 0) {
      page.line(page.paint(prefix + word(Word::column_rule, lang), term::kBold));
      continue;
    }
    const RuleGap& g = a.gaps[r - 1];
    std::string title = g.title.in(lang).empty() ? g.rule : fmt::format("{} ({})", g.title.in(lang), g.rule);
    page.hanging(prefix, width, title, width);
  }
  if (a.gaps.size() > shown)
    page.hanging(std::string(term::kIndent, ' '), term::kIndent, say(Word::gaps_more, lang, a.gaps.size() - shown),
                 term::kIndent);
}

void write_organizations(Page& page, const Aggregate& a) {
  Lang lang = page.lang;
  page.line();
  page.heading(word(Word::organizations_heading, lang));
  if (a.organizations.size() > kAggregateTextOrganizations) {
    page.hanging(std::string(term::kIndent, ' '), term::kIndent,
                 say(Word::organizations_elsewhere, lang, a.organizations.size(), kAggregateTextOrganizations),
                 term::kIndent);
    return;
  }
  std::vector<std::vector<std::string>> table = {
      {word(Word::column_organization, lang), word(group_column(a.by), lang), word(Word::column_date, lang),
       word(Word::column_score, lang), word(Word::column_percentile, lang), word(Word::column_deviation, lang)}};
  for (const OrganizationScore& o : a.organizations) {
    std::string group = a.by == Breakdown::sector ? sector_name(o.sector, lang) : size_name(o.size, lang);
    table.push_back({term::clip(o.name, 30), term::clip(group, 20), o.date, figure(o.score), figure(o.percentile),
                     figure(o.deviation)});
  }
  term::write_table(page, table, 3);
}

}  // namespace

std::string render_aggregate_terminal(const Aggregate& a, const RenderOptions& o) {
  Page page(o);
  page.heading(word(Word::title, o.lang), "=");
  page.line();
  write_summary(page, a);
  if (!a.organizations.empty()) {
    write_statistics(page, a);
    write_groups(page, a);
    write_group_heatmap(page, a);
    write_gaps(page, a);
    write_organizations(page, a);
  }
  return page.take();
}

}  // namespace tenken
