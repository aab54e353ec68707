// Renderers of a year-over-year comparison (tenken/diff.h): what changed between last year's
// Result and this year's, for a terminal, Markdown, HTML and JSON. Pure, like render.h: text
// out, no files, no clock.
#pragma once

#include <string>

#include "tenken/diff.h"
#include "tenken/reports/render.h"

namespace tenken {

// Header (organisation, both assessments), counts of each change, the score per category before
// and now, then the rules resolved, new, regressed, still open, now unanswered, removed and
// renamed, each list most severe first.
std::string render_diff_terminal(const ResultDiff& d, const RenderOptions& o);
std::string render_diff_markdown(const ResultDiff& d, const RenderOptions& o);
std::string render_diff_html(const ResultDiff& d, const RenderOptions& o);
// Machine-readable: {"version", "before", "now", "scores", "changes"}; keys in a fixed order.
std::string render_diff_json(const ResultDiff& d, const RenderOptions& o);

}  // namespace tenken
