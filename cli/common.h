// What the subcommands share: assembling the library from the built-in files and the user's
// --rules/--checklist options, printing diagnostics and choosing the language (writing files: output_files.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "tenken/engine.h"
#include "cli/cli_words.h"
#include "cli/output_files.h"
#include "tenken/status.h"

namespace tenken::cli {

// Exit codes (BRIEF.md): 0 ok, 1 usage/input/content error, 2 failures, 3 unanswered only.
inline constexpr int kExitOk = 0;
inline constexpr int kExitError = 1;
inline constexpr int kExitFail = 2;
inline constexpr int kExitUnknown = 3;

struct LibraryOptions {
  std::vector<std::string> rule_dirs;
  std::vector<std::string> checklist_files;
  bool builtin = true;
};

// Adds --rules, --checklist and --no-builtin to a subcommand.
void add_library_options(CLI::App& sub, LibraryOptions& options);

// Loads and compiles the library; null after reporting when anything is in error. With
// `keep_going` (lint), what loaded is compiled even after load errors, so that one run reports
// problems of every stage; the caller must then check diags.has_errors() itself.
CompiledLibraryPtr load_library(const LibraryOptions& options, Diagnostics& diags, bool keep_going = false);

// load_library, then prints the diagnostics (warnings too); null after an error.
CompiledLibraryPtr load_library_and_report(const LibraryOptions& options);

// Prints diagnostics to stderr, sorted, coloured when stderr is a terminal and NO_COLOR is unset.
void print_diagnostics(const Diagnostics& diags);

// True when `fd` is a terminal and NO_COLOR is not set.
bool use_color(int fd);

// The language of an option "ja", "en" or empty: empty is the command line's language (ui_lang:
// a --lang given anywhere on the command line, else the locale's).
Lang resolve_lang(const std::string& option);

// Prints "error: MESSAGE" in the command line's language (a problem with the command line or its
// paths); returns false.
bool usage_error(std::string_view message);

// Prints "warning: MESSAGE" in the command line's language.
void warning(std::string_view message);

// What to append to "unknown rule 'x'" and the like: did you mean the closest id; else, when ids
// contain what was typed ("backup"), did you mean one of those (up to five); else `otherwise`.
std::string nearest_ids_hint(const std::string& typed, const std::vector<std::string>& ids,
                             std::string_view otherwise);

// Every saved Result named (aggregate, compare): a file as given, a folder's *.json directly
// inside it, sorted by name; a file named twice is listed once, with a warning. False after
// printing the problem (a folder that cannot be read; no file at all).
bool find_result_files(const std::vector<std::string>& inputs, std::vector<std::string>& files);

// True when `path` is "-" or names something that exists. Otherwise prints "PATH: error: cannot
// open: No such file or directory" as read_source would, but in the command line's language: a
// mistyped file name is the commonest mistake, and is found before the library is loaded. Any other
// problem with the file is left to read_source.
bool input_file_exists(const std::string& path);

// Prints "error: MESSAGE" for a failed status; true when it is ok.
bool print_if_failed(const Status& status);

// Prints a message to standard error with every hidden character but the line feed shown visibly
// (utf8::make_visible), since messages quote paths, ids and names from files and the command line:
// an escape sequence in one must not drive the user's terminal.
void print_message(std::string_view message);
template <typename... Args>
void to_stderr(fmt::format_string<Args...> format, Args&&... args) {
  print_message(fmt::format(format, std::forward<Args>(args)...));
}

}  // namespace tenken::cli
