// tenken template: writes a blank answer file for the loaded checklist, YAML to fill in with an
// editor or CSV to fill in with a spreadsheet; `tenken check` reads either once filled in. A file
// that already exists is not replaced without --force, as it may hold answers.
// Exit codes: 0 written; 1 usage error or an error in the library.
#include <fmt/format.h>

#include <cctype>
#include <filesystem>
#include <memory>

#include "answering/template/template.h"
#include "cli/common.h"
#include "cli/subcommands.h"

namespace tenken::cli {
namespace {

struct TemplateOptions {
  LibraryOptions library;
  std::string lang;
  std::string format;  // "yaml", "csv" or empty: from the extension of `output`
  std::string output;
  bool quick = false;
  bool csv_bom = true;
  bool force = false;
};

bool ends_with_csv(const std::string& path) {
  std::string tail = path.size() >= 4 ? path.substr(path.size() - 4) : "";
  for (char& c : tail) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return tail == ".csv";
}

// The format to write; empty after printing why the options do not fit together (`check` reads
// a file by its name: .csv as CSV, anything else as YAML).
std::string chosen_format(const TemplateOptions& o) {
  bool to_file = !o.output.empty() && o.output != "-";
  if (o.format.empty()) return to_file && ends_with_csv(o.output) ? "csv" : "yaml";
  if (to_file && o.format == "yaml" && ends_with_csv(o.output)) {
    usage_error(say(CliWord::template_yaml_named_csv, o.output));
    return "";
  }
  if (to_file && o.format == "csv" && !ends_with_csv(o.output)) {
    usage_error(say(CliWord::template_csv_named_yaml, o.output));
    return "";
  }
  return o.format;
}

// An existing regular file may be an answer file already filled in.
bool may_write(const TemplateOptions& o) {
  if (o.force || o.output.empty() || o.output == "-") return true;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(o.output, ec)) return true;
  return usage_error(say(CliWord::template_exists, o.output));
}

int run_template(const TemplateOptions& o) {
  std::string format = chosen_format(o);
  if (format.empty() || !may_write(o)) return kExitError;
  CompiledLibraryPtr compiled = load_library_and_report(o.library);
  if (!compiled) return kExitError;
  const Checklist& checklist = library_of(*compiled).checklist;
  answering::TemplateOptions to{resolve_lang(o.lang), o.quick, o.csv_bom};
  if (o.quick && answering::listed_question_count(checklist, true) == 0) {
    usage_error(word(CliWord::quick_none));
    return kExitError;
  }
  std::string text = format == "csv" ? answering::render_csv_template(checklist, to)
                                     : answering::render_yaml_template(checklist, to);
  return print_if_failed(write_output(o.output, text)) ? kExitOk : kExitError;
}

}  // namespace

void setup_template(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<TemplateOptions>();
  CLI::App* sub = app.add_subcommand("template", word(CliWord::cmd_template));
  add_library_options(*sub, o->library);
  sub->add_option("--format", o->format, word(CliWord::opt_template_format))->check(CLI::IsMember({"yaml", "csv"}));
  sub->add_option("-o,--output", o->output, word(CliWord::opt_output_default_stdout));
  sub->add_option("--lang", o->lang, word(CliWord::opt_template_lang))->check(CLI::IsMember({"ja", "en"}));
  sub->add_flag("--quick", o->quick, word(CliWord::opt_quick_listed));
  sub->add_flag("--csv-bom,!--no-csv-bom", o->csv_bom, word(CliWord::opt_template_csv_bom));
  sub->add_flag("--force", o->force, word(CliWord::opt_force));
  sub->callback([o, &exit_code]() { exit_code = run_template(*o); });
}

}  // namespace tenken::cli
