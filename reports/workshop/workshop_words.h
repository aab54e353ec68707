// The words of the workshop pack (tenken workshop) in Japanese and English: headings, labels, the
// facilitator's guide and its agenda. Kept apart from common/messages.h because only the workshop
// renderers (and the tabletop part of `tenken cases ID`) use them; the shared names (answer
// statuses, states, severities, dates) still come from there. Internal to reports/.
#pragma once

#include <fmt/format.h>

#include <string>

#include "tenken/text.h"

namespace tenken::ws {

// Where the comment shows replacement fields, fill them with say(w, lang, ...) in that order.
enum class Word {
  title,
  title_for,  // {organization}
  intro_gaps,
  intro_chosen,
  intro_generic,
  label_organization,
  label_sector,
  label_assessment_date,
  label_cases,
  contents_heading,
  case_heading,  // {number} {title}
  case_id_source,  // {case id} {report} {case number}
  what_happened,
  why_it_happened,
  lessons,
  lesson_line,  // {number} {title}
  standing_heading,
  standing_intro,
  standing_none,
  standing_more_failing,  // {rules}
  standing_more_failing_one,
  standing_unknown,       // {rules}
  standing_unknown_one,
  rule_line,  // {severity} {rule id} {title} {state}
  discussion,
  discussion_answers,
  discussion_write,
  answer_line,  // {question id} {question text} {answer}
  answer_status_value,  // {status} {value}
  answer_comment,  // {answer} {comment}
  answer_reason,  // {status} {reason}
  answer_not_in_result,
  blank_answer,
  blank_notes,
  tabletop,
  tabletop_intro,  // {injects} {minutes}
  inject_heading,  // {number} {at} {minutes}
  facilitator_asks,
  look_for,
  no_tabletop,
  guide_heading,
  purpose,
  purpose_org,  // {organization} {count}
  purpose_generic,  // {count}
  attend,
  role_facilitator,
  role_note_taker,
  role_it,
  role_security,
  role_management,
  role_business,
  role_contractor,
  role_communications,
  agenda,
  column_time,
  column_item,
  column_minutes,
  agenda_intro,
  agenda_briefing,  // {case number}
  agenda_discussion,  // {case number}
  agenda_inject,  // {case number} {inject number} {at}
  agenda_break,
  agenda_debrief,
  agenda_total,  // {duration}
  duration,  // {hours} {minutes}
  duration_minutes,  // {minutes}
  running_injects,
  run_1,
  run_2,
  run_3,
  run_4,
  run_5,
  ground_rules,
  rule_1,
  rule_2,
  rule_3,
  rule_4,
  rule_5,
  debrief,
  debrief_went_well,
  debrief_gaps,
  column_action,
  column_owner,
  column_due,
  count_  // not a word: the number of words
};

// The word in a language. Never null.
const char* word(Word w, Lang lang);

template <class... Args>
std::string say(Word w, Lang lang, const Args&... args) {
  return fmt::format(fmt::runtime(word(w, lang)), args...);
}

}  // namespace tenken::ws
