// tenken form: writes the questionnaire as one self-contained HTML page (answering/form), for
// operators who answer in a browser: it works offline, keeps a draft in the browser, opens an
// answer file to continue and saves one that `tenken check` reads.
// Exit codes: 0 written; 1 usage error or an error in the library.
#include <fmt/format.h>

#include <cctype>
#include <memory>

#include "answering/form/form_page.h"
#include "answering/template/template.h"
#include "cli/common.h"
#include "cli/subcommands.h"

namespace tenken::cli {
namespace {

struct FormOptions {
  LibraryOptions library;
  std::string lang;
  std::string output;
  bool quick = false;
};

bool is_html_name(const std::string& path) {
  std::string lower = path;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto ends = [&](std::string_view tail) {
    return lower.size() > tail.size() && lower.compare(lower.size() - tail.size(), tail.size(), tail) == 0;
  };
  return ends(".html") || ends(".htm");
}

int run_form(const FormOptions& o) {
  // The page is HTML: a name such as answers.yaml is more likely an answer file given by mistake,
  // which writing the page would destroy.
  if (o.output != "-" && !is_html_name(o.output)) {
    usage_error(say(CliWord::form_not_html, o.output));
    return kExitError;
  }
  CompiledLibraryPtr compiled = load_library_and_report(o.library);
  if (!compiled) return kExitError;
  const Checklist& checklist = library_of(*compiled).checklist;
  if (o.quick && answering::listed_question_count(checklist, true) == 0) {
    usage_error(word(CliWord::quick_none));
    return kExitError;
  }
  answering::FormOptions fo{resolve_lang(o.lang), o.quick};
  return print_if_failed(write_output(o.output, answering::render_form_page(checklist, fo))) ? kExitOk : kExitError;
}

}  // namespace

void setup_form(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<FormOptions>();
  CLI::App* sub = app.add_subcommand("form", word(CliWord::cmd_form));
  add_library_options(*sub, o->library);
  sub->add_option("-o,--output", o->output, word(CliWord::opt_form_output))->required();
  sub->add_option("--lang", o->lang, word(CliWord::opt_form_lang))->check(CLI::IsMember({"ja", "en"}));
  sub->add_flag("--quick", o->quick, word(CliWord::opt_quick_listed));
  sub->callback([o, &exit_code]() { exit_code = run_form(*o); });
}

}  // namespace tenken::cli
