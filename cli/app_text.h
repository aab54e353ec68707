// What CLI11 itself shows, in the command line's language (cli_words.h): the help's headings and
// layout, and the errors of parsing the command line, reworded with did-you-mean for a mistyped
// subcommand, option or value. It decides nothing about what a subcommand does.
#pragma once

#include <CLI/CLI.hpp>

namespace tenken::cli {

// Gives `app` the command line's help flag text, headings ("Usage", "Options", ...) and a help
// layout that lines up Japanese text. Call before any subcommand is added: subcommands take these
// from the app when they are made.
void localize_app(CLI::App& app);

// Names each option's value in the help by what it is (FILE, DIR, FORMAT[:PATH], SEVERITY, N)
// instead of CLI11's type (TEXT, INT). Call once every subcommand is added.
void name_values(CLI::App& app);

// Prints what `e` means: help or the version to standard output as CLI11 does (exit code 0), or
// the error to standard error in the command line's language with a pointer to --help (exit code
// kExitError).
int report_parse_error(CLI::App& app, const CLI::ParseError& e);

}  // namespace tenken::cli
