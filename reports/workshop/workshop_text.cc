// The content of a workshop pack, shared by its formats (workshop_text.h), and the choice of the
// cases behind an organisation's gaps (render_workshop.h).
#include "workshop/workshop_text.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <string_view>
#include <tuple>

#include "common/findings.h"
#include "common/messages.h"

namespace tenken {
namespace {

bool cites(const RuleResult& r, const std::string& case_id) {
  return std::find(r.texts->cases.begin(), r.texts->cases.end(), case_id) != r.texts->cases.end();
}

// How strongly the failing (or the unknown) rules of a Result point at one case.
struct Pull {
  int severity = -1;  // the highest, as an int; -1: no such rule
  int rules = 0;
};

}  // namespace

std::vector<const Case*> cases_behind_gaps(const Result& result, const Library& library, size_t limit) {
  std::map<std::string, std::pair<Pull, Pull>> pulls;  // case id → (by failing rules, by unknown rules)
  for (const RuleResult& r : result.rules) {
    if (r.state != State::fail && r.state != State::unknown) continue;
    for (const std::string& id : r.texts->cases) {
      Pull& p = r.state == State::fail ? pulls[id].first : pulls[id].second;
      p.severity = std::max(p.severity, static_cast<int>(r.severity));
      ++p.rules;
    }
  }
  struct Candidate {
    const Case* c;
    bool failing;
    Pull pull;
  };
  std::vector<Candidate> candidates;
  for (const Case& c : library.cases) {
    auto it = pulls.find(c.id);
    if (it == pulls.end()) continue;
    bool failing = it->second.first.rules > 0;
    candidates.push_back({&c, failing, failing ? it->second.first : it->second.second});
  }
  std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    return std::tuple(!a.failing, -a.pull.severity, -a.pull.rules, a.c->id) <
           std::tuple(!b.failing, -b.pull.severity, -b.pull.rules, b.c->id);
  });
  std::vector<const Case*> out;
  for (const Candidate& k : candidates)
    if (out.size() < limit) out.push_back(k.c);
  return out;
}

