// The Result (result.h): rule states, answer and waiver statuses by name, and the state a rule
// counts as once its waiver is applied.
#include <algorithm>
#include "tenken/result.h"

namespace tenken {

const char* format_as(State s) {
  switch (s) {
    case State::pass: return "pass";
    case State::fail: return "fail";
    case State::unknown: return "unknown";
    case State::notapplicable: return "notapplicable";
    case State::notchecked: return "notchecked";
    case State::waived: return "waived";
    case State::error: return "error";
  }
  return "?";
}

bool parse_state(std::string_view word, State& out) {
  for (int i = 0; i < kStateCount; ++i)
    if (word == format_as(static_cast<State>(i))) {
      out = static_cast<State>(i);
      return true;
    }
  return false;
}

const char* format_as(AnswerStatus s) {
  switch (s) {
    case AnswerStatus::answered: return "answered";
    case AnswerStatus::dont_know: return "dont_know";
    case AnswerStatus::not_applicable: return "not_applicable";
    case AnswerStatus::alternative: return "alternative";
    case AnswerStatus::unanswered: return "unanswered";
    case AnswerStatus::not_asked: return "not_asked";
  }
  return "?";
}

const char* format_as(WaiverStatus s) {
  switch (s) {
    case WaiverStatus::active: return "active";
    case WaiverStatus::expired: return "expired";
    case WaiverStatus::not_needed: return "not_needed";
  }
  return "?";
}

AnswerUsed& AnswerRef::edit() {
  if (answer_.use_count() > 1) answer_ = std::make_shared<AnswerUsed>(*answer_);
  return *answer_;
}

std::optional<double> score_of(const CategoryScore& c) {
  return c.weight_scored > 0 ? std::optional<double>(c.score) : std::nullopt;
}

std::optional<double> overall_score(const Summary& s, bool after_waivers) {
  bool any = false;
  for (const CategoryScore& c : s.categories)
    any |= (after_waivers ? c.weight_scored_after_waivers : c.weight_scored) > 0;
  if (!any) return std::nullopt;
  return after_waivers ? s.score_after_waivers : s.score;
}

State counted_state(const RuleResult& r) {
  return r.waiver && r.waiver->status == WaiverStatus::active ? State::waived : r.state;
}

}  // namespace tenken

namespace tenken {

const Question* LibraryTexts::question(std::string_view id) const {
  auto it = std::lower_bound(questions.begin(), questions.end(), id,
                             [](const Question& q, std::string_view wanted) { return q.id < wanted; });
  return it != questions.end() && it->id == id ? &*it : nullptr;
}

const std::vector<CaseSummary>& Result::cases() const {
  static const std::vector<CaseSummary> none;
  return texts ? texts->cases : none;
}

void keep_texts(Result& r, std::vector<RuleTexts> texts, std::vector<CaseSummary> cases) {
  texts.resize(r.rules.size());
  auto kept = std::make_shared<LibraryTexts>();
  kept->rules = std::move(texts);
  kept->cases = std::move(cases);
  for (size_t i = 0; i < r.rules.size(); ++i) r.rules[i].texts = &kept->rules[i];
  r.texts = std::move(kept);
}

}  // namespace tenken
