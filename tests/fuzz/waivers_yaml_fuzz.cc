// Fuzz harness: a waivers file in YAML (`tenken check --waivers waivers.yaml`).
//
// Input: one waivers file in YAML (waivers.yaml): `waivers:` and a list of rule, justification,
// approved_by, expires.
// Does what `tenken check --waivers FILE --warn-expiring 30` does with it up to the report (see
// answers_yaml): loads it (every problem a diagnostic), applies it to the evaluated example
// (active, expired, not needed, renamed rules, expiring soon; scores after waivers) and renders
// every diagnostic.
// Finds: crashes, sanitizer reports, and run-away time or memory in the waivers loader, date
// parsing and apply_waivers. Run by scripts/fuzz; seeds are examples/waivers/ and
// the waivers of the end-to-end tests.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return tenken::fuzz::check_waivers(tenken::fuzz::source_of(data, size, "waivers.yaml"));
}
