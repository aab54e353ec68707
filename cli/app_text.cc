// CLI11's help and parse errors in the command line's language; see app_text.h.
//
// CLI11 keeps no structure in its errors, only an English sentence, so the errors are reworded
// from what the app still knows after the failed parse (the subcommand given, the arguments left
// over, the option named) and, for a rejected value, from the sentence of CLI11's validators
// (IsMember, Range), whose form is fixed in the CLI11 version we build with. Anything else is
// shown as CLI11 says it.
#include "cli/app_text.h"

#include <algorithm>
#include <cmath>
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

// CLI11's messages hold the values typed, which may be 128 KiB long: they are taken apart by
// hand, never with std::regex (its matcher recurses once per character).

// A value as a message shows it: at most 80 characters, then its length.
std::string shown(const std::string& value) {
  constexpr size_t kMostShown = 80;
  size_t chars = utf8::length(value);
  if (chars <= kMostShown) return value;
  size_t cut = 0;
  for (size_t n = 0; cut < value.size(); ++cut)
    if (!utf8::is_continuation(value[cut]) && n++ == kMostShown) break;
  if (ui_lang() == Lang::ja) return fmt::format("{}...（{} 文字）", value.substr(0, cut), chars);
  return fmt::format("{}... ({} characters)", value.substr(0, cut), chars);
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string rejected_value(const std::string& what) {
  size_t colon = what.find(": ");
  if (colon == std::string::npos) return say(W::parse_other, what);
  std::string name = what.substr(0, colon), detail = what.substr(colon + 2);
  // "<value> not in {a,b,c}"
  constexpr std::string_view kNotIn = " not in {";
  if (size_t at = detail.rfind(kNotIn); at != std::string::npos && detail.ends_with('}')) {
    std::string value = detail.substr(0, at);
    std::vector<std::string> allowed;
    std::stringstream items(detail.substr(at + kNotIn.size(), detail.size() - at - kNotIn.size() - 1));
    for (std::string item; std::getline(items, item, ',');) allowed.push_back(item);
    return say(W::parse_not_one_of, name, join_list(allowed), shown(value)) + did_you_mean_hint(value, allowed);
  }
  // "Value <value> not in range <low> to <high>"
  constexpr std::string_view kValue = "Value ", kRange = " not in range ", kTo = " to ";
  size_t range = detail.rfind(kRange);
  size_t to = range == std::string::npos ? std::string::npos : detail.find(kTo, range + kRange.size());
  if (detail.starts_with(kValue) && range != std::string::npos && range >= kValue.size() && to != std::string::npos) {
    std::string value = detail.substr(kValue.size(), range - kValue.size());
    std::string low = detail.substr(range + kRange.size(), to - range - kRange.size()), high = detail.substr(to + kTo.size());
    if (std::stod(high) > 1e15)  // NonNegativeNumber: no upper bound worth saying
      return say(W::parse_not_below, name, plain_number(low), shown(value));
    return say(W::parse_not_in_range, name, plain_number(low), plain_number(high), shown(value));
  }
  return say(W::parse_other, what);
}

std::string not_converted(const std::string& what) {
  // "Could not convert: <name> = <value>"
  constexpr std::string_view kPrefix = "Could not convert: ";
  size_t equals = what.find(" = ", kPrefix.size());
  if (what.starts_with(kPrefix) && equals != std::string::npos)
    return say(W::parse_not_a_number, what.substr(kPrefix.size(), equals - kPrefix.size()), shown(what.substr(equals + 3)));
  return say(W::parse_other, what);
}

std::string no_value(const std::string& what) {
  // "<name>: <n> required <type> missing", or "Expected at least <n> argument(s) to <name>, got 0"
  size_t colon = what.find(": ");
  if (colon != std::string::npos && what.ends_with(" missing")) {
    std::string_view rest = std::string_view(what).substr(colon + 2);
    size_t space = rest.find(' ');
    if (space != std::string_view::npos && all_digits(rest.substr(0, space)) && rest.substr(space).starts_with(" required "))
      return say(W::parse_expected_value, what.substr(0, colon));
  }
  constexpr std::string_view kAtLeast = "Expected at least ";
  size_t to = what.find(" to ");
  if (what.starts_with(kAtLeast) && what.ends_with(", got 0") && to != std::string::npos)
    return say(W::parse_expected_value, what.substr(to + 4, what.size() - to - 4 - 7));
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

void name_values(CLI::App& app) {
  // By the option's (or the positional's) name; a subcommand may say otherwise (batch -o: DIR).
  static const std::map<std::string, std::string> kValueNames = {
      {"answers", "ANSWERS"},  {"result", "RESULT.json"}, {"old", "OLD.json"},   {"new", "NEW.json"},
      {"inputs", "PATH"},      {"paths", "PATH"},         {"dirs", "DIR"},       {"rule", "RULE_ID"},
      {"id", "CASE_ID"},       {"rules", "DIR"},          {"checklist", "FILE"}, {"format", "FORMAT"},
      {"output", "FILE"},      {"lang", "LANG"},          {"waivers", "FILE"},   {"previous", "RESULT.json"},
      {"fail-on", "SEVERITY"}, {"warn-expiring", "DAYS"}, {"jobs", "N"},         {"by", "GROUP"},
      {"cases", "CASE_ID"},    {"from", "ANSWERS"},
  };
  for (CLI::Option* opt : app.get_options()) {
    std::string name = opt->get_lnames().empty() ? opt->get_name() : opt->get_lnames().front();
    auto it = kValueNames.find(name);
    if (it == kValueNames.end() || opt->get_type_size() == 0) continue;  // a flag takes no value
    std::string value = it->second;
    if (name == "format" && app.get_name() != "tenken" && opt->get_description().find("PATH") != std::string::npos)
      value = "FORMAT[:PATH]";
    if (name == "output" && app.get_name() == "batch") value = "DIR";
    opt->type_name(value);
  }
  for (CLI::App* sub : app.get_subcommands({})) name_values(*sub);
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
