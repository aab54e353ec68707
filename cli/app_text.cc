// CLI11's help and parse errors in the command line's language; see app_text.h.
//
// CLI11 keeps no structure in its errors, only an English sentence, so the errors are reworded
// from what the app still knows after the failed parse (the subcommand given, the arguments left
// over, the option named) and, for a rejected value, from the sentence of CLI11's validators
// (IsMember, Range), whose form is fixed in the CLI11 version we build with. Anything else is
// shown as CLI11 says it.
#include "cli/app_text.h"

#include <cmath>
#include <regex>
#include <sstream>

#include "cli/cli_words.h"
#include "cli/common.h"
#include "tenken/utf8.h"

namespace tenken::cli {
namespace {

using W = CliWord;

// CLI11's help layout, with its headings in the command line's language and the left column
// padded by display width, so that a wide "必須" does not push the descriptions out of line.
class HelpFormatter : public CLI::Formatter {
 public:
  HelpFormatter() {
    for (auto [key, w] : {std::pair{"Usage", W::heading_usage}, {"OPTIONS", W::heading_options_badge},
                          {"SUBCOMMAND", W::heading_subcommand_badge}, {"Positionals", W::heading_positionals},
                          {"Options", W::heading_options}, {"REQUIRED", W::label_required}})
      label(key, word(w));
  }

  // Option groups are named "Options" unless a subcommand names them otherwise.
  std::string make_group(std::string group, bool is_positional, std::vector<const CLI::Option*> opts) const override {
    return CLI::Formatter::make_group(get_label(group), is_positional, std::move(opts));
  }

  std::string make_option(const CLI::Option* opt, bool is_positional) const override {
    return help_line(make_option_name(opt, is_positional) + make_option_opts(opt), make_option_desc(opt));
  }

  std::string make_subcommand(const CLI::App* sub) const override {
    return help_line(sub->get_display_name(true), sub->get_description());
  }

