// The CSV answer template (template.h), for filling in with a spreadsheet: a header row of column
// names (the same in every language, as `check` finds its columns by them), instruction rows with
// an empty id, the organisation and assessment rows, then one row per question. The columns a
// person answers in (answer, na_reason, alternative, comment, evidence) sit right after the
// question; what describes the question follows. RFC 4180 with CRLF row ends and LF line breaks
// inside cells (as a spreadsheet writes them); every cell goes through csv_field, so no text from
// the checklist can run as a formula.
#include <string>
#include <vector>

#include "answering/template/describe.h"
#include "answering/template/template.h"
#include "tenken/reports/escape.h"

namespace tenken::answering {
namespace {

constexpr const char* kBom = "\xEF\xBB\xBF";

enum Column { id, section, question, answer, na_reason, alternative, comment, evidence, type, choices,
              unit, min, max, asked_if_, help, column_count };

using Row = std::vector<std::string>;

void append_row(std::string& out, const Row& row) {
  for (size_t i = 0; i < row.size(); ++i) {
    if (i > 0) out += ',';
    out += csv_field(row[i]);
  }
  out += "\r\n";
}

// "The organisation's name (required)": a sentence of describe.h used as a cell.
std::string capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

Row instruction(std::string text) {
  Row row(column_count);
  row[question] = std::move(text);
  return row;
}

Row meta_row(const char* key, Word section_name, std::string what, QuestionType t, Lang lang) {
  Row row(column_count);
  row[id] = key;
  row[section] = template_word(section_name, lang);
  row[question] = capitalised(std::move(what));
  row[type] = type_name(t, lang);
  return row;
}

std::string choices_cell(const std::vector<ChoiceLine>& lines) {
  std::string out;
  for (const ChoiceLine& c : lines) {
    if (!out.empty()) out += '\n';
    out += c.id + ": " + c.label;
  }
  return out;
}

// The organisation and assessment rows: what `check` reads besides the answers.
void append_meta_rows(std::string& out, Lang lang) {
  Row sector = meta_row("organization.sector", Word::organization, template_word(Word::organization_sector_csv, lang),
                        QuestionType::choice, lang);
  sector[choices] = choices_cell(sector_lines(lang));
  Row size = meta_row("organization.size", Word::organization, template_word(Word::organization_size_csv, lang),
                      QuestionType::choice, lang);
  size[choices] = choices_cell(size_lines(lang));
  for (const Row& row : {
           meta_row("organization.name", Word::organization, template_word(Word::organization_name, lang),
                    QuestionType::text, lang),
           sector,
           size,
           meta_row("assessment.date", Word::assessment, template_word(Word::assessment_date, lang),
                    QuestionType::date, lang),
           meta_row("assessment.assessor", Word::assessment, template_word(Word::assessment_assessor, lang),
                    QuestionType::text, lang),
           meta_row("assessment.scope", Word::assessment, template_word(Word::assessment_scope, lang),
                    QuestionType::text, lang),
       })
    append_row(out, row);
}

Row question_row(const Section& s, const Question& q, Lang lang) {
  Row row(column_count);
  row[id] = q.id;
  row[section] = s.title.in(lang);
  row[question] = q.text.in(lang);
  row[type] = type_name(q.type, lang);
  row[choices] = choices_cell(choice_lines(q, lang));
  row[unit] = q.unit.in(lang);
  if (q.min) row[min] = number_text(*q.min);
  if (q.max) row[max] = number_text(*q.max);
  row[asked_if_] = asked_if(&s, q);
  row[help] = q.help.in(lang);
  return row;
}

}  // namespace

const std::vector<std::string>& csv_template_columns() {
  static const std::vector<std::string> names = {"id",       "section", "question", "answer", "na_reason",
                                                 "alternative", "comment", "evidence", "type",   "choices",
                                                 "unit",     "min",     "max",      "asked_if", "help"};
  return names;
}

std::string render_csv_template(const Checklist& checklist, const TemplateOptions& o) {
  std::vector<ListedSection> sections = listed_sections(checklist, o.quick);
  size_t listed = question_count(sections);
  std::string out = o.csv_bom ? kBom : "";
  append_row(out, csv_template_columns());
  append_row(out, instruction(title(listed, sections.size(), o.lang)));
  if (o.quick) append_row(out, instruction(template_say(Word::quick_pass, o.lang, listed, checklist.questions.size())));
  append_row(out, instruction(template_word(Word::how_to_fill_csv, o.lang)));
  for (std::string& form : csv_answer_forms(o.lang)) append_row(out, instruction(std::move(form)));
  append_row(out, instruction(template_word(Word::skipped_note_csv, o.lang)));
  append_meta_rows(out, o.lang);
  for (const ListedSection& s : sections)
    for (const Question* q : s.questions) append_row(out, question_row(*s.section, *q, o.lang));
  return out;
}

}  // namespace tenken::answering
