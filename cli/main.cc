// tenken: the command-line tool. A thin layer over the engine; see cli/<subcommand>.cc.
#include <CLI/CLI.hpp>
#include <malloc.h>
#include <sys/mman.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "cli/app_text.h"
#include "cli/cli_words.h"
#include "cli/common.h"
#include "cli/subcommands.h"

namespace {

// Help, --version and short answers are printed through stdio and iostreams, whose errors only
// show when flushed: a full disk or a closed pipe must not pass for success.
int flushed(int exit_code) {
  std::cout.flush();
  if (std::fflush(stdout) == 0 && !std::ferror(stdout) && std::cout.good()) return exit_code;
  tenken::cli::to_stderr("{}\n", tenken::cli::say(tenken::cli::CliWord::error_line,
                                                  tenken::cli::say(tenken::cli::CliWord::stdout_cannot_write,
                                                                   std::strerror(errno))));
  return tenken::cli::kExitError;
}

// Page faults are dear on the virtual machines tenken is run on: about 10 µs each where this was
// measured, and the heap's first touches were 500 of `check`'s 800 faults. So the heap that a run
// needs is grown and faulted in at once, by one system call, and kept: malloc then carves from
// pages already there. Where the kernel cannot (before Linux 5.14), nothing changes.
void prefault_heap() {
  constexpr size_t kHeap = size_t{4} << 20;  // what `check` of a large answer file uses
  mallopt(M_MMAP_THRESHOLD, 64 << 20);       // this block, and big texts, from the heap
  mallopt(M_TRIM_THRESHOLD, 128 << 20);      // and the heap is not given back between files
  void* block = std::malloc(kHeap);
  if (!block) return;
  auto start = (reinterpret_cast<uintptr_t>(block) + 4095) & ~uintptr_t{4095};
#ifdef MADV_POPULATE_WRITE
  madvise(reinterpret_cast<void*>(start), kHeap - 4096, MADV_POPULATE_WRITE);
#endif
  std::free(block);
}

}  // namespace

int main(int argc, char** argv) {
  prefault_heap();
  // Help texts are fixed as the app is built, so the language is known before: --lang anywhere on
  // the command line, else the locale.
  tenken::cli::set_ui_lang(tenken::cli::lang_of_command_line(argc, argv));
  using tenken::cli::CliWord;
  CLI::App app{tenken::cli::word(CliWord::app_description)};
  app.name("tenken");
  tenken::cli::localize_app(app);
  app.require_subcommand(1);
  app.set_version_flag("--version", tenken::tenken_version(), tenken::cli::word(CliWord::version_flag));
  std::string lang;  // read by lang_of_command_line; here so that `tenken --lang ja SUBCOMMAND` parses
  app.add_option("--lang", lang, tenken::cli::word(CliWord::opt_lang_messages))->check(CLI::IsMember({"ja", "en"}));
  int exit_code = tenken::cli::kExitOk;
  tenken::cli::setup_template(app, exit_code);
  tenken::cli::setup_check(app, exit_code);
  tenken::cli::setup_batch(app, exit_code);
  tenken::cli::setup_aggregate(app, exit_code);
  tenken::cli::setup_interview(app, exit_code);
  tenken::cli::setup_form(app, exit_code);
  tenken::cli::setup_lint(app, exit_code);
  tenken::cli::setup_report(app, exit_code);
  tenken::cli::setup_diff(app, exit_code);
  tenken::cli::setup_compare(app, exit_code);
  tenken::cli::setup_test(app, exit_code);
  tenken::cli::setup_explain(app, exit_code);
  tenken::cli::setup_cases(app, exit_code);
  tenken::cli::setup_workshop(app, exit_code);
  tenken::cli::setup_version(app, exit_code);
  tenken::cli::name_values(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return flushed(tenken::cli::report_parse_error(app, e));
  }
  return flushed(exit_code);
}
