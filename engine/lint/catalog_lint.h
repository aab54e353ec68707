// Checks that a library's rules, categories and case catalog agree (see catalog_lint.cc).
#pragma once

#include "tenken/diagnostic.h"
#include "tenken/engine.h"

namespace tenken {

void lint_catalog(const Library& lib, Diagnostics& diags);

}  // namespace tenken
