// Checks that a library's rules, categories and case catalog agree (see catalog_lint.cc).
#pragma once

#include "tenken/diagnostic.h"
#include "tenken/engine.h"

namespace tenken {

void lint_catalog(const Library& lib, Diagnostics& diags);
// Checks that the action catalog names rules that exist, each once (see action_lint.cc).
void lint_actions(const Library& lib, Diagnostics& diags);

}  // namespace tenken
