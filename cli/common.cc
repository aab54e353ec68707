// Shared subcommand plumbing; see common.h.
#include "cli/common.h"

#include "tenken/utf8.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace tenken::cli {

void add_library_options(CLI::App& sub, LibraryOptions& o) {
  sub.add_option("--rules", o.rule_dirs,
                 "Directory of rule or checklist files that add to or override the built-in library "
                 "(repeatable)")
      ->allow_extra_args(false);
  sub.add_option("--checklist", o.checklist_files, "Checklist file that adds or overrides questions (repeatable)")
      ->allow_extra_args(false);
  sub.add_flag("--no-builtin", [&o](int64_t) { o.builtin = false; },
               "Use only the --rules and --checklist given, not the built-in library");
}

CompiledLibraryPtr load_library(const LibraryOptions& options, Diagnostics& diags, bool keep_going) {
  Library library;
  if (options.builtin) {
    StatusOr<Library> builtin = builtin_library();
    if (!print_if_failed(builtin.status())) return nullptr;
    library = std::move(builtin.value());
  }
  for (const std::string& dir : options.rule_dirs)
    overlay_library(library, tenken::load_library(sources_in_directory(dir, diags), diags));
  for (const std::string& file : options.checklist_files) {
    std::vector<std::shared_ptr<const Source>> files;
    if (auto s = read_source(file, diags)) files.push_back(std::move(s));
    overlay_library(library, tenken::load_library(files, diags));
  }
  if (diags.has_errors() && !keep_going) return nullptr;
  return compile(std::move(library), diags);
}

CompiledLibraryPtr load_library_and_report(const LibraryOptions& options) {
  Diagnostics diags;
  CompiledLibraryPtr compiled = load_library(options, diags);
  print_diagnostics(diags);
  return compiled;
}

bool use_color(int fd) {
  const char* no_color = std::getenv("NO_COLOR");
  return isatty(fd) && !(no_color && *no_color);
}

void print_diagnostics(const Diagnostics& diags) {
  bool color = use_color(STDERR_FILENO);
  for (const Diagnostic& d : diags.sorted()) std::fputs(format_diagnostic(d, color).c_str(), stderr);
  std::fputs(diags.not_shown_note().c_str(), stderr);
}

Lang resolve_lang(const std::string& option) {
  if (option == "ja") return Lang::ja;
  if (option == "en") return Lang::en;
  return lang_from_environment();
}

bool usage_error(std::string_view message) {
  to_stderr("error: {}\n", message);
  return false;
}

bool print_if_failed(const Status& status) {
  if (status.is_ok()) return true;
  to_stderr("error: {}\n", status.message());
  return false;
}

void print_message(std::string_view message) {
  std::fputs(utf8::make_visible(message, U"\n").c_str(), stderr);
}

}  // namespace tenken::cli
