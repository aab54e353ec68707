// What the interview shows: a section's banner, the progress line, a question with its help, its
// choices and the answers it accepts, an answer as the operator reads it, the command legend and
// the full help, and every message of the session, in Japanese and English. Text from the
// checklist and the answers is made printable (no control characters reach the terminal) and
// wrapped by display width, so that Japanese lines fit. Nothing here reads input or decides.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "tenken/answers.h"
#include "tenken/checklist.h"
#include "tenken/text.h"

namespace tenken::answering {

// ANSI colour, only when `color` (a terminal, and NO_COLOR unset).
struct Style {
  bool color = false;
  std::string bold(std::string_view text) const;
  std::string dim(std::string_view text) const;
  std::string red(std::string_view text) const;
  std::string yellow(std::string_view text) const;
};

struct Progress {
  std::string section;     // the section's title
  int in_section = 0;      // 1-based position among the section's asked questions
  int section_total = 0;
  int overall = 0;         // 1-based position among all questions asked; 0: not shown
  int total = 0;
};

// "── Backup ───…" filling `width` columns, with a blank line before it.
std::string section_banner(std::string_view title, int width, const Style& style);

// "[Backup 1/4 · overall 3/12]  backup.taken"
std::string progress_line(const Progress& p, std::string_view id, Lang lang, const Style& style);

// The question's text, its help (indented) and its choices, numbered.
std::string question_body(const Question& q, Lang lang, int width, const Style& style);

// The type and what it accepts: "Answer: a number in generations, from 0 to 100. Known only
// roughly? ..." (a number question also tells how to type an approximate number).
std::string how_to_answer(const Question& q, Lang lang);

// An answer as the operator reads it: "yes", "On another server (other_server)", "between 30 and
// 60 generations", "don't know", "not applicable: no web forms"; then, on lines of their own, its
// comment and evidence.
std::string describe_answer(const Answer& a, const Question& q, Lang lang);

// The commands, on one line or, when that would be wider than `width`, on two.
std::string legend(Lang lang, int width, const Style& style);

// The full help (h): every command and the answer forms.
std::string full_help(Lang lang);

// The assessment's own fields, asked before the questionnaire as if they were questions:
// organization.name (text), organization.sector (a choice of sectors()), organization.size (a
// choice of size_bands()), assessment.date, assessment.assessor and assessment.scope (text). Their `help` says how to answer them.
const std::vector<Question>& assessment_questions();

// The session's messages. Placeholders are fmt's {}.
namespace msg {
extern const LocalizedText intro;            // {path}
extern const LocalizedText from_intro;       // {path}
extern const LocalizedText quick_intro;      // {asked quick} {all}
extern const LocalizedText resume_intro;     // {path} {answered} {asked} {id}
extern const LocalizedText nothing_left;     // {asked}
extern const LocalizedText about_assessment;
extern const LocalizedText current_answer;   // {answer}
extern const LocalizedText last_year;        // {answer}
extern const LocalizedText default_value;    // {today's date}
extern const LocalizedText refused;          // {reason}
extern const LocalizedText note;             // {message}
extern const LocalizedText need_answer;
extern const LocalizedText required;
extern const LocalizedText first_step;
extern const LocalizedText not_here;
extern const LocalizedText comment_prompt;
extern const LocalizedText comment_current;  // {comment}
extern const LocalizedText comment_noted;
extern const LocalizedText comment_removed;
extern const LocalizedText comment_dropped;
extern const LocalizedText na_prompt;
extern const LocalizedText alt_prompt;
extern const LocalizedText cancelled;
extern const LocalizedText multiline_end;
extern const LocalizedText not_utf8;
extern const LocalizedText too_long;         // {max bytes}
extern const LocalizedText quit;             // {path} {answered} {command}
extern const LocalizedText finished;         // {answered} {asked} {unanswered} {path} {command}
extern const LocalizedText finished_quick;   // {command}
extern const LocalizedText save_failed;      // {reason}
extern const LocalizedText sector_problem;   // {found} {count} {did you mean}
extern const LocalizedText size_problem;     // {found} {count} {did you mean}
}  // namespace msg

template <class... Args>
std::string say(const LocalizedText& text, Lang lang, Args&&... args) {
  return fmt::format(fmt::runtime(text.in(lang)), std::forward<Args>(args)...);
}

}  // namespace tenken::answering
