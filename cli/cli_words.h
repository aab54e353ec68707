// The command line's own words in Japanese and English: the help of the app, of every subcommand,
// option and positional, CLI11's headings, and every message the subcommands print (usage errors,
// warnings, summary lines). Each text is written once per language, in cli_words.cc. Content
// (rule, question and case texts) never comes from here, nor do the engine's diagnostics.
//
// The language is chosen once, before the app is built (help texts are fixed when an option is
// added): `--lang ja|en` anywhere on the command line, else the locale, else English.
#pragma once

#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tenken/text.h"

namespace tenken::cli {

// A text of the command line. Where the comment shows replacement fields, fill them with
// say(w, ...) in that order.
enum class CliWord {
  // the app and CLI11's headings
  app_description,
  help_flag,
  version_flag,
  opt_lang_messages,
  heading_usage,
  heading_options_badge,
  heading_subcommand_badge,
  heading_positionals,
  heading_options,
  heading_subcommands,
  label_required,
  // options shared by several subcommands
  opt_rules,
  opt_checklist,
  opt_no_builtin,
  opt_format_report,  // {format names}
  opt_format_plain,
  opt_output_unpathed,
  opt_output_comparison,
  opt_lang_plain,
  opt_lang_report,
  opt_lang_reports,
  opt_csv_bom,
  opt_csv_bom_reports,
  opt_waivers,
  opt_warn_expiring,
  opt_quick_listed,
  pos_result_inputs,
  // check, report
  cmd_check,
  pos_answers,
  opt_fail_on,
  opt_previous,
  cmd_report,
  pos_result,
  // explain, cases
  cmd_explain,
  pos_rule,
  cmd_cases,
  pos_case,
  opt_coverage,
  // lint, test, version
  cmd_lint,
  pos_lint_dirs,
  opt_lint_no_builtin,
  opt_strict,
  cmd_test,
  pos_test_paths,
  cmd_version,
  // diff, compare
  cmd_diff,
  pos_old_result,
  pos_new_result,
  cmd_compare,
  compare_exit_codes,
  // form, template, interview
  cmd_form,
  opt_form_output,
  opt_form_lang,
  cmd_template,
  opt_template_format,
  opt_output_default_stdout,
  opt_template_lang,
  opt_template_csv_bom,
  opt_force,
  cmd_interview,
  opt_interview_output,
  opt_resume,
  opt_from,
  opt_quick_ask,
  opt_interview_lang,
  // batch, aggregate
  cmd_batch,
  pos_batch_inputs,
  opt_batch_output,
  opt_batch_format,
  opt_batch_jobs,
  opt_batch_fail_on,
  cmd_aggregate,
  opt_by,
  opt_anonymise,
  opt_aggregate_jobs,
  // workshop
  cmd_workshop,
  pos_workshop_result,
  opt_workshop_cases,
  opt_workshop_format,
  opt_workshop_output,

