// What the operator typed → a Reply; see input.h. Values keep the operator's text so that the
// engine's message about a wrong one quotes it as typed.
#include "answering/interview/input.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

#include "tenken/utf8.h"

namespace tenken::answering {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

std::string trimmed(std::string_view text) {
  size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return "";
  return std::string(text.substr(first, text.find_last_not_of(" \t") - first + 1));
}

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

RawScalar scalar(std::string text, bool quoted) {
  RawScalar r;
  r.text = std::move(text);
  r.quoted = quoted;
  return r;
}

Reply invalid(std::string ja, std::string en) {
  Reply r;
  r.kind = Reply::Kind::invalid;
  r.problem = {std::move(ja), std::move(en)};
  return r;
}

Reply answer(const Question& q, std::vector<RawScalar> raw) {
  Reply r;
  r.kind = Reply::Kind::answer;
  r.answer.question = q.id;
  r.answer.raw = std::move(raw);
  return r;
}

// Splits at commas (also 、) and blanks.
std::vector<std::string> tokens(std::string_view text) {
  std::string s(text);
  for (size_t at; (at = s.find("、")) != std::string::npos;) s.replace(at, 3, ",");
  std::vector<std::string> out;
  std::string current;
  for (char c : s) {
    if (c == ',' || c == ' ' || c == '\t') {
      if (!current.empty()) out.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

// A choice's number (1-based) → its id; an id is kept as typed for the engine to check.
bool choice_id(const Question& q, const std::string& token, std::string& id, Reply& problem) {
  if (!all_digits(token) || q.choice_index(token) >= 0) {
    id = token;
    return true;
  }
  size_t n = token.size() > 4 ? 0 : std::stoul(token);
  if (n >= 1 && n <= q.choices.size()) {
    id = q.choices[n - 1].id;
    return true;
  }
  problem = invalid(fmt::format("選択肢の番号（1〜{}）か ID を入力してください。入力されたのは '{}' です", q.choices.size(), token),
                    fmt::format("expected a choice number from 1 to {} or a choice id, found '{}'", q.choices.size(), token));
  return false;
}

Reply boolean(const Question& q, const std::string& text) {
  std::string w = lower(text);
  if (w == "y" || w == "yes" || w == "true" || text == "はい") return answer(q, {scalar("yes", false)});
  if (w == "n" || w == "no" || w == "false" || text == "いいえ") return answer(q, {scalar("no", false)});
  return answer(q, {scalar(text, false)});
}

Reply single_choice(const Question& q, const std::string& text) {
  Reply problem;
  std::string id;
  if (!choice_id(q, text, id, problem)) return problem;
  return answer(q, {scalar(id, true)});
}

// "1 3" or "mfa, logging": exactly these; "[]": none; "+1 +3 -2": has 1 and 3, lacks 2.
Reply multi_choice(const Question& q, const std::string& text) {
  Reply r = answer(q, {});
  r.answer.is_list = true;
  if (text == "[]") return r;
  std::vector<std::string> parts = tokens(text);
  bool partial = std::any_of(parts.begin(), parts.end(), [](const std::string& t) { return t[0] == '+' || t[0] == '-'; });
  r.answer.is_partial = partial;
  for (const std::string& t : parts) {
    bool signed_token = t[0] == '+' || t[0] == '-';
    if (partial && !signed_token)
      return invalid(fmt::format("一部だけ分かっている形では、どの選択肢にも + (ある) か - (ない) を付けてください。'{}' に付いていません", t),
                     fmt::format("expected + (has) or - (lacks) before every choice in the partial form, found '{}' without one", t));
    std::string token = signed_token ? t.substr(1) : t;
    if (token.empty())
      return invalid(fmt::format("'{}' の後に選択肢の番号か ID を書いてください", t),
                     fmt::format("expected a choice number or id after '{}', found nothing", t));
    Reply problem;
    std::string id;
    if (!choice_id(q, token, id, problem)) return problem;
    (t[0] == '-' ? r.answer.lacks : r.answer.raw).push_back(scalar(id, true));
  }
  return r;
}

// 2024/10/01 and 2024/10 as 2024-10-01 and 2024-10, as the CSV form accepts them.
Reply date(const Question& q, std::string text) {
  if (std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c) || c == '/'; }))
    std::replace(text.begin(), text.end(), '/', '-');
  if (lower(text) == "never") text = "never";
  return answer(q, {scalar(text, false)});
}

Reply range(const Question& q, std::string at_least, std::string at_most) {
  Reply r = answer(q, {});
  r.answer.is_range = true;
  if (!at_least.empty()) r.answer.at_least = scalar(std::move(at_least), false);
  if (!at_most.empty()) r.answer.at_most = scalar(std::move(at_most), false);
  return r;
}

// "30-60", "30~60" or "30〜60": both bounds, each as typed. A leading '-' is a sign, not a
// separator, and "-10~-5" is split at '~'.
std::optional<Reply> between(const Question& q, std::string_view text) {
  for (std::string_view separator : {"~", "〜", "-"}) {
    size_t at = text.find(separator, 1);
    if (at == std::string_view::npos) continue;
    std::string low = trimmed(text.substr(0, at)), high = trimmed(text.substr(at + separator.size()));
    if (!low.empty() && !high.empty()) return range(q, std::move(low), std::move(high));
  }
  return std::nullopt;
}

// How an approximate number is typed: a mark before or after one bound.
struct RangeMark {
  std::string_view text;
  bool before;    // the mark comes before the number (>=30), else after it (30+)
  bool at_least;  // the bound is the lowest the number can be, else the highest
};
constexpr RangeMark kRangeMarks[] = {
    {">=", true, true}, {"<=", true, false}, {"+", false, true}, {"以上", false, true}, {"以下", false, false}};

// The number a mark stands before or after ("30" of ">=30" and of "30+"); empty without the mark.
std::string marked_bound(std::string_view text, const RangeMark& m) {
  if (m.before) return text.starts_with(m.text) ? trimmed(text.substr(m.text.size())) : "";
  return text.ends_with(m.text) ? trimmed(text.substr(0, text.size() - m.text.size())) : "";
}

// A number, or what is known of one (see parse_reply); the bounds are judged by the engine.
Reply number(const Question& q, const std::string& text) {
  for (const RangeMark& m : kRangeMarks)
    if (std::string bound = marked_bound(text, m); !bound.empty())
      return m.at_least ? range(q, std::move(bound), "") : range(q, "", std::move(bound));
  if (std::optional<Reply> r = between(q, text)) return *r;
  return answer(q, {scalar(text, false)});
}

// Free text as typed, trailing line-break characters aside; "\" protects a leading command word.
Reply text_answer(const Question& q, std::string_view line) {
  std::string text(line);
  if (!text.empty() && text[0] == '\\') text.erase(0, 1);
  return answer(q, {scalar(text, true)});
}

}  // namespace

