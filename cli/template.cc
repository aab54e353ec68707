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
    to_stderr("error: --format yaml, but `tenken check` reads {} as CSV because it ends in .csv; "
                       "name it .yaml, or give --format csv\n", o.output);
    return "";
  }
  if (to_file && o.format == "csv" && !ends_with_csv(o.output)) {
    to_stderr("error: --format csv, but `tenken check` reads {} as YAML because it does not end in .csv; "
                       "name it .csv, or give --format yaml\n", o.output);
    return "";
  }
  return o.format;
}

// An existing regular file may be an answer file already filled in.
bool may_write(const TemplateOptions& o) {
  if (o.force || o.output.empty() || o.output == "-") return true;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(o.output, ec)) return true;
  to_stderr("error: {} already exists and may hold answers; give another -o FILE, or --force to "
                     "replace it\n", o.output);
  return false;
}

int run_template(const TemplateOptions& o) {
  std::string format = chosen_format(o);
  if (format.empty() || !may_write(o)) return kExitError;
  CompiledLibraryPtr compiled = load_library_and_report(o.library);
  if (!compiled) return kExitError;
  const Checklist& checklist = library_of(*compiled).checklist;
  answering::TemplateOptions to{resolve_lang(o.lang), o.quick, o.csv_bom};
  if (o.quick && answering::listed_question_count(checklist, true) == 0) {
    to_stderr("error: no question of the checklist is in the quick first pass (quick: yes); "
                       "leave out --quick for the whole questionnaire\n");
    return kExitError;
  }
  std::string text = format == "csv" ? answering::render_csv_template(checklist, to)
                                     : answering::render_yaml_template(checklist, to);
  return print_if_failed(write_output(o.output, text)) ? kExitOk : kExitError;
}

}  // namespace

void setup_template(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<TemplateOptions>();
  CLI::App* sub = app.add_subcommand("template", "Write a blank answer file (YAML or CSV) for the questionnaire");
  add_library_options(*sub, o->library);
  sub->add_option("--format", o->format, "yaml (default) or csv (default when -o ends in .csv)")
      ->check(CLI::IsMember({"yaml", "csv"}));
  sub->add_option("-o,--output", o->output, "File to write (default: standard output)");
  sub->add_option("--lang", o->lang, "Language of the descriptions (default: from the locale)")
      ->check(CLI::IsMember({"ja", "en"}));
  sub->add_flag("--quick", o->quick, "Only the questions of the quick first pass, which decide the critical and "
                                     "high-severity rules");
  sub->add_flag("--csv-bom,!--no-csv-bom", o->csv_bom,
                "CSV: start with a byte order mark so that Excel reads UTF-8 (default: on)");
  sub->add_flag("--force", o->force, "Replace the -o file if it exists");
  sub->callback([o, &exit_code]() { exit_code = run_template(*o); });
}

}  // namespace tenken::cli
