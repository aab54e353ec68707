// tenken cases [ID]: the case catalog. Without ID, one line per case; with ID, the case told in
// full with its lessons and the rules that teach them; with --coverage, the coverage table as
// Markdown (docs/coverage.md is this output).
#include <fmt/format.h>
#include <unistd.h>

#include "cli/common.h"
#include "cli/subcommands.h"
#include "tenken/reports/catalog_views.h"

namespace tenken::cli {
namespace {

struct CasesOptions {
  std::string id;
  bool coverage = false;
  LibraryOptions library;
  std::string lang;
};

int run_cases(const CasesOptions& o) {
  CompiledLibraryPtr compiled = load_library_and_report(o.library);
  if (!compiled) return kExitError;
  const Library& lib = library_of(*compiled);
  RenderOptions ro{resolve_lang(o.lang), use_color(STDOUT_FILENO)};
  std::string text;
  if (o.coverage) {
    text = render_coverage_markdown(lib);
  } else if (o.id.empty()) {
    text = render_case_list(lib, ro);
  } else {
    std::vector<std::string> ids;
    for (const Case& c : lib.cases) {
      if (c.id == o.id) text = render_case(c, lib, ro);
      ids.push_back(c.id);
    }
    if (text.empty()) {
      usage_error(say(CliWord::unknown_case, o.id, nearest_ids_hint(o.id, ids, word(CliWord::unknown_case_list_hint))));
      return kExitError;
    }
  }
  return print_if_failed(write_output("", text)) ? kExitOk : kExitError;
}

}  // namespace

void setup_cases(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<CasesOptions>();
  CLI::App* sub = app.add_subcommand("cases", word(CliWord::cmd_cases));
  sub->add_option("id", o->id, word(CliWord::pos_case));
  sub->add_flag("--coverage", o->coverage, word(CliWord::opt_coverage));
  add_library_options(*sub, o->library);
  sub->add_option("--lang", o->lang, word(CliWord::opt_lang_plain))->check(CLI::IsMember({"ja", "en"}));
  sub->callback([o, &exit_code]() { exit_code = run_cases(*o); });
}

}  // namespace tenken::cli
