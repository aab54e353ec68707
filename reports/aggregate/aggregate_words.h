// The words of the aggregate report (tenken aggregate) in Japanese and English: headings, labels,
// column names and notes. Kept apart from common/messages.h because only the aggregate renderers
// use them; the shared names (states, severities, dates) still come from there. Internal to
// reports/aggregate/.
#pragma once

#include <fmt/format.h>

#include <string>

#include "tenken/text.h"

namespace tenken::agg {

// Where the comment shows replacement fields, fill them with say(w, lang, ...) in that order.
enum class Word {
  title,
  results,
  organizations,
  set_aside,
  set_aside_value,  // {count}
  files_skipped,
  files_skipped_value,  // {count}
  assessment_dates,
  date_range,  // {first} {last}
  breakdown,
  by_sector,
  by_size,
  groups_sector_heading,
  groups_size_heading,
  names,
  names_pseudonyms,
  statistics_heading,
  column_what,
  column_count,
  column_mean,
  column_median,
  column_stddev,
  column_q1,
  column_q3,
  column_min,
  column_max,
  overall,
  column_sector,
  column_size,
  heatmap_groups_sector,
  heatmap_groups_size,
  gaps_heading,
  gaps_intro,  // {organizations}
  column_rule,
  column_severity,
  column_fail,
  column_fail_percent,
  column_unknown,
  column_unknown_percent,
  column_assessed,
  gaps_more,  // {count}
  no_gaps,
  organizations_heading,
  column_organization,
  column_date,
  column_score,
  column_percentile,
  column_deviation,
  column_set_aside,
  organizations_elsewhere,  // {count} {limit}
  heatmap_organizations_heading,
  bands_legend,
  method_heading,
  method_text,
  sheet_summary,
  sheet_organizations,
  sheet_gaps,
  count_  // not a word: the number of words
};

// The word in a language. Never null.
const char* word(Word w, Lang lang);

template <class... Args>
std::string say(Word w, Lang lang, const Args&... args) {
  return fmt::format(fmt::runtime(word(w, lang)), args...);
}

}  // namespace tenken::agg
