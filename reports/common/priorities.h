// What a gap report puts first, whatever its format: a short summary said in sentences, the
// action plan (the few pieces of work that close the most serious gaps), the questions whose
// answers would decide the most rules, and scores that say how much of them rests on answers.
// All of it is worked out from the Result alone; renderers only lay it out and escape it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tenken/result.h"
#include "tenken/rule.h"
#include "tenken/text.h"

namespace tenken {

// Below this share of the questions answered (Coverage::percent), a report does not score.
inline constexpr double kMinCoverageToScore = 60.0;

// One item of the action plan: an action of the library's catalog (rules/actions.yaml) with the
// failed rules it closes, or a failed rule that no action lists, named by its title.
struct PlannedAction {
  std::string id;      // the action's id, or the rule's
  LocalizedText text;  // one sentence: what to do
  Severity severity = Severity::info;    // of the most severe rule it closes
  std::vector<const RuleResult*> rules;  // the failed rules it closes, most severe first, then by id
  std::vector<std::string> cases;        // the cases behind those rules, most cited first, then by id
};

// Every action that closes a failed rule (waived rules are not gaps), most urgent first: by
// severity, then by how many rules it closes, then by how many cases stand behind it, then by id.
std::vector<PlannedAction> action_plan(const Result& r);
// The number of items the plan shows before "and N more".
inline constexpr size_t kPlanItems = 10;

// A question still to answer, with the unknown rules that wait for it.
struct DecidingQuestion {
  const QuestionNeeded* question;
  std::vector<const RuleResult*> rules;  // unknown rules that need it, most severe first
  Severity severity = Severity::info;    // of the most severe of them
};
// The questions still to answer, those that decide the most rules first (then the most severe,
// then in questionnaire order). Only rules that are still unknown are counted.
std::vector<DecidingQuestion> deciding_questions(const Result& r);

// The scores a report can honestly give, and what each rests on.
struct ScoreView {
  bool enough_answered = false;  // coverage at least kMinCoverageToScore
  double coverage = 0;           // percent of the questions asked that are answered
  int decided = 0;               // rules that passed or failed (waived ones left out)
  int unknown = 0;               // rules still unknown
  std::optional<double> known;   // weight met over the weight of the rules decided; none if none
  std::optional<double> xccdf;   // Summary::score: unknown rules count as not met
};
ScoreView score_view(const Result& r);

// The summary that opens a report: three to five sentences on what was answered, what is in
// place and missing, where the worst gaps are and what shows why they matter, and where to start.
std::string executive_summary(const Result& r, Lang lang);

// "answers.yaml" for "/home/sato/2026/answers.yaml": the answer file by its name, as reports show it.
std::string file_name_of(const std::string& path);

}  // namespace tenken
