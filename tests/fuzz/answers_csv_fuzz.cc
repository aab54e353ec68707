// Fuzz harness: an answer sheet in CSV (`tenken check answers.csv`, as saved from Excel).
//
// Input: one CSV file (answers.csv): a header row naming the columns, then a row per answer.
// Does what `tenken check` does with it up to the report (see answers_yaml): reads the table
// (RFC 4180 quoting, BOM, separators), turns the cells into answers by the built-in checklist's
// question types ({has, lacks} and {at_least, at_most} cell syntax, dates with slashes), binds,
// renders every diagnostic, decides what is asked and evaluates.
// Finds: crashes, sanitizer reports, and run-away time or memory in the CSV reader, the cell
// parsers, binding and evaluation. Run by scripts/fuzz; seeds are the CSV answer
// sheets of the tests and a blank `tenken template --format csv`.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tenken;
  std::shared_ptr<const Source> file = fuzz::source_of(data, size, "answers.csv");
  if (!file) return -1;
  Diagnostics diags;
  fuzz::check_answers(load_answers_csv(file, fuzz::builtin_compiled().library.checklist, diags), diags);
  return 0;
}
