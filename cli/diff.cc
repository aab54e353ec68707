// tenken diff OLD.json NEW.json: what changed between two saved Results of one organisation:
// gaps resolved, new, regressed and still open, and the score change per category.
// Exit codes: 0 no new gap and no regression; 2 a new gap or a regression; 1 error.
#include <fmt/format.h>
#include <unistd.h>

#include <memory>
#include <optional>

#include "cli/common.h"
#include "cli/output.h"
#include "cli/subcommands.h"
#include "tenken/reports/render.h"
#include "tenken/reports/render_diff.h"

namespace tenken::cli {
namespace {

struct DiffOptions {
  std::string old_result, new_result;
  std::string format = "term";
  std::string output;
  std::string lang;
  LibraryOptions library;
};

std::string render(const ResultDiff& d, const DiffOptions& o) {
  RenderOptions ro;
  ro.lang = resolve_lang(o.lang);
  ro.color = o.format == "term" && (o.output.empty() || o.output == "-") && use_color(STDOUT_FILENO);
  if (o.format == "md") return render_diff_markdown(d, ro);
  if (o.format == "html") return render_diff_html(d, ro);
  if (o.format == "json") return render_diff_json(d, ro);
  return render_diff_terminal(d, ro);
}

int run_diff(const DiffOptions& o) {
  // Both files are read before either is judged, so that one run names the problems of both.
  bool both_exist = input_file_exists(o.old_result);
  if (!input_file_exists(o.new_result) || !both_exist) return kExitError;
  CompiledLibraryPtr library = load_library_and_report(o.library);
  if (!library) return kExitError;
  Diagnostics diags;
  std::optional<Result> old_read = read_saved_result(o.old_result, *library, diags);
  std::optional<Result> new_read = read_saved_result(o.new_result, *library, diags);
  print_diagnostics(diags);
  if (!old_read || !new_read) return kExitError;
  const Result& before = *old_read;
  const Result& now = *new_read;
  if (before.organization.name != now.organization.name)
    warning(say(CliWord::diff_other_organization, before.organization.name, now.organization.name));
  if (now.assessment.date < before.assessment.date)
    warning(say(CliWord::diff_dates_reversed, o.new_result, now.assessment.date, o.old_result, before.assessment.date));
  ResultDiff d = diff_results(before, now);
  d.old_path = o.old_result;
  d.new_path = o.new_result;
  if (!print_if_failed(write_output(o.output, render(d, o)))) return kExitError;
  bool worse = !changes_of(d, Change::new_gap).empty() || !changes_of(d, Change::regressed).empty();
  return worse ? kExitFail : kExitOk;
}

}  // namespace

void setup_diff(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<DiffOptions>();
  CLI::App* sub = app.add_subcommand("diff", word(CliWord::cmd_diff));
  sub->add_option("old", o->old_result, word(CliWord::pos_old_result))->required();
  sub->add_option("new", o->new_result, word(CliWord::pos_new_result))->required();
  sub->add_option("--format", o->format, word(CliWord::opt_format_plain))
      ->check(CLI::IsMember({"term", "md", "html", "json"}))
      ->default_str("term");
  sub->add_option("-o,--output", o->output, word(CliWord::opt_output_comparison));
  sub->add_option("--lang", o->lang, word(CliWord::opt_lang_plain))->check(CLI::IsMember({"ja", "en"}));
  add_library_options(*sub, o->library);
  sub->callback([o, &exit_code]() { exit_code = run_diff(*o); });
}

}  // namespace tenken::cli
