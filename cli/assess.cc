// One answer file evaluated, and its exit code (assess.h).
#include "cli/assess.h"

#include <cctype>

#include "cli/common.h"

namespace tenken::cli {
namespace {

// A path ending in .csv (any case) is an answer sheet kept in a spreadsheet.
bool is_csv(const std::string& path) {
  std::string tail = path.size() >= 4 ? path.substr(path.size() - 4) : "";
  for (char& c : tail) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return tail == ".csv";
}

}  // namespace

std::optional<Result> assess_answer_file(const CompiledLibrary& library, const std::string& path,
                                         Diagnostics& diags) {
  std::shared_ptr<const Source> source = read_source(path, diags);
  std::optional<Answers> answers = !source         ? std::nullopt
                                   : is_csv(path) ? load_answers_csv(source, library_of(library).checklist, diags)
                                                  : load_answers(source, diags);
  AnswerSetPtr bound = answers ? bind_answers(library, *answers, diags) : nullptr;
  if (!bound) return std::nullopt;
  return evaluate(library, *bound);
}

// A waived rule counts as waived, so it neither fails nor stays unknown here.
int exit_code_for(const Result& result, const std::string& fail_on) {
  if (fail_on == "never") return kExitOk;
  Severity threshold = Severity::low;
  parse_severity(fail_on, threshold);
  bool failing = false, unknown = false;
  for (const RuleResult& r : result.rules) {
    if (r.severity < threshold) continue;
    failing |= counted_state(r) == State::fail;
    unknown |= counted_state(r) == State::unknown;
  }
  return failing ? kExitFail : unknown ? kExitUnknown : kExitOk;
}

}  // namespace tenken::cli
