// What the YAML and CSV templates say about the questionnaire, in Japanese and English: which
// sections and questions a template lists, and each question's type, unit, bounds, choices, date
// forms and skip condition as a person reads them. Both writers take their words from here, so a
// question is described the same way in both formats and a translation is fixed in one place.
// Content (question texts, help, choice labels) comes from the checklist, never from here.
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tenken/checklist.h"
#include "tenken/text.h"

namespace tenken::answering {

// A section with the questions of it that a template lists (all, or the quick ones).
struct ListedSection {
  const Section* section = nullptr;
  std::vector<const Question*> questions;  // in questionnaire order
};

// The sections that have a question to list, in questionnaire order; with `quick`, only the
// questions flagged quick.
std::vector<ListedSection> listed_sections(const Checklist& checklist, bool quick);
// How many questions the sections hold.
size_t question_count(const std::vector<ListedSection>& sections);

// A word or sentence of a template. Where the comment shows fmt fields, fill them with
// template_say(w, lang, ...) in that order.
enum class Word {
  title,            // use title()
  quick_pass,       // {questions} {all questions}
  how_to_fill,      // the paragraph on filling in and checking the file
  how_to_fill_csv,  // the same for the CSV sheet
  forms_heading,    // "How to write an answer:"
  skipped_note,     // questions asked only if ...: leave them empty then
  skipped_note_csv,  // the same for the asked_if column
  quoting_note,     // YAML: when a text needs quotes
  organization_name, organization_sector /* {sectors} */, organization_sector_csv, organization_size /* {sizes} */,
  organization_size_csv, assessment_date, assessment_assessor, assessment_scope,
  organization, assessment,  // section names of the meta rows (CSV)
  section_asked_if,  // {condition}
  asked_if,          // {condition}
  type_label,        // "Type: " / "形式："
  type_bool, type_choice, type_multi, type_number, type_date, type_text,
  answer_bool, answer_choice, answer_multi, answer_date,
  answer_never,     // {label}
  in_unit,         // {unit}
  from_to,         // {min} {max}
  at_least,        // {min}
  at_most,         // {max}
  list_separator,  // ", " / "、"
  count_  // not a word
};

const char* template_word(Word w, Lang lang);

template <class... Args>
std::string template_say(Word w, Lang lang, const Args&... args) {
  return fmt::format(fmt::runtime(template_word(w, lang)), args...);
}

// A choice as a template lists it: the id to write and its label.
struct ChoiceLine {
  std::string id;
  std::string label;
};

// The sectors and the sizes an answer file names (tenken/organization_profile.h): as choices, and
// as one line (ids; in Japanese each with its name).
std::vector<ChoiceLine> sector_lines(Lang lang);
std::string sector_list(Lang lang);
std::vector<ChoiceLine> size_lines(Lang lang);
std::string size_list(Lang lang);

// "tenken answer file: 2 questions in 1 section" / "tenken 回答ファイル：1分野、2問"
std::string title(size_t questions, size_t sections, Lang lang);

// The answer forms of the YAML file as (what to write, what it means) pairs, for the comment at
// its top.
std::vector<std::pair<std::string, std::string>> yaml_answer_forms(Lang lang);
// The answer forms of the CSV sheet, one sentence each, for its instruction rows.
std::vector<std::string> csv_answer_forms(Lang lang);

// The short name of a question type: "yes/no", "multiple choice" / "はい/いいえ", "複数選択".
std::string type_name(QuestionType type, Lang lang);
// What the question takes, in one line without the "Type:" label: "number, in generations, from
// 0 to 100"; "yes/no (yes or no)"; "date (YYYY-MM-DD; YYYY-MM or YYYY when that is all you know)".
std::string type_description(const Question& q, Lang lang);

// The choices of a choice or multi_choice question; for a date question that accepts never,
// `never` with its label; else nothing.
std::vector<ChoiceLine> choice_lines(const Question& q, Lang lang);

// The condition under which the question is asked: the section's ask_if and the question's
// joined with `and` (each in parentheses when it has more than one word); "" when always asked.
std::string asked_if(const Section* section, const Question& q);

// A number as written in a checklist: 100, 0.5, -3.
std::string number_text(double v);

// The text with every line separator a YAML reader may honour (CR, LF, NEL, LS, PS) and every
// other control character replaced, so that it can sit on one comment line.
std::string one_line(std::string_view text);

}  // namespace tenken::answering
