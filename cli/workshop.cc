// tenken workshop [RESULT.json] [--cases ID...]: a workshop pack for a consultant. With a saved
// Result (tenken check --format json:FILE), the cases behind the organisation's gaps
// (cases_behind_gaps, at most three) or the cases named, each with the organisation's answers
// beside its discussion questions; without one, a generic pack of the cases named. Markdown or
// one printable HTML page, written whole or not at all (output_files.h) to -o FILE or standard
// output, as `report` writes. Exit 0, or 1 on any error (nothing written).
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>

#include "cli/common.h"
#include "cli/output.h"
#include "cli/subcommands.h"
#include "tenken/reports/render_workshop.h"

namespace tenken::cli {
namespace {

struct WorkshopOptions {
  std::string result;
  std::vector<std::string> cases;
  std::string format;  // md or html; empty: html when -o ends in .html or .htm, else md
  std::string output;
  std::string lang;
  LibraryOptions library;
};

bool to_stdout(const std::string& path) { return path.empty() || path == "-"; }

bool html_wanted(const WorkshopOptions& o) {
  if (!o.format.empty()) return o.format == "html";
  std::string ext = std::filesystem::path(o.output).extension().string();
  return ext == ".html" || ext == ".htm";
}

// The pack must never replace the Result it reads.
bool writes_over(const std::string& output, const std::string& input) {
  if (to_stdout(output) || input.empty()) return false;
  std::error_code ec;
  return std::filesystem::absolute(output, ec).lexically_normal() == std::filesystem::absolute(input, ec).lexically_normal();
}

// The cases named, in the order named, each once; false after printing the first unknown id.
bool find_cases(const Library& lib, const std::vector<std::string>& ids, std::vector<const Case*>& out) {
  std::vector<std::string> known;
  for (const Case& c : lib.cases) known.push_back(c.id);
  for (const std::string& id : ids) {
    auto it = std::find_if(lib.cases.begin(), lib.cases.end(), [&](const Case& c) { return c.id == id; });
    if (it == lib.cases.end()) {
      std::string hint = nearest_ids_hint(id, known, word(id.ends_with(".json") ? CliWord::workshop_result_before_cases
                                                                               : CliWord::unknown_case_list_hint));
      return usage_error(say(CliWord::workshop_unknown_case, id, hint));
    }
    if (std::find(out.begin(), out.end(), &*it) == out.end()) out.push_back(&*it);
  }
  return true;
}

int run_workshop(const WorkshopOptions& o) {
  if (o.result.empty() && o.cases.empty()) {
    usage_error(word(CliWord::workshop_nothing_chosen));
    return kExitError;
  }
  if (writes_over(o.output, o.result)) {
    usage_error(say(CliWord::workshop_over_result, o.result));
    return kExitError;
  }
  CompiledLibraryPtr compiled = load_library_and_report(o.library);
  if (!compiled) return kExitError;
  const Library& lib = library_of(*compiled);
  WorkshopPack pack;
  pack.library = &lib;
  pack.chosen = !o.cases.empty();
  if (!find_cases(lib, o.cases, pack.cases)) return kExitError;
  std::optional<Result> result;
  if (!o.result.empty()) {
    Diagnostics diags;
    result = read_saved_result(o.result, *compiled, diags);
    print_diagnostics(diags);
    if (!result) return kExitError;
    pack.result = &*result;
    if (pack.cases.empty()) pack.cases = cases_behind_gaps(*result, lib);
    if (pack.cases.empty()) {
      usage_error(say(CliWord::workshop_no_cases, o.result));
      return kExitError;
    }
  }
  RenderOptions ro{resolve_lang(o.lang)};
  std::string text = html_wanted(o) ? render_workshop_html(pack, ro) : render_workshop_markdown(pack, ro);
  return print_if_failed(write_output(o.output, text)) ? kExitOk : kExitError;
}

}  // namespace

void setup_workshop(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<WorkshopOptions>();
  CLI::App* sub = app.add_subcommand("workshop", word(CliWord::cmd_workshop));
  sub->add_option("result", o->result, word(CliWord::pos_workshop_result));
  sub->add_option("--cases", o->cases, word(CliWord::opt_workshop_cases))->delimiter(',');
  sub->add_option("--format", o->format, word(CliWord::opt_workshop_format))->check(CLI::IsMember({"md", "html"}));
  sub->add_option("-o,--output", o->output, word(CliWord::opt_workshop_output));
  sub->add_option("--lang", o->lang, word(CliWord::opt_lang_plain))->check(CLI::IsMember({"ja", "en"}));
  add_library_options(*sub, o->library);
  sub->callback([o, &exit_code]() { exit_code = run_workshop(*o); });
}

}  // namespace tenken::cli
