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

std::string answer_text(const Question* q, const AnswerUsed& a, Lang lang) {
  std::string status = answer_status_name(a.status, lang);
  std::string text = status;
  if (a.status == AnswerStatus::answered)
    text = say(Word::answer_status_value, lang, status, answer_value(q, a.value, lang));
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

void fill_standing(CaseView& v, const Result& r, Lang lang) {
  std::vector<const RuleResult*> failing;
  for (const RuleResult& rule : r.rules) {
    if (!cites(rule, v.c->id)) continue;
    if (rule.state == State::fail) failing.push_back(&rule);
    v.unknown += rule.state == State::unknown;
  }
  std::stable_sort(failing.begin(), failing.end(), [](const RuleResult* a, const RuleResult* b) {
    return std::tuple(-static_cast<int>(a->severity), a->rule) < std::tuple(-static_cast<int>(b->severity), b->rule);
  });
  for (const RuleResult* rule : failing) {
    if (v.standing.size() == kMostStandingRules) {
      ++v.failing_not_shown;
      continue;
    }
    const std::string& title = rule->texts->title.in(lang);
    v.standing.push_back({severity_name(rule->severity, lang), rule->rule, title.empty() ? rule->rule : title,
                          state_text(*rule, lang)});
  }
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
    if (pack.result) fill_standing(v, *pack.result, lang);
    views.push_back(std::move(v));
  }
  return views;
}

std::vector<std::string> standing_notes(const CaseView& v, Lang lang) {
  std::vector<std::string> notes;
  if (v.failing_not_shown == 1) notes.push_back(word(Word::standing_more_failing_one, lang));
  if (v.failing_not_shown > 1) notes.push_back(say(Word::standing_more_failing, lang, v.failing_not_shown));
  if (v.unknown == 1) notes.push_back(word(Word::standing_unknown_one, lang));
  if (v.unknown > 1) notes.push_back(say(Word::standing_unknown, lang, v.unknown));
  return notes;
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
