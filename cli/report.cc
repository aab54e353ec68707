// tenken report RESULT.json: renders a saved Result again, in any format and language, with
// this year's waivers if given, without evaluating anything; the rules' texts come from the
// library (--rules and --checklist as `check` takes them). Exit 0, or 1 on any error.
#include <fmt/format.h>

#include <memory>
#include <optional>

#include "cli/common.h"
#include "cli/output.h"
#include "cli/subcommands.h"
#include "tenken/reports/render.h"

namespace tenken::cli {
namespace {

struct ReportOptions {
  std::string result;
  LibraryOptions library;
  OutputOptions output;
};

int run_report(const ReportOptions& o) {
  std::vector<Output> outputs;
  if (!plan_outputs(o.output, outputs) || !input_file_exists(o.result)) return kExitError;
  CompiledLibraryPtr library = load_library_and_report(o.library);
  if (!library) return kExitError;
  Diagnostics diags;
  std::optional<Result> result = read_saved_result(o.result, *library, diags);
  std::optional<Result> previous;
  bool previous_read = read_previous_result(o.output, *library, diags, previous);
  print_diagnostics(diags);
  if (result && previous) warn_if_not_previous(o.output, *previous, *result);
  if (!result || !previous_read || !apply_waiver_file(o.output, *result) ||
      !write_outputs(*result, o.output, outputs, previous ? &*previous : nullptr))
    return kExitError;
  return kExitOk;
}

}  // namespace

void setup_report(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<ReportOptions>();
  CLI::App* sub = app.add_subcommand("report", word(CliWord::cmd_report));
  sub->add_option("result", o->result, word(CliWord::pos_result))->required();
  add_library_options(*sub, o->library);
  add_output_options(*sub, o->output);
  sub->add_option("--previous", o->output.previous, word(CliWord::opt_previous));
  sub->callback([o, &exit_code]() { exit_code = run_report(*o); });
}

}  // namespace tenken::cli
