// The UI string table in Japanese and English (see messages.h). Translations are kept side by
// side so that a missing or stale one shows in review; the table is checked at compile time to
// be in the order of the Msg enum.
#include "reports/messages.h"

#include <cstddef>

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
     "{:.1f}% of {} questions asked ({} answered, {} not applicable, {} don't know, {} unanswered)",
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
    {Msg::answer_without_value, "{}: {}", "{}：{}"},
    {Msg::answer_without_value_reason, "{}: {} ({})", "{}：{}（{}）"},
    {Msg::answer_with_comment, "{} (comment: {})", "{}（コメント：{}）"},
    {Msg::question_with_text, "{}: {}", "{}：{}"},
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
};

constexpr bool in_enum_order() {
  for (size_t i = 0; i < std::size(kMessages); ++i)
    if (static_cast<size_t>(kMessages[i].id) != i) return false;
  return true;
}
static_assert(in_enum_order(), "kMessages must list every Msg in enum order");
static_assert(std::size(kMessages) == static_cast<size_t>(Msg::lessons_count) + 1,
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

const char* answer_status_name(AnswerStatus s, Lang lang) {
  switch (s) {
    case AnswerStatus::answered: return pick(lang, "answered", "回答済み");
    case AnswerStatus::dont_know: return pick(lang, "don't know", "わからない");
    case AnswerStatus::not_applicable: return pick(lang, "not applicable", "該当なし");
    case AnswerStatus::unanswered: return pick(lang, "unanswered", "未回答");
    case AnswerStatus::not_asked: return pick(lang, "not asked", "質問対象外");
  }
  return "?";
}

}  // namespace tenken
