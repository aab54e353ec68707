// What the harnesses share: a fuzz input turned into a Source the way read_source() turns a file
// into one, and the built-in library and an evaluated example, made once per process. Test-only.
// Harnesses read no files beyond the one example named at build time and write none.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "evaluate/answer_set.h"
#include "tenken/engine.h"
#include "tenken/reports/formats.h"
#include "tenken/utf8.h"
#include "tenken/waivers.h"

namespace tenken::fuzz {

// kMaxInputBytes is larger than any input the fuzzer makes (-max_len=1048576).
inline constexpr size_t kMaxFuzzBytes = 1 << 20;

// The input as read_source() would give it: a leading BOM dropped, and null (input rejected)
// when it is not UTF-8, since no loader ever sees such text. `path` chooses the format, as the
// loaders choose by extension.
inline std::shared_ptr<const Source> source_of(const uint8_t* data, size_t size, const char* path) {
  if (size > kMaxFuzzBytes) return nullptr;
  std::string text(reinterpret_cast<const char*>(data), size);
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  if (utf8::first_invalid(text) != std::string_view::npos) return nullptr;
  return std::make_shared<Source>(path, std::move(text));
}

// A failure of the harness's own setup, not a finding: stop loudly.
[[noreturn]] inline void setup_failed(const char* what, const Diagnostics& diags) {
  std::fprintf(stderr, "fuzz setup: %s\n", what);
  for (const Diagnostic& d : diags.sorted()) std::fputs(format_diagnostic(d).c_str(), stderr);
  std::abort();
}

// Renders every diagnostic as the CLI prints it, so that positions, excerpts and carets of
// whatever the input provoked are worked out too.
inline size_t render_all(const Diagnostics& diags) {
  size_t bytes = 0;
  for (const Diagnostic& d : diags.sorted()) bytes += format_diagnostic(d).size();
  return bytes;
}

inline const Library& builtin_library() {
  static const Library* library = [] {
    StatusOr<Library> builtin = tenken::builtin_library();  // the engine's, read from the image
    if (!builtin.is_ok()) setup_failed(builtin.status().message().c_str(), Diagnostics());
    return new Library(std::move(builtin.value()));
  }();
  return *library;
}

inline const CompiledLibrary& builtin_compiled() {
  static const CompiledLibrary* compiled = [] {
    Diagnostics diags;
    CompiledLibraryPtr c = compile(builtin_library(), diags);
    if (!c) setup_failed("the built-in library does not compile", diags);
    return c.release();
  }();
  return *compiled;
}

// The example named at build time (TENKEN_FUZZ_EXAMPLE: the hospital before nisc-2021-06, with
// passes, failures, unknowns and partial answers), bound against the built-in library.
inline const AnswerSet& example_answers() {
  static const AnswerSet* bound = [] {
    Diagnostics diags;
    std::shared_ptr<const Source> file = read_source(TENKEN_FUZZ_EXAMPLE, diags);
    std::optional<Answers> answers = file ? load_answers(file, diags) : std::nullopt;
    AnswerSetPtr set = answers ? bind_answers(builtin_compiled(), *answers, diags) : nullptr;
    if (!set) setup_failed("the example answers do not load", diags);
    return set.release();
  }();
  return *bound;
}

// The example evaluated: a Result with rules in every state, for waivers to be applied to.
inline const Result& example_result() {
  static const Result* result = new Result(evaluate(builtin_compiled(), example_answers()));
  return *result;
}

// Every format the CLI writes, in both languages, as `tenken check --format ...` renders them;
// all but the workbook, which goes through a temporary file (harnesses write no files). Slow for
// a whole library's Result, so only result_json renders (its Results are small ones).
inline void render_every_format(const Result& result) {
  for (const Format& format : formats()) {
    if (format.name == "xlsx") continue;
    for (Lang lang : {Lang::en, Lang::ja}) format.render(result, {lang, lang == Lang::ja, true});
  }
}

// What `tenken check` does after loading an answer file, but for rendering the report (see
// render_every_format): binds it to the built-in library (rendering every diagnostic), decides
// what is asked, and evaluates.
inline void check_answers(const std::optional<Answers>& answers, Diagnostics& diags) {
  const CompiledLibrary& library = builtin_compiled();
  AnswerSetPtr bound = answers ? bind_answers(library, *answers, diags) : nullptr;
  render_all(diags);
  if (!answers) return;
  questions_asked(library, *answers);
  if (bound) evaluate(library, *bound);
}

// What `tenken check --waivers FILE --warn-expiring 30` does with a waivers file, but for
// rendering the report: loads it, applies it to the example's Result and renders every
// diagnostic.
inline int check_waivers(const std::shared_ptr<const Source>& file) {
  if (!file) return -1;
  Diagnostics diags;
  std::optional<Waivers> waivers = load_waivers(file, diags);
  Result result = example_result();
  if (waivers) apply_waivers(result, *waivers, 30, diags);
  render_all(diags);
  return 0;
}

}  // namespace tenken::fuzz
