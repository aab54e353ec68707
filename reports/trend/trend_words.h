// The words of the trend report (tenken compare) in Japanese and English: headings, labels,
// column names and notes. Kept apart from common/messages.h, as the aggregate report keeps its
// own, because only the trend renderers use them; the shared names (states, severities, dates,
// "Category") still come from there. Internal to reports/trend/.
#pragma once

#include <fmt/format.h>

#include <string>

#include "tenken/text.h"

namespace tenken::cmp {

// Where the comment shows replacement fields, fill them with say(w, lang, ...) in that order.
enum class Word {
  title,
  results,
  organizations,
  files_skipped,
  files_skipped_value,  // {count}
  worse,
  worse_value,  // {count} {organizations}
  sector,
  assessments,
  assessments_value,  // {count} {first date} {last date}
  assessments_one,    // {date}
  score,
  score_value,  // {first} {latest} {change}
  assessments_heading,
  column_date,
  column_score,
  column_after_waivers,
  column_coverage,
  column_fail,
  column_unknown,
  column_changes,
  changes_value,  // {resolved} {new} {regressed}
  column_file,
  files_heading,
  categories_heading,
  column_change,
  overall,
  up,
  down,
  same,
  persistent_heading,   // {count}
  regressed_heading,    // {count}
  new_heading,          // {count}
  still_open_heading,   // {count}
  resolved_heading,     // {count}
  now_unknown_heading,  // {count}
  open_since,           // {date}
  passed_then_failed,   // {date passed} {date failing since}
  last_failed,          // {date}
  new_in_latest,
  waived_now,
  formerly,  // {ids}
  no_gaps,
  repeated_date,  // {date}
  chart_title,    // {organization}
  method_heading,
  method_text,
  column_rule,
  column_history,
  count_  // not a word: the number of words
};

// The word in a language. Never null.
const char* word(Word w, Lang lang);

template <class... Args>
std::string say(Word w, Lang lang, const Args&... args) {
  return fmt::format(fmt::runtime(word(w, lang)), args...);
}

}  // namespace tenken::cmp
