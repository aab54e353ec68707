// Plain text shared by the JUnit, SARIF and OSCAL renderers (ci_text.h).
#include "ci/ci_text.h"


#include "common/findings.h"
#include "tenken/utf8.h"

namespace tenken::ci {
namespace {

// The checklist section whose questions describe the operator (docs/authoring.md): they decide
// whether a rule applies, rarely whether it passes.
constexpr std::string_view kProfileSection = "profile.";

// Characters that end a line or move along one: tab, LF, VT, FF, CR, NEL and the Unicode line and
// paragraph separators. Other hidden characters are shown by the one rule (utf8::make_visible).
bool breaks_line(char32_t c) { return (c >= 0x09 && c <= 0x0d) || c == 0x85 || c == 0x2028 || c == 0x2029; }

// White space by Unicode (Python's str.isspace, ECMAScript's \s): what must not end a string.
bool is_space(char32_t c) {
  return c == ' ' || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x202f ||
         c == 0x205f || c == 0x3000 || c == 0xfeff || breaks_line(c);
}

}  // namespace

std::string labelled(Msg label, std::string_view text, Lang lang) {
  return say(Msg::label_value, lang, message(label, lang), text);
}

std::string one_line(std::string_view text) {
  std::string out;
  size_t end_of_text = 0;  // out.size() after the last character that is not white space
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    char32_t c = utf8::decode(text, i);
    if (breaks_line(c) || c == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    if (out.empty() && is_space(c)) continue;
    if (c == 0xFFFD) out += "\xEF\xBF\xBD";  // also for a byte that is not UTF-8
    else if (utf8::is_hidden(c)) out += utf8::visible_form(c);
    else out.append(text.substr(start, i - start));
    if (!is_space(c)) end_of_text = out.size();
  }
  out.resize(end_of_text);
  return out;
}

const AnswerUsed* deciding_answer(const RuleResult& r) {
  if (r.state == State::unknown)
    for (const std::string& q : r.needs)
      for (const AnswerUsed& a : r.answers)
        if (a.question == q && a.line > 0) return &a;
  const AnswerUsed *last = nullptr, *last_outside_profile = nullptr;
  for (const AnswerUsed* a : answers_shown(r)) {
    if (a->line <= 0) continue;
    last = a;
    if (!std::string_view(a->question).starts_with(kProfileSection)) last_outside_profile = a;
  }
  return last_outside_profile ? last_outside_profile : last;
}

std::string answer_location(const Result& r, const AnswerUsed& a) {
  return a.line > 0 ? fmt::format("{}:{}", r.answers_path, a.line) : r.answers_path;
}

std::vector<std::string> located_answers(const Result& r, const RuleResult& rule, Lang lang) {
  std::vector<std::string> out;
  for (const AnswerUsed* a : answers_shown(rule)) {
    std::string text = answer_text(*a, lang);
    out.push_back(a->line > 0 ? fmt::format("{} [{}]", text, answer_location(r, *a)) : text);
  }
  return out;
}

std::vector<std::string> needed_questions(const Result& r, const RuleResult& rule, Lang lang) {
  std::vector<std::string> out;
  for (const std::string& q : rule.needs) out.push_back(needed_question_text(r, rule, q, lang));
  return out;
}

std::vector<std::string> not_applicable_reasons(const RuleResult& rule, Lang lang) {
  std::vector<std::string> na, all;
  for (const AnswerUsed* a : answers_shown(rule)) {
    all.push_back(answer_text(*a, lang));
    if (a->status == AnswerStatus::not_applicable)
      na.push_back(a->na_reason.empty() ? all.back() : say(Msg::field_value, lang, a->question, a->na_reason));
  }
  return na.empty() ? all : na;
}

}  // namespace tenken::ci
