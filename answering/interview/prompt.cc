// The interview's screens and messages; see prompt.h.
#include "answering/interview/prompt.h"

#include <fmt/format.h>

#include "tenken/organization_profile.h"
#include "tenken/reports/text_layout.h"

namespace tenken::answering {
namespace {

std::string ansi(bool on, const char* code, std::string_view text) {
  return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : std::string(text);
}

// Wrapped lines, each indented by `indent` spaces and ending in a line break.
std::string paragraph(std::string_view text, int indent, int width) {
  std::string out, pad(indent, ' ');
  for (const std::string& line : layout::wrap(text, width - indent, width - indent)) out += pad + line + "\n";
  return out;
}

// A line a label heads: "  1. On the same server (same_server)", continued under the label.
std::string hanging(std::string_view head, std::string_view text, int width) {
  int indent = layout::display_width(head);
  std::vector<std::string> lines = layout::wrap(text, width - indent, width - indent);
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) out += (i ? std::string(indent, ' ') : std::string(head)) + lines[i] + "\n";
  return lines.empty() ? std::string(head) + "\n" : out;
}

std::string number_text(double v) { return fmt::format("{}", v); }

std::string number_how(const Question& q, Lang lang) {
  const std::string& unit = q.unit.in(lang);
  std::string range;
  if (q.min && q.max) range = lang == Lang::ja ? fmt::format("、{}〜{}", number_text(*q.min), number_text(*q.max))
                                               : fmt::format(", from {} to {}", number_text(*q.min), number_text(*q.max));
  else if (q.min) range = lang == Lang::ja ? fmt::format("、{} 以上", number_text(*q.min)) : fmt::format(", at least {}", number_text(*q.min));
  else if (q.max) range = lang == Lang::ja ? fmt::format("、{} 以下", number_text(*q.max)) : fmt::format(", at most {}", number_text(*q.max));
  if (lang == Lang::ja)
    return fmt::format("回答: 数値{}{}。おおよそなら範囲で（30〜60、30以上、60以下）",
                       unit.empty() ? "" : fmt::format("（単位: {}）", unit), range);
  return fmt::format("Answer: a number{}{}. Known only roughly? 30-60, >=30 or <=60.",
                     unit.empty() ? "" : " in " + unit, range);
}

// An approximate number as the operator reads it: "between 30 and 60 generations", "30 世代以上".
std::string range_text(const Answer& a, const Question& q, Lang lang) {
  std::string unit = layout::printable(q.unit.in(lang)), least, most;
  if (a.at_least) least = layout::printable(a.at_least->text);
  if (a.at_most) most = layout::printable(a.at_most->text);
  std::string spaced = unit.empty() ? "" : " " + unit;
  if (lang == Lang::ja) {
    if (a.at_least && a.at_most) return fmt::format("{}〜{}{}", least, most, spaced);
    if (a.at_least) return fmt::format("{}{}以上", least, unit.empty() ? " " : spaced);
    return a.at_most ? fmt::format("{}{}以下", most, unit.empty() ? " " : spaced) : "";
  }
  if (a.at_least && a.at_most) return fmt::format("between {} and {}{}", least, most, spaced);
  if (a.at_least) return fmt::format("at least {}{}", least, spaced);
  return a.at_most ? fmt::format("at most {}{}", most, spaced) : "";
}

std::string date_how(const Question& q, Lang lang) {
  std::string never = layout::printable(q.never.in(lang));
  if (lang == Lang::ja)
    return fmt::format("回答: 日付 YYYY-MM-DD（分かるのが月か年までなら YYYY-MM か YYYY）{}",
                       q.accepts_never() ? fmt::format("、または never（{}）", never) : "");
  return fmt::format("Answer: a date YYYY-MM-DD, or YYYY-MM or YYYY if that is all you know{}.",
                     q.accepts_never() ? fmt::format("; or never ({})", never) : "");
}

std::string choice_label(const Question& q, std::string_view id, Lang lang) {
  int i = q.choice_index(id);
  if (i < 0) return layout::printable(id);
  return fmt::format("{} ({})", layout::printable(q.choices[i].text.in(lang)), id);
}

std::string choice_list(const Question& q, const std::vector<RawScalar>& items, Lang lang) {
  std::string out;
  for (const RawScalar& r : items) out += (out.empty() ? "" : lang == Lang::ja ? "、" : ", ") + choice_label(q, r.text, lang);
  return out;
}

std::string value_text(const Answer& a, const Question& q, Lang lang) {
  bool ja = lang == Lang::ja;
  if (a.is_partial) {
    std::string has = a.raw.empty() ? "" : (ja ? "ある: " : "has: ") + choice_list(q, a.raw, lang);
    std::string lacks = a.lacks.empty() ? "" : (ja ? "ない: " : "lacks: ") + choice_list(q, a.lacks, lang);
    return has + (has.empty() || lacks.empty() ? "" : ja ? "／" : "; ") + lacks + (ja ? "（他は不明）" : " (the rest not known)");
  }
  if (a.is_range) return range_text(a, q, lang);
  if (a.is_list) return a.raw.empty() ? (ja ? "どれも当てはまらない" : "none of them") : choice_list(q, a.raw, lang);
  if (a.raw.empty()) return "";
  const std::string& v = a.raw.front().text;
  switch (q.type) {
    case QuestionType::boolean:
      if (v == "yes" || v == "true") return ja ? "はい (yes)" : "yes";
      if (v == "no" || v == "false") return ja ? "いいえ (no)" : "no";
      break;
    case QuestionType::choice: return choice_label(q, v, lang);
    case QuestionType::number: return q.unit.in(lang).empty() ? v : fmt::format("{} {}", v, layout::printable(q.unit.in(lang)));
    case QuestionType::date:
      if (v == "never") return fmt::format("never ({})", layout::printable(q.never.in(lang)));
      break;
    default: break;
  }
  return layout::printable(v);
}

}  // namespace

