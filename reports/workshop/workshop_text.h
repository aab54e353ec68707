// What the Markdown and the HTML workshop pack say, decided once: which discussion items and rules
// each case shows, the organisation's answers as a reader reads them (choice labels, units,
// dates in the language), and the agenda timed from the injects. Plain text: each renderer
// escapes it for its format. Internal to reports/workshop/.
#pragma once

#include <string>
#include <vector>

#include "tenken/reports/render_workshop.h"
#include "workshop/workshop_words.h"

namespace tenken::ws {

// A pack shows at most this many discussion items of a case (lint warns about more).
inline constexpr size_t kMostDiscussionItems = 5;

// The agenda's fixed parts, in minutes.
inline constexpr int kIntroMinutes = 10;
inline constexpr int kBriefingMinutes = 10;
inline constexpr int kMinutesPerDiscussionItem = 5;
inline constexpr int kBreakMinutes = 10;
inline constexpr int kDebriefMinutes = 20;

// One checklist question of a discussion item, and the organisation's answer to it.
struct AnswerLine {
  std::string question;       // "backup.location"
  std::string question_text;  // the question's text; the id when the checklist lacks it
  std::string answer;         // "answered: On the same server; comment: ..."; empty in a generic pack
};

struct DiscussionView {
  std::string text;
  std::vector<AnswerLine> answers;
};

// A rule of a case that this organisation fails or has not answered, its parts in the language.
struct StandingRule {
  std::string severity;  // "critical"
  std::string rule;      // "backup-isolated-copy"
  std::string title;
  std::string state;     // "fail", "fail, waived", "unknown"
};

// The most failing rules a case lists under "where this organisation stands": a workshop talks
// about a few gaps, and the gap report lists them all.
inline constexpr size_t kMostStandingRules = 8;

struct CaseView {
  const Case* c = nullptr;
  int number = 0;  // 1-based, in the pack's order
  std::vector<DiscussionView> discussion;
  // Result only: the case's failing rules, most severe first, at most kMostStandingRules; how
  // many more fail; and how many are not decided for want of answers.
  std::vector<StandingRule> standing;
  int failing_not_shown = 0;
  int unknown = 0;
};

std::vector<CaseView> case_views(const WorkshopPack& pack, Lang lang);
// What follows the failing rules: "3 more failing rules are in the gap report.", "12 rules behind
// this case are not decided yet: they wait for answers." (none, one or both).
std::vector<std::string> standing_notes(const CaseView& v, Lang lang);

struct AgendaRow {
  int start = 0;  // minutes from the start
  int minutes = 0;
  std::string item;
};

// Introduction, then per case its briefing, discussion and injects (a break between cases), then
// the debrief.
std::vector<AgendaRow> agenda(const WorkshopPack& pack, Lang lang);
// "0:00", "1:35".
std::string clock(int minutes);
// "2 h 35 min" / "2時間35分"; "45 min" under an hour.
std::string duration_text(int minutes, Lang lang);
// The minutes of a case's injects together.
int tabletop_minutes(const Case& c);

// The pack's title: with the organisation's name when there is a Result.
std::string pack_title(const WorkshopPack& pack, Lang lang);
// The purpose paragraph of the guide.
std::string purpose_text(const WorkshopPack& pack, Lang lang);

// The guide's fixed lists.
inline constexpr Word kRoles[] = {Word::role_facilitator, Word::role_note_taker, Word::role_it,
                                  Word::role_security,    Word::role_management, Word::role_business,
                                  Word::role_contractor,  Word::role_communications};
inline constexpr Word kRunningInjects[] = {Word::run_1, Word::run_2, Word::run_3, Word::run_4, Word::run_5};
inline constexpr Word kGroundRules[] = {Word::rule_1, Word::rule_2, Word::rule_3, Word::rule_4, Word::rule_5};

}  // namespace tenken::ws
