// The words of the reports themselves, in Japanese and English: headings, labels, and the display
// names of result states, severities and answer statuses. Every renderer takes its words from
// here, so one thing has one name in every format and a translation is fixed in one place.
// Content (rule titles, rationales, question texts) comes from the rules, never from here; the
// stable machine names (pass, critical, dont_know) are the format_as() names in the engine.
#pragma once

#include "tenken/result.h"
#include "tenken/rule.h"
#include "tenken/text.h"

namespace tenken {

// A UI string. Where the comment shows fmt replacement fields, fill them with
// fmt::format(fmt::runtime(message(...)), ...) in the order shown.
enum class Msg {
  report_title,
  organization,
  sector,
  assessment_date,
  assessor,
  scope,
  answers_file,
  score,
  score_value,  // {default score} {flat score}
  coverage,
  coverage_value,  // {percent} {asked} {answered} {not applicable} {don't know} {unanswered}
  rules,
  list_separator,  // between items of an inline list: ", " / "、"
  by_category,
  column_category,
  column_score,
  column_weight,
  gaps_heading,  // {count}
  no_gaps,
  needs_answer_heading,   // {count}
  needs_auditor_heading,  // {count}
  waived_heading,         // {count}
  errors_heading,         // {count}
  passed_list,            // {count}; ends with the space before the list
  not_applicable_list,    // {count}; ends with the space before the list
  label_why,
  label_todo,
  label_cases,
  label_answers,
  label_questions,
  label_evidence,
  answer_without_value,         // {question} {status}: "q: don't know"
  answer_without_value_reason,  // {question} {status} {reason}: "q: not applicable (no forms)"
  answer_with_comment,          // {answer} {comment}: "q = no (comment: tapes stopped)"
  question_with_text,           // {question} {text}: "mailform.captcha: Does the form ...?"
  // tenken explain / tenken cases
  label_category,
  label_severity,
  severity_value,  // {severity} {weight}
  label_applies_if,
  label_expect,
  label_check,
  check_manual,
  label_references,
  label_source,
  source_value,  // {report} {case number}
  label_rules,
  case_heading,  // {case id} {title}
  lesson_line,   // {number} {title}
  part_summary,
  part_background,
  part_detection,
  part_response,
  part_cause,
  part_measures,
  part_lessons,
  part_discussion,
  cases_list_heading,  // {count}
  lessons_count,       // {count}
};

// The text of a UI string in a language. Never null.
const char* message(Msg m, Lang lang);

// Display names: 合格 不備 未回答 対象外 要確認 免除 エラー / pass fail unknown ...
const char* state_name(State s, Lang lang);
// 重大 高 中 低 情報 / critical high medium low info
const char* severity_name(Severity s, Lang lang);
// 回答済み わからない 該当なし 未回答 質問対象外 / answered, don't know, ...
const char* answer_status_name(AnswerStatus s, Lang lang);

}  // namespace tenken