std::string Style::bold(std::string_view t) const { return ansi(color, "1", t); }
std::string Style::dim(std::string_view t) const { return ansi(color, "2", t); }
std::string Style::red(std::string_view t) const { return ansi(color, "31", t); }
std::string Style::yellow(std::string_view t) const { return ansi(color, "33", t); }

std::string section_banner(std::string_view title, int width, const Style& style) {
  std::string head = "── " + layout::printable(title) + " ";
  int fill = std::max(2, width - layout::display_width(head));
  std::string rule;
  for (int i = 0; i < fill; ++i) rule += "─";
  return "\n" + style.bold(head + rule) + "\n";
}

std::string progress_line(const Progress& p, std::string_view id, Lang lang, const Style& style) {
  std::string where = fmt::format("{} {}/{}", layout::printable(p.section), p.in_section, p.section_total);
  if (p.overall > 0) where += fmt::format(fmt::runtime(lang == Lang::ja ? " ・ 全体 {}/{}" : " · overall {}/{}"), p.overall, p.total);
  return fmt::format("{}  {}\n", style.dim("[" + where + "]"), style.dim(layout::printable(id)));
}

std::string question_body(const Question& q, Lang lang, int width, const Style& style) {
  std::string out;
  for (const std::string& line : layout::wrap(q.text.in(lang), width, width)) out += style.bold(line) + "\n";
  out += paragraph(q.help.in(lang), 2, width);
  for (size_t i = 0; i < q.choices.size(); ++i) {
    const Choice& c = q.choices[i];
    out += hanging(fmt::format("  {:>2}. ", i + 1), fmt::format("{} ({})", c.text.in(lang), c.id), width);
  }
  return out;
}

std::string how_to_answer(const Question& q, Lang lang) {
  bool ja = lang == Lang::ja;
  switch (q.type) {
    case QuestionType::boolean: return ja ? "回答: y（はい）か n（いいえ）" : "Answer: y (yes) or n (no).";
    case QuestionType::choice: return ja ? "回答: 選択肢を 1 つ、番号か ID で" : "Answer: one choice, by its number or id.";
    case QuestionType::multi_choice:
      return ja ? "回答: 当てはまる選択肢をすべて、番号か ID をスペースかカンマで区切って（1 3）。"
                  "どれも当てはまらなければ []。一部だけ分かっているなら +1 +3 -2（1 と 3 はある、2 はない、他は不明）"
                : "Answer: every choice that applies, numbers or ids separated by spaces or commas (1 3); [] for "
                  "none. Only partly known? +1 +3 -2 (has 1 and 3, lacks 2, the rest not known).";
    case QuestionType::number: return number_how(q, lang);
    case QuestionType::date: return date_how(q, lang);
    case QuestionType::text:
      return ja ? "回答: 自由記述（\"\"\" だけの行で複数行の入力を始め、もう一度 \"\"\" で終えます）"
                : "Answer: free text; a line \"\"\" starts and ends text of several lines.";
  }
  return "";
}

