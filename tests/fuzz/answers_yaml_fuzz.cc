// Fuzz harness: an answer file in YAML (`tenken check answers.yaml`).
//
// Input: one answer file (answers.yaml).
// Does what `tenken check` does with it up to the report: loads it, binds it to the built-in
// library (types, bounds, choices, dates, partial answers, skip logic), renders every diagnostic,
// decides what is asked and evaluates. (Reports are rendered by result_json, whose Results are
// small: a whole library's report in every format takes seconds under the sanitizers.)
// Finds: crashes, sanitizer reports, and run-away time or memory in the YAML reading (aliases,
// nesting), the answer loader, binding and evaluation. Run by scripts/fuzz; seeds are examples/
// and the answer files of the tests.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tenken;
  std::shared_ptr<const Source> file = fuzz::source_of(data, size, "answers.yaml");
  if (!file) return -1;
  Diagnostics diags;
  fuzz::check_answers(load_answers(file, diags), diags);
  return 0;
}
