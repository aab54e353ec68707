// What `check` and `batch` do with one answer file, and how its Result becomes an exit code.
#pragma once

#include <optional>
#include <string>

#include "tenken/engine.h"

namespace tenken::cli {

// Reads an answer file (CSV when its name ends in .csv, any case; else YAML or JSON; "-" is
// standard input), binds it to the library and evaluates it. Nullopt after adding the problems
// to `diags`.
std::optional<Result> assess_answer_file(const CompiledLibrary& library, const std::string& path,
                                         Diagnostics& diags);

// The exit code of a Result under --fail-on (info ... critical, never): kExitFail for an unwaived
// failure at or above that severity, else kExitUnknown for such a rule still unknown, else kExitOk.
int exit_code_for(const Result& result, const std::string& fail_on);

}  // namespace tenken::cli
