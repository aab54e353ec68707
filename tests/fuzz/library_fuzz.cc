// Fuzz harness: loading a library file (a checklist, rules, categories or cases).
//
// Input: one YAML file as given to --rules DIR or --checklist FILE (rules/fuzz.yaml).
// Does what `tenken lint --no-builtin --checklist FILE` does with it (load, compile whatever loaded
// even after errors, lint), evaluates the result against no answers, and, when the file loads
// without errors, what `tenken check --checklist FILE` does: lays it over the built-in library,
// compiles, binds the example's answers and evaluates. Diagnostics are rendered as printed.
// Finds: crashes, sanitizer reports, and run-away time or memory in the YAML reading, the
// checklist, rule and catalog loaders, overlaying, compiling (skip-logic order), lint, binding and
// evaluation. Run by scripts/fuzz; seeds are rules/, checklists/ and the test libraries.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.h"

namespace tenken::fuzz {
namespace {

// The file as the only library: as lint sees it (keep going after load errors).
void alone(const std::shared_ptr<const Source>& file, Diagnostics& diags) {
  Library library = load_library({file}, diags);
  CompiledLibraryPtr compiled = compile(std::move(library), diags);
  if (!compiled) return;
  lint(*compiled, diags);
  Answers none;
  none.assessment.date = "2026-04-01";
  if (AnswerSetPtr bound = bind_answers(*compiled, none, diags)) evaluate(*compiled, *bound);
}

// The file over the built-in library, answered with the example.
void over_builtin(const std::shared_ptr<const Source>& file) {
  Diagnostics diags;
  Library overlay = load_library({file}, diags);
  if (diags.has_errors()) return;  // the CLI stops here
  Library library = builtin_library();
  overlay_library(library, std::move(overlay));
  CompiledLibraryPtr compiled = compile(std::move(library), diags);
  AnswerSetPtr bound = compiled ? bind_answers(*compiled, example_answers().answers, diags) : nullptr;
  if (bound) evaluate(*compiled, *bound);
  render_all(diags);
}

int fuzz_library_file(const uint8_t* data, size_t size) {
  std::shared_ptr<const Source> file = source_of(data, size, "rules/fuzz.yaml");
  if (!file) return -1;
  Diagnostics diags;
  alone(file, diags);
  render_all(diags);
  over_builtin(file);
  return 0;
}

}  // namespace
}  // namespace tenken::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return tenken::fuzz::fuzz_library_file(data, size);
}
