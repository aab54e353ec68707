// The aggregate report's words (aggregate_words.h), Japanese and English side by side; the table
// is checked at compile time to list every Word in enum order.
#include "aggregate/aggregate_words.h"

#include "common/word_table.h"

namespace tenken::agg {
namespace {

using Entry = WordEntry<Word>;

constexpr Entry kWords[] = {
    {Word::title, "tenken aggregate report", "tenken 集計レポート"},
    {Word::results, "Results read", "読み込んだ結果"},
    {Word::organizations, "Organizations", "組織数"},
    {Word::set_aside, "Earlier assessments", "過去の評価"},
    {Word::set_aside_value, "{} set aside (only each organization's latest assessment counts)",
     "{}件を除外（組織ごとに最新の評価のみを集計）"},
    {Word::files_skipped, "Files skipped", "読めなかったファイル"},
    {Word::files_skipped_value, "{} (could not be read; not counted)", "{}件（読み込めず、集計に含めていません）"},
    {Word::assessment_dates, "Assessment dates", "評価日"},
    {Word::date_range, "{} to {}", "{}〜{}"},
    {Word::breakdown, "Breakdown", "内訳"},
    {Word::by_sector, "by sector", "分野別"},
    {Word::by_size, "by size", "規模別"},
    {Word::groups_sector_heading, "By sector", "分野別"},
    {Word::groups_size_heading, "By size", "規模別"},
    {Word::names, "Names", "組織名"},
    {Word::names_pseudonyms, "replaced by pseudonyms", "仮名に置き換え済み"},
    {Word::statistics_heading, "Score statistics", "スコアの統計"},
    {Word::column_what, "Score", "スコア"},
    {Word::column_count, "n", "件数"},
    {Word::column_mean, "Mean", "平均"},
    {Word::column_median, "Median", "中央値"},
    {Word::column_stddev, "σ", "標準偏差"},
    {Word::column_q1, "Q1", "第1四分位"},
    {Word::column_q3, "Q3", "第3四分位"},
    {Word::column_min, "Min", "最小"},
    {Word::column_max, "Max", "最大"},
    {Word::overall, "Overall", "総合"},
    {Word::column_sector, "Sector", "分野"},
    {Word::column_size, "Size", "規模"},
    {Word::heatmap_groups_sector, "Mean score per category, by sector", "分類別の平均スコア（分野別）"},
    {Word::heatmap_groups_size, "Mean score per category, by size", "分類別の平均スコア（規模別）"},
    {Word::gaps_heading, "Most common gaps", "多く見られる不備"},
    {Word::gaps_intro,
     "Rules by the number of organizations where they fail, of {}; unknown: still to be answered there.",
     "不備となった組織の多い順（{}組織中）。未回答：その組織では回答がなく判定できていないもの。"},
    {Word::column_rule, "Rule", "ルール"},
    {Word::column_severity, "Severity", "重大度"},
    {Word::column_fail, "Fail", "不備"},
    {Word::column_fail_percent, "% fail", "不備率"},
    {Word::column_unknown, "Unknown", "未回答"},
    {Word::column_unknown_percent, "% unknown", "未回答率"},
    {Word::column_assessed, "Assessed", "判定対象"},
    {Word::gaps_more, "{} more rules with a gap or an unknown are in the json and xlsx outputs.",
     "ほか{}件のルールは json・xlsx の出力にあります。"},
    {Word::no_gaps, "No rule fails or is unknown in any organization.",
     "どの組織でも不備・未回答のルールはありません。"},
    {Word::organizations_heading, "Organizations", "組織別"},
    {Word::column_organization, "Organization", "組織"},
    {Word::column_date, "Assessment date", "評価日"},
    {Word::column_score, "Score", "スコア"},
    {Word::column_percentile, "Percentile", "パーセンタイル"},
    {Word::column_deviation, "Deviation score", "偏差値"},
    {Word::column_set_aside, "Earlier set aside", "除外した過去の評価"},
    {Word::organizations_elsewhere,
     "{} organizations, more than {} shown here: the table per organization is in the csv, xlsx and json outputs.",
     "{}組織（ここに示す上限{}を超えています）：組織ごとの表は csv・xlsx・json の出力にあります。"},
    {Word::heatmap_organizations_heading, "Score per category and organization", "組織別・分類別のスコア"},
    {Word::bands_legend, "Shading: the score's band of 10 points (darker is lower); - not scored.",
     "色：スコアの10点ごとの帯（濃いほど低い）。- は採点対象なし。"},
    {Word::method_heading, "How the figures are computed", "数値の求め方"},
    {Word::method_text,
     "Only each organization's latest assessment counts. Mean and population standard deviation σ; median and "
     "quartiles by linear interpolation at (n − 1)·p, as Excel's QUARTILE.INC; percentile rank = (organizations "
     "below + half of those equal) / n; deviation score = 50 + 10 × (score − mean) / σ, 50 when σ = 0. A "
     "category counts only for the organizations whose Result scores it.",
     "組織ごとに最新の評価のみを集計します。平均と母標準偏差 σ。中央値と四分位数は (n − 1)·p の位置での線形補間"
     "（Excel の QUARTILE.INC と同じ）。パーセンタイル順位 =（下回る組織数 + 同点の組織数の半分）/ n。偏差値 = "
     "50 + 10 ×（スコア − 平均）/ σ（σ = 0 のときは 50）。分類は、その分類に採点対象のある組織だけで集計します。"},
    {Word::sheet_summary, "Summary", "概要"},
    {Word::sheet_organizations, "Organizations", "組織"},
    {Word::sheet_gaps, "Gaps", "不備"},
};

static_assert(lists_every_word_in_order(kWords), "kWords must list every Word, in enum order");

}  // namespace

const char* word(Word w, Lang lang) { return word_in(kWords, w, lang); }

}  // namespace tenken::agg
