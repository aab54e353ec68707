// Renderers of a year-over-year comparison (tenken/diff.h): what changed between last year's
// Result and this year's, for a terminal, Markdown, HTML and JSON. Pure, like render.h: text
// out, no files, no clock.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "reports/messages.h"
#include "reports/render.h"
#include "tenken/diff.h"

namespace tenken {

// Header (organisation, both assessments), counts of each change, the score per category before
// and now, then the rules resolved, new, regressed, still open, now unanswered, removed and
// renamed, each list most severe first.
std::string render_diff_terminal(const ResultDiff& d, const RenderOptions& o);
std::string render_diff_markdown(const ResultDiff& d, const RenderOptions& o);
std::string render_diff_html(const ResultDiff& d, const RenderOptions& o);
// Machine-readable: {"version", "before", "now", "scores", "changes"}; keys in a fixed order.
std::string render_diff_json(const ResultDiff& d, const RenderOptions& o);

// What every diff format shares: the headings in order, and the text of a state change.
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

}  // namespace tenken
