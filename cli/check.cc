// tenken check ANSWERS: evaluates an answer file against the library and prints the gap report.
// Exit codes: 0 no failure at or above --fail-on; 2 a failure at or above it; 3 no such failure but
// rules at or above it still unknown (unanswered); 1 usage, input or content error.
#include <fmt/format.h>
#include <unistd.h>

#include <memory>

#include "cli/common.h"
#include "cli/subcommands.h"
#include "reports/render.h"

namespace tenken::cli {
namespace {

struct CheckOptions {
  std::string answers;
  LibraryOptions library;
  std::string format = "term";
  std::string output;
  std::string lang;
  std::string fail_on = "low";
};

int exit_code_for(const Result& result, const std::string& fail_on) {
  if (fail_on == "never") return kExitOk;
  Severity threshold = Severity::low;
  parse_severity(fail_on, threshold);
  bool failing = false, unknown = false;
  for (const RuleResult& r : result.rules) {
    if (r.severity < threshold) continue;
    failing |= r.state == State::fail;
    unknown |= r.state == State::unknown;
  }
  return failing ? kExitFail : unknown ? kExitUnknown : kExitOk;
}

std::string render(const Result& result, const CheckOptions& o) {
  if (o.format == "json") return render_json(result);
  RenderOptions ro;
  ro.lang = resolve_lang(o.lang);
  ro.color = (o.output.empty() || o.output == "-") && use_color(STDOUT_FILENO);
  return render_terminal(result, ro);
}

int run_check(const CheckOptions& o) {
  Diagnostics diags;
  CompiledLibraryPtr library = load_library(o.library, diags);
  if (!library) {
    print_diagnostics(diags);
    return kExitError;
  }
  std::shared_ptr<const Source> source = read_source(o.answers, diags);
  std::optional<Answers> answers = source ? load_answers(source, diags) : std::nullopt;
  AnswerSetPtr bound = answers ? bind_answers(*library, *answers, diags) : nullptr;
  print_diagnostics(diags);
  if (!bound) return kExitError;
  Result result = evaluate(*library, *bound);
  if (Status s = write_output(o.output, render(result, o)); !s.is_ok()) {
    fmt::print(stderr, "error: {}\n", s.message());
    return kExitError;
  }
  return exit_code_for(result, o.fail_on);
}

}  // namespace

void setup_check(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<CheckOptions>();
  CLI::App* sub = app.add_subcommand("check", "Evaluate an answer file and report the gaps");
  sub->add_option("answers", o->answers, "Answer file (YAML or JSON)")->required();
  add_library_options(*sub, o->library);
  sub->add_option("--format", o->format, "Output format")->check(CLI::IsMember({"term", "json"}))
      ->default_str("term");
  sub->add_option("-o,--output", o->output, "Write the report to this file instead of stdout");
  sub->add_option("--lang", o->lang, "Language of the report (default: from the locale)")
      ->check(CLI::IsMember({"ja", "en"}));
  sub->add_option("--fail-on", o->fail_on, "Lowest severity whose failure makes the exit code 2")
      ->check(CLI::IsMember({"info", "low", "medium", "high", "critical", "never"}))
      ->default_str("low");
  sub->callback([o, &exit_code]() { exit_code = run_check(*o); });
}

}  // namespace tenken::cli
