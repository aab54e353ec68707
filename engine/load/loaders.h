// Private interface between the per-kind loaders and load_library().
#pragma once

#include <vector>

#include "load/yaml_document.h"
#include "tenken/checklist.h"
#include "tenken/diagnostic.h"
#include "tenken/rule.h"

namespace tenken::load {

// `sections:` of a checklist file → sections and questions appended to `out`.
void load_sections(const yaml::Node& sections, Checklist& out, Diagnostics& diags);
// `rules:` of a rule file → rules appended to `out`.
void load_rules(const yaml::Node& rules, std::vector<Rule>& out, Diagnostics& diags);

}  // namespace tenken::load
