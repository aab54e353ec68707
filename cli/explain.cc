// tenken explain [RULE]: a rule with its rationale, recommendation, evidence, references, the
// questions it reads and the stories of the cases behind it. Without RULE, lists the rules.
#include <fmt/format.h>
#include <unistd.h>

#include "cli/common.h"
#include "cli/subcommands.h"
#include "tenken/reports/catalog_views.h"

namespace tenken::cli {
namespace {

struct ExplainOptions {
  std::string rule;
  LibraryOptions library;
  std::string lang;
};

int run_explain(const ExplainOptions& o) {
  CompiledLibraryPtr compiled = load_library_and_report(o.library);
  if (!compiled) return kExitError;
  const Library& lib = library_of(*compiled);
  RenderOptions ro{resolve_lang(o.lang), use_color(STDOUT_FILENO)};
  auto show = [](const std::string& text) { return print_if_failed(write_output("", text)) ? kExitOk : kExitError; };
  if (o.rule.empty()) return show(render_rule_list(lib, ro));
  std::vector<std::string> ids;
  for (const Rule& r : lib.rules) {
    if (r.id == o.rule) return show(render_rule_explanation(r, lib, questions_read(*compiled, r.id), ro));
    ids.push_back(r.id);
  }
  usage_error(say(CliWord::unknown_rule, o.rule, nearest_ids_hint(o.rule, ids, word(CliWord::unknown_rule_list_hint))));
  return kExitError;
}

}  // namespace

void setup_explain(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<ExplainOptions>();
  CLI::App* sub = app.add_subcommand("explain", word(CliWord::cmd_explain));
  sub->add_option("rule", o->rule, word(CliWord::pos_rule));
  add_library_options(*sub, o->library);
  sub->add_option("--lang", o->lang, word(CliWord::opt_lang_plain))->check(CLI::IsMember({"ja", "en"}));
  sub->callback([o, &exit_code]() { exit_code = run_explain(*o); });
}

}  // namespace tenken::cli
