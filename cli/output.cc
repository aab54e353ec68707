// Waivers and output formats for `check` and `report` (output.h).
#include "cli/output.h"

#include <fmt/format.h>
#include <unistd.h>

#include "cli/common.h"
#include "tenken/engine.h"
#include "tenken/reports/render.h"
#include "tenken/waivers.h"

namespace tenken::cli {
namespace {

std::vector<std::string> format_names() {
  std::vector<std::string> names;
  for (const Format& f : formats()) names.emplace_back(f.name);
  return names;
}

bool to_stdout(const std::string& path) { return path.empty() || path == "-"; }

}  // namespace

void add_output_options(CLI::App& sub, OutputOptions& o) {
  sub.add_option("--format", o.formats, say(CliWord::opt_format_report, join_list(format_names())))
      ->allow_extra_args(false);
  sub.add_option("-o,--output", o.output, word(CliWord::opt_output_unpathed));
  sub.add_option("--lang", o.lang, word(CliWord::opt_lang_report))->check(CLI::IsMember({"ja", "en"}));
  sub.add_flag("--csv-bom", o.csv_bom, word(CliWord::opt_csv_bom));
  sub.add_option("--waivers", o.waivers, word(CliWord::opt_waivers));
  sub.add_option("--warn-expiring", o.warn_expiring, word(CliWord::opt_warn_expiring))->check(CLI::NonNegativeNumber);
}

const Format* find_format_or_report(const std::string& name) {
  const Format* format = find_format(name);
  if (!format)
    usage_error(say(CliWord::format_unknown, name, join_list(format_names()), did_you_mean_hint(name, format_names())));
  return format;
}

bool plan_outputs(const OutputOptions& o, std::vector<Output>& outputs) {
  std::vector<std::string> specs = o.formats.empty() ? std::vector<std::string>{"term"} : o.formats;
  int on_stdout = 0;
  for (const std::string& spec : specs) {
    size_t colon = spec.find(':');
    std::string name = spec.substr(0, colon);
    const Format* format = find_format_or_report(name);
    if (!format) return false;
    std::string path = colon == std::string::npos ? o.output : spec.substr(colon + 1);
    if (colon != std::string::npos && path.empty())
      return usage_error(say(CliWord::format_path_missing, spec));
    if (to_stdout(path) && ++on_stdout > 1)
      return usage_error(word(CliWord::format_two_on_stdout));
    if (to_stdout(path) && format->binary && isatty(STDOUT_FILENO))
      return usage_error(say(CliWord::format_binary_on_terminal, name));
    for (const Output& other : outputs)
      if (!to_stdout(path) && other.path == path)
        return usage_error(say(CliWord::format_same_file, other.format->name, name, path));
    outputs.push_back({format, path});
  }
  return true;
}

std::optional<Result> read_saved_result(const std::string& path, const CompiledLibrary& library,
                                        Diagnostics& diags, OtherLibrary other_library) {
  std::shared_ptr<const Source> file = read_source(path, diags);
  return file ? result_from_json(file, library, diags, other_library) : std::nullopt;
}

bool read_previous_result(const OutputOptions& o, const CompiledLibrary& library, Diagnostics& diags,
                          std::optional<Result>& previous) {
  if (o.previous.empty()) return true;
  previous = read_saved_result(o.previous, library, diags);
  return previous.has_value();
}

void warn_if_not_previous(const OutputOptions& o, const Result& previous, const Result& now) {
  if (previous.organization.name != now.organization.name)
    warning(say(CliWord::previous_other_organization, o.previous, previous.organization.name, now.organization.name));
  if (!(previous.assessment.date < now.assessment.date))
    warning(say(CliWord::previous_not_earlier, o.previous, previous.assessment.date, now.assessment.date));
}

bool apply_waiver_file(const OutputOptions& o, Result& result) {
  if (o.waivers.empty()) return true;
  Diagnostics diags;
  std::shared_ptr<const Source> file = read_source(o.waivers, diags);
  std::optional<Waivers> waivers = file ? load_waivers(file, diags) : std::nullopt;
  bool ok = waivers && apply_waivers(result, *waivers, o.warn_expiring, diags);
  print_diagnostics(diags);
  return ok;
}

StatusOr<std::vector<OutputFile>> render_outputs(const Result& result, const OutputOptions& o,
                                                 const std::vector<Output>& outputs, const Result* previous) {
  std::vector<OutputFile> files;
  for (const Output& out : outputs) {
    RenderOptions ro;
    ro.lang = resolve_lang(o.lang);
    ro.color = out.format->name == "term" && to_stdout(out.path) && use_color(STDOUT_FILENO);
    ro.csv_bom = o.csv_bom;
    ro.previous = previous;
    StatusOr<std::string> bytes = out.format->render(result, ro);
    if (!bytes.is_ok())
      return Status::io_error(say(CliWord::render_failed_report, out.format->name, bytes.status().message()));
    files.push_back({out.path, std::move(bytes.value())});
  }
  return files;
}

bool write_outputs(const Result& result, const OutputOptions& o, const std::vector<Output>& outputs,
                   const Result* previous) {
  StatusOr<std::vector<OutputFile>> files = render_outputs(result, o, outputs, previous);
  if (!files.is_ok()) return usage_error(files.status().message());
  return print_if_failed(write_files(files.value()));
}

}  // namespace tenken::cli
