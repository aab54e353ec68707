// tenken interview -o ANSWERS: asks the questionnaire in the terminal (or from piped lines) and
// writes the answer file after every answer (answering/interview/session.h does the asking).
// This file does what touches the system: the options, the library, reading --resume and --from
// files through the engine, the terminal (width, colour, interrupts) and saving atomically.
// It never overwrites an answer file it was not asked to continue.
// Exit codes: 0 finished or stopped (q, end of input) with every answer saved; 130 stopped by an
// interrupt (answers saved); 1 usage error, an error in the library or in a file read, or a save
// that failed.
#include <fcntl.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <memory>

#include <fmt/format.h>

#include "answering/interview/session.h"
#include "cli/common.h"
#include "cli/subcommands.h"

namespace tenken::cli {
namespace {

struct InterviewOptions {
  std::string output;
  std::string from;
  bool resume = false;
  bool quick = false;
  std::string lang;
  LibraryOptions library;
};

constexpr int kExitInterrupted = 130;

volatile std::sig_atomic_t g_interrupted = 0;
extern "C" void on_interrupt(int) { g_interrupted = 1; }

// Ctrl-C, a closed terminal or a kill end the interview at the next read, after any save under
// way has finished; reads are not restarted, so that a waiting read returns at once.
void catch_interrupts() {
  struct sigaction sa {};
  sa.sa_handler = on_interrupt;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) sigaction(sig, &sa, nullptr);
}

// Lines from standard input, echoed when they do not come from a terminal so that a transcript
// of piped input reads like a session. A line longer than answering::kMaxLineBytes is cut just past it (the
// session refuses it), so that memory stays bounded.
class StdioConsole : public answering::Console {
 public:
  std::optional<std::string> read_line() override {
    std::fflush(stdout);
    std::string line;
    for (;;) {
      if (g_interrupted) return std::nullopt;
      if (start_ == end_ && !fill()) {
        if (g_interrupted || line.empty()) return std::nullopt;
        break;  // the last line, without a line break
      }
      char c = buffer_[start_++];
      if (c == '\n') break;
      if (line.size() <= answering::kMaxLineBytes) line += c;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!isatty(STDIN_FILENO)) write(line + "\n");
    return line;
  }

  void write(std::string_view text) override {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
  }

 private:
  bool fill() {
    for (;;) {
      ssize_t n = ::read(STDIN_FILENO, buffer_, sizeof buffer_);
      if (n > 0) {
        start_ = 0, end_ = static_cast<size_t>(n);
        return true;
      }
      if (n < 0 && errno == EINTR && !g_interrupted) continue;
      return false;
    }
  }

  char buffer_[4096];
  size_t start_ = 0, end_ = 0;
};

int terminal_width() {
  struct winsize ws {};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
    return std::clamp(static_cast<int>(ws.ws_col) - 1, 40, 100);
  return 80;
}

// Today's date on this machine: the one place tenken reads the clock, to offer a default the
// operator confirms.
std::string today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &local);
  return text;
}

std::string shell_quote(const std::string& word) {
  bool plain = !word.empty() && word.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                                       "0123456789_./-+=:,@") == std::string::npos;
  if (plain) return word;
  std::string out = "'";
  for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string library_args(const LibraryOptions& o) {
  std::string out;
  for (const std::string& d : o.rule_dirs) out += " --rules " + shell_quote(d);
  for (const std::string& f : o.checklist_files) out += " --checklist " + shell_quote(f);
  if (!o.builtin) out += " --no-builtin";
  return out;
}

bool ends_with(const std::string& s, std::string_view tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The answer file at `path` through the engine, as `tenken check` reads it; nullopt after
// printing its diagnostics when it has errors. Warnings are printed and do not stop.
std::optional<Answers> read_answer_file(const std::string& path, const CompiledLibrary& library) {
  Diagnostics diags;
  std::shared_ptr<const Source> source = read_source(path, diags);
  std::optional<Answers> answers;
  if (source)
    answers = ends_with(path, ".csv") ? load_answers_csv(source, library_of(library).checklist, diags)
                                      : load_answers(source, diags);
  bool bound = answers && bind_answers(library, *answers, diags) != nullptr;
  print_diagnostics(diags);
  if (!bound) return std::nullopt;
  answering::prepare_loaded_answers(*answers, library_of(library).checklist);
  return answers;
}

bool exists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0;
}

// Refuses an output the interview cannot keep answers in, or one it would overwrite.
bool output_usable(const InterviewOptions& o) {
  if (o.output.empty() || o.output == "-") {
    return usage_error(word(CliWord::interview_to_stdout));
  }
  if (ends_with(o.output, ".json") || ends_with(o.output, ".csv")) {
    return usage_error(say(CliWord::interview_not_yaml, o.output));
  }
  if (exists(o.output) && !o.resume) {
    return usage_error(say(CliWord::interview_exists, o.output, shell_quote(o.output)));
  }
  if (!exists(o.output) && o.resume) {
    return usage_error(say(CliWord::interview_nothing_to_resume, o.output));
  }
  return true;
}

answering::SessionSetup setup_for(const InterviewOptions& o) {
  answering::SessionSetup s;
  s.resume = o.resume;
  s.quick = o.quick;
  s.lang = resolve_lang(o.lang);
  s.style.color = use_color(STDOUT_FILENO);
  s.width = terminal_width();
  s.today = today();
  s.path = o.output;
  s.from_path = o.from;
  std::string common = fmt::format("tenken interview -o {} --resume{}{}", shell_quote(o.output),
                                   o.from.empty() ? "" : " --from " + shell_quote(o.from), library_args(o.library));
  s.resume_command = common + (o.quick ? " --quick" : "");
  s.rest_command = common;
  s.check_command = fmt::format("tenken check {}{}", shell_quote(o.output), library_args(o.library));
  return s;
}

int run_interview(const InterviewOptions& o) {
  if (!output_usable(o)) return kExitError;
  Diagnostics diags;
  CompiledLibraryPtr library = load_library(o.library, diags);
  print_diagnostics(diags);
  if (!library) return kExitError;
  answering::SessionSetup setup = setup_for(o);
  if (o.resume) {
    std::optional<Answers> file = read_answer_file(o.output, *library);
    if (!file) return kExitError;
    setup.answers = std::move(*file);
  }
  if (!o.from.empty() && !(setup.last_year = read_answer_file(o.from, *library))) return kExitError;
  catch_interrupts();
  StdioConsole console;
  answering::SaveAnswers save = [&](const std::string& yaml) { return write_output(o.output, yaml); };
  answering::SessionEnd end = answering::run_interview(*library, std::move(setup), console, save);
  if (end == answering::SessionEnd::save_failed) return kExitError;
  return g_interrupted ? kExitInterrupted : kExitOk;
}

}  // namespace

void setup_interview(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<InterviewOptions>();
  CLI::App* sub = app.add_subcommand("interview", word(CliWord::cmd_interview));
  sub->add_option("-o,--output", o->output, word(CliWord::opt_interview_output))->required();
  sub->add_flag("--resume", o->resume, word(CliWord::opt_resume));
  sub->add_option("--from", o->from, word(CliWord::opt_from));
  sub->add_flag("--quick", o->quick, word(CliWord::opt_quick_ask));
  sub->add_option("--lang", o->lang, word(CliWord::opt_interview_lang))->check(CLI::IsMember({"ja", "en"}));
  add_library_options(*sub, o->library);
  sub->callback([o, &exit_code]() { exit_code = run_interview(*o); });
}

}  // namespace tenken::cli
