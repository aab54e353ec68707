// Shared selection and plain text of findings (findings.h).
#include "common/findings.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "common/messages.h"
#include "tenken/frameworks.h"

namespace tenken {

std::vector<const RuleResult*> rules_in(const Result& r, State state) {
  std::vector<const RuleResult*> out;
  for (const RuleResult& rule : r.rules)
    if (counted_state(rule) == state) out.push_back(&rule);
  std::stable_sort(out.begin(), out.end(), [](const RuleResult* a, const RuleResult* b) {
    return a->severity != b->severity ? a->severity > b->severity : a->rule < b->rule;
  });
  return out;
}

std::vector<const RuleResult*> rules_with_waiver(const Result& r, WaiverStatus status) {
  std::vector<const RuleResult*> out;
  for (const RuleResult& rule : r.rules)
    if (rule.waiver && rule.waiver->status == status) out.push_back(&rule);
  return out;
}

std::vector<ReferenceGroup> reference_groups(const std::map<std::string, std::vector<std::string>>& refs) {
  std::vector<ReferenceGroup> out;
  for (const Framework& f : frameworks())
    if (auto it = refs.find(f.key); it != refs.end() && !it->second.empty()) out.push_back({f.name, it->second});
  for (const auto& [key, ids] : refs)
    if (!find_framework(key) && !ids.empty()) out.push_back({key, ids});
  return out;
}

std::vector<std::string> reference_texts(const std::map<std::string, std::vector<std::string>>& refs) {
  std::vector<std::string> out;
  for (const ReferenceGroup& g : reference_groups(refs))
    out.push_back(fmt::format("{} {}", g.framework, fmt::join(g.ids, ", ")));
  return out;
}

std::string category_title(const Result& r, const std::string& category, Lang lang) {
  for (const CategoryScore& c : r.summary.categories)
    if (c.category == category && !c.title.in(lang).empty()) return c.title.in(lang);
  return category;
}

const CaseSummary* find_case(const Result& r, const std::string& id) {
  for (const CaseSummary& c : r.cases())
    if (c.id == id) return &c;
  return nullptr;
}

std::string case_title_line(const Result& r, const std::string& id, Lang lang) {
  const CaseSummary* c = find_case(r, id);
  return c ? id + " " + c->title.in(lang) : id;
}

namespace {

// "[a, b]" → {a, b}: the option ids of a multiple-choice value as the Result keeps it.
std::vector<std::string_view> option_ids(std::string_view list) {
  std::vector<std::string_view> ids;
  if (list.size() < 2 || list.front() != '[' || list.back() != ']') return ids;
  list = list.substr(1, list.size() - 2);
  while (!list.empty()) {
    size_t comma = list.find(',');
    std::string_view id = list.substr(0, comma);
    while (!id.empty() && id.front() == ' ') id.remove_prefix(1);
    if (!id.empty()) ids.push_back(id);
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return ids;
}

std::string option_labels(const Question& q, std::string_view list, Lang lang) {
  std::vector<std::string> labels;
  for (std::string_view id : option_ids(list)) {
    int i = q.choice_index(id);
    labels.emplace_back(i >= 0 ? q.choices[i].text.in(lang) : std::string(id));
  }
  return labels.empty() ? message(Msg::answer_none_of_these, lang) : joined(labels, lang);
}

// "{has: [a], lacks: [b]}" → "yes: A; no: B"; an empty side is left out ("no: B"): the options
// not named are not known.
std::string partial_labels(const Question& q, std::string_view value, Lang lang) {
  size_t has = value.find('['), has_end = value.find(']');
  size_t lacks = value.find('[', has_end), lacks_end = value.rfind(']');
  if (has == std::string_view::npos || lacks == std::string_view::npos) return std::string(value);
  std::string_view present = value.substr(has, has_end - has + 1), absent = value.substr(lacks, lacks_end - lacks + 1);
  if (option_ids(present).empty()) return say(Msg::answer_no_options, lang, option_labels(q, absent, lang));
  if (option_ids(absent).empty()) return say(Msg::answer_yes_options, lang, option_labels(q, present, lang));
  return say(Msg::answer_yes_no_options, lang, option_labels(q, present, lang), option_labels(q, absent, lang));
}

std::string with_unit(const Question& q, std::string_view number, Lang lang) {
  const std::string& unit = q.unit.in(lang);
  if (unit.empty()) return std::string(number);
  return lang == Lang::ja || unit == "%" ? fmt::format("{}{}", number, unit) : fmt::format("{} {}", number, unit);
}

// "{at_least: 30, at_most: 60}" → "30 to 60 days"; "12" → "12 days".
std::string number_words(const Question& q, std::string_view value, Lang lang) {
  if (!value.starts_with('{')) return with_unit(q, value, lang);
  auto bound = [&](std::string_view key) -> std::string {
    size_t at = value.find(key);
    if (at == std::string_view::npos) return "";
    std::string_view rest = value.substr(at + key.size());
    return std::string(rest.substr(0, rest.find_first_of(",}")));
  };
  std::string lo = bound("at_least: "), hi = bound("at_most: ");
  if (!lo.empty() && !hi.empty()) return with_unit(q, say(Msg::answer_between, lang, lo, hi), lang);
  if (!lo.empty()) return say(Msg::answer_at_least, lang, with_unit(q, lo, lang));
  if (!hi.empty()) return say(Msg::answer_at_most, lang, with_unit(q, hi, lang));
  return std::string(value);
}

}  // namespace

std::string answer_value(const Question* q, const std::string& value, Lang lang) {
  if (!q) return value;
  switch (q->type) {
    case QuestionType::boolean:
      return value == "yes" ? message(Msg::answer_yes, lang) : value == "no" ? message(Msg::answer_no, lang) : value;
    case QuestionType::choice: {
      int i = q->choice_index(value);
      return i >= 0 ? q->choices[i].text.in(lang) : value;
    }
    case QuestionType::multi_choice:
      return value.starts_with('{') ? partial_labels(*q, value, lang) : option_labels(*q, value, lang);
    case QuestionType::date:
      return value == "never" && q->accepts_never() ? q->never.in(lang) : format_date(value, lang);
    case QuestionType::number: return number_words(*q, value, lang);
    case QuestionType::text: break;
  }
  return value;
}

std::string answer_value(const Result& r, const AnswerUsed& a, Lang lang) {
  return answer_value(r.texts ? r.texts->question(a.question) : nullptr, a.value, lang);
}

std::string answer_text(const Result& r, const AnswerUsed& a, Lang lang) {
  if (a.status != AnswerStatus::answered) return answer_text(a, lang);
  std::string text = fmt::format("{} = {}", a.question, answer_value(r, a, lang));
  return a.comment.empty() ? text : say(Msg::answer_with_comment, lang, text, a.comment);
}

std::string answer_text(const AnswerUsed& a, Lang lang) {
  const char* status = answer_status_name(a.status, lang);
  const std::string& reason = a.status == AnswerStatus::alternative ? a.alternative : a.na_reason;
  std::string text = a.status == AnswerStatus::answered ? fmt::format("{} = {}", a.question, a.value)
                     : reason.empty()
                         ? say(Msg::answer_without_value, lang, a.question, status)
                         : say(Msg::answer_without_value_reason, lang, a.question, status, reason);
  return a.comment.empty() ? text : say(Msg::answer_with_comment, lang, text, a.comment);
}

std::vector<const AnswerUsed*> answers_shown(const RuleResult& r) {
  std::vector<const AnswerUsed*> out;
  for (const AnswerUsed& a : r.answers)
    if (a.status != AnswerStatus::not_asked) out.push_back(&a);
  return out;
}

std::string needed_text(const QuestionNeeded& q, Lang lang) {
  if (q.options.empty()) return q.text.in(lang);
  return say(Msg::needs_options, lang, q.text.in(lang), fmt::join(q.options, ", "));
}

std::vector<std::string> alternatives(const RuleResult& r, Lang lang) {
  std::vector<std::string> out;
  for (const AnswerUsed& a : r.answers)
    if (a.status == AnswerStatus::alternative) out.push_back(answer_text(a, lang));
  return out;
}

std::string waiver_text(const RuleWaiver& w, Lang lang) {
  std::string by = w.approved_by.empty() ? message(Msg::nobody, lang) : w.approved_by;
  std::string until = format_date(w.expires, lang);
  switch (w.status) {
    case WaiverStatus::expired: return say(Msg::waiver_expired_value, lang, w.justification, by, until);
    case WaiverStatus::not_needed: return say(Msg::waiver_not_needed_value, lang, w.justification, by);
    case WaiverStatus::active: break;
  }
  return w.expires.empty() ? say(Msg::waiver_no_expiry_value, lang, w.justification, by)
                           : say(Msg::waiver_active_value, lang, w.justification, by, until);
}

std::string state_text(const RuleResult& r, Lang lang) {
  const char* state = state_name(r.state, lang);
  return counted_state(r) == State::waived ? say(Msg::state_waived, lang, state) : state;
}

std::string needed_question_detail(const Result& r, const RuleResult& rule, const std::string& question,
                                   Lang lang) {
  std::string line = question;
  for (const QuestionNeeded& q : r.questions_needed)
    if (q.question == question && !q.text.in(lang).empty()) line = q.text.in(lang);
  const Question* asked = r.texts ? r.texts->question(question) : nullptr;
  // Answered in part: say what is still open, by the options' labels.
  if (auto it = rule.needs_options.find(question); it != rule.needs_options.end()) {
    std::vector<std::string> options;
    for (const std::string& id : it->second) {
      int i = asked ? asked->choice_index(id) : -1;
      options.push_back(i >= 0 ? asked->choices[i].text.in(lang) : id);
    }
    line = say(Msg::needs_options, lang, line, joined(options, lang));
  }
  // Answered as a month or a year, or as a range ({at_least: 30}): the exact value decides.
  for (const AnswerUsed& a : rule.answers)
    if (a.question == question && a.status == AnswerStatus::answered && rule.needs_options.count(question) == 0)
      line = say(a.value.starts_with('{') ? Msg::needs_exact_number : Msg::needs_exact_date, lang, line,
                 answer_value(r, a, lang));
  // A "don't know" often says why (waiting for the vendor, asked another section): keep it.
  for (const AnswerUsed& a : rule.answers)
    if (a.question == question && !a.comment.empty())
      line = say(Msg::answer_with_comment, lang, line, a.comment);
  return line;
}

std::string needed_question_text(const Result& r, const RuleResult& rule, const std::string& question,
                                 Lang lang) {
  std::string detail = needed_question_detail(r, rule, question, lang);
  return detail.starts_with(question) ? detail : say(Msg::question_with_text, lang, question, detail);
}

}  // namespace tenken
