// Views of the library itself rather than of a Result: `tenken explain RULE` (a rule with its
// rationale, recommendation, references and the stories of its cases), `tenken cases [ID]` (the
// case catalog) and the coverage table case → lesson → rules (docs/coverage.md). Pure functions:
// text in, text out, the same library gives the same bytes.
#pragma once

#include <string>

#include "tenken/engine.h"
#include "tenken/reports/render.h"

namespace tenken {

// One line per rule: id, severity and title, grouped by category in the library's order.
std::string render_rule_list(const Library& library, const RenderOptions& o);
// `questions`: the ids of the questions the rule reads (questions_read), in questionnaire order.
std::string render_rule_explanation(const Rule& rule, const Library& library,
                                    const std::vector<std::string>& questions, const RenderOptions& o);
std::string render_case(const Case& c, const Library& library, const RenderOptions& o);
std::string render_case_list(const Library& library, const RenderOptions& o);
// A Markdown table of every case's lessons and the rules that teach them, in both languages.
std::string render_coverage_markdown(const Library& library);

}  // namespace tenken