std::string describe_answer(const Answer& a, const Question& q, Lang lang) {
  bool ja = lang == Lang::ja;
  std::string out;
  switch (a.form) {
    case AnswerForm::dont_know: out = ja ? "わからない" : "don't know"; break;
    case AnswerForm::not_applicable: out = (ja ? "該当しない: " : "not applicable: ") + layout::printable(a.na_reason); break;
    case AnswerForm::alternative: out = (ja ? "別の方法で対策: " : "met another way: ") + layout::printable(a.alternative); break;
    case AnswerForm::value: out = value_text(a, q, lang); break;
  }
  if (!a.comment.empty()) out += fmt::format("\n  {}{}", ja ? "コメント: " : "comment: ", layout::printable(a.comment));
  if (!a.evidence.empty()) {
    std::string items;
    for (const std::string& e : a.evidence) items += (items.empty() ? "" : ja ? "、" : "; ") + layout::printable(e);
    out += fmt::format("\n  {}{}", ja ? "証跡: " : "evidence: ", items);
  }
  return out;
}

std::string legend(Lang lang, int width, const Style& style) {
  static const std::vector<LocalizedText> items = {
      {"? わからない", "? don't know"}, {"na 該当しない", "na not applicable"},
      {"alt 別の方法で対策", "alt met another way"}, {"c コメント", "c comment"}, {"b 戻る", "b back"},
      {"s 飛ばす", "s skip"}, {"q 中断", "q quit"}, {"h ヘルプ", "h help"}};
  std::string_view separator = lang == Lang::ja ? " ・ " : " · ";
  std::string out, line;
  for (const LocalizedText& item : items) {
    std::string next = line.empty() ? item.in(lang) : line + std::string(separator) + item.in(lang);
    if (!line.empty() && layout::display_width(next) > width) {
      out += style.dim(line) + "\n";
      next = item.in(lang);
    }
    line = next;
  }
  return out + style.dim(line) + "\n";
}

std::string full_help(Lang lang) {
  if (lang == Lang::ja)
    return "回答は 1 問ごとにファイルへ保存されます。いつ中断しても失われません。\n"
           "  Enter          表示されている回答（今の回答か前回の回答）をそのまま使う\n"
           "  ? / unknown    わからない（回答の 1 つとして記録されます）\n"
           "  na             この質問は当てはまらない。続けて理由を入力します（必須）\n"
           "  alt            別の方法で対策している。続けてその方法を入力します（必須。監査人が判断します）\n"
           "  c / comment    この質問にコメントを付ける（回答と一緒に保存されます。- で削除）\n"
           "  b / back       前の質問に戻る\n"
           "  s / skip       答えずに次へ（前に答えていた回答は残ります）\n"
           "  q / quit       中断する（--resume で続きから再開できます）\n"
           "  h / help       このヘルプ\n"
           "回答の書き方:\n"
           "  はい/いいえ     y か n（yes, no, はい, いいえ も可）\n"
           "  選択肢          番号か ID\n"
           "  複数選択        番号か ID をスペースかカンマで区切る（1 3）。どれもなければ []\n"
           "                  一部だけ分かる場合は +1 +3 -2（1 と 3 はある、2 はない、他は不明）\n"
           "  数値            12、2.5 など。おおよそしか分からなければ範囲で: 30-60 か 30〜60（その間）、\n"
           "                  >=30、30+ か 30以上（以上）、<=60 か 60以下（以下）\n"
           "  日付            YYYY-MM-DD。分かるのが月か年までなら YYYY-MM か YYYY。\n"
           "                  質問が認めていれば never（一度もない）\n"
           "  自由記述        そのまま入力。\"\"\" だけの行で複数行の入力を始め、\"\"\" だけの行で終える。\n"
           "                  コマンドと同じ語（na, s など）を書くときは先頭に \\ を付ける（\\na）\n"
           "全角の数字や記号も使えます。\n";
  return "Answers are saved to the file after every answer: stopping at any time loses nothing.\n"
         "  Enter          keep the answer shown (the current one, or last year's)\n"
         "  ? / unknown    don't know (recorded as an answer)\n"
         "  na             the question does not apply; you are asked why (required)\n"
         "  alt            the practice is met another way; you are asked how (required; an auditor judges it)\n"
         "  c / comment    add a comment to this question (saved with the answer; - removes it)\n"
         "  b / back       go back to the previous question\n"
         "  s / skip       move on without answering (an answer given before stays)\n"
         "  q / quit       stop here (continue later with --resume)\n"
         "  h / help       this help\n"
         "How to answer:\n"
         "  yes/no         y or n (yes, no, はい, いいえ too)\n"
         "  one choice     its number or its id\n"
         "  several        numbers or ids separated by spaces or commas (1 3); [] for none of them\n"
         "                 only partly known: +1 +3 -2 (has 1 and 3, lacks 2, the rest not known)\n"
         "  number         12, 2.5 and so on; known only roughly: 30-60 or 30~60 (between),\n"
         "                 >=30, 30+ or 30以上 (at least), <=60 or 60以下 (at most)\n"
         "  date           YYYY-MM-DD; YYYY-MM or YYYY when that is all you know;\n"
         "                 never, where the question offers it\n"
         "  text           as typed; a line \"\"\" starts text of several lines, another \"\"\" ends it;\n"
         "                 start with \\ to write a command word as text (\\na)\n"
         "Full-width digits and signs are read as ASCII.\n";
}