  // --- messages ---
  error_line,    // {message}: "error: ..."
  warning_line,  // {message}
  did_you_mean,  // {candidate}; appended to a message
  did_you_mean_one_of,  // {candidates}; appended to a message
  list_separator,
  // command-line parsing (CLI11's errors, reworded)
  parse_unknown_subcommand,  // {word} {hint: did_you_mean or parse_subcommands_are}
  parse_subcommands_are,     // {subcommands}
  parse_subcommand_required,  // {subcommands}
  parse_unknown_option,      // {command} {option} {hint}
  parse_unexpected_arguments,  // {command} {arguments}
  parse_required,            // {option or positional} {its help}
  parse_not_one_of,          // {option} {allowed} {value}
  parse_not_in_range,        // {option} {min} {max} {value}
  parse_not_below,           // {option} {min} {value}
  parse_not_a_number,        // {option} {value}
  parse_expected_value,      // {option}
  parse_other,               // {CLI11's message}
  parse_help_hint,           // {command}
  // files and folders
  cannot_write,              // {path} {reason}
  stdout_cannot_write,       // {reason}
  write_is_directory,
  write_no_folder,
  write_link_loop,
  write_short,
  no_such_input,             // {path}
  cannot_read_folder,        // {folder} {reason}
  given_twice,               // {file}
  no_result_files,
  // --format and -o
  format_unknown,            // {name} {known formats} {did you mean}
  format_path_missing,       // {spec}
  format_two_on_stdout,
  format_binary_on_terminal,  // {name}
  format_same_file,          // {format} {format} {path}
  render_failed_report,      // {format} {reason}
  render_failed_output,      // {format} {reason}
  // explain, cases
  unknown_rule,              // {id} {hint}
  unknown_rule_list_hint,
  unknown_case,              // {id} {hint}
  unknown_case_list_hint,
  // lint, test, version
  lint_summary,              // {rules} {questions} {errors} {"s" or ""} {warnings} {"s" or ""}
  lint_summary_no_library,   // {errors} {"s" or ""} {warnings} {"s" or ""}
  test_summary,              // {tests} {passed} {failed} {could not run}
  version_text,              // {tenken version} {result format} {rules} {questions} {sections} {cases}
  // diff, compare, aggregate
  diff_other_organization,   // {old name} {new name}
  diff_dates_reversed,       // {new file} {new date} {old file} {old date}
  previous_other_organization,  // {file} {its organization} {this organization}
  previous_not_earlier,         // {file} {its date} {this date}
  other_library,             // {count} {first file}
  results_skipped_compare,   // {files} {"s" or ""} {read} {not read}
  results_skipped_aggregate, // {files} {"s" or ""} {read} {not read}
  nothing_to_compare,
  nothing_to_aggregate,
  output_over_result,        // {path}
  aggregate_output_over_result,  // {format} {file}
  repeated_dates,            // {count} {organization} {date} {files}
  // form, template, interview
  form_not_html,             // {path}
  quick_none,
  template_yaml_named_csv,   // {path}
  template_csv_named_yaml,   // {path}
  template_exists,           // {path}
  interview_to_stdout,
  interview_not_yaml,        // {path}
  interview_exists,          // {path} {quoted path}
  interview_nothing_to_resume,  // {path}
  // batch
  batch_output_inside_input,  // {output folder} {input folder}
  batch_no_such_input,        // {path}
  batch_no_answer_files,
  batch_same_report,          // {input} {input} {report name} {folder}
  batch_report_over_answers,  // {format} {input} {answer file}
  batch_output_is_file,       // {folder}
  batch_cannot_make_folder,   // {folder} {reason}
  batch_summary,              // {files} {"s" or ""} {evaluated} {batch_not_evaluated or ""} {folder}
  batch_not_evaluated,        // {count}
  batch_progress,             // {bar} {done} {files} {with errors}
  // workshop
  workshop_unknown_case,      // {id} {hint}
  workshop_result_before_cases,
  workshop_nothing_chosen,
  workshop_over_result,       // {path}
  workshop_no_cases,          // {path}
  count_  // not a word: the number of words
};

// The word in a language. Never null.
const char* word(CliWord w, Lang lang);

// The language of everything the command line says (set_ui_lang; English until then).
Lang ui_lang();
void set_ui_lang(Lang lang);

// The word in the command line's language.
inline const char* word(CliWord w) { return word(w, ui_lang()); }

// The word in the command line's language with its replacement fields filled in.
template <class... Args>
std::string say(CliWord w, const Args&... args) {
  return fmt::format(fmt::runtime(word(w)), args...);
}

// The value of the last `--lang VALUE` or `--lang=VALUE` among `args` (the arguments after the
// program's name, up to a "--"), when it is ja or en; nullopt otherwise.
std::optional<Lang> lang_in_arguments(const std::vector<std::string_view>& args);

// The command line's language: lang_in_arguments, else the locale (lang_from_environment).
Lang lang_of_command_line(int argc, const char* const* argv);

// "; did you mean 'x'?" (in the command line's language) for the candidate closest to `typed`,
// else "" (tenken::closest_match decides).
std::string did_you_mean_hint(std::string_view typed, const std::vector<std::string>& candidates);

// `items` joined with the language's list separator (", " / "、").
std::string join_list(const std::vector<std::string>& items);

}  // namespace tenken::cli
