// Shared subcommand plumbing; see common.h.
#include "cli/common.h"

#include "tenken/utf8.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <set>

namespace tenken::cli {

void add_library_options(CLI::App& sub, LibraryOptions& o) {
  sub.add_option("--rules", o.rule_dirs, word(CliWord::opt_rules))->allow_extra_args(false);
  sub.add_option("--checklist", o.checklist_files, word(CliWord::opt_checklist))->allow_extra_args(false);
  sub.add_flag("--no-builtin", [&o](int64_t) { o.builtin = false; }, word(CliWord::opt_no_builtin));
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
  for (const Diagnostic& d : diags.sorted()) std::fputs(format_diagnostic(d, color, ui_lang()).c_str(), stderr);
  std::fputs(diags.not_shown_note(ui_lang()).c_str(), stderr);
}

Lang resolve_lang(const std::string& option) {
  if (option == "ja") return Lang::ja;
  if (option == "en") return Lang::en;
  return ui_lang();
}

bool usage_error(std::string_view message) {
  to_stderr("{}\n", say(CliWord::error_line, message));
  return false;
}

void warning(std::string_view message) { to_stderr("{}\n", say(CliWord::warning_line, message)); }

namespace {

// The ids that begin with what was typed, but for a slip ('backup-isolatd' for
// backup-isolated-copy): one edit in every six characters, at least six typed.
std::vector<std::string> slipped_starts(const std::string& typed, const std::vector<std::string>& ids, size_t most) {
  constexpr size_t kShortestStart = 6;
  std::vector<std::string> out;
  if (typed.size() < kShortestStart) return out;
  for (const std::string& id : ids)
    if (id.size() > typed.size() && out.size() < most &&
        edit_distance(typed, std::string_view(id).substr(0, typed.size())) <= typed.size() / 6)
      out.push_back("'" + id + "'");
  return out;
}

}  // namespace

std::string nearest_ids_hint(const std::string& typed, const std::vector<std::string>& ids,
                             std::string_view otherwise) {
  constexpr size_t kMostShown = 5;
  if (std::string hint = did_you_mean_hint(typed, ids); !hint.empty()) return hint;
  std::vector<std::string> containing;
  for (const std::string& id : ids)
    if (!typed.empty() && id.find(typed) != std::string::npos && containing.size() < kMostShown)
      containing.push_back("'" + id + "'");
  if (containing.empty()) containing = slipped_starts(typed, ids, kMostShown);
  if (containing.empty()) return std::string(otherwise);
  if (containing.size() == 1) return say(CliWord::did_you_mean, containing[0].substr(1, containing[0].size() - 2));
  return say(CliWord::did_you_mean_one_of, join_list(containing));
}

bool input_file_exists(const std::string& path) {
  std::error_code ec;
  if (path == "-" || std::filesystem::exists(path, ec) || ec) return true;
  to_stderr("{}\n", say(CliWord::no_such_input, path));
  return false;
}

bool print_if_failed(const Status& status) {
  if (status.is_ok()) return true;
  return usage_error(status.message());
}

void print_message(std::string_view message) {
  std::fputs(utf8::make_visible(message, U"\n").c_str(), stderr);
}

namespace {

bool is_json(const std::filesystem::path& p) {
  std::string ext = p.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".json";
}

}  // namespace

bool find_result_files(const std::vector<std::string>& inputs, std::vector<std::string>& files) {
  namespace fs = std::filesystem;
  std::set<fs::path> seen;
  auto add = [&](const std::string& file) {
    std::error_code ec;
    if (seen.insert(fs::absolute(file, ec).lexically_normal()).second) files.push_back(file);
    else warning(say(CliWord::given_twice, file));
  };
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (!fs::is_directory(input, ec)) {
      add(input);  // read_source reports a file that is missing or not regular
      continue;
    }
    std::vector<std::string> found;
    for (fs::directory_iterator it(input, ec), end; !ec && it != end; it.increment(ec))
      if (is_json(it->path()) && !it->is_directory(ec)) found.push_back(it->path().string());
    if (ec) return usage_error(say(CliWord::cannot_read_folder, input, ec.message()));
    std::sort(found.begin(), found.end());
    for (const std::string& f : found) add(f);
  }
  if (files.empty()) return usage_error(word(CliWord::no_result_files));
  return true;
}

}  // namespace tenken::cli
