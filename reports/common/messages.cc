// The UI string table in Japanese and English (see messages.h). Translations are kept side by
// side so that a missing or stale one shows in review; the table is checked at compile time to
// be in the order of the Msg enum.
#include "common/messages.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cstddef>
#include <cstdio>

namespace tenken {
namespace {

struct Words {
  Msg id;
  const char* en;
  const char* ja;
};

constexpr Words kMessages[] = {
    {Msg::report_title, "tenken gap report", "tenken 点検結果（ギャップレポート）"},
    {Msg::organization, "Organization", "組織"},
    {Msg::sector, "Sector", "分野"},
    {Msg::assessment_date, "Assessment date", "評価日"},
    {Msg::assessor, "Assessor", "評価者"},
    {Msg::scope, "Scope", "対象範囲"},
    {Msg::answers_file, "Answer file", "回答ファイル"},
    {Msg::score, "Score", "スコア"},
    {Msg::score_value, "{:.1f} / 100 (default model), flat {:.1f}",
     "{:.1f} / 100（既定モデル）、フラット {:.1f}"},
    {Msg::coverage, "Coverage", "回答率"},
    {Msg::coverage_value,
     "{:.1f}% of {} questions ({} answered, {} not applicable, {} don't know, {} open)",
     "{:.1f}%（質問 {} 件：回答 {}、該当なし {}、わからない {}、未回答 {}）"},
    {Msg::rules, "Rules", "ルール"},
    {Msg::list_separator, ", ", "、"},
    {Msg::by_category, "Score by category", "分類別スコア"},
    {Msg::column_category, "Category", "分類"},
    {Msg::column_score, "Score", "スコア"},
    {Msg::column_weight, "Weight met/scored", "重み 達成/評価"},
    {Msg::gaps_heading, "Gaps ({})", "不備（{}件）"},
    {Msg::no_gaps, "No rule failed.", "不備はありません。"},
    {Msg::needs_answer_heading, "Needs an answer ({})", "回答が必要（{}件）"},
    {Msg::needs_auditor_heading, "Needs an auditor's eye ({})",
     "要確認：監査人の確認が必要（{}件）"},
    {Msg::waived_heading, "Waived ({})", "免除（{}件）"},
    {Msg::errors_heading, "Errors ({})", "エラー（{}件）"},
    {Msg::passed_list, "Passed ({}): ", "合格（{}件）："},
    {Msg::not_applicable_list, "Not applicable ({}): ", "対象外（{}件）："},
    {Msg::label_why, "Why:", "理由："},
    {Msg::label_todo, "To do:", "対策："},
    {Msg::label_cases, "Cases:", "事例："},
    {Msg::label_answers, "Answers:", "回答："},
    {Msg::label_questions, "To answer:", "質問："},
    {Msg::label_evidence, "Evidence:", "確認資料："},
    {Msg::label_alternative, "Met another way:", "代替策："},
    {Msg::answer_without_value, "{}: {}", "{}：{}"},
    {Msg::answer_without_value_reason, "{}: {} ({})", "{}：{}（{}）"},
    {Msg::answer_with_comment, "{} (comment: {})", "{}（コメント：{}）"},
    {Msg::question_with_text, "{}: {}", "{}：{}"},
    {Msg::quick_pass, "Quick pass", "簡易診断"},
    {Msg::quick_pass_value,
     "only questions of the quick first pass ({} questions) were answered, so this report covers only "
     "part of the library; answer the whole questionnaire for the rest",
     "回答が簡易診断の質問（{}問）に限られているため、この報告はライブラリの一部だけを対象としています。残りの判定には全質問への回答が必要です"},
    {Msg::needs_options, "{} (still to answer for: {})", "{}（未回答の選択肢：{}）"},
    {Msg::needs_exact_date, "{} (answered {}: the exact date decides)", "{}（回答は{}。正確な日付で判定が決まります）"},
    {Msg::needs_exact_number, "{} (answered {}: the exact number decides)", "{}（回答は{}。正確な数値で判定が決まります）"},
    {Msg::label_category, "Category:", "分類："},
    {Msg::label_severity, "Severity:", "重大度："},
    {Msg::severity_value, "{} (weight {:g})", "{}（重み {:g}）"},
    {Msg::label_applies_if, "Applies if:", "適用条件："},
    {Msg::label_expect, "Met when:", "合格条件："},
    {Msg::label_check, "Check:", "判定："},
    {Msg::check_manual, "by an auditor (manual)", "監査人が判断する（手動）"},
    {Msg::label_references, "References:", "参照："},
    {Msg::label_source, "Source:", "出典："},
    {Msg::source_value, "{}, case {}", "{} 事例{}"},
    {Msg::label_rules, "Rules:", "ルール："},
    {Msg::case_heading, "{}  {}", "{}  {}"},
    {Msg::lesson_line, "Lesson {}: {}", "教訓{}：{}"},
    {Msg::part_summary, "Summary", "概要"},
    {Msg::part_background, "Background", "背景"},
    {Msg::part_detection, "Detection", "検知"},
    {Msg::part_response, "Response", "対処"},
    {Msg::part_cause, "Cause", "原因"},
    {Msg::part_measures, "Measures taken", "再発防止策"},
    {Msg::part_lessons, "Lessons", "教訓"},
    {Msg::part_discussion, "For discussion", "話し合うための問い"},
    {Msg::cases_list_heading, "Cases ({})", "事例（{}件）"},
    {Msg::lessons_count, "lessons: {}", "教訓 {}件"},
    // Waivers, in every format
    {Msg::label_state, "Result:", "結果："},
    {Msg::label_waiver, "Waiver:", "免除："},
    {Msg::waiver_active_value, "{} (approved by {}, until {})", "{}（承認：{}、期限：{}）"},
    {Msg::waiver_no_expiry_value, "{} (approved by {}, no expiry date)", "{}（承認：{}、期限なし）"},
    {Msg::waiver_expired_value, "{} (approved by {}; expired on {}, so the rule counts as it is)",
     "{}（承認：{}。{}に期限切れのため、免除していません）"},
    {Msg::waiver_not_needed_value, "{} (approved by {}; not needed: the rule does not fail)",
     "{}（承認：{}。ルールが不備でないため不要）"},
    {Msg::state_waived, "{}, waived", "{}（免除）"},
    {Msg::waivers_file, "Waivers file", "免除ファイル"},
    {Msg::score_after_waivers, "After waivers", "免除後スコア"},
    {Msg::waivers_summary, "Waivers", "免除"},
    {Msg::waivers_summary_value, "{} active, {} expired, {} not needed",
     "有効 {}件、期限切れ {}件、不要 {}件"},
    {Msg::expired_waivers_heading, "Expired waivers ({})", "期限切れの免除（{}件）"},
    {Msg::unneeded_waivers_heading, "Waivers no longer needed ({})", "不要になった免除（{}件）"},
    {Msg::nobody, "nobody named", "記載なし"},
    // Markdown
    {Msg::md_label, "{}:", "{}："},
    {Msg::md_summary_heading, "Summary", "結果の概要"},
    {Msg::md_rule_line, "[{}] {}: {}", "[{}] {}：{}"},
    {Msg::md_case_with_summary, "{}: {}", "{}：{}"},
    {Msg::md_answer_with_evidence, "{} (evidence: {})", "{}（資料：{}）"},
    {Msg::md_other_rules_heading, "Other rules", "その他のルール"},
    // HTML
    {Msg::html_page_title, "{} — {}", "{}｜{}"},
    {Msg::html_label_value, "{}: {}", "{}：{}"},
    {Msg::html_score_caption, "out of 100 (default model); flat {:.1f}",
     "/ 100（既定モデル）、フラット {:.1f}"},
    {Msg::html_coverage_caption,
     "of {} questions asked: {} answered, {} not applicable, {} don't know, {} unanswered",
     "質問 {} 件：回答 {}、該当なし {}、わからない {}、未回答 {}"},
    {Msg::html_gaps, "Gaps", "不備"},
    {Msg::html_needs_answer, "Need an answer", "回答が必要"},
    {Msg::html_questions_caption, "Questions still to answer: {}", "未回答の質問：{}件"},
    {Msg::html_rules_by_state, "Rules by result", "結果別のルール数"},
    {Msg::html_gaps_by_severity, "Gaps by severity", "重大度別の不備"},
    {Msg::html_category_chart, "Score out of 100 by category", "分類別スコア（100点満点）"},
    {Msg::html_before_waivers, "Before waivers", "免除前"},
    {Msg::html_not_scored, "not scored", "評価対象なし"},
    {Msg::html_findings_heading, "All rules ({})", "全ルールの結果（{}件）"},
    {Msg::html_findings_hint,
     "Gaps first, most severe first. Open a rule for why it matters, what to do and the answers "
     "behind it.",
     "不備から順に、重大なものを先に並べています。ルールを開くと、理由、対策、判定に使った回答を"
     "確認できます。"},
    {Msg::html_all_categories, "All categories", "すべての分類"},
    {Msg::html_search, "Search", "検索"},
    {Msg::html_search_placeholder, "rule, title, answer, comment…",
     "ルールID、タイトル、回答、コメントなど"},
    {Msg::html_show_all, "Show all rules", "すべて表示"},
    {Msg::html_reset, "Only what needs action", "要対応のみ表示"},
    {Msg::html_expand_all, "Open all", "すべて開く"},
    {Msg::html_collapse_all, "Close all", "すべて閉じる"},
    {Msg::html_shown_count, "Showing {} of {} rules", "{1}件中{0}件を表示"},
    {Msg::html_no_match, "No rule matches these filters.", "条件に合うルールはありません。"},
    {Msg::html_column_question, "Question", "質問"},
    {Msg::html_column_answer, "Answer", "回答"},
    {Msg::html_column_notes, "Comment and evidence", "コメント・証跡"},
    {Msg::html_column_line, "Line", "行"},
    {Msg::html_attached, "Evidence:", "証跡："},
    {Msg::html_waiver_origin, "written at {}", "記載箇所：{}"},
    {Msg::html_questions_heading, "Questions still to answer ({})", "未回答の質問（{}件）"},
    {Msg::html_questions_intro,
     "The rules listed with each question stay unknown until it is answered.",
     "各質問に回答するまで、併記したルールは判定できません（未回答）。"},
    {Msg::html_generated_by, "Made by tenken {}", "tenken {} で作成"},
    {Msg::html_radar_title, "Score out of 100 by category (radar chart)",
     "分類別スコア（100点満点、レーダーチャート）"},
    {Msg::html_radar_now, "{} (this assessment)", "{}（今回）"},
    {Msg::html_radar_previous, "{} (previous assessment)", "{}（前回）"},
    {Msg::html_radar_no_point, "no point", "点なし"},
    {Msg::html_radar_left_off, "Not on the chart, as nothing in them is scored: {}",
     "評価対象のルールがないため、チャートに含めていない分類：{}"},
    {Msg::html_radar_missing,
     "No point for {0}, which does not have these categories or scored nothing in them: {1}",
     "{0}の評価に分類がないか、評価対象のルールがなかったため、点がない分類：{1}"},
    {Msg::html_radar_too_few,
     "No radar chart: a radar needs three or more categories with a score (here: {}). The bars "
     "below show every category.",
     "レーダーチャートは、スコアのある分類が3つ以上のときに表示します（ここでは{}分類）。"
     "分類ごとのスコアは下の棒グラフをご覧ください。"},
    // CSV and XLSX
    {Msg::column_rule, "Rule", "ルールID"},
    {Msg::column_title, "Title", "項目"},
    {Msg::column_state, "Result", "結果"},
    {Msg::column_counted_state, "Counted as", "集計上の結果"},
    {Msg::column_severity, "Severity", "重大度"},
    {Msg::column_rule_weight, "Weight", "重み"},
    {Msg::column_answers, "Answers", "回答"},
    {Msg::column_answer_evidence, "Evidence supplied", "回答の根拠資料"},
    {Msg::column_needs, "Questions to answer", "未回答の質問"},
    {Msg::column_cases, "Cases", "事例"},
    {Msg::column_rationale, "Why", "理由"},
    {Msg::column_recommendation, "To do", "対策"},
    {Msg::column_evidence, "Evidence to check", "確認資料"},
    {Msg::column_waiver_status, "Waiver", "免除"},
    {Msg::column_waiver_justification, "Waiver justification", "免除の理由"},
    {Msg::column_waiver_approved_by, "Waiver approved by", "免除の承認者"},
    {Msg::column_waiver_expires, "Waiver expires", "免除の期限"},
    {Msg::column_waiver_origin, "Waiver written at", "免除の記載箇所"},
    {Msg::sheet_summary, "Summary", "概要"},
    {Msg::sheet_findings, "Findings", "結果一覧"},
    {Msg::sheet_questions, "Questions to answer", "未回答の質問"},
    {Msg::xlsx_score_default, "Score (all rules, XCCDF)", "スコア（全ルール、XCCDF）"},
    {Msg::xlsx_score_flat, "Score (all rules, by weight)", "スコア（全ルール、重み合計）"},
    {Msg::xlsx_score_default_after_waivers, "Score after waivers (all rules, XCCDF)",
     "免除後スコア（全ルール、XCCDF）"},
    {Msg::xlsx_score_flat_after_waivers, "Score after waivers (all rules, by weight)",
     "免除後スコア（全ルール、重み合計）"},
    {Msg::xlsx_questions_asked, "Questions asked", "質問数"},
    {Msg::xlsx_weight_met, "Weight met", "達成した重み"},
    {Msg::xlsx_weight_scored, "Weight scored", "評価した重み"},
    {Msg::column_question, "Question", "質問ID"},
    {Msg::column_question_text, "Question text", "質問"},
    {Msg::column_answer_status, "Answer", "回答状況"},
    {Msg::column_comment, "Comment", "コメント"},
    {Msg::column_waiting_rules, "Rules waiting for it", "回答を待つルール"},
    // JUnit, SARIF, OSCAL
    {Msg::ci_title, "tenken self-assessment: {} ({})", "tenken 自己点検：{}（{}）"},
    {Msg::label_value, "{} {}", "{}{}"},
    {Msg::field_value, "{}: {}", "{}：{}"},
    {Msg::rule_error,
     "The rule could not be evaluated against these answers. Run tenken lint and check the answers it reads.",
     "このルールは、この回答では評価できませんでした。tenken lint を実行し、ルールが読む回答を確認してください。"},
    {Msg::auditor_to_examine, "The answers cannot decide this rule: an auditor examines the evidence.",
     "回答だけでは判定できないルールです。監査人が確認資料を見て判断します。"},
    {Msg::oscal_result_title, "Self-assessment of {}", "{}の自己点検"},
    {Msg::oscal_result_description,
     "The organization's answers to tenken's questions, evaluated against the rules of tenken {}, "
     "each drawn from a real incident.",
     "組織が tenken の質問に答えた内容を、実際のインシデントから作られた tenken {} のルールで評価した結果です。"},
    {Msg::oscal_plan_title, "The rules and questions of tenken {}", "tenken {} のルールと質問"},
    {Msg::oscal_plan_description,
     "There is no separate assessment plan: tenken's rules and questionnaire are the plan. Each "
     "finding's target is a rule (the objective-id is the rule id), and the NIST CSF 2.0 "
     "subcategories the rules cite are the reviewed controls.",
     "別の評価計画はありません。tenken のルールと質問票が評価計画にあたります。各所見の対象はルールで"
     "（objective-id はルールID）、ルールが参照する NIST CSF 2.0 のサブカテゴリを評価した管理策としています。"},
    {Msg::oscal_prepared_for, "Assessed organization", "評価対象の組織"},
    {Msg::oscal_tool_description,
     "Evaluates an operator's self-assessment answers against rules drawn from real incidents.",
     "事業者の自己点検の回答を、実際のインシデントから作られたルールで評価するツールです。"},
    {Msg::oscal_controls_description, "The NIST CSF 2.0 subcategories the rules cite",
     "ルールが参照する NIST CSF 2.0 のサブカテゴリ"},
    {Msg::oscal_no_controls, "The rules cite no NIST CSF 2.0 subcategory.",
     "ルールが参照する NIST CSF 2.0 のサブカテゴリはありません。"},
    {Msg::oscal_observation_title, "Answers behind {}", "{} の判定に使った回答"},
    {Msg::oscal_remediation_title, "Recommended action", "推奨する対策"},
    // tenken diff
    {Msg::diff_title, "tenken year-over-year comparison", "tenken 前回との比較"},
    {Msg::diff_before, "Before", "前回"},
    {Msg::diff_now, "Now", "今回"},
    {Msg::diff_assessment_value, "assessed {} ({})", "{}に評価（{}）"},
    {Msg::diff_changes, "Changes", "変化"},
    {Msg::diff_changes_value, "{} resolved, {} new, {} regressed, {} still open, {} now unanswered",
     "解消 {}件、新たな不備 {}件、後退 {}件、継続 {}件、未回答になったもの {}件"},
    {Msg::diff_score_heading, "Score change", "スコアの変化"},
    {Msg::diff_column_change, "Change", "増減"},
    {Msg::diff_column_rule, "Rule", "ルール"},
    {Msg::diff_overall, "Overall (default model)", "全体（既定モデル）"},
    {Msg::diff_overall_after_waivers, "Overall after waivers", "全体（免除後）"},
    {Msg::diff_resolved_heading, "Gaps resolved ({})", "解消した不備（{}件）"},
    {Msg::diff_new_heading, "New gaps ({})", "新たな不備（{}件）"},
    {Msg::diff_regressed_heading, "Regressed: passed before, fail now ({})",
     "後退：前回は合格、今回は不備（{}件）"},
    {Msg::diff_still_open_heading, "Still open ({})", "継続している不備（{}件）"},
    {Msg::diff_now_unknown_heading, "Gaps now unanswered: fixed or not is unknown ({})",
     "前回不備、今回は未回答で解消したか不明（{}件）"},
    {Msg::diff_removed_heading, "Rules no longer in the library ({})", "ライブラリからなくなったルール（{}件）"},
    {Msg::diff_renamed_heading, "Rules renamed since ({})", "前回から名前が変わったルール（{}件）"},
    {Msg::diff_state_change, "{} → {}", "{} → {}"},
    {Msg::diff_not_in_library, "not in the library", "ライブラリになし"},
    {Msg::diff_was_named, "renamed from {}", "旧ID {}"},
    // What a report puts first
    {Msg::summary_heading, "Summary", "概要"},
    {Msg::summary_you, "The organisation", "この組織"},
    {Msg::summary_answered, "{0} answered {1:.0f}% of the {2} questions asked.",
     "{0}は、尋ねた{2}問のうち{1:.0f}%に回答しています。"},
    {Msg::summary_gaps,
     "{0} practices apply: {1} in place, {2} missing ({3} of them critical or high).",
     "該当する{0}件の対策のうち、{1}件は実施済み、{2}件は未実施で、そのうち{3}件は重大度が「重大」か「高」です。"},
    {Msg::summary_no_gaps,
     "{0} practices apply: {1} in place, and none that the answers decide is missing.",
     "該当する{0}件の対策のうち{1}件は実施済みで、回答から判定できたものに未実施はありません。"},
    {Msg::summary_unknown, "{0} more wait for answers (questions still open: {1}).",
     "ほかに{0}件は、あと{1}問に答えるまで判定できません。"},
    {Msg::summary_worst, "The {0} gaps are in {1}.", "重大度「{0}」の不備は、{1}にあります。"},
    {Msg::summary_worst_case, "The {0} gaps are in {1}; {2} shows where such gaps lead.",
     "重大度「{0}」の不備は{1}にあります。こうした不備が何を招くかは、{2}が示しています。"},
    {Msg::summary_answer_first,
     "Too few questions are answered to score: first answer the questions that decide the most rules, "
     "listed below.",
     "採点するには回答が足りません。まず、下に挙げた、多くのルールの判定を左右する質問に答えてください。"},
    {Msg::summary_start, "Start with the actions below.", "まず、下の対処から取り組んでください。"},
    {Msg::case_reference, "case {0} ({1})", "事例 {0}（{1}）"},
    {Msg::plan_heading, "What to do first", "最初に取り組むこと"},
    {Msg::plan_closes, "Closes:", "解消："},
    {Msg::plan_more, "{0} more actions close the other {1} gaps, all listed under Gaps.",
     "ほかに{0}項目の対処で、残る{1}件の不備を解消できます（不備はすべて「不備」に記載）。"},
    {Msg::questions_heading, "Questions that decide the most ({0} questions, {1} rules waiting)",
     "判定に必要な質問（{0}問、判定待ちのルール{1}件）"},
    {Msg::question_needed_by, "needed to decide {} rules", "ルール{}件の判定に必要"},
    {Msg::question_needed_by_one, "needed to decide 1 rule", "ルール1件の判定に必要"},
    {Msg::score_known, "Score (answered)", "スコア（判定済み）"},
    {Msg::score_known_value, "{0:.1f} / 100: of the {1} rules your answers decide, the share met, by weight",
     "{0:.1f} / 100：判定できた{1}件のルールのうち、満たしている割合（重み付き）"},
    {Msg::score_all, "Score (all rules)", "スコア（全ルール）"},
    {Msg::score_all_value, "{0:.1f} / 100: the XCCDF score, which counts the {1} rules still unknown as not met",
     "{0:.1f} / 100：XCCDF 方式（まだ判定できない{1}件は、満たしていないものとして数える）"},
    {Msg::score_not_enough, "not enough answered to score: {0:.1f}% of the questions answered, {1:.0f}% needed",
     "回答が足りないため採点しません（回答率 {0:.1f}%、採点には{1:.0f}%以上が必要）"},
    {Msg::score_plain, "{:.1f} / 100", "{:.1f} / 100"},
    {Msg::answer_yes, "yes", "はい"},
    {Msg::answer_no, "no", "いいえ"},
    {Msg::answer_none_of_these, "none of these", "いずれもなし"},
    {Msg::answer_yes_no_options, "yes: {0}; no: {1}", "あり：{0}／なし：{1}"},
    {Msg::answer_yes_options, "yes: {}", "あり：{}"},
    {Msg::answer_no_options, "no: {}", "なし：{}"},
    {Msg::answer_at_least, "at least {}", "{}以上"},
    {Msg::answer_at_most, "at most {}", "{}以下"},
    {Msg::answer_between, "{0} to {1}", "{0}〜{1}"},
    {Msg::label_rules_waiting, "Rules:", "ルール："},
    {Msg::cases_heading, "The cases behind these findings ({})", "これらの指摘の背景にある事例（{}件）"},
};

constexpr bool in_enum_order() {
  for (size_t i = 0; i < std::size(kMessages); ++i)
    if (static_cast<size_t>(kMessages[i].id) != i) return false;
  return true;
}
static_assert(in_enum_order(), "kMessages must list every Msg in enum order");
static_assert(std::size(kMessages) == static_cast<size_t>(Msg::count_),
              "kMessages must list every Msg");

const char* pick(Lang lang, const char* en, const char* ja) { return lang == Lang::ja ? ja : en; }

}  // namespace

const char* message(Msg m, Lang lang) {
  const Words& w = kMessages[static_cast<size_t>(m)];
  return pick(lang, w.en, w.ja);
}

const char* state_name(State s, Lang lang) {
  switch (s) {
    case State::pass: return pick(lang, "pass", "合格");
    case State::fail: return pick(lang, "fail", "不備");
    case State::unknown: return pick(lang, "unknown", "未回答");
    case State::notapplicable: return pick(lang, "not applicable", "対象外");
    case State::notchecked: return pick(lang, "not checked", "要確認");
    case State::waived: return pick(lang, "waived", "免除");
    case State::error: return pick(lang, "error", "エラー");
  }
  return "?";
}

const char* severity_name(Severity s, Lang lang) {
  switch (s) {
    case Severity::critical: return pick(lang, "critical", "重大");
    case Severity::high: return pick(lang, "high", "高");
    case Severity::medium: return pick(lang, "medium", "中");
    case Severity::low: return pick(lang, "low", "低");
    case Severity::info: return pick(lang, "info", "情報");
  }
  return "?";
}

std::string joined(const std::vector<std::string>& items, Lang lang) {
  return fmt::format("{}", fmt::join(items, message(Msg::list_separator, lang)));
}

std::string bare_label(Msg m, Lang lang) {
  std::string text = message(m, lang);
  for (std::string_view colon : {":", "："})
    if (text.ends_with(colon)) text.resize(text.size() - colon.size());
  return text;
}

const char* waiver_status_name(WaiverStatus s, Lang lang) {
  switch (s) {
    case WaiverStatus::active: return pick(lang, "active", "有効");
    case WaiverStatus::expired: return pick(lang, "expired", "期限切れ");
    case WaiverStatus::not_needed: return pick(lang, "not needed", "不要");
  }
  return "?";
}

std::string format_date(std::string_view iso, Lang lang) {
  static constexpr const char* kMonths[] = {"January", "February", "March",     "April",
                                            "May",     "June",     "July",      "August",
                                            "September", "October", "November", "December"};
  int y = 0, m = 0, d = 0;
  char tail = 0;
  std::string text(iso);
  bool digits = std::all_of(text.begin(), text.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
  if (digits && text.size() == 4) return lang == Lang::ja ? text + "年" : text;
  if (digits && text.size() == 7 && std::sscanf(text.c_str(), "%4d-%2d", &y, &m) == 2 && m >= 1 && m <= 12)
    return lang == Lang::ja ? fmt::format("{}年{}月", y, m) : fmt::format("{} {}", kMonths[m - 1], y);
  if (std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || text.size() != 10 ||
      m < 1 || m > 12 || d < 1 || d > 31)
    return text;
  if (lang == Lang::ja) return fmt::format("{}年{}月{}日", y, m, d);
  return fmt::format("{} {} {}", d, kMonths[m - 1], y);
}

const char* answer_status_name(AnswerStatus s, Lang lang) {
  switch (s) {
    case AnswerStatus::answered: return pick(lang, "answered", "回答済み");
    case AnswerStatus::dont_know: return pick(lang, "don't know", "わからない");
    case AnswerStatus::not_applicable: return pick(lang, "not applicable", "該当なし");
    case AnswerStatus::alternative: return pick(lang, "met another way", "代替策で対応");
    case AnswerStatus::unanswered: return pick(lang, "unanswered", "未回答");
    case AnswerStatus::not_asked: return pick(lang, "not asked", "質問対象外");
  }
  return "?";
}

}  // namespace tenken
