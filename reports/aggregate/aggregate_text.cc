// Figures and names shared by the aggregate formats (aggregate_text.h).
#include "aggregate/aggregate_text.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "common/messages.h"
#include "tenken/organization_profile.h"

namespace tenken::agg {

std::string figure(double x) {
  std::string text = fmt::format("{:.1f}", x);
  return text == "-0.0" ? "0.0" : text;
}

std::string figure(const std::optional<double>& x) { return x ? figure(*x) : "-"; }

std::string percent(int part, int whole) {
  return whole ? figure(100.0 * part / whole) + "%" : "-";
}

std::string sector_name(const std::string& id, Lang lang) {
  const Sector* s = find_sector(id);
  return s ? s->name.in(lang) : id;
}

std::string size_name(const std::string& id, Lang lang) {
  const SizeBand* s = find_size_band(id);
  return s ? s->name.in(lang) : unknown_size_name().in(lang);
}

Word group_column(Breakdown by) { return by == Breakdown::sector ? Word::column_sector : Word::column_size; }
Word breakdown_name(Breakdown by) { return by == Breakdown::sector ? Word::by_sector : Word::by_size; }
Word groups_heading(Breakdown by) {
  return by == Breakdown::sector ? Word::groups_sector_heading : Word::groups_size_heading;
}
Word heatmap_heading(Breakdown by) {
  return by == Breakdown::sector ? Word::heatmap_groups_sector : Word::heatmap_groups_size;
}

std::string gap_title(const RuleGap& g, Lang lang) {
  const std::string& title = g.title.in(lang);
  return title.empty() ? g.rule : title;
}

std::string date_range(const Aggregate& a, Lang lang) {
  if (a.first_date.empty()) return "-";
  return say(Word::date_range, lang, format_date(a.first_date, lang), format_date(a.last_date, lang));
}

std::vector<Fact> summary_facts(const Aggregate& a, Lang lang) {
  std::vector<Fact> facts = {{Word::results, fmt::format("{}", a.results)},
                             {Word::organizations, fmt::format("{}", a.organizations.size())}};
  if (a.set_aside) facts.push_back({Word::set_aside, say(Word::set_aside_value, lang, a.set_aside)});
  if (a.files_skipped) facts.push_back({Word::files_skipped, say(Word::files_skipped_value, lang, a.files_skipped)});
  facts.push_back({Word::assessment_dates, date_range(a, lang)});
  facts.push_back({Word::breakdown, word(breakdown_name(a.by), lang)});
  if (a.anonymised) facts.push_back({Word::names, word(Word::names_pseudonyms, lang)});
  return facts;
}

std::vector<StatisticsRow> statistics_rows(const Aggregate& a, Lang lang) {
  std::vector<StatisticsRow> rows = {{word(Word::overall, lang), a.overall}};
  for (const CategoryStatistics& c : a.categories) rows.push_back({c.title.in(lang), c.stats});
  return rows;
}

std::vector<std::string> statistics_headings(Lang lang) {
  std::vector<std::string> headings;
  for (Word w : {Word::column_count, Word::column_mean, Word::column_median, Word::column_stddev, Word::column_q1,
                 Word::column_q3, Word::column_min, Word::column_max})
    headings.emplace_back(word(w, lang));
  return headings;
}

std::vector<std::string> statistics_cells(const Statistics& s) {
  if (s.count == 0) return {"0", "-", "-", "-", "-", "-", "-", "-"};
  return {fmt::format("{}", s.count), figure(s.mean), figure(s.median), figure(s.stddev),
          figure(s.q1),               figure(s.q3),   figure(s.min),    figure(s.max)};
}

int band(double score) {
  double shown = std::round(score * 10) / 10;  // the band of the figure as written
  return std::clamp(static_cast<int>(std::floor(shown / 10)), 0, 9);
}

}  // namespace tenken::agg
