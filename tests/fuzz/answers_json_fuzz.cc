// Fuzz harness: an answer file in JSON (`tenken check answers.json`).
//
// Input: one answer file (answers.json) that opens with '{', which is how the loader tells JSON
// from YAML (JSON is read by tenken's JSON parser, json_tree.h); other inputs are left to
// answers_yaml.
// Does what `tenken check` does with it up to the report (see answers_yaml): loads it, binds it to
// the built-in library, renders every diagnostic (with JSON's advice: "write true"), decides what
// is asked and evaluates.
// Finds: crashes, sanitizer reports, and run-away time or memory in reading JSON (escapes,
// surrogates, nesting, long keys), the answer loader, binding and evaluation.
// Run by scripts/fuzz; seeds are the JSON answer files of the tests and examples made JSON.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.h"

namespace {

bool opens_with_brace(std::string_view text) {
  size_t first = text.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && text[first] == '{';
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tenken;
  std::shared_ptr<const Source> file = fuzz::source_of(data, size, "answers.json");
  if (!file || !opens_with_brace(file->text())) return -1;
  Diagnostics diags;
  fuzz::check_answers(load_answers(file, diags), diags);
  return 0;
}
