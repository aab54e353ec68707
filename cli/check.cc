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
  if (!plan_outputs(o.output, outputs) || !input_file_exists(o.answers)) return kExitError;
  Diagnostics diags;
  CompiledLibraryPtr library = load_library(o.library, diags);
  if (!library) {
    print_diagnostics(diags);
    return kExitError;
  }
  std::optional<Result> assessed = assess_answer_file(*library, o.answers, diags);
  std::optional<Result> previous;
  bool previous_read = read_previous_result(o.output, *library, diags, previous);
  print_diagnostics(diags);
  if (!assessed || !previous_read) return kExitError;
  Result& result = *assessed;
  if (previous) warn_if_not_previous(o.output, *previous, result);
  if (!apply_waiver_file(o.output, result) ||
      !write_outputs(result, o.output, outputs, previous ? &*previous : nullptr))
    return kExitError;
  return exit_code_for(result, o.fail_on);
}

}  // namespace

void setup_check(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<CheckOptions>();
  CLI::App* sub = app.add_subcommand("check", word(CliWord::cmd_check));
  sub->add_option("answers", o->answers, word(CliWord::pos_answers))->required();
  add_library_options(*sub, o->library);
  add_output_options(*sub, o->output);
  sub->add_option("--previous", o->output.previous, word(CliWord::opt_previous));
  sub->add_option("--fail-on", o->fail_on, word(CliWord::opt_fail_on))
      ->check(CLI::IsMember({"info", "low", "medium", "high", "critical", "never"}))
      ->default_str("low");
  sub->callback([o, &exit_code]() { exit_code = run_check(*o); });
}

}  // namespace tenken::cli
