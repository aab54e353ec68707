// The YAML answer-file writer; see answer_writer.h. Plain scalars are allowed only in a small,
// safe shape (no YAML indicator, no flow punctuation, no edge blanks, no control or line-break
// characters), which is far stricter than YAML needs, so that no reader's corner case matters.
#include "answering/interview/answer_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "tenken/organization_profile.h"
#include "tenken/utf8.h"

namespace tenken::answering {
namespace {

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Code points YAML (or a terminal) treats specially: C0, DEL, C1, the no-break space, the line
// and paragraph separators and the byte-order mark. They are written as escapes.
bool needs_escape(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0xA0) || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF;
}

std::string double_quoted(std::string_view text) {
  std::string out = "\"";
  for (size_t i = 0; i < text.size();) {
    char32_t cp = utf8::decode(text, i);
    switch (cp) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      case 0: out += "\\0"; break;
      default:
        if (!needs_escape(cp)) append_utf8(out, cp);
        else if (cp <= 0xFF) out += fmt::format("\\x{:02X}", static_cast<unsigned>(cp));
        else out += fmt::format("\\u{:04X}", static_cast<unsigned>(cp));
    }
  }
  return out + "\"";
}

// True when `text` written plain reads back as the same characters, in block and flow context.
bool plain_shape(std::string_view text) {
  static constexpr std::string_view kNotFirst = "-?:,[]{}#&*!|>'\"%@`. ";
  static constexpr std::string_view kNowhere = ":#,[]{}\"";
  if (text.empty() || kNotFirst.find(text.front()) != std::string_view::npos || text.back() == ' ')
    return false;
  if (text.find_first_of(kNowhere) != std::string_view::npos) return false;
  for (size_t i = 0; i < text.size();)
    if (needs_escape(utf8::decode(text, i))) return false;
  return utf8::first_invalid(text) == std::string_view::npos;
}

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// Plain words that a YAML reader or tenken's loader gives a meaning other than the string.
bool special_word(std::string_view text) {
  static constexpr std::array<std::string_view, 14> kWords = {
      "~", "null", "true", "false", "yes", "no", "y", "n", "on", "off", "unknown", "never", "=", "<<"};
  std::string w = lower(text);
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

// What YAML reads as null when plain: a value that was not null must not be written so.
bool null_word(std::string_view text) {
  std::string w = lower(text);
  return w == "~" || w == "null";
}

// A number, a date, or anything a reader might take for one: it starts with a digit or a sign.
bool number_like(std::string_view text) {
  unsigned char c = static_cast<unsigned char>(text.front());
  return std::isdigit(c) || c == '+' || c == '-' || c == '.';
}

std::string list(const std::vector<RawScalar>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + yaml_raw(items[i]);
  return out + "]";
}

std::string strings(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + yaml_string(items[i]);
  return out + "]";
}

// An approximate number: "at_least: 30, at_most: 60", either part or both (in a mapping). With
// neither bound, "at_least: ~", which reads back as the same broken answer, not as none.
std::string range(const Answer& a) {
  std::string out = a.at_least ? "at_least: " + yaml_raw(*a.at_least) : "";
  if (a.at_most) out += (out.empty() ? "" : ", ") + ("at_most: " + yaml_raw(*a.at_most));
  return out.empty() ? "at_least: ~" : out;
}

// The answer's own part: "value: x", "na: reason", "has: [..], lacks: [..]", "at_least: n,
// at_most: m" (in a mapping), or for the short form the bare value.
std::string main_part(const Answer& a, bool in_mapping) {
  std::string value;
  switch (a.form) {
    case AnswerForm::dont_know: value = "unknown"; break;
    case AnswerForm::not_applicable: return "na: " + yaml_string(a.na_reason);
    case AnswerForm::alternative: return "alternative: " + yaml_string(a.alternative);
    case AnswerForm::value:
      if (a.is_partial) {
        std::string out = a.raw.empty() && !a.lacks.empty() ? "" : "has: " + list(a.raw);
        if (!a.lacks.empty()) out += (out.empty() ? "" : ", ") + ("lacks: " + list(a.lacks));
        return out;
      }
      if (a.is_range) return range(a);
      value = a.is_list ? list(a.raw) : a.raw.empty() ? "~" : yaml_raw(a.raw.front());
      break;
  }
  return in_mapping ? "value: " + value : value;
}

std::string mapping(std::initializer_list<std::pair<std::string_view, std::string_view>> fields) {
  std::string out;
  for (const auto& [key, value] : fields) {
    if (value.empty()) continue;
    out += fmt::format("{}{}: {}", out.empty() ? "" : ", ", key, yaml_string(value));
  }
  return "{" + out + "}";
}

std::string date_scalar(const std::string& date) {
  return plain_shape(date) && !special_word(date) ? date : yaml_string(date);
}

}  // namespace

std::string yaml_string(std::string_view text) {
  if (plain_shape(text) && !special_word(text) && !number_like(text)) return std::string(text);
  return double_quoted(text);
}

std::string yaml_raw(const RawScalar& s) {
  if (s.null) return "~";
  if (s.quoted) return yaml_string(s.text);
  return plain_shape(s.text) && !null_word(s.text) ? s.text : double_quoted(s.text);
}

std::string yaml_answer(const Answer& a) {
  bool detailed = !a.comment.empty() || !a.evidence.empty();
  bool bare = a.form == AnswerForm::value && !a.is_partial && !a.is_range;
  if (!detailed && (bare || a.form == AnswerForm::dont_know)) return main_part(a, false);
  std::string out = "{" + main_part(a, true);
  if (!a.comment.empty()) out += ", comment: " + yaml_string(a.comment);
  if (!a.evidence.empty()) out += ", evidence: " + strings(a.evidence);
  return out + "}";
}

std::string write_answers_yaml(const Answers& answers, const Checklist& checklist, std::string_view comment) {
  std::string out;
  if (!comment.empty()) out += fmt::format("# {}\n", comment);
  const Organization& org = answers.organization;
  // A listed sector or size is written as its id, a plain word YAML reads as a string.
  auto listed = [](const std::string& id, bool is_listed) { return is_listed ? id : yaml_string(id); };
  out += "organization: {name: " + yaml_string(org.name);
  if (!org.sector.empty()) out += ", sector: " + listed(org.sector, find_sector(org.sector));
  if (!org.size.empty()) out += ", size: " + listed(org.size, find_size_band(org.size));
  out += "}\n";
  const Assessment& as = answers.assessment;
  std::string rest = mapping({{"assessor", as.assessor}, {"scope", as.scope}});
  out += fmt::format("assessment: {{date: {}{}}}\n", date_scalar(as.date),
                     rest == "{}" ? "" : ", " + rest.substr(1, rest.size() - 2));
  std::vector<const Answer*> ordered;
  for (const Question& q : checklist.questions)
    for (const Answer& a : answers.answers)
      if (a.question == q.id) ordered.push_back(&a);
  for (const Answer& a : answers.answers)
    if (!checklist.find(a.question)) ordered.push_back(&a);
  if (ordered.empty()) return out + "answers: {}\n";
  out += "answers:\n";
  for (const Answer* a : ordered) out += fmt::format("  {}: {}\n", yaml_string(a->question), yaml_answer(*a));
  return out;
}

}  // namespace tenken::answering
