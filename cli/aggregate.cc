// tenken aggregate RESULT.json... | DIR: the sector view over many organisations' saved Results,
// for a regulator or an ISAC. Results are read on every core (--jobs), each reduced at once to
// a small record (tenken/aggregate.h) and dropped, so ten thousand Results never sit in memory
// together; the statistics are computed from the records in input order, so every output is the
// same bytes whatever --jobs is. A file that cannot be read as a Result is reported
// (file:line:col, as `report` prints it) and skipped; the others are still aggregated. Rule and
// category titles come from the library `check` uses (built in, or --rules / --checklist),
// never from the Results.
// Exit codes: 0 every file read and every output written; 1 otherwise (any file skipped, a usage
// error, no usable Result at all, or an output that could not be written).
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <optional>
#include <thread>

#include "cli/common.h"
#include "cli/output.h"
#include "cli/output_files.h"
#include "cli/subcommands.h"
#include "tenken/aggregate.h"
#include "tenken/reports/render.h"
#include "tenken/reports/render_aggregate.h"

namespace tenken::cli {
namespace {

namespace fs = std::filesystem;

struct AggregateCommand {
  std::vector<std::string> inputs;
  std::vector<std::string> formats;  // "term", "csv:orgs.csv"
  std::string output;                // -o: the path of the format given without one
  std::string by = "sector";
  bool anonymise = false;
  std::string lang;
  bool csv_bom = false;
  unsigned jobs = 0;  // 0: one per core
  LibraryOptions library;
};

struct PlannedOutput {
  const AggregateFormat* format;
  std::string path;  // "" or "-": standard output
};

bool to_stdout(const std::string& path) { return path.empty() || path == "-"; }

std::vector<std::string> format_names() {
  std::vector<std::string> names;
  for (const AggregateFormat& f : aggregate_formats()) names.emplace_back(f.name);
  return names;
}

// As `check` plans its outputs (output.h): known names, at most one on standard output, no two
// to one file, no workbook on a terminal. False after printing the problem.
bool plan_outputs(const AggregateCommand& o, std::vector<PlannedOutput>& outputs) {
  int on_stdout = 0;
  for (const std::string& spec : o.formats.empty() ? std::vector<std::string>{"term"} : o.formats) {
    size_t colon = spec.find(':');
    std::string name = spec.substr(0, colon);
    const AggregateFormat* format = find_aggregate_format(name);
    if (!format)
      return usage_error(say(CliWord::format_unknown, name, join_list(format_names()),
                             did_you_mean_hint(name, format_names())));
    std::string path = colon == std::string::npos ? o.output : spec.substr(colon + 1);
    if (colon != std::string::npos && path.empty())
      return usage_error(say(CliWord::format_path_missing, spec));
    if (to_stdout(path) && ++on_stdout > 1)
      return usage_error(word(CliWord::format_two_on_stdout));
    if (to_stdout(path) && format->binary && isatty(STDOUT_FILENO))
      return usage_error(say(CliWord::format_binary_on_terminal, name));
    for (const PlannedOutput& other : outputs)
      if (!to_stdout(path) && other.path == path)
        return usage_error(say(CliWord::format_same_file, other.format->name, name, path));
    outputs.push_back({format, path});
  }
  return true;
}

// An output must never replace a Result it reads.
bool replaces_no_input(const std::vector<std::string>& files, const std::vector<PlannedOutput>& outputs) {
  auto absolute = [](const std::string& p) {
    std::error_code ec;
    return fs::absolute(p, ec).lexically_normal();
  };
  for (const PlannedOutput& out : outputs) {
    if (to_stdout(out.path)) continue;
    fs::path target = absolute(out.path);
    for (const std::string& file : files)
      if (absolute(file) == target)
        return usage_error(say(CliWord::aggregate_output_over_result, out.format->name, file));
  }
  return true;
}

// One file read: its record, or the messages saying why there is none.
struct Reading {
  std::optional<OrganizationRecord> record;
  std::string messages;
  bool other_library = false;  // evaluated with another library than the one given
};

// Reads every file on `jobs` threads; the readings come back in file order.
std::vector<Reading> read_all(const std::vector<std::string>& files, const CompiledLibrary& library,
                              const AggregateKeys& keys, unsigned jobs) {
  std::vector<Reading> readings(files.size());
  std::atomic<size_t> next = 0;
  bool color = use_color(STDERR_FILENO);
  auto work = [&] {
    for (size_t i = next++; i < files.size(); i = next++) {
      Diagnostics diags;
      // Another library is said once for all files (run_aggregate), not once a file.
      std::optional<Result> result = read_saved_result(files[i], library, diags, OtherLibrary::quiet);
      if (result) {
        readings[i].record = reduce_result(*result, keys, files[i]);
        readings[i].other_library = result->library_digest != library_digest(library);
      }
      for (const Diagnostic& d : diags.sorted()) readings[i].messages += format_diagnostic(d, color, ui_lang());
      readings[i].messages += diags.not_shown_note(ui_lang());
    }
  };
  unsigned workers = jobs ? jobs : std::max(1u, std::thread::hardware_concurrency());
  workers = static_cast<unsigned>(std::min<size_t>(workers, files.size()));
  std::vector<std::thread> threads;
  for (unsigned w = 1; w < workers; ++w) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();
  return readings;
}

bool render_and_write(const Aggregate& a, const AggregateCommand& o, const std::vector<PlannedOutput>& outputs) {
  std::vector<OutputFile> files;
  for (const PlannedOutput& out : outputs) {
    RenderOptions ro;
    ro.lang = resolve_lang(o.lang);
    ro.color = out.format->name == "term" && to_stdout(out.path) && use_color(STDOUT_FILENO);
    ro.csv_bom = o.csv_bom;
    StatusOr<std::string> bytes = out.format->render(a, ro);
    if (!bytes.is_ok())
      return usage_error(say(CliWord::render_failed_output, out.format->name, bytes.status().message()));
    files.push_back({out.path, std::move(bytes.value())});
  }
  return print_if_failed(write_files(files));
}

int run_aggregate(const AggregateCommand& o) {
  std::vector<PlannedOutput> outputs;
  std::vector<std::string> files;
  if (!plan_outputs(o, outputs) || !find_result_files(o.inputs, files) || !replaces_no_input(files, outputs)) return kExitError;
  CompiledLibraryPtr compiled = load_library_and_report(o.library);
  if (!compiled) return kExitError;
  AggregateKeys keys(library_of(*compiled));
  std::vector<Reading> readings = read_all(files, *compiled, keys, o.jobs);

  std::vector<OrganizationRecord> records;
  records.reserve(readings.size());
  size_t other_library = 0, first_other = 0;
  for (size_t i = 0; i < readings.size(); ++i) {
    Reading& r = readings[i];
    std::fputs(r.messages.c_str(), stderr);
    if (r.other_library && other_library++ == 0) first_other = i;
    if (r.record) records.push_back(std::move(*r.record));
  }
  if (other_library)
    warning(say(CliWord::other_library, other_library, files[first_other]));
  int skipped = static_cast<int>(files.size() - records.size());
  if (skipped)
    to_stderr("{}\n", say(CliWord::results_skipped_aggregate, files.size(), files.size() == 1 ? "" : "s",
                          records.size(), skipped));
  if (records.empty()) {
    usage_error(word(CliWord::nothing_to_aggregate));
    return kExitError;
  }
  AggregateOptions options;
  options.by = o.by == "size" ? Breakdown::size : Breakdown::sector;
  options.anonymise = o.anonymise;
  options.files_skipped = skipped;
  Aggregate a = aggregate(std::move(records), std::move(keys), options);
  if (!render_and_write(a, o, outputs)) return kExitError;
  return skipped ? kExitError : kExitOk;
}

}  // namespace

void setup_aggregate(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<AggregateCommand>();
  CLI::App* sub = app.add_subcommand("aggregate", word(CliWord::cmd_aggregate));
  sub->add_option("inputs", o->inputs, word(CliWord::pos_result_inputs))->required();
  sub->add_option("--format", o->formats, say(CliWord::opt_format_report, join_list(format_names())))
      ->allow_extra_args(false);
  sub->add_option("-o,--output", o->output, word(CliWord::opt_output_unpathed));
  sub->add_option("--by", o->by, word(CliWord::opt_by))->check(CLI::IsMember({"sector", "size"}));
  sub->add_flag("--anonymise,--anonymize", o->anonymise, word(CliWord::opt_anonymise));
  sub->add_option("--lang", o->lang, word(CliWord::opt_lang_report))->check(CLI::IsMember({"ja", "en"}));
  sub->add_flag("--csv-bom", o->csv_bom, word(CliWord::opt_csv_bom));
  sub->add_option("-j,--jobs", o->jobs, word(CliWord::opt_aggregate_jobs))->check(CLI::Range(1u, 1024u));
  add_library_options(*sub, o->library);
  sub->callback([o, &exit_code]() { exit_code = run_aggregate(*o); });
}

}  // namespace tenken::cli
