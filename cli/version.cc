// tenken version: the tool's version, the Result format version, and what the built-in library holds.
#include <fmt/format.h>

#include "cli/common.h"
#include "cli/subcommands.h"

namespace tenken::cli {

void setup_version(CLI::App& app, int& exit_code) {
  CLI::App* sub = app.add_subcommand("version", "Print the version of tenken and of its built-in library");
  sub->callback([&exit_code]() {
    StatusOr<Library> builtin = builtin_library();
    if (!print_if_failed(builtin.status())) {
      exit_code = kExitError;
      return;
    }
    const Library& lib = builtin.value();
    fmt::print("tenken {}\nresult format {}\nbuilt-in library: {} rules, {} questions in {} sections, {} cases\n",
               tenken_version(), kResultFormatVersion, lib.rules.size(), lib.checklist.questions.size(),
               lib.checklist.sections.size(), lib.cases.size());
    exit_code = kExitOk;
  });
}

}  // namespace tenken::cli
