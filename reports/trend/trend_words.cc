// The trend report's words (trend_words.h), Japanese and English side by side; the table is
// checked at compile time to list every Word in enum order.
#include "trend/trend_words.h"

#include "common/word_table.h"

namespace tenken::cmp {
namespace {

using Entry = WordEntry<Word>;

constexpr Entry kWords[] = {
    {Word::title, "tenken compare: trends over assessments", "tenken 経年比較レポート"},
    {Word::results, "Results read", "読み込んだ結果"},
    {Word::organizations, "Organizations", "組織数"},
    {Word::files_skipped, "Files skipped", "読めなかったファイル"},
    {Word::files_skipped_value, "{} (could not be read; not compared)", "{}件（読み込めず、比較に含めていません）"},
    {Word::worse, "New gaps or regressions", "新たな不備・後退"},
    {Word::worse_value, "{} of {} organizations, since their previous assessment", "{1}組織中{0}組織（前回の評価と比べて）"},
    {Word::sector, "Sector", "分野"},
    {Word::assessments, "Assessments", "評価回数"},
    {Word::assessments_value, "{} ({} to {})", "{}回（{}〜{}）"},
    {Word::assessments_one, "1 ({})", "1回（{}）"},
    {Word::score, "Overall score", "総合スコア"},
    {Word::score_value, "{} → {} ({})", "{} → {}（{}）"},
    {Word::assessments_heading, "Assessments", "評価の一覧"},
    {Word::column_date, "Assessment date", "評価日"},
    {Word::column_score, "Score", "スコア"},
    {Word::column_after_waivers, "After waivers", "免除後"},
    {Word::column_coverage, "Coverage", "回答率"},
    {Word::column_fail, "Fail", "不備"},
    {Word::column_unknown, "Unknown", "未回答"},
    {Word::column_changes, "Changes from the previous", "前回からの変化"},
    {Word::changes_value, "{} resolved, {} new, {} regressed", "解消{}・新規{}・後退{}"},
    {Word::column_file, "Result file", "結果ファイル"},
    {Word::files_heading, "Result files", "結果ファイル"},
    {Word::categories_heading, "Score per category", "分類別のスコア"},
    {Word::column_change, "Change, first to latest", "変化（初回→最新）"},
    {Word::overall, "Overall", "総合"},
    {Word::up, "up", "上昇"},
    {Word::down, "down", "低下"},
    {Word::same, "no change", "変化なし"},
    {Word::persistent_heading, "Gaps open in every assessment ({})", "すべての評価で残っている不備（{}件）"},
    {Word::regressed_heading, "Regressions: passed before, fail now ({})", "後退：以前は合格、現在は不備（{}件）"},
    {Word::new_heading, "New gaps in the latest assessment ({})", "最新の評価で新たに見つかった不備（{}件）"},
    {Word::still_open_heading, "Still open ({})", "継続している不備（{}件）"},
    {Word::resolved_heading, "Gaps resolved ({})", "解消した不備（{}件）"},
    {Word::now_unknown_heading, "Failed in the previous assessment, now unknown ({})",
     "前回は不備、今回は未判定（{}件）"},
    {Word::open_since, "open since {}", "{}から未解消"},
    {Word::passed_then_failed, "passed on {}, failing since {}", "{}は合格、{}から不備"},
    {Word::last_failed, "last failed on {}", "最後に不備だった評価：{}"},
    {Word::new_in_latest, "new in the latest assessment", "最新の評価で新たに発生"},
    {Word::waived_now, "waived now", "現在免除中"},
    {Word::formerly, "formerly {}", "旧ID：{}"},
    {Word::no_gaps, "No rule fails in any of its assessments.", "どの評価でも不備のルールはありません。"},
    {Word::repeated_date, "Several Results are dated {}: they are ordered by file name.",
     "{}付けの結果が複数あります（ファイル名の順に並べています）。"},
    {Word::chart_title, "Scores by assessment: {}", "評価ごとのスコア：{}"},
    {Word::method_heading, "How to read this report", "このレポートの読み方"},
    {Word::method_text,
     "Each organization's Results are ordered by assessment date (then by file name). A score is the Result's "
     "overall score (the default model); a category that scores nothing in an assessment is \"-\". The change "
     "is the latest score less the first. Gaps are judged on each rule's own state, so a waived failure is still "
     "a gap; rules are followed through renames. \"Open since\" is the first assessment of the unbroken run of "
     "failures that reaches the latest.",
     "組織ごとに評価日の順（同じ日はファイル名の順）に並べています。スコアは各結果の総合スコア（default "
     "モデル）で、その評価で採点対象のない分類は「-」です。変化は最新のスコアから初回のスコアを引いた値です。"
     "不備はルール自体の判定で数えるため、免除された不備も不備として示します。名前の変わったルールは旧IDから"
     "続けて追跡します。「未解消」の日付は、最新まで途切れずに不備が続いている最初の評価の日です。"},
    {Word::column_rule, "Rule", "ルール"},
    {Word::column_history, "History", "経過"},
};

static_assert(lists_every_word_in_order(kWords), "kWords must list every Word, in enum order");

}  // namespace

const char* word(Word w, Lang lang) { return word_in(kWords, w, lang); }

}  // namespace tenken::cmp
