// Year over year: what changed between two Results of one organisation (last year's and this
// year's), rule by rule and in the scores. Rules are matched by id, and through `formerly` when a
// rule was renamed between the two library versions, so a rename is not a gap resolved plus a
// new gap. Pure: reads the two Results only.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tenken/result.h"

namespace tenken {

enum class Change {
  resolved,     // failed before; passes or no longer applies now
  new_gap,      // fails now; was not known to fail or pass before (unknown, not applicable,
                // needing an auditor, or a rule new to the library)
  regressed,    // passed before; fails now
  still_open,   // failed before and fails now
  now_unknown,  // failed before; now needs an answer, so whether it is fixed is not known
  removed,      // in the old Result only: the rule is no longer in the library
  unchanged,    // anything else (pass → pass, unknown → unknown, ...): counted, not listed
};
const char* format_as(Change c);  // "resolved", "new_gap", ...

// One rule in both Results (or in one of them). Gaps are judged on the rules' own states, so a
// waived failure is still a gap; the waiver is shown beside it.
struct RuleChange {
  Change change = Change::unchanged;
  std::string rule;      // the id in the new Result (the old id for a removed rule)
  std::string old_rule;  // the id in the old Result when the rule was renamed; else empty
  std::optional<State> old_state, new_state;  // absent where the rule is not in that Result
  bool old_waived = false, new_waived = false;  // under an active waiver
  Severity severity = Severity::medium;  // as in the new Result (old for removed)
  std::string category;
  LocalizedText title;
};

struct ScoreChange {
  std::string category;  // empty for the overall score
  LocalizedText title;
  std::optional<double> old_score, new_score;  // absent when nothing scored in that Result
};

struct ResultDiff {
  std::string old_path, new_path;  // the Result files, as given; set by the caller
  Organization old_organization, new_organization;
  std::string old_date, new_date;  // assessment dates
  ScoreChange score, score_after_waivers;  // overall, default model
  std::vector<ScoreChange> categories;     // in the new Result's category order, then old-only ones
  std::vector<RuleChange> rules;           // every rule: by change kind, most severe first, then id
  std::vector<CaseSummary> cases;          // from the new Result
};

ResultDiff diff_results(const Result& old_result, const Result& new_result);

// The listed changes of one kind, in ResultDiff order.
std::vector<const RuleChange*> changes_of(const ResultDiff& d, Change kind);
// The rules renamed between the two Results (whatever their change), in ResultDiff order.
std::vector<const RuleChange*> renamed_rules(const ResultDiff& d);
// The title of a category as either Result names it; the id when neither does.
std::string category_title(const ResultDiff& d, const std::string& category, Lang lang);

}  // namespace tenken
