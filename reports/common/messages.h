// The words of the reports themselves, in Japanese and English: headings, labels, and the display
// names of result states, severities and answer statuses. Every renderer takes its words from
// here, so one thing has one name in every format and a translation is fixed in one place.
// Content (rule titles, rationales, question texts) comes from the rules, never from here; the
// stable machine names (pass, critical, dont_know) are the format_as() names in the engine.
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

#include "tenken/result.h"
#include "tenken/rule.h"
#include "tenken/text.h"

namespace tenken {

// A UI string. Where the comment shows fmt replacement fields, fill them with say(m, lang, ...)
// in the order shown.
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
  label_alternative,
  answer_without_value,         // {question} {status}: "q: don't know"
  answer_without_value_reason,  // {question} {status} {reason}: "q: not applicable (no forms)"
  answer_with_comment,          // {answer} {comment}: "q = no (comment: tapes stopped)"
  question_with_text,
  quick_pass,                   // label of the quick-pass notice
  quick_pass_value,             // {quick questions}           // {question} {text}: "mailform.captcha: Does the form ...?"
  needs_options,                // {question line} {options}: a partial answer's options still open
  needs_exact_date,             // {question line} {month or year given}
  needs_exact_number,           // {question line} {range given}
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
  // Waivers, in every format
  label_state,                // "State:"
  label_waiver,               // "Waiver:"
  waiver_active_value,        // {justification} {approved by} {expiry date}
  waiver_no_expiry_value,     // {justification} {approved by}
  waiver_expired_value,       // {justification} {approved by} {expiry date}
  waiver_not_needed_value,    // {justification} {approved by}
  state_waived,               // {state}: "fail, waived"
  waivers_file,               // label of the waivers file in headers
  score_after_waivers,        // label
  waivers_summary,            // label
  waivers_summary_value,      // {active} {expired} {not needed}
  expired_waivers_heading,    // {count}
  unneeded_waivers_heading,   // {count}
  nobody,                     // an approver not given
  // Markdown (reports/markdown/): add new words below this line, in use order
  md_label,                // {label}: "Organization:" before a value
  md_summary_heading,
  md_rule_line,            // {severity} {rule id} {title}: "[high] access-remote-mfa: Use MFA"
  md_case_with_summary,    // {case id and title} {summary}
  md_answer_with_evidence, // {answer} {evidence files}
  md_other_rules_heading,
  // HTML (reports/html/): add new words below this line
  html_page_title,         // {report title} {organization}
  html_label_value,        // {label} {value}: "critical: 3", for tooltips and screen readers
  html_score_caption,      // {flat score}
  html_coverage_caption,   // {asked} {answered} {not applicable} {don't know} {unanswered}
  html_gaps,               // label of the count of gaps
  html_needs_answer,       // label of the count of rules that need an answer
  html_questions_caption,  // {count of questions still to answer}
  html_rules_by_state,     // label of the counts of rules by state
  html_gaps_by_severity,   // heading
  html_category_chart,     // title of the score chart
  html_before_waivers,     // legend of the score chart
  html_not_scored,         // a category where nothing is scored
  html_findings_heading,   // {count}
  html_findings_hint,
  html_all_categories,
  html_search,
  html_search_placeholder,
  html_show_all,
  html_reset,  // back to the default view: what still needs action
  html_expand_all,
  html_collapse_all,
  html_shown_count,  // {shown} {total}
  html_no_match,
  html_column_question,
  html_column_answer,
  html_column_notes,
  html_column_line,
  html_attached,           // label of the evidence files of an answer
  html_waiver_origin,      // {file:line}
  html_questions_heading,  // {count}
  html_questions_intro,
  html_generated_by,  // {version}
  html_radar_title,       // title of the radar chart of category scores
  html_radar_now,         // {assessment date}: legend of this assessment's polygon
  html_radar_previous,    // {assessment date}: legend of the previous assessment's polygon
  html_radar_no_point,    // in the chart's description, for a category with no point in a series
  html_radar_left_off,    // {categories}: nothing scored in them, so they are not on the radar
  html_radar_missing,     // {series legend} {categories}: no point for them in that series
  html_radar_too_few,     // {count of scored categories}: fewer than three, so no radar
  // CSV and XLSX (reports/sheets/): add new words below this line
  column_rule,
  column_title,
  column_state,
  column_counted_state,
  column_severity,
  column_rule_weight,
  column_answers,
  column_answer_evidence,
  column_needs,
  column_cases,
  column_rationale,
  column_recommendation,
  column_evidence,
  column_waiver_status,
  column_waiver_justification,
  column_waiver_approved_by,
  column_waiver_expires,
  column_waiver_origin,
  sheet_summary,
  sheet_findings,
  sheet_questions,
  xlsx_score_default,
  xlsx_score_flat,
  xlsx_score_default_after_waivers,
  xlsx_score_flat_after_waivers,
  xlsx_questions_asked,
  xlsx_weight_met,
  xlsx_weight_scored,
  column_question,
  column_question_text,
  column_answer_status,
  column_comment,
  column_waiting_rules,
  // JUnit, SARIF, OSCAL (reports/ci/): add new words below this line
  ci_title,            // {organization} {assessment date}: names the run in JUnit and OSCAL
  label_value,         // {label ending in a colon} {text}: "Why: ..." on one line
  field_value,         // {label} {text}: "Scope: ..." on one line
  rule_error,          // why an error rule says no more
  auditor_to_examine,  // a rule that needs an auditor (notchecked), before its evidence
  oscal_result_title,         // {assessment date}
  oscal_result_description,   // {tool version}
  oscal_plan_title,           // {tool version}
  oscal_plan_description,
  oscal_prepared_for,         // the role of the assessed organisation
  oscal_tool_description,
  oscal_controls_description,
  oscal_no_controls,
  oscal_observation_title,    // {rule id}
  oscal_remediation_title,
  // tenken diff (reports/diff/): add new words below this line
  diff_title,
  diff_before,               // label: the old assessment
  diff_now,                  // label: the new assessment
  diff_assessment_value,     // {date} {result file}
  diff_changes,              // label
  diff_changes_value,        // {resolved} {new} {regressed} {still open} {now unknown}
  diff_score_heading,
  diff_column_change,
  diff_column_rule,
  diff_overall,
  diff_overall_after_waivers,
  diff_resolved_heading,     // {count}
  diff_new_heading,          // {count}
  diff_regressed_heading,    // {count}
  diff_still_open_heading,   // {count}
  diff_now_unknown_heading,  // {count}
  diff_removed_heading,      // {count}
  diff_renamed_heading,      // {count}
  diff_state_change,         // {before} {now}
  diff_not_in_library,       // a rule absent from one Result
  diff_was_named,            // {old id}
  // What a report puts first (reports/common/priorities.h): add new words below this line
  summary_heading,
  summary_you,               // the organisation, when the answers do not name it
  summary_answered,          // {organisation} {percent} {questions asked}
  summary_gaps,              // {applicable} {pass} {fail} {critical or high}
  summary_no_gaps,           // {applicable} {pass}
  summary_unknown,           // {unknown rules} {questions still to answer}
  summary_worst,             // {severity} {categories}
  summary_worst_case,        // {severity} {categories} {case reference}
  summary_answer_first,
  summary_start,
  case_reference,            // {case id} {title}
  plan_heading,
  plan_closes,               // label: the rules an action closes
  plan_more,                 // {more actions} {the gaps they close}
  questions_heading,         // {questions} {rules waiting}
  question_needed_by,        // {rules}
  question_needed_by_one,
  score_known,               // label
  score_known_value,         // {score} {rules decided}
  score_all,                 // label
  score_all_value,           // {score} {rules unknown}
  score_not_enough,          // {coverage} {coverage needed}
  score_plain,               // {score}
  answer_yes,
  answer_no,
  answer_none_of_these,      // a multiple-choice answer with no option
  answer_yes_no_options,     // {options that hold} {options that do not}: a partial answer
  answer_yes_options,        // {options that hold}: a partial answer that names none absent
  answer_no_options,         // {options that do not hold}: a partial answer that names none present
  answer_at_least,           // {number}
  answer_at_most,            // {number}
  answer_between,            // {low} {high}
  label_rules_waiting,       // label: the rules a question decides
  cases_heading,             // {count}
  count_  // not a message: the number of messages
};