const std::vector<Question>& assessment_questions() {
  static const std::vector<Question> list = [] {
    std::vector<Question> qs(6);
    qs[0].id = "organization.name";
    qs[0].type = QuestionType::text;
    qs[0].text = {"組織の名称は。", "What is the organization's name?"};
    qs[0].help = {"回答: 組織名（必須）", "Answer: the name (required)."};
    qs[1].id = "organization.sector";
    qs[1].type = QuestionType::choice;
    qs[1].text = {"重要インフラのどの分野に属しますか。", "Which critical-infrastructure sector is it in?"};
    qs[1].help = {"回答: 番号か ID", "Answer: the number or the id."};
    for (const Sector& s : sectors()) qs[1].choices.push_back({s.id, s.name, {}});
    qs[2].id = "organization.size";
    qs[2].type = QuestionType::choice;
    qs[2].text = {"職員・従業員はおよそ何人ですか。", "About how many people work for it?"};
    qs[2].help = {"回答: 番号か ID", "Answer: the number or the id."};
    for (const SizeBand& s : size_bands()) qs[2].choices.push_back({s.id, s.name, {}});
    qs[3].id = "assessment.date";
    qs[3].type = QuestionType::text;
    qs[3].text = {"評価日（回答が表す日）は。", "What is the assessment date, the day the answers describe?"};
    qs[3].help = {"回答中の日付はすべてこの日を基準に判断します。回答: YYYY-MM-DD",
                  "Every date in the answers is judged against it. Answer: YYYY-MM-DD."};
    qs[4].id = "assessment.assessor";
    qs[4].type = QuestionType::text;
    qs[4].text = {"評価者（回答する人か部署）は。", "Who is the assessor (the person or team answering)?"};
    qs[4].help = {"省略するときは s", "Type s to leave it out."};
    qs[5].id = "assessment.scope";
    qs[5].type = QuestionType::text;
    qs[5].text = {"評価の対象範囲は。", "What does the assessment cover (its scope)?"};
    qs[5].help = {"省略するときは s", "Type s to leave it out."};
    for (Question& q : qs) q.section = "assessment";
    return qs;
  }();
  return list;
}

