// What every aggregate format shows the same way: figures as text, the names of sectors, sizes
// and groups, a gap's title, the rows of the statistics table and a score's 10-point band. Plain
// text: each format escapes it for itself. Internal to reports/aggregate/.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "aggregate/aggregate_words.h"
#include "tenken/aggregate.h"

namespace tenken::agg {

// A figure with one decimal ("62.5"); "-" for none.
std::string figure(double x);
std::string figure(const std::optional<double>& x);
// A share of the organisations with one decimal and a percent sign: "12.5%".
std::string percent(int part, int whole);

std::string sector_name(const std::string& id, Lang lang);
// The size band's name; 不明 / Not stated for an empty id.
std::string size_name(const std::string& id, Lang lang);
// The breakdown's column name (Sector), its name in a sentence (by sector), its heading (By sector).
Word group_column(Breakdown by);
Word breakdown_name(Breakdown by);
Word groups_heading(Breakdown by);
Word heatmap_heading(Breakdown by);
// The rule's title in the language, or its id when the library does not hold it.
std::string gap_title(const RuleGap& g, Lang lang);
// "2026年4月1日〜2026年4月1日" / "1 April 2026 to 1 April 2026"; "-" without dates.
std::string date_range(const Aggregate& a, Lang lang);

// The facts at the head of every format, label and text, those that say something only: results
// read, organisations, assessments set aside, files skipped, dates, breakdown, pseudonyms.
struct Fact {
  Word label;
  std::string text;
};
std::vector<Fact> summary_facts(const Aggregate& a, Lang lang);

// One row of the statistics table: "Overall" or a category's title, and its statistics.
struct StatisticsRow {
  std::string label;
  const Statistics& stats;
};
std::vector<StatisticsRow> statistics_rows(const Aggregate& a, Lang lang);
// The column headings of that table, after the label column: n, mean, median, σ, Q1, Q3, min, max.
std::vector<std::string> statistics_headings(Lang lang);
// The eight figures of a row, as the headings.
std::vector<std::string> statistics_cells(const Statistics& s);

// The 10-point band of a score as written with one decimal: 0 (below 10) to 9 (90 and over).
int band(double score);

}  // namespace tenken::agg