 private:
  // As CLI::detail::format_help, counting columns instead of bytes.
  std::string help_line(const std::string& name, const std::string& description) const {
    std::string out = "  " + name;
    int width = utf8::display_width(out);
    int column = static_cast<int>(column_width_);
    if (width < column) out.append(column - width, ' ');
    if (!description.empty()) {
      if (width >= column) out += "\n" + std::string(column, ' ');
      for (char c : description) {
        out += c;
        if (c == '\n') out.append(column, ' ');
      }
    }
    return out + "\n";
  }
};

std::string quoted(const std::string& s) { return "'" + s + "'"; }

// The subcommand the command line chose, or the app when it chose none.
CLI::App* chosen(CLI::App& app) {
  std::vector<CLI::App*> subs = app.get_subcommands();
  return subs.empty() ? &app : subs.front();
}

std::string command_of(CLI::App& app, const CLI::App* where) {
  return where == &app ? app.get_name() : app.get_name() + " " + where->get_name();
}

std::vector<std::string> subcommand_names(CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
    if (!sub->get_name().empty()) names.push_back(sub->get_name());
  return names;
}

std::vector<std::string> option_names(const CLI::App& where) {
  std::vector<std::string> names;
  for (const CLI::Option* opt : where.get_options()) {
    for (const std::string& l : opt->get_lnames()) names.push_back("--" + l);
    for (const std::string& s : opt->get_snames()) names.push_back("-" + s);
  }
  return names;
}

// The arguments the parse left over (an unknown option, a word that is no subcommand, one too many).
std::vector<std::string> left_over(const CLI::App& app, const CLI::App& where) {
  std::vector<std::string> words;
  for (const CLI::App* a : {&where, &app}) {
    for (const std::string& w : a->remaining(false))
      if (w != "--") words.push_back(w);
    if (!words.empty() || a == &app) break;
  }
  return words;
}

std::string unknown_option(CLI::App& app, CLI::App& where, const std::string& typed) {
  std::string name = typed.substr(0, typed.find('='));
  return say(W::parse_unknown_option, command_of(app, &where), name, did_you_mean_hint(name, option_names(where)));
}

std::string unknown_subcommand(CLI::App& app, const std::string& typed) {
  std::vector<std::string> names = subcommand_names(app);
  std::string hint = did_you_mean_hint(typed, names);
  if (hint.empty()) hint = say(W::parse_subcommands_are, join_list(names));
  return say(W::parse_unknown_subcommand, typed, hint);
}

// Words left over: the first unknown option (the rest often follow from it), else a word that is
// no subcommand, else the arguments too many.
std::string left_over_message(CLI::App& app, CLI::App& where, const std::vector<std::string>& words) {
  for (const std::string& w : words)
    if (w.size() > 1 && w[0] == '-') return unknown_option(app, where, w);
  if (&where == &app) return unknown_subcommand(app, words.front());
  std::vector<std::string> shown;
  for (const std::string& w : words) shown.push_back(quoted(w));
  return say(W::parse_unexpected_arguments, command_of(app, &where), join_list(shown));
}

std::string missing(CLI::App& app, CLI::App& where, const std::string& what) {
  if (&where == &app) {
    std::vector<std::string> words = left_over(app, where);
    if (!words.empty()) return left_over_message(app, where, words);
    return say(W::parse_subcommand_required, join_list(subcommand_names(app)));
  }
  const std::string suffix = " is required";
  if (!what.ends_with(suffix)) return say(W::parse_other, what);
  std::string name = what.substr(0, what.size() - suffix.size());
  const CLI::Option* opt = where.get_option_no_throw(name);
  if (!opt) return say(W::parse_other, what);
  return say(W::parse_required, name, opt->get_description());
}

// A number CLI11 printed with std::to_string ("0.000000", "1024") as a person writes it.
std::string plain_number(const std::string& text) {
  std::ostringstream out;
  out << std::stod(text);
  return out.str();
}

std::string rejected_value(const std::string& what) {
  size_t colon = what.find(": ");
  if (colon == std::string::npos) return say(W::parse_other, what);
  std::string name = what.substr(0, colon), detail = what.substr(colon + 2);
  std::smatch m;
  if (std::regex_match(detail, m, std::regex(R"((.*) not in \{(.*)\})"))) {
    std::vector<std::string> allowed;
    std::stringstream items(m[2].str());
    for (std::string item; std::getline(items, item, ',');) allowed.push_back(item);
    return say(W::parse_not_one_of, name, join_list(allowed), m[1].str()) + did_you_mean_hint(m[1].str(), allowed);
  }
  if (std::regex_match(detail, m, std::regex(R"(Value (.*) not in range (\S+) to (\S+))"))) {
    if (std::stod(m[3].str()) > 1e15)  // NonNegativeNumber: no upper bound worth saying
      return say(W::parse_not_below, name, plain_number(m[2].str()), m[1].str());
    return say(W::parse_not_in_range, name, plain_number(m[2].str()), plain_number(m[3].str()), m[1].str());
  }
  return say(W::parse_other, what);
}

std::string not_converted(const std::string& what) {
  std::smatch m;
  if (std::regex_match(what, m, std::regex(R"(Could not convert: (\S+) = (.*))")))
    return say(W::parse_not_a_number, m[1].str(), m[2].str());
  return say(W::parse_other, what);
}

std::string no_value(const std::string& what) {
  std::smatch m;
  if (std::regex_match(what, m, std::regex(R"((\S+): \d+ required .* missing)")) ||
      std::regex_match(what, m, std::regex(R"(Expected at least \d+ arguments? to (\S+), got 0)")))
    return say(W::parse_expected_value, m[1].str());
  return say(W::parse_other, what);
}

std::string reworded(CLI::App& app, CLI::App& where, const CLI::ParseError& e) {
  std::string what = e.what();
  if (dynamic_cast<const CLI::RequiredError*>(&e)) return missing(app, where, what);
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
    std::vector<std::string> words = left_over(app, where);
    return words.empty() ? say(W::parse_other, what) : left_over_message(app, where, words);
  }
  if (dynamic_cast<const CLI::ValidationError*>(&e)) return rejected_value(what);
  if (dynamic_cast<const CLI::ConversionError*>(&e)) return not_converted(what);
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) return no_value(what);
  return say(W::parse_other, what);
}

}  // namespace

void localize_app(CLI::App& app) {
  app.formatter(std::make_shared<HelpFormatter>());
  app.set_help_flag("-h,--help", word(W::help_flag));
  app.group(word(W::heading_subcommands));
}

int report_parse_error(CLI::App& app, const CLI::ParseError& e) {
  if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) return app.exit(e);
  CLI::App& where = *chosen(app);
  std::string message;
  try {
    message = reworded(app, where, e);
  } catch (const std::exception&) {  // a sentence of another form than expected (std::stod)
    message = say(W::parse_other, e.what());
  }
  to_stderr("{}\n{}\n", say(W::error_line, message), say(W::parse_help_hint, command_of(app, &where)));
  return kExitError;
}

}  // namespace tenken::cli
