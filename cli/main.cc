// tenken: the command-line tool. A thin layer over the engine; see cli/<subcommand>.cc.
#include <CLI/CLI.hpp>

#include "cli/common.h"
#include "cli/subcommands.h"

int main(int argc, char** argv) {
  CLI::App app{"tenken (点検): self-assessment of infrastructure operators against lessons of real incidents"};
  app.name("tenken");
  app.require_subcommand(1);
  app.set_version_flag("--version", tenken::tenken_version());
  int exit_code = tenken::cli::kExitOk;
  tenken::cli::setup_template(app, exit_code);
  tenken::cli::setup_check(app, exit_code);
  tenken::cli::setup_interview(app, exit_code);
  tenken::cli::setup_form(app, exit_code);
  tenken::cli::setup_lint(app, exit_code);
  tenken::cli::setup_report(app, exit_code);
  tenken::cli::setup_diff(app, exit_code);
  tenken::cli::setup_test(app, exit_code);
  tenken::cli::setup_explain(app, exit_code);
  tenken::cli::setup_cases(app, exit_code);
  tenken::cli::setup_version(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? tenken::cli::kExitOk : tenken::cli::kExitError;
  }
  return exit_code;
}
