// The interview: asks the assessment's own fields, then the questionnaire in checklist order,
// honouring skip logic (a question is asked unless its section's or its own ask_if is known to
// be false, given the answers so far), and saves the whole answer file after every answer.
// Every answer is checked by the engine exactly as `tenken check` would check the file (written,
// loaded and bound), and refused on the spot with the engine's reason when it is wrong.
//
// Input and output go through a Console, and saving through a function, so that the session
// runs the same on a terminal, on piped input and in unit tests. It never touches files itself.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "answering/interview/prompt.h"
#include "tenken/engine.h"
#include "tenken/status.h"

namespace tenken::answering {

// Where the interview reads what the operator types and shows its questions.
class Console {
 public:
  virtual ~Console() = default;
  // The next line, without its line break; nullopt at the end of input or when interrupted.
  virtual std::optional<std::string> read_line() = 0;
  virtual void write(std::string_view text) = 0;
};

// Saves the whole answer file (YAML); a failed Status stops the interview.
using SaveAnswers = std::function<Status(const std::string& yaml)>;

struct SessionSetup {
  Answers answers;                   // the answer file so far (--resume), or an empty one
  std::optional<Answers> last_year;  // --from: each answer offered as the default
  bool resume = false;
  bool quick = false;                // only questions marked `quick`
  Lang lang = Lang::en;
  Style style;
  int width = 80;                    // columns to wrap at
  std::string today;                 // YYYY-MM-DD: the assessment date offered by default
  std::string path;                  // the answer file, as named to the operator
  std::string from_path;             // --from, as named to the operator
  std::string resume_command;        // shown on quitting
  std::string check_command;         // shown at the end
  std::string rest_command;          // after a quick pass: continue with every question
};

enum class SessionEnd { finished, quit, save_failed };

// Runs the interview until every asked question has been shown, or the operator quits (q, end
// of input, interrupt), or saving fails.
SessionEnd run_interview(const CompiledLibrary& library, SessionSetup setup, Console& console,
                         const SaveAnswers& save);

// What the engine says about an answer file holding `answers`: the messages of its errors and
// of its warnings (without file:line:col), as `tenken check` would find them.
struct Verdict {
  std::vector<std::string> errors;
  std::vector<std::string> warnings;
};
Verdict check_answers(const CompiledLibrary& library, const Answers& answers, const std::string& path,
                      Lang lang = Lang::en);

// Answers loaded from a file (YAML, JSON or CSV), made ready to be written back as YAML with
// the same meaning: a JSON file's quoted "unknown" (don't know, where it cannot be a value)
// becomes `unknown`, and text answers and choice ids are marked as strings.
void prepare_loaded_answers(Answers& answers, const Checklist& checklist);

// The longest line the interview takes; a longer one is refused (a console may cut it just
// past this length, to bound memory).
inline constexpr size_t kMaxLineBytes = 65536;

// The first line of the files the interview writes (without '#').
inline constexpr std::string_view kAnswerFileComment =
    "tenken answer file (docs/answers.md), written by tenken interview";

}  // namespace tenken::answering
