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

std::string needed_question_text(const Result& r, const RuleResult& rule, const std::string& question,
                                 Lang lang) {
  std::string line = question;
  for (const QuestionNeeded& q : r.questions_needed)
    if (q.question == question && !q.text.in(lang).empty())
      line = say(Msg::question_with_text, lang, question, q.text.in(lang));
  // Answered in part: say what is still open.
  if (auto it = rule.needs_options.find(question); it != rule.needs_options.end())
    line = say(Msg::needs_options, lang, line, fmt::join(it->second, ", "));
  // Answered as a month or a year, or as a range ({at_least: 30}): the exact value decides.
  for (const AnswerUsed& a : rule.answers)
    if (a.question == question && a.status == AnswerStatus::answered && rule.needs_options.count(question) == 0)
      line = say(a.value.starts_with('{') ? Msg::needs_exact_number : Msg::needs_exact_date, lang, line, a.value);
  // A "don't know" often says why (waiting for the vendor, asked another section): keep it.
  for (const AnswerUsed& a : rule.answers)
    if (a.question == question && !a.comment.empty())
      line = say(Msg::answer_with_comment, lang, line, a.comment);
  return line;
}

}  // namespace tenken
