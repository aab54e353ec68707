// tenken check ANSWERS: evaluates an answer file against the library, applies waivers and writes
// the gap report in every format asked for.
// Exit codes: 0 no failure at or above --fail-on; 2 an unwaived failure at or above it; 3 no such
// failure but rules at or above it still unknown (unanswered); 1 usage, input or content error.
#include <fmt/format.h>

#include <memory>

#include "cli/assess.h"
#include "cli/common.h"
#include "cli/output.h"
#include "cli/subcommands.h"

namespace tenken::cli {
namespace {

struct CheckOptions {
  std::string answers;
  LibraryOptions library;
  OutputOptions output;
  std::string fail_on = "low";
};

int run_check(const CheckOptions& o) {
  std::vector<Output> outputs;
  if (!plan_outputs(o.output, outputs)) return kExitError;
  Diagnostics diags;
  CompiledLibraryPtr library = load_library(o.library, diags);
  if (!library) {
    print_diagnostics(diags);
    return kExitError;
  }
  std::optional<Result> assessed = assess_answer_file(*library, o.answers, diags);
  print_diagnostics(diags);
  if (!assessed) return kExitError;
  Result& result = *assessed;
  if (!apply_waiver_file(o.output, result) || !write_outputs(result, o.output, outputs))
    return kExitError;
  return exit_code_for(result, o.fail_on);
}

}  // namespace

void setup_check(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<CheckOptions>();
  CLI::App* sub = app.add_subcommand("check", "Evaluate an answer file and report the gaps");
  sub->add_option("answers", o->answers, "Answer file (YAML or JSON; CSV when the name ends in .csv; - reads standard input)")->required();
  add_library_options(*sub, o->library);
  add_output_options(*sub, o->output);
  sub->add_option("--fail-on", o->fail_on,
                  "Lowest severity whose unwaived failure makes the exit code 2")
      ->check(CLI::IsMember({"info", "low", "medium", "high", "critical", "never"}))
      ->default_str("low");
  sub->callback([o, &exit_code]() { exit_code = run_check(*o); });
}

}  // namespace tenken::cli
