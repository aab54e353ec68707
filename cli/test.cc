// tenken test PATH...: runs rule tests (tenken/rule_test.h) from files or directories of them.
// Prints one line per test and the problems of each failing one. Exit 0 when every test passes,
// 2 when any fails, 1 when a test file or the library is in error.
#include <fmt/format.h>

#include <filesystem>

#include "cli/common.h"
#include "cli/subcommands.h"
#include "tenken/rule_test.h"

namespace tenken::cli {
namespace {

struct TestOptions {
  std::vector<std::string> paths;
  LibraryOptions library;
  std::string lang;  // the messages' language, read before parsing (cli_words.h)
};

std::vector<std::shared_ptr<const Source>> test_files(const std::vector<std::string>& paths, Diagnostics& diags) {
  std::vector<std::shared_ptr<const Source>> files;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (std::filesystem::is_directory(p, ec)) {
      for (auto& s : sources_in_directory(p, diags)) files.push_back(std::move(s));
    } else if (auto s = read_source(p, diags)) {
      files.push_back(std::move(s));
    }
  }
  return files;
}

int run_tests(const TestOptions& o) {
  Diagnostics diags;
  CompiledLibraryPtr library = load_library(o.library, diags);
  if (!library) {
    print_diagnostics(diags);
    return kExitError;
  }
  int passed = 0, failed = 0, broken = 0;
  for (const auto& file : test_files(o.paths, diags)) {
    for (const RuleTest& t : load_rule_tests(file, diags)) {
      std::string where = fmt::format("{}:{}", t.origin.path(), t.origin.where().line);
      RuleTestOutcome outcome = run_rule_test(*library, t, diags);
      if (!outcome.ran) {
        ++broken;
        fmt::print("error {}  {}\n", where, t.name);
      } else if (outcome.problems.empty()) {
        ++passed;
        fmt::print("ok    {}  {}\n", where, t.name);
      } else {
        ++failed;
        fmt::print("FAIL  {}  {}\n", where, t.name);
        for (const LocalizedText& p : outcome.problems) fmt::print("        {}\n", p.in(ui_lang()));
      }
    }
  }
  std::fflush(stdout);
  print_diagnostics(diags);
  fmt::print("{}\n", say(CliWord::test_summary, passed + failed + broken, passed, failed, broken));
  if (diags.has_errors()) return kExitError;
  return failed ? kExitFail : kExitOk;
}

}  // namespace

void setup_test(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<TestOptions>();
  CLI::App* sub = app.add_subcommand("test", word(CliWord::cmd_test));
  sub->add_option("paths", o->paths, word(CliWord::pos_test_paths))->required();
  add_library_options(*sub, o->library);
  sub->add_option("--lang", o->lang, word(CliWord::opt_lang_plain))->check(CLI::IsMember({"ja", "en"}));
  sub->callback([o, &exit_code]() { exit_code = run_tests(*o); });
}

}  // namespace tenken::cli
