// Diagnostics: problems found in checklists, rules, answers and waivers. They are collected,
// never thrown, so that one run reports every problem it can find. Each names a file, line and
// column, says what was expected and what was found, and renders like a compiler message:
//
//   rules/backup.yaml:12:9: error: unknown question 'backup.ofline'; did you mean 'backup.offline'?
//     expect: backup.ofline and backup.generations >= 3
//             ^
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tenken/bilingual.h"
#include "tenken/source.h"
#include "tenken/text.h"

namespace tenken {

enum class Level { warning, error };

struct Diagnostic {
  Level level = Level::error;
  std::string path;  // empty when the problem has no file (a command-line value)
  LineColumn where;  // 0:0 when the position is unknown (a file that cannot be parsed at all)
  LocalizedText message;  // in both languages; hidden characters shown visibly, a word over 200
                         // characters cut short
  std::string excerpt;  // the source line around the position, empty if none
  int caret = 0;        // display column of the caret under `excerpt` (0-based, wide chars = 2)
};

// Renders "path:line:col: error: message" plus the excerpt and caret line, ending in '\n'; in
// Japanese "path:line:col: エラー: message".
std::string format_diagnostic(const Diagnostic& d, bool color = false, Lang lang = Lang::en);

// The most diagnostics one run keeps and shows. Past it only counts are kept, so that a file
// with 20,000 errors on one line costs no more than one with 100 (see not_shown_note). Compilers stop at about as many (clang: 20).
inline constexpr size_t kMaxDiagnosticsKept = 20;

class Diagnostics {
 public:
  // Messages are written in both languages (bilingual.h); the command line shows one.
  void error(const Origin& at, const LocalizedText& message) { add(Level::error, at, message); }
  void warning(const Origin& at, const LocalizedText& message) { add(Level::warning, at, message); }
  // A problem with a whole file (cannot be read, too large, ...), reported without a position.
  void file_error(std::string path, const LocalizedText& message);
  void add(Level level, const Origin& at, const LocalizedText& message);

  bool has_errors() const { return errors_ > 0; }
  int error_count() const { return errors_; }
  // Counts every diagnostic, shown or not.
  int warning_count() const { return static_cast<int>(items_.size() + not_kept_) - errors_; }
  const std::vector<Diagnostic>& items() const { return items_; }
  // Sorted by file, line, column so that output does not depend on load order.
  std::vector<Diagnostic> sorted() const;
  void append(const Diagnostics& other);
  // "note: 19900 more problems are not shown; tenken shows the first 20\n", or "" when all are.
  std::string not_shown_note(Lang lang = Lang::en) const;

 private:
  bool keep(Level level);  // counts the diagnostic; false once kMaxDiagnosticsKept are kept

  std::vector<Diagnostic> items_;
  int errors_ = 0;
  size_t not_kept_ = 0;
};

// The fewest insertions, deletions and substitutions of bytes that turn `a` into `b`.
size_t edit_distance(std::string_view a, std::string_view b);

// "did you mean 'x'?" helper: the candidate closest to `word` by edit distance, or "" if none is
// close enough to be a likely typo.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);
// "; did you mean 'x'?" (「。もしかして 'x' ですか？」) or "" — ready to append to a message.
LocalizedText did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace tenken
