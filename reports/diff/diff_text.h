// What every diff format shows the same way (render_diff.h): the lists of changes in order, the
// text of a state change, the rows of the score table and the counts of changes. Plain text:
// each format escapes it for itself.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/messages.h"
#include "tenken/diff.h"

namespace tenken {

struct DiffSection {
  Change change;
  Msg heading;
};
// resolved, new_gap, regressed, still_open, now_unknown, removed (renamed rules are listed apart).
const std::vector<DiffSection>& diff_sections();

// "fail → pass", "fail, waived → fail", "not in the library → fail"; with ", renamed from X" for a
// renamed rule.
std::string state_change_text(const RuleChange& c, Lang lang);
// "+7.5", "-2.0", "0.0"; "-" when either side has no score.
std::string score_delta_text(const ScoreChange& s);
// "62.5" or "-".
std::string score_text(const std::optional<double>& score);

// One row of the score table: what is scored ("Overall (default model)", a category's title).
struct ScoreLine {
  std::string name;
  const ScoreChange& score;
};
// The overall score, the overall score after waivers when waivers changed it, then each category.
std::vector<ScoreLine> score_lines(const ResultDiff& d, Lang lang);

// "10 resolved, 0 new, 1 regressed, 7 still open, 2 now unanswered".
std::string changes_text(const ResultDiff& d, Lang lang);

}  // namespace tenken