namespace ws {
namespace {

// A multiple-choice value "[a, b]" as its option ids; nothing for any other form.
std::vector<std::string> option_ids(const std::string& value) {
  if (value.size() < 2 || value.front() != '[' || value.back() != ']') return {};
  std::vector<std::string> ids;
  std::string inner = value.substr(1, value.size() - 2);
  for (size_t start = 0; start < inner.size();) {
    size_t comma = inner.find(", ", start);
    ids.push_back(inner.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    start = comma == std::string::npos ? inner.size() : comma + 2;
  }
  return ids;
}

std::string choice_label(const Question& q, const std::string& id, Lang lang) {
  int i = q.choice_index(id);
  return i < 0 ? id : q.choices[i].text.in(lang);
}

// "[a, b]" as the options' labels, joined; "" for "[]".
std::string option_labels(const Question& q, const std::string& list, Lang lang) {
  std::vector<std::string> labels;
  for (const std::string& id : option_ids(list)) labels.push_back(choice_label(q, id, lang));
  return joined(labels, lang);
}

// A multiple-choice question answered in part, "{has: [a], lacks: [b, c]}", as labels: "A; not
// B, C". Nullopt for any other form.
std::optional<std::string> partial_text(const Question& q, const std::string& value, Lang lang) {
  constexpr std::string_view kHas = "{has: ", kLacks = ", lacks: ";
  size_t lacks = value.find(kLacks);
  if (!value.starts_with(kHas) || !value.ends_with("}") || lacks == std::string::npos) return std::nullopt;
  std::string has = option_labels(q, value.substr(kHas.size(), lacks - kHas.size()), lang);
  std::string lacking = option_labels(q, value.substr(lacks + kLacks.size(), value.size() - 1 - lacks - kLacks.size()), lang);
  if (lacking.empty()) return has;
  return has.empty() ? say(Word::partial_lacks, lang, lacking) : say(Word::partial_has_lacks, lang, has, lacking);
}

// An answered value as a reader reads it: a choice's label, a number with its unit, a date in
// the language. Forms it does not know (a partial or approximate answer) are shown as written.
std::string value_text(const Question* q, const std::string& value, Lang lang) {
  if (!q) return value;
  switch (q->type) {
    case QuestionType::boolean:
      return value == "yes" ? word(Word::yes, lang) : value == "no" ? word(Word::no, lang) : value;
    case QuestionType::choice: return choice_label(*q, value, lang);
    case QuestionType::multi_choice: {
      if (std::optional<std::string> partial = partial_text(*q, value, lang)) return *partial;
      std::string labels = option_labels(*q, value, lang);
      return labels.empty() ? value : labels;
    }
    case QuestionType::number:
      return q->unit.in(lang).empty() || value.starts_with("{") ? value : fmt::format("{} {}", value, q->unit.in(lang));
    case QuestionType::date:
      return value == "never" && q->accepts_never() ? q->never.in(lang) : format_date(value, lang);
    case QuestionType::text: return value;
  }
  return value;
}

std::string answer_text(const Question* q, const AnswerUsed& a, Lang lang) {
  std::string status = answer_status_name(a.status, lang);
  std::string text = status;
  if (a.status == AnswerStatus::answered)
    text = say(Word::answer_status_value, lang, status, value_text(q, a.value, lang));
  else if (a.status == AnswerStatus::not_applicable && !a.na_reason.empty())
    text = say(Word::answer_reason, lang, status, a.na_reason);
  else if (a.status == AnswerStatus::alternative && !a.alternative.empty())
    text = say(Word::answer_reason, lang, status, a.alternative);
  return a.comment.empty() ? text : say(Word::answer_comment, lang, text, a.comment);
}

// Each question's answer as the Result holds it: the rules that read a question share it.
std::map<std::string, const AnswerUsed*> answers_by_question(const Result& r) {
  std::map<std::string, const AnswerUsed*> out;
  for (const RuleResult& rule : r.rules)
    for (const AnswerRef& a : rule.answers) out.emplace(a->question, &*a);
  return out;
}

std::vector<StandingRule> standing(const Result& r, const Case& c, Lang lang) {
  std::vector<const RuleResult*> rules;
  for (const RuleResult& rule : r.rules)
    if ((rule.state == State::fail || rule.state == State::unknown) && cites(rule, c.id)) rules.push_back(&rule);
  std::stable_sort(rules.begin(), rules.end(), [](const RuleResult* a, const RuleResult* b) {
    return std::tuple(-static_cast<int>(a->severity), a->state != State::fail, a->rule) <
           std::tuple(-static_cast<int>(b->severity), b->state != State::fail, b->rule);
  });
  std::vector<StandingRule> lines;
  for (const RuleResult* rule : rules) {
    const std::string& title = rule->texts->title.in(lang);
    lines.push_back({severity_name(rule->severity, lang), rule->rule, title.empty() ? rule->rule : title,
                     state_text(*rule, lang)});
  }
  return lines;
}

}  // namespace

std::vector<CaseView> case_views(const WorkshopPack& pack, Lang lang) {
  std::map<std::string, const AnswerUsed*> answers;
  if (pack.result) answers = answers_by_question(*pack.result);
  std::vector<CaseView> views;
  for (const Case* c : pack.cases) {
    CaseView v;
    v.c = c;
    v.number = static_cast<int>(views.size()) + 1;
    for (size_t i = 0; i < c->discussion.size() && i < kMostDiscussionItems; ++i) {
      const DiscussionItem& item = c->discussion[i];
      DiscussionView d{item.text.in(lang), {}};
      for (const std::string& id : item.questions) {
        const Question* q = pack.library->checklist.find(id);
        AnswerLine line{id, q ? q->text.in(lang) : id, ""};
        if (pack.result) {
          auto it = answers.find(id);
          line.answer = it == answers.end() ? word(Word::answer_not_in_result, lang) : answer_text(q, *it->second, lang);
        }
        d.answers.push_back(std::move(line));
      }
      v.discussion.push_back(std::move(d));
    }
    if (pack.result) v.standing = standing(*pack.result, *c, lang);
    views.push_back(std::move(v));
  }
  return views;
}

int tabletop_minutes(const Case& c) {
  int total = 0;
  for (const Inject& i : c.tabletop) total += i.minutes;
  return total;
}

std::vector<AgendaRow> agenda(const WorkshopPack& pack, Lang lang) {
  std::vector<AgendaRow> rows;
  int at = 0;
  auto add = [&](int minutes, std::string item) {
    rows.push_back({at, minutes, std::move(item)});
    at += minutes;
  };
  add(kIntroMinutes, word(Word::agenda_intro, lang));
  for (size_t n = 0; n < pack.cases.size(); ++n) {
    const Case& c = *pack.cases[n];
    if (n > 0) add(kBreakMinutes, word(Word::agenda_break, lang));
    add(kBriefingMinutes, say(Word::agenda_briefing, lang, n + 1));
    size_t items = std::min(c.discussion.size(), kMostDiscussionItems);
    if (items > 0) add(kMinutesPerDiscussionItem * static_cast<int>(items), say(Word::agenda_discussion, lang, n + 1));
    for (size_t i = 0; i < c.tabletop.size(); ++i)
      add(c.tabletop[i].minutes, say(Word::agenda_inject, lang, n + 1, i + 1, c.tabletop[i].at.in(lang)));
  }
  add(kDebriefMinutes, word(Word::agenda_debrief, lang));
  return rows;
}

std::string clock(int minutes) { return fmt::format("{}:{:02}", minutes / 60, minutes % 60); }

std::string duration_text(int minutes, Lang lang) {
  if (minutes < 60) return say(Word::duration_minutes, lang, minutes);
  return say(Word::duration, lang, minutes / 60, minutes % 60);
}

std::string pack_title(const WorkshopPack& pack, Lang lang) {
  if (pack.result && !pack.result->organization.name.empty())
    return say(Word::title_for, lang, pack.result->organization.name);
  return word(Word::title, lang);
}

std::string purpose_text(const WorkshopPack& pack, Lang lang) {
  if (pack.result && !pack.result->organization.name.empty())
    return say(Word::purpose_org, lang, pack.result->organization.name, pack.cases.size());
  return say(Word::purpose_generic, lang, pack.cases.size());
}

}  // namespace ws
}  // namespace tenken