// The text of a UI string in a language. Never null.
const char* message(Msg m, Lang lang);

// A UI string with its replacement fields filled in: say(Msg::gaps_heading, lang, 3).
template <class... Args>
std::string say(Msg m, Lang lang, const Args&... args) {
  return fmt::format(fmt::runtime(message(m, lang)), args...);
}

// Writing in one language. The documents the renderers write (a terminal page, a Markdown or HTML
// document, an OSCAL document) are Speakers, so that their text is said in the report's language.
struct Speaker {
  Lang lang;

  // The message itself.
  const char* say(Msg m) const { return message(m, lang); }
  // The message with its replacement fields filled in.
  template <class... Args>
  std::string say(Msg m, const Args&... args) const {
    return tenken::say(m, lang, args...);
  }
};

// Items joined by the language's list separator: "a, b" / "a、b".
std::string joined(const std::vector<std::string>& items, Lang lang);

// A label without its trailing colon ("Why:" → "Why", "理由：" → "理由"), for formats where the
// layout, not a colon, separates a label from its value (table headings, HTML).
std::string bare_label(Msg m, Lang lang);

// Display names: 合格 不備 未回答 対象外 要確認 免除 エラー / pass fail unknown ...
const char* state_name(State s, Lang lang);
// 重大 高 中 低 情報 / critical high medium low info
const char* severity_name(Severity s, Lang lang);
// 回答済み わからない 該当なし 未回答 質問対象外 / answered, don't know, ...
const char* answer_status_name(AnswerStatus s, Lang lang);
// 有効 期限切れ 不要 / active, expired, not needed
const char* waiver_status_name(WaiverStatus s, Lang lang);

// A YYYY-MM-DD date as the language writes it: "2026年4月1日", "1 April 2026"; a month (YYYY-MM)
// or a year (YYYY) too: "2024年10月", "October 2024", "2024年". Other text is returned as it is.
std::string format_date(std::string_view iso_date, Lang lang);

}  // namespace tenken
