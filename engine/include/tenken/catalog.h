// The catalog beside the rules: the categories rules report under, and the incident cases whose
// lessons the rules teach (rules/categories.yaml, rules/cases/*.yaml).
#pragma once

#include <string>
#include <vector>

#include "tenken/source.h"
#include "tenken/text.h"

namespace tenken {

struct Category {
  std::string id;  // "backup"
  LocalizedText title;
  Origin origin;
};

// One lesson of a case, and the rules that teach it.
struct Lesson {
  LocalizedText title;
  LocalizedText text;
  std::vector<std::string> rules;
  std::vector<Origin> rule_origins;  // parallel to `rules`
  Origin origin;
};

// A piece of work that closes rules together (rules/actions.yaml): what a gap report's action
// plan lists, one sentence each, instead of one item per failed rule.
struct Action {
  std::string id;     // "backups-isolated"
  LocalizedText text;  // one imperative sentence
  std::vector<std::string> rules;    // the rules it closes
  std::vector<Origin> rule_origins;  // parallel to `rules`
  Origin origin;
};

struct CaseSource {
  LocalizedText report;  // "2021年度 重要インフラにおける補完調査（…）"
  int number = 0;        // the case's number in that report (事例6 → 6)
};

// A question for a workshop's discussion, and the checklist questions whose answers the group
// looks at while discussing it (`tenken workshop` shows the organisation's answers to them).
struct DiscussionItem {
  LocalizedText text;
  std::vector<std::string> questions;    // checklist question ids, 0 to 4
  std::vector<Origin> question_origins;  // parallel to `questions`
  Origin origin;
};

// One timed step of a tabletop exercise: what the facilitator announces at a moment of the
// story, the questions put to the group, and what a good answer covers.
struct Inject {
  LocalizedText at;       // the moment in the story: "Day 1, 08:30"
  int minutes = 0;        // the time the group spends on it, 5 to 60
  LocalizedText inject;   // what happens
  std::vector<LocalizedText> questions;  // the facilitator asks these, 1 to 4
  LocalizedText look_for;  // what the facilitator listens for
  Origin origin;
};

// An incident case, told in the six parts of the NISC reports.
struct Case {
  std::string id;  // "nisc-2021-06"
  LocalizedText title;
  CaseSource source;
  LocalizedText summary, background, detection, response, cause, measures;
  std::vector<Lesson> lessons;
  std::vector<DiscussionItem> discussion;  // questions for a workshop
  std::vector<Inject> tabletop;  // a tabletop exercise of 2 or 3 injects, or none
  Origin tabletop_origin;        // where 'tabletop' was written, when it was
  Origin origin;
};

}  // namespace tenken
