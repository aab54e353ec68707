// What `check` and `report` share after a Result exists: applying a waivers file, and writing the
// Result in every format asked for (`--format NAME` or `--format NAME:PATH`, repeatable). All
// formats are rendered before any file is written, and every file is written whole or not at all.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "tenken/reports/formats.h"
#include "tenken/diagnostic.h"
#include "tenken/result.h"
#include "cli/output_files.h"

namespace tenken::cli {

struct OutputOptions {
  std::vector<std::string> formats;  // "term", "md:gaps.md"
  std::string output;                // -o: the path of a format given without one
  std::string lang;
  bool csv_bom = false;
  std::string waivers;
  int warn_expiring = -1;  // days; negative: no warning
  std::string previous;    // --previous (check, report): the saved Result of an earlier assessment
};

// Adds --format, -o, --lang, --csv-bom, --waivers and --warn-expiring.
void add_output_options(CLI::App& sub, OutputOptions& options);

struct Output {
  const Format* format;
  std::string path;  // "" or "-": standard output
};

// The format named `name`; null after printing "unknown format" with the known ones and
// did-you-mean.
const Format* find_format_or_report(const std::string& name);

// Checks the --format and -o options before any work is done: known format names (with
// did-you-mean), at most one format on standard output, no two formats to one file, no binary
// format on a terminal. Returns false after printing the problem.
bool plan_outputs(const OutputOptions& options, std::vector<Output>& outputs);

// A saved Result (tenken check --format json), its rules' texts from `library`, or nullopt after
// adding its problems to `diags`.
std::optional<Result> read_saved_result(const std::string& path, const CompiledLibrary& library,
                                        Diagnostics& diags, OtherLibrary other_library = OtherLibrary::warn);

// Reads --previous (if given) into `previous`, its problems added to `diags`; false when it was
// given and could not be read.
bool read_previous_result(const OutputOptions& options, const CompiledLibrary& library, Diagnostics& diags,
                          std::optional<Result>& previous);

// Warns when the --previous Result is of another organization, or not assessed before `now`:
// the chart would compare what should not be compared.
void warn_if_not_previous(const OutputOptions& options, const Result& previous, const Result& now);

// Loads --waivers (if given) and applies it to `result`; false after printing the problems.
bool apply_waiver_file(const OutputOptions& options, Result& result);

// Renders `result` in every output: the files to write, or why a rendering failed. `previous`: the
// earlier assessment the HTML report draws beside it (RenderOptions::previous), or null.
StatusOr<std::vector<OutputFile>> render_outputs(const Result& result, const OutputOptions& options,
                                                 const std::vector<Output>& outputs,
                                                 const Result* previous = nullptr);

// Renders every output, then writes them; false after printing an error (no file is left
// half-written, and none is written when a rendering fails).
bool write_outputs(const Result& result, const OutputOptions& options, const std::vector<Output>& outputs,
                   const Result* previous = nullptr);

}  // namespace tenken::cli