std::string normalize(std::string_view line) {
  std::string out;
  for (size_t i = 0; i < line.size();) {
    size_t start = i;
    char32_t cp = utf8::decode(line, i);
    if (cp >= 0xFF01 && cp <= 0xFF5E) out += static_cast<char>(cp - 0xFEE0);
    else if (cp == 0x3000) out += ' ';
    else out.append(line.substr(start, i - start));
  }
  size_t first = out.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return out.substr(first, out.find_last_not_of(" \t\r\n") - first + 1);
}

bool parse_command(std::string_view line, Command& out) {
  std::string w = lower(normalize(line));
  if (w == "b" || w == "back") out = Command::back;
  else if (w == "s" || w == "skip") out = Command::skip;
  else if (w == "q" || w == "quit") out = Command::quit;
  else if (w == "h" || w == "help") out = Command::help;
  else if (w == "c" || w == "comment") out = Command::comment;
  else if (w == "na") out = Command::not_applicable;
  else if (w == "alt") out = Command::alternative;
  else return false;
  return true;
}

Reply parse_reply(std::string_view line, const Question& q) {
  std::string text = normalize(line);
  Reply r;
  if (text.empty()) return r;
  if (parse_command(text, r.command)) {
    r.kind = Reply::Kind::command;
    return r;
  }
  if (text == "?" || lower(text) == "unknown") {
    r = answer(q, {});
    r.answer.form = AnswerForm::dont_know;
    return r;
  }
  switch (q.type) {
    case QuestionType::boolean: return boolean(q, text);
    case QuestionType::choice: return single_choice(q, text);
    case QuestionType::multi_choice: return multi_choice(q, text);
    case QuestionType::number: return number(q, text);
    case QuestionType::date: return date(q, text);
    case QuestionType::text: break;
  }
  std::string_view typed = line;
  while (!typed.empty() && (typed.back() == '\r' || typed.back() == '\n')) typed.remove_suffix(1);
  return text_answer(q, typed);
}

}  // namespace tenken::answering
