// Private interface between the per-kind loaders and load_library().
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "load/yaml_document.h"
#include "tenken/answers.h"
#include "tenken/catalog.h"
#include "tenken/checklist.h"
#include "tenken/diagnostic.h"
#include "tenken/rule.h"

namespace tenken::load {

// `sections:` of a checklist file → sections and questions appended to `out`.
void load_sections(const yaml::Node& sections, Checklist& out, Diagnostics& diags);
// `rules:` of a rule file → rules appended to `out`.
void load_rules(const yaml::Node& rules, std::vector<Rule>& out, Diagnostics& diags);
// `categories:` → categories appended to `out`, in file order.
void load_categories(const yaml::Node& categories, std::vector<Category>& out, Diagnostics& diags);
// `cases:` → cases inserted into `out`, which stays sorted by id.
void load_cases(const yaml::Node& cases, std::vector<Case>& out, Diagnostics& diags);
// `actions:` — the work that closes rules together, for the reports' action plan.
void load_actions(const yaml::Node& actions, std::vector<Action>& out, Diagnostics& diags);

// The `answers:` mapping of an answer file (question id → answer) → out.answers.
void read_answer_entries(const yaml::Node& answers, Answers& out, Diagnostics& diags);
// An assessment date (YYYY-MM-DD) → out.assessment.date; `what` names it in messages.
void read_assessment_date(const yaml::Node& date, std::string_view what, Answers& out, Diagnostics& diags);
// organization.sector and organization.size as written → the id of sectors() or size_bands()
// (tenken/organization_profile.h): the id itself or the entry's name in Japanese or English, in
// any letter case, full-width or not. "" for an empty value; anything else is reported at `at`
// (the value's position) and gives "".
std::string sector_id(std::string_view written, const Origin& at, Diagnostics& diags);
std::string size_band_id(std::string_view written, const Origin& at, Diagnostics& diags);

}  // namespace tenken::load
