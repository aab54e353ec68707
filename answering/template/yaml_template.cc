// The YAML answer template (template.h): a comment block on how to answer, the organization and
// assessment blocks with a comment on each field, then `answers:` with one empty key per question
// under its description. Every text from the checklist lands only in comment lines, wrapped to
// kWidth display columns (Japanese by character, as it has no spaces); its line breaks (those YAML
// 1.1 knows too: NEL, LS, PS) are reflowed or start another line that begins with "#", and control
// characters are replaced, so no checklist text can become YAML. Keys are the question ids, which
// the checklist loader allows only as plain words joined by dots (anything else would be quoted).
#include <fmt/format.h>

#include <algorithm>

#include "answering/template/describe.h"
#include "answering/template/template.h"
#include "tenken/reports/text_layout.h"
#include "tenken/utf8.h"

namespace tenken::answering {
namespace {

constexpr int kWidth = 80;           // the widest line, in display columns
constexpr int kFormColumn = 25;      // where the description of an answer form starts
constexpr int kMaxChoiceColumn = 24; // a choice id wider than this puts its label on the next line

// Line separators a YAML reader might honour become line breaks the wrapper understands.
std::string normalise_breaks(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    char32_t cp = utf8::decode(text, i);
    if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) out += '\n';
    else out.append(text.substr(start, i - start));
  }
  return out;
}

// A key as YAML must see it: a question id is plain; anything else is double-quoted.
std::string yaml_key(std::string_view id) {
  bool plain = !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
  });
  if (plain && id.front() != '-') return std::string(id);
  std::string out = "\"";
  for (char c : one_line(id)) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

class YamlTemplate {
 public:
  YamlTemplate(const Checklist& checklist, const TemplateOptions& o)
      : checklist_(checklist), lang_(o.lang), quick_(o.quick), sections_(listed_sections(checklist, o.quick)) {}

  std::string render() {
    header();
    meta();
    out_ += "\nanswers:\n";
    for (size_t i = 0; i < sections_.size(); ++i) section(i);
    return std::move(out_);
  }

 private:
  // `text` wrapped onto comment lines: `indent` "# " `lead` on the first, `indent` "# " `hang` on
  // the others (both counted in the width).
  void comment(std::string_view indent, std::string_view lead, std::string_view text, std::string_view hang) {
    int room = kWidth - static_cast<int>(indent.size()) - 2;
    std::vector<std::string> lines = layout::wrap(normalise_breaks(text), room - layout::display_width(lead),
                                                  room - layout::display_width(hang));
    if (lines.empty()) lines.emplace_back();
    for (size_t i = 0; i < lines.size(); ++i) {
      std::string line = fmt::format("{}# {}{}", indent, i == 0 ? lead : hang, lines[i]);
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out_ += line + "\n";
    }
  }
  void paragraph(std::string_view text) { comment("", "", text, ""); }
  void blank_comment() { out_ += "#\n"; }

  void header() {
    size_t all = checklist_.questions.size(), listed = question_count(sections_);
    paragraph(title(listed, sections_.size(), lang_));
    if (quick_) {
      blank_comment();
      paragraph(template_say(Word::quick_pass, lang_, listed, all));
    }
    blank_comment();
    paragraph(template_word(Word::how_to_fill, lang_));
    blank_comment();
    paragraph(template_word(Word::forms_heading, lang_));
    std::string under(kFormColumn - 1, ' ');  // "# " + this: where a meaning starts
    for (const auto& [form, meaning] : yaml_answer_forms(lang_)) {
      if (layout::display_width(form) > kFormColumn - 4) {  // too wide: the meaning goes below
        comment("", "  ", form, "  ");
        comment("", under, meaning, under);
      } else {
        comment("", "  " + layout::pad_right(form, kFormColumn - 3), meaning, under);
      }
    }
    paragraph(template_word(Word::skipped_note, lang_));
    paragraph(template_word(Word::quoting_note, lang_));
  }

  // `  key:` followed by its comment, continued under the comment's start.
  void meta_field(std::string_view key, const std::string& what) {
    std::string lead = fmt::format("  {}:", key);
    std::string pad = std::string(12 - lead.size(), ' ');
    std::vector<std::string> lines = layout::wrap(what, kWidth - 14, kWidth - 14);
    for (size_t i = 0; i < lines.size(); ++i)
      out_ += fmt::format("{}{}# {}\n", i == 0 ? lead : std::string(lead.size(), ' '), pad, lines[i]);
  }

  void meta() {
    out_ += "\norganization:\n";
    meta_field("name", template_word(Word::organization_name, lang_));
    meta_field("sector", template_say(Word::organization_sector, lang_, sector_list(lang_)));
    meta_field("size", template_say(Word::organization_size, lang_, size_list(lang_)));
    out_ += "assessment:\n";
    meta_field("date", template_word(Word::assessment_date, lang_));
    meta_field("assessor", template_word(Word::assessment_assessor, lang_));
    meta_field("scope", template_word(Word::assessment_scope, lang_));
  }

  void section(size_t index) {
    const ListedSection& listed = sections_[index];
    const Section& s = *listed.section;
    std::string rule(kWidth - 4, '=');
    out_ += "\n  # " + rule + "\n";
    comment("  ", "", fmt::format("{}/{} {} ({})", index + 1, sections_.size(), s.title.in(lang_), s.id), "");
    if (!s.ask_if.empty()) comment("  ", "", template_say(Word::section_asked_if, lang_, s.ask_if.text), "  ");
    out_ += "  # " + rule + "\n";
    for (const Question* q : listed.questions) question(*q);
  }

  // The choices of a choice or multiple-choice question, one a line, labels aligned.
  void choices(const Question& q) {
    std::vector<ChoiceLine> lines = choice_lines(q, lang_);
    int column = 0;  // the widest id that keeps its label beside it, and two spaces
    for (const ChoiceLine& c : lines)
      if (int w = layout::display_width(c.id); w <= kMaxChoiceColumn) column = std::max(column, w);
    column += 2;
    for (const ChoiceLine& c : lines) {
      std::string hang(2 + column, ' ');
      if (layout::display_width(c.id) > kMaxChoiceColumn) {
        comment("  ", "  ", c.id, "  ");
        comment("  ", hang, c.label, hang);
      } else {
        comment("  ", "  " + layout::pad_right(c.id, column), c.label, hang);
      }
    }
  }

  void question(const Question& q) {
    out_ += "\n";
    comment("  ", "", q.text.in(lang_), "");
    if (!q.help.in(lang_).empty()) comment("  ", "  ", q.help.in(lang_), "  ");
    bool date = q.type == QuestionType::date, listed = !date && !choice_lines(q, lang_).empty();
    const char* colon = !listed ? "" : lang_ == Lang::ja ? "：" : ":";
    comment("  ", "", template_word(Word::type_label, lang_) + type_description(q, lang_) + colon, "  ");
    if (listed) choices(q);
    if (date && q.accepts_never())
      comment("  ", "  ", template_say(Word::answer_never, lang_, one_line(q.never.in(lang_))), "    ");
    if (!q.ask_if.empty()) comment("  ", "", template_say(Word::asked_if, lang_, q.ask_if.text), "  ");
    out_ += fmt::format("  {}:\n", yaml_key(q.id));
  }

  const Checklist& checklist_;
  Lang lang_;
  bool quick_;
  std::vector<ListedSection> sections_;
  std::string out_;
};

}  // namespace

std::string render_yaml_template(const Checklist& checklist, const TemplateOptions& options) {
  return YamlTemplate(checklist, options).render();
}

}  // namespace tenken::answering
