// tenken version: the tool's version, the Result format version, and what the built-in library holds.
#include <fmt/format.h>

#include <memory>

#include "cli/common.h"
#include "cli/subcommands.h"

namespace tenken::cli {

void setup_version(CLI::App& app, int& exit_code) {
  CLI::App* sub = app.add_subcommand("version", word(CliWord::cmd_version));
  auto lang = std::make_shared<std::string>();  // the language is read before parsing (cli_words.h)
  sub->add_option("--lang", *lang, word(CliWord::opt_lang_plain))->check(CLI::IsMember({"ja", "en"}));
  sub->callback([&exit_code, lang]() {
    StatusOr<Library> builtin = builtin_library();
    if (!print_if_failed(builtin.status())) {
      exit_code = kExitError;
      return;
    }
    const Library& lib = builtin.value();
    fmt::print("{}", say(CliWord::version_text, tenken_version(), kResultFormatVersion, lib.rules.size(),
                         lib.checklist.questions.size(), lib.checklist.sections.size(), lib.cases.size()));
    exit_code = kExitOk;
  });
}

}  // namespace tenken::cli