namespace msg {
const LocalizedText intro{
    "tenken interview: 回答は 1 問ごとに {} に保存されます。h でヘルプを表示します。",
    "tenken interview: every answer is saved to {} at once. Type h for help."};
const LocalizedText from_intro{
    "前回の回答（{}）を既定値として示します。Enter でそのまま使い、変えるときは新しい回答を入力します。",
    "Last year's answers ({}) are offered: Enter keeps one, or type a new answer."};
const LocalizedText quick_intro{
    "クイック版の最初の一巡です: 全 {1} 問のうち、重大・高の規則を左右する {0} 問だけを聞きます。"
    "残りは後で --quick を付けずに --resume で続けてください。",
    "This is the quick first pass: only the {0} questions (of {1}) that decide the critical and high rules. "
    "Answer the rest later with --resume and without --quick."};
const LocalizedText resume_intro{
    "{0} を再開します: 聞く質問 {2} 問のうち {1} 問に回答済みです。{3} から続けます。",
    "Resuming {0}: {1} of the {2} questions asked have an answer. Continuing at {3}."};
const LocalizedText nothing_left{
    "聞く質問 {} 問すべてに回答済みです。",
    "All {} questions asked have an answer already."};
const LocalizedText about_assessment{"評価について", "About the assessment"};
const LocalizedText current_answer{"今の回答: {}（Enter でそのまま）", "Current answer: {} (Enter keeps it)"};
const LocalizedText last_year{"前回の回答: {}（Enter でそのまま）", "Last year: {} (Enter keeps it)"};
const LocalizedText default_value{"既定値（今日）: {}（Enter でそのまま）", "Default (today): {} (Enter keeps it)"};
const LocalizedText refused{"受け付けられません: {}", "not accepted: {}"};
const LocalizedText note{"注意: {}", "note: {}"};
const LocalizedText need_answer{"回答を入力してください（答えずに進むなら s、ヘルプは h）。",
                                "Type an answer (s to move on without one, h for help)."};
const LocalizedText required{"必須です。入力してください。", "This one is required: type it."};
const LocalizedText first_step{"これが最初の質問です。", "This is the first question."};
const LocalizedText not_here{"ここでは使えません。", "Not available here."};
const LocalizedText comment_prompt{"コメント（空行で取りやめ、- で削除）:", "Comment (empty line: cancel, -: remove it):"};
const LocalizedText comment_current{"今のコメント: {}", "Current comment: {}"};
const LocalizedText comment_noted{"コメントは回答と一緒に保存されます。回答をどうぞ（今の回答のままなら Enter）。",
                                  "The comment is saved with the answer. Now the answer (Enter keeps the one shown)."};
const LocalizedText comment_removed{"コメントは回答と一緒に削除されます。回答をどうぞ。",
                                    "The comment goes when the answer is saved. Now the answer."};
const LocalizedText comment_dropped{"回答がないので、コメントは保存されませんでした。",
                                    "The comment was not saved: the question has no answer."};
const LocalizedText na_prompt{"当てはまらない理由は（必須。空行で取りやめ）:", "Why does it not apply? (required; empty line: cancel)"};
const LocalizedText alt_prompt{"どのような別の方法で対策していますか（必須。監査人が判断します。空行で取りやめ）:",
                               "How is the practice met another way? (required; an auditor judges it; empty line: cancel)"};
const LocalizedText cancelled{"取りやめました。", "Cancelled."};
const LocalizedText multiline_end{"（\"\"\" だけの行で終わります）", "(a line \"\"\" ends it)"};
const LocalizedText not_utf8{"UTF-8 の文字として読めない入力です。もう一度入力してください。",
                             "expected UTF-8 text, found bytes that are not; type it again."};
const LocalizedText too_long{"長すぎます（{} バイトまで）。もう一度入力してください。",
                             "expected a line of at most {} bytes, found a longer one; type it again."};
const LocalizedText quit{
    "中断しました。回答（{1} 問）は {0} に保存されています。\n続けるには: {2}",
    "Stopped. The answers so far ({1}) are saved in {0}.\nTo continue: {2}"};
const LocalizedText finished{
    "終わりました: 聞く質問 {1} 問のうち {0} 問に回答、未回答 {2} 問。保存先: {3}\n次は: {4}",
    "Done: {0} of the {1} questions asked have an answer, {2} left unanswered. Saved in {3}.\nNext: {4}"};
const LocalizedText finished_quick{
    "クイック版の一巡が終わりました。残りの質問は: {}",
    "The quick first pass is done. For the other questions: {}"};
const LocalizedText save_failed{"保存できませんでした: {}\n最後の回答は保存されていません。",
                                "error: could not save: {}\nThe last answer was not saved."};
const LocalizedText sector_problem{
    "分野の番号（1〜{1}）か ID を入力してください。入力されたのは '{0}' です{2}",
    "expected a sector number from 1 to {1} or a sector id, found '{0}'{2}"};
const LocalizedText size_problem{
    "規模の番号（1〜{1}）か ID を入力してください。入力されたのは '{0}' です{2}",
    "expected a size number from 1 to {1} or a size id, found '{0}'{2}"};
}  // namespace msg

}  // namespace tenken::answering
