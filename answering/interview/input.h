// Reading one line the operator typed at a question of the interview: a command (don't know,
// not applicable, alternative, comment, back, skip, quit, help) or an answer in the question's
// terms (y/n, a choice's number or id, several of them, the partial form +1 -2, a number or an
// approximate one 30-60 >=30 <=60, a date, free text). Only the shape of the line is read here; whether the value is right for the
// question (a choice that exists, a number within bounds, a real date) is left to
// bind_answers(), so that the interview and `tenken check` accept exactly the same answers.
#pragma once

#include <string>
#include <string_view>

#include "tenken/answers.h"
#include "tenken/checklist.h"
#include "tenken/text.h"

namespace tenken::answering {

enum class Command { back, skip, quit, help, comment, not_applicable, alternative };

struct Reply {
  enum class Kind {
    empty,    // nothing typed: take the default, if there is one
    command,  // `command`
    answer,   // `answer` (a value, or "don't know")
    invalid,  // `problem` says what was expected and what was found
  };
  Kind kind = Kind::empty;
  Command command = Command::back;
  Answer answer;
  LocalizedText problem;
};

// Reads a line typed at question `q`. Commands are words (case and full-width forms do not
// matter): ? / unknown, na, alt, c / comment, b / back, s / skip, q / quit, h / help. For a text
// question every other line is the answer as typed, except that a leading backslash is dropped,
// so that "\na" answers the text "na". For a number question, a range stands for an approximate
// number (Answer::is_range): "30-60", "30~60" or "30〜60" between two bounds, ">=30", "30+" or
// "30以上" at least, "<=60" or "60以下" at most; each bound is kept as typed.
Reply parse_reply(std::string_view line, const Question& q);

// The command a line names, for prompts that take only commands and free text (a comment, a
// reason); false when the line is not a command.
bool parse_command(std::string_view line, Command& out);

// The line with full-width ASCII (Ａ-Ｚ, ０-９, ＋, …) and the ideographic space turned into their
// ASCII forms and blanks trimmed from both ends: how an IME-typed number, date or command is read.
std::string normalize(std::string_view line);

}  // namespace tenken::answering
