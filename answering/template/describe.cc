// The templates' words and question descriptions (describe.h).
#include "answering/template/describe.h"

#include "tenken/organization_profile.h"
#include "answering/template/template.h"

#include <array>

#include "tenken/utf8.h"

namespace tenken::answering {
namespace {

struct WordText {
  Word word;
  const char* en;
  const char* ja;
};

// In enum order; a test checks that every word is here.
constexpr WordText kWords[] = {
    {Word::title, "tenken answer file: {0} {2} in {1} {3}", "tenken 回答ファイル：{1}分野、{0}問"},
    {Word::quick_pass,
     "QUICK FIRST PASS: only {0} of the {1} questions, those that decide the critical and high-severity "
     "rules. This file covers only part of the questionnaire: rules that need the other questions stay "
     "unknown (to answer) in the report. `tenken template` without --quick lists every question.",
     "簡易版（最初の一巡）：全{1}問のうち、重大度が「重大」「高」のルールを判定する{0}問だけを載せています。"
     "このファイルは質問の一部です。ほかの質問が必要なルールは、レポートで「未回答」のままになります。"
     "すべての質問は、--quick を付けずに `tenken template` を実行すると作成できます。"},
    {Word::how_to_fill,
     "Fill in the organisation and the assessment, then write each answer after the colon of its "
     "question id. An empty answer means not answered yet: answer what you know, and check the file at "
     "any time with `tenken check FILE`; the report lists the questions still to answer.",
     "組織と点検の情報を記入し、質問IDのコロン（:）の後ろに回答を書いてください。空欄は「未回答」です。"
     "分かるところから記入し、いつでも `tenken check ファイル名` で確かめられます。"
     "まだ回答していない質問はレポートに一覧になります。"},
    {Word::how_to_fill_csv,
     "Write the organisation, the assessment and each answer in the answer column of its row; an empty "
     "answer means not answered yet. Keep the id column as it is. `tenken check FILE.csv` reads the "
     "columns id, answer, na_reason, alternative, comment and evidence, and ignores the others. Save the "
     "sheet as CSV UTF-8.",
     "組織と点検の情報、各質問の回答を、その行の answer 列に書いてください。空欄は「未回答」です。"
     "id 列は変えないでください。`tenken check ファイル名.csv` は id、answer、na_reason、alternative、"
     "comment、evidence の列だけを読み、ほかの列は読みません。保存するときは「CSV UTF-8」を選んでください。"},
    {Word::forms_heading, "How to write an answer:", "回答の書き方："},
    {Word::skipped_note,
     "A question marked \"Asked only if\" is skipped when its condition is not true: leave it empty then.",
     "「次の場合のみ」とある質問は、その条件に当てはまらなければ質問されません。そのときは空欄のままにしてください。"},
    {Word::skipped_note_csv,
     "A question with a condition in asked_if is skipped when the condition is not true: leave it empty then.",
     "asked_if 列に条件がある質問は、その条件に当てはまらなければ質問されません。そのときは空欄のままにしてください。"},
    {Word::quoting_note,
     "Put a text in double quotes (\"...\") when it contains \": \" or \" #\", or starts with one of "
     "- ? : , [ ] { } # & * ! | > ' \" % @ `",
     "回答の文に「: 」や「 #」が含まれるとき、または - ? : , [ ] { } # & * ! | > ' \" % @ ` のどれかで"
     "始まるときは、ダブルクォート（\"...\"）で囲んでください。"},
    {Word::organization_name, "the organisation's name (required)", "組織名（必須）"},
    {Word::organization_sector, "the sector, one of: {0}", "分野（次のどれか）：{0}"},
    {Word::organization_sector_csv, "the sector: one of the ids in choices", "分野（choices 列のIDのどれか）"},
    {Word::organization_size, "the number of staff, one of: {0}", "職員・従業員の数（次のどれか）：{0}"},
    {Word::organization_size_csv, "the number of staff: one of the ids in choices",
     "職員・従業員の数（choices 列のIDのどれか）"},
    {Word::assessment_date, "the assessment date as YYYY-MM-DD (required); every date is judged against it",
     "点検日 YYYY-MM-DD（必須）。すべての日付はこの日を基準に判定します"},
    {Word::assessment_assessor, "who answered: a person or a department", "回答者（担当者名または部署名）"},
    {Word::assessment_scope, "what the assessment covers: systems, sites", "点検の範囲（対象のシステムや拠点）"},
    {Word::organization, "Organisation", "組織"},
    {Word::assessment, "Assessment", "点検"},
    {Word::section_asked_if, "The whole section is asked only if: {0}", "この分野は次の場合のみ：{0}"},
    {Word::asked_if, "Asked only if: {0}", "次の場合のみ：{0}"},
    {Word::type_label, "Type: ", "形式："},
    {Word::type_bool, "yes/no", "はい/いいえ"},
    {Word::type_choice, "choice", "選択"},
    {Word::type_multi, "multiple choice", "複数選択"},
    {Word::type_number, "number", "数値"},
    {Word::type_date, "date", "日付"},
    {Word::type_text, "text", "記述"},
    {Word::answer_bool, "yes or no", "yes または no"},
    {Word::answer_choice, "one of these ids", "次のIDを一つ"},
    {Word::answer_multi, "the ids that apply, as [a, b]; [] for none", "当てはまるIDを [a, b] のように。なければ []"},
    {Word::answer_date, "YYYY-MM-DD; YYYY-MM or YYYY when that is all you know",
     "YYYY-MM-DD。年月・年しか分からなければ YYYY-MM、YYYY"},
    {Word::answer_never, "or never: {0}", "または never：{0}"},
    {Word::in_unit, "in {0}", "単位：{0}"},
    {Word::from_to, "from {0} to {1}", "{0}〜{1}"},
    {Word::at_least, "at least {0}", "{0}以上"},
    {Word::at_most, "at most {0}", "{0}以下"},
    {Word::list_separator, ", ", "、"},
};

constexpr bool in_enum_order() {
  for (size_t i = 0; i < std::size(kWords); ++i)
    if (static_cast<size_t>(kWords[i].word) != i) return false;
  return std::size(kWords) == static_cast<size_t>(Word::count_);
}
static_assert(in_enum_order(), "kWords must list every Word, in enum order");

bool has_spaces(std::string_view s) { return s.find(' ') != std::string_view::npos; }

}  // namespace

const char* template_word(Word w, Lang lang) {
  const WordText& t = kWords[static_cast<size_t>(w)];
  return lang == Lang::ja ? t.ja : t.en;
}

std::vector<ListedSection> listed_sections(const Checklist& checklist, bool quick) {
  std::vector<ListedSection> out;
  for (const Section& s : checklist.sections) {
    ListedSection listed{&s, {}};
    for (const std::string& id : s.question_ids)
      if (const Question* q = checklist.find(id); q && (!quick || q->quick)) listed.questions.push_back(q);
    if (!listed.questions.empty()) out.push_back(std::move(listed));
  }
  return out;
}

size_t question_count(const std::vector<ListedSection>& sections) {
  size_t n = 0;
  for (const ListedSection& s : sections) n += s.questions.size();
  return n;
}

std::vector<ChoiceLine> sector_lines(Lang lang) {
  std::vector<ChoiceLine> out;
  for (const Sector& s : sectors()) out.push_back({s.id, s.name.in(lang)});
  return out;
}

std::vector<ChoiceLine> size_lines(Lang lang) {
  std::vector<ChoiceLine> out;
  for (const SizeBand& s : size_bands()) out.push_back({s.id, s.name.in(lang)});
  return out;
}

namespace {

// "a, b" in English; "a（名前）、b（名前）" in Japanese, where the ids are not words of the language.
std::string id_list(const std::vector<ChoiceLine>& lines, Lang lang) {
  std::vector<std::string> items;
  for (const ChoiceLine& c : lines) items.push_back(lang == Lang::ja ? c.id + "（" + c.label + "）" : c.id);
  return fmt::format("{}", fmt::join(items, template_word(Word::list_separator, lang)));
}

}  // namespace

std::string sector_list(Lang lang) { return id_list(sector_lines(lang), lang); }
std::string size_list(Lang lang) { return id_list(size_lines(lang), lang); }

std::vector<std::pair<std::string, std::string>> yaml_answer_forms(Lang lang) {
  if (lang == Lang::ja)
    return {
        {"yes / no", "はい/いいえの質問"},
        {"choice_id", "選択：質問の上に並んだ選択肢のIDを一つ"},
        {"[choice_id, choice_id]", "複数選択：当てはまるIDすべて（ほかは当てはまらない）。一つもなければ []"},
        {"{has: [choice_id], lacks: [choice_id]}",
         "複数選択で一部だけ分かるとき：has に当てはまるもの、lacks に当てはまらないもの（残りは不明）"},
        {"3", "数値"},
        {"{at_least: 30, at_most: 60}", "おおよその数値：その範囲（片方だけでもよい）"},
        {"2024-10-01", "日付。年月や年しか分からなければ 2024-10、2024。質問が認めていれば never（一度もない）"},
        {"unknown", "わからない：回答として数えるが、判定は決まらない"},
        {"{na: 理由}", "該当しない（理由を書く）"},
        {"{alternative: 方法}", "別の方法で対策している（その方法を書く。十分かは監査人が判断する）"},
        {"{value: ..., comment: ..., evidence: [..., ...]}",
         "回答にコメントと、監査人に示せる証跡を添える（na、alternative、has/lacks、at_least/at_most にも添える）"},
    };
  return {
      {"yes / no", "a yes/no question"},
      {"choice_id", "a choice: one of the ids listed above the question"},
      {"[choice_id, choice_id]", "a multiple choice: exactly these, every other one not; [] for none"},
      {"{has: [choice_id], lacks: [choice_id]}",
       "a multiple choice known only in part: has what is there, lacks what is not; the rest stays unknown"},
      {"3", "a number"},
      {"{at_least: 30, at_most: 60}", "a number known only roughly: the range it lies in; either side may be left out"},
      {"2024-10-01", "a date; 2024-10 or 2024 when that is all you know; never where the question offers it"},
      {"unknown", "you do not know: it counts as answered but decides nothing"},
      {"{na: reason}", "the question does not apply, and why"},
      {"{alternative: how}", "the practice is met another way, and how; an auditor judges whether it is enough"},
      {"{value: ..., comment: ..., evidence: [..., ...]}",
       "any answer with a comment and the evidence an auditor may ask for (also beside na, alternative, "
       "has/lacks and at_least/at_most)"},
  };
}

std::vector<std::string> csv_answer_forms(Lang lang) {
  if (lang == Lang::ja)
    return {
        "answer 列：はい/いいえは yes か no。選択は選択肢のID（choices 列）。数値。記述は自由に。",
        "複数選択：当てはまるIDをコンマで区切って（a, b）。一つもなければ []。"
        "一部だけ分かるときは has: a, b; lacks: c（残りは不明）。",
        "おおよその数値：その範囲を at_least: 30; at_most: 60 と書く（片方だけでもよい）。",
        "日付：2024-10-01 または 2024/10/01。年月や年しか分からなければ 2024-10、2024。"
        "choices 列に never があれば never（一度もない）。",
        "わからない：unknown または ?（回答として数えるが、判定は決まらない）。",
        "該当しない：answer を空欄にし、na_reason 列に理由を書く。",
        "別の方法で対策している：answer を空欄にし、alternative 列にその方法を書く（十分かは監査人が判断する）。",
        "comment 列：補足。evidence 列：監査人に示せる証跡（一行に一つ）。",
    };
  return {
      "answer: yes or no for a yes/no question; a choice id (see choices); a number; free text.",
      "Multiple choice: the ids that apply separated by commas (a, b); [] for none; "
      "has: a, b; lacks: c when you know only part (the rest stays unknown).",
      "A number known only roughly: the range it lies in, at_least: 30; at_most: 60 (either side may be left out).",
      "Dates: 2024-10-01 or 2024/10/01; 2024-10 or 2024 when that is all you know; "
      "never where choices lists it.",
      "Don't know: unknown or ? (it counts as answered but decides nothing).",
      "Does not apply: leave answer empty and give the reason in na_reason.",
      "Met another way: leave answer empty and say how in alternative (an auditor judges whether it is enough).",
      "comment: any remark. evidence: what an auditor may ask to see, one item per line.",
  };
}

std::string title(size_t questions, size_t sections, Lang lang) {
  return template_say(Word::title, lang, questions, sections, questions == 1 ? "question" : "questions",
                      sections == 1 ? "section" : "sections");
}

size_t listed_question_count(const Checklist& checklist, bool quick) {
  return question_count(listed_sections(checklist, quick));
}

std::string type_name(QuestionType type, Lang lang) {
  switch (type) {
    case QuestionType::boolean: return template_word(Word::type_bool, lang);
    case QuestionType::choice: return template_word(Word::type_choice, lang);
    case QuestionType::multi_choice: return template_word(Word::type_multi, lang);
    case QuestionType::number: return template_word(Word::type_number, lang);
    case QuestionType::date: return template_word(Word::type_date, lang);
    case QuestionType::text: return template_word(Word::type_text, lang);
  }
  return "?";
}

namespace {

// "number, in generations, from 0 to 100" / "数値（単位：世代、0〜100）"
std::string number_description(const Question& q, Lang lang) {
  std::vector<std::string> parts;
  if (!q.unit.in(lang).empty()) parts.push_back(template_say(Word::in_unit, lang, one_line(q.unit.in(lang))));
  if (q.min && q.max) parts.push_back(template_say(Word::from_to, lang, number_text(*q.min), number_text(*q.max)));
  else if (q.min) parts.push_back(template_say(Word::at_least, lang, number_text(*q.min)));
  else if (q.max) parts.push_back(template_say(Word::at_most, lang, number_text(*q.max)));
  std::string name = type_name(q.type, lang);
  if (parts.empty()) return name;
  std::string joined = fmt::format("{}", fmt::join(parts, template_word(Word::list_separator, lang)));
  return lang == Lang::ja ? name + "（" + joined + "）" : name + ", " + joined;
}

// "yes/no (yes or no)" / "はい/いいえ（yes または no）"
std::string with_note(const Question& q, Lang lang, Word note) {
  const char* open = lang == Lang::ja ? "（" : " (";
  const char* close = lang == Lang::ja ? "）" : ")";
  return type_name(q.type, lang) + open + template_word(note, lang) + close;
}

}  // namespace

std::string type_description(const Question& q, Lang lang) {
  switch (q.type) {
    case QuestionType::boolean: return with_note(q, lang, Word::answer_bool);
    case QuestionType::choice: return with_note(q, lang, Word::answer_choice);
    case QuestionType::multi_choice: return with_note(q, lang, Word::answer_multi);
    case QuestionType::number: return number_description(q, lang);
    case QuestionType::date:
      return with_note(q, lang, Word::answer_date);
    case QuestionType::text: return type_name(q.type, lang);
  }
  return "?";
}

std::vector<ChoiceLine> choice_lines(const Question& q, Lang lang) {
  std::vector<ChoiceLine> out;
  if (q.type == QuestionType::choice || q.type == QuestionType::multi_choice)
    for (const Choice& c : q.choices) out.push_back({c.id, one_line(c.text.in(lang))});
  if (q.type == QuestionType::date && q.accepts_never()) out.push_back({"never", one_line(q.never.in(lang))});
  return out;
}

std::string asked_if(const Section* section, const Question& q) {
  std::vector<std::string> conditions;
  if (section && !section->ask_if.empty()) conditions.push_back(one_line(section->ask_if.text));
  if (!q.ask_if.empty()) conditions.push_back(one_line(q.ask_if.text));
  if (conditions.size() == 1) return conditions[0];
  std::string out;
  for (const std::string& c : conditions) {
    if (!out.empty()) out += " and ";
    out += has_spaces(c) ? "(" + c + ")" : c;
  }
  return out;
}

std::string number_text(double v) { return fmt::format("{}", v); }

std::string one_line(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    char32_t cp = utf8::decode(text, i);
    bool line_break = cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029 || cp == '\t';
    if (line_break) out += ' ';
    else if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0xFEFF) out += "\xEF\xBF\xBD";  // U+FFFD
    else out.append(text.substr(start, i - start));
  }
  return out;
}

}  // namespace tenken::answering
