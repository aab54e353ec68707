// tenken compare RESULT.json... | DIR: trends over N assessments. Groups saved Results by
// organisation, orders each organisation's by assessment date and shows how its scores moved
// and which gaps stayed open, regressed, appeared or were resolved (tenken/trend.h). A folder
// stands for every *.json directly inside it, in name order; a file that cannot be read as a
// Result is reported (file:line:col) and skipped. Each Result is cut down to what the trend reads
// as soon as it is read (trend_essentials), so many organisations' Results fit in memory.
// Exit codes: 0 no organisation's latest assessment has a new gap or a regression against its
// previous one; 2 some organisation's has; 1 any file skipped, a usage error, no readable Result,
// or an output that could not be written (1 wins over 2).
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>
#include <set>

#include "cli/common.h"
#include "cli/output.h"
#include "cli/subcommands.h"
#include "tenken/reports/render.h"
#include "tenken/reports/render_trend.h"
#include "tenken/trend.h"

namespace tenken::cli {
namespace {

namespace fs = std::filesystem;

struct CompareCommand {
  std::vector<std::string> inputs;
  std::string format = "term";
  std::string output;
  std::string lang;
  bool csv_bom = false;
  LibraryOptions library;
};

bool to_stdout(const std::string& path) { return path.empty() || path == "-"; }

fs::path normal(const std::string& p) {
  std::error_code ec;
  return fs::absolute(p, ec).lexically_normal();
}

// The Result files (find_result_files), and none of them the output.
bool find_results(const CompareCommand& o, std::vector<std::string>& files) {
  if (!find_result_files(o.inputs, files)) return false;
  if (to_stdout(o.output)) return true;
  fs::path output = normal(o.output);
  for (const std::string& f : files)
    if (normal(f) == output)
      return usage_error(say(CliWord::output_over_result, o.output));
  return true;
}

// Reads every file in order, printing each one's problems; the Results that could be read.
std::vector<SavedResult> read_all(const std::vector<std::string>& files, const CompiledLibrary& library) {
  std::vector<SavedResult> results;
  size_t other_library = 0;
  std::string first_other;
  for (const std::string& file : files) {
    Diagnostics diags;
    std::optional<Result> result = read_saved_result(file, library, diags, OtherLibrary::quiet);
    print_diagnostics(diags);
    if (!result) continue;
    if (result->library_digest != library_digest(library) && other_library++ == 0) first_other = file;
    results.push_back({file, trend_essentials(*result)});
  }
  if (other_library)
    warning(say(CliWord::other_library, other_library, first_other));
  return results;
}

void warn_repeated_dates(const Trend& t) {
  for (const OrganizationTrend& o : t.organizations)
    for (const std::string& date : o.repeated_dates) {
      std::vector<std::string> files;
      for (const TrendPoint& p : o.assessments)
        if (p.date == date) files.push_back(p.file);
      warning(say(CliWord::repeated_dates, files.size(), o.name, date, join_list(files)));
    }
}

int run_compare(const CompareCommand& o) {
  std::vector<std::string> files;
  if (!find_results(o, files)) return kExitError;
  CompiledLibraryPtr library = load_library_and_report(o.library);
  if (!library) return kExitError;
  std::vector<SavedResult> results = read_all(files, *library);
  int skipped = static_cast<int>(files.size() - results.size());
  if (skipped)
    to_stderr("{}\n", say(CliWord::results_skipped_compare, files.size(), files.size() == 1 ? "" : "s",
                          results.size(), skipped));
  if (results.empty()) {
    usage_error(word(CliWord::nothing_to_compare));
    return kExitError;
  }
  Trend trend = compare_trends(std::move(results));
  trend.files_skipped = skipped;
  warn_repeated_dates(trend);
  RenderOptions ro;
  ro.lang = resolve_lang(o.lang);
  ro.color = o.format == "term" && to_stdout(o.output) && use_color(STDOUT_FILENO);
  ro.csv_bom = o.csv_bom;
  if (!print_if_failed(write_output(o.output, find_trend_format(o.format)->render(trend, ro)))) return kExitError;
  if (skipped) return kExitError;
  return trend.worse_in_latest ? kExitFail : kExitOk;
}

std::vector<std::string> format_names() {
  std::vector<std::string> names;
  for (const TrendFormat& f : trend_formats()) names.emplace_back(f.name);
  return names;
}

}  // namespace

void setup_compare(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<CompareCommand>();
  CLI::App* sub = app.add_subcommand("compare", word(CliWord::cmd_compare));
  sub->add_option("inputs", o->inputs, word(CliWord::pos_result_inputs))->required();
  sub->add_option("--format", o->format, word(CliWord::opt_format_plain))
      ->check(CLI::IsMember(format_names()))
      ->default_str("term");
  sub->add_option("-o,--output", o->output, word(CliWord::opt_output_comparison));
  sub->add_option("--lang", o->lang, word(CliWord::opt_lang_plain))->check(CLI::IsMember({"ja", "en"}));
  sub->add_flag("--csv-bom", o->csv_bom, word(CliWord::opt_csv_bom));
  add_library_options(*sub, o->library);
  sub->footer(word(CliWord::compare_exit_codes));
  sub->callback([o, &exit_code]() { exit_code = run_compare(*o); });
}

}  // namespace tenken::cli
