// Fuzz harness: a waivers file in CSV (`tenken check --waivers waivers.csv`).
//
// Input: one waivers file in CSV (waivers.csv), as kept in a spreadsheet: a header row naming
// the columns rule, justification, approved_by, expires in any order, then a row per waiver.
// Does what `tenken check --waivers FILE --warn-expiring 30` does with it up to the report (see
// answers_yaml): loads it (every problem a diagnostic), applies it to the evaluated example
// (active, expired, not needed, renamed rules, expiring soon; scores after waivers) and renders
// every diagnostic.
// Finds: crashes, sanitizer reports, and run-away time or memory in the waivers loader, date
// parsing and apply_waivers. Run by scripts/fuzz; seeds are the CSV waivers of the
// end-to-end tests and the YAML waivers of examples/ written as CSV.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return tenken::fuzz::check_waivers(tenken::fuzz::source_of(data, size, "waivers.csv"));
}
