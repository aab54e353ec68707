// Each subcommand lives in its own file and registers itself on the app (CLI11's
// subcom_in_files pattern): an options struct, a setup function, a run function.
// `exit_code` receives the subcommand's exit status.
#pragma once

#include <CLI/CLI.hpp>

namespace tenken::cli {

void setup_aggregate(CLI::App& app, int& exit_code);
void setup_batch(CLI::App& app, int& exit_code);
void setup_cases(CLI::App& app, int& exit_code);
void setup_check(CLI::App& app, int& exit_code);
void setup_compare(CLI::App& app, int& exit_code);
void setup_diff(CLI::App& app, int& exit_code);
void setup_explain(CLI::App& app, int& exit_code);
void setup_form(CLI::App& app, int& exit_code);
void setup_interview(CLI::App& app, int& exit_code);
void setup_lint(CLI::App& app, int& exit_code);
void setup_report(CLI::App& app, int& exit_code);
void setup_template(CLI::App& app, int& exit_code);
void setup_test(CLI::App& app, int& exit_code);
void setup_version(CLI::App& app, int& exit_code);
void setup_workshop(CLI::App& app, int& exit_code);

}  // namespace tenken::cli
