// tenken lint [DIR...]: checks a rule library the way a compiler checks code, printing every
// problem. Without DIRs it checks the built-in library; DIRs are checked on top of the built-in
// library (as `check --rules` would use them) unless --no-builtin. Exit 1 on any error, and with
// --strict on any warning too.
#include <fmt/format.h>

#include "cli/common.h"
#include "cli/subcommands.h"

namespace tenken::cli {
namespace {

struct LintOptions {
  std::vector<std::string> dirs;
  bool no_builtin = false;
  bool strict = false;
  std::string lang;  // the messages' language, read before parsing (cli_words.h)
};

int run_lint(const LintOptions& o) {
  LibraryOptions lo;
  lo.rule_dirs = o.dirs;
  lo.builtin = !o.no_builtin || o.dirs.empty();
  Diagnostics diags;
  CompiledLibraryPtr library = load_library(lo, diags, /*keep_going=*/true);
  if (library) lint(*library, diags);
  print_diagnostics(diags);
  if (library) {
    const Library& lib = library_of(*library);
    to_stderr("{}\n", say(CliWord::lint_summary, lib.rules.size(), lib.checklist.questions.size(),
                          diags.error_count(), diags.error_count() == 1 ? "" : "s", diags.warning_count(),
                          diags.warning_count() == 1 ? "" : "s"));
  } else {
    to_stderr("{}\n", say(CliWord::lint_summary_no_library, diags.error_count(), diags.error_count() == 1 ? "" : "s",
                          diags.warning_count(), diags.warning_count() == 1 ? "" : "s"));
  }
  bool bad = diags.has_errors() || (o.strict && diags.warning_count() > 0);
  return bad ? kExitError : kExitOk;
}

}  // namespace

void setup_lint(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<LintOptions>();
  CLI::App* sub = app.add_subcommand("lint", word(CliWord::cmd_lint));
  sub->add_option("dirs", o->dirs, word(CliWord::pos_lint_dirs));
  sub->add_flag("--no-builtin", o->no_builtin, word(CliWord::opt_lint_no_builtin));
  sub->add_flag("--strict", o->strict, word(CliWord::opt_strict));
  sub->add_option("--lang", o->lang, word(CliWord::opt_lang_plain))->check(CLI::IsMember({"ja", "en"}));
  sub->callback([o, &exit_code]() { exit_code = run_lint(*o); });
}

}  // namespace tenken::cli
