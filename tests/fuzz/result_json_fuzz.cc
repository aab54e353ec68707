// Fuzz harness: a saved Result in JSON (`tenken report result.json`, `tenken diff old new`).
//
// Input: one Result file as `tenken check --format json` writes it (or anything else).
// Does what `tenken report` does with it: reads it back with the built-in library
// (result_from_json; every problem a diagnostic, rendered) and renders every format but the workbook, in both languages; and what
// `tenken diff` does: compares it with itself a year on (every rule's state changed) and with an
// empty Result, and renders the comparisons in every diff format. Then checks that the Result's own JSON form reads back and writes again
// the same bytes; a Result that does not survive the round trip is a finding (abort).
// Finds: crashes, sanitizer reports, and run-away time or memory in the JSON reader, the
// renderers and the diff; and Results the writer and reader disagree about. Run by scripts/fuzz;
// seeds are the small Results of the tests and Results made by tenken with the test library
// (a whole library's Result renders in seconds under the sanitizers: too slow to fuzz).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "fuzz_support.h"
#include "tenken/diff.h"
#include "tenken/reports/render_diff.h"

namespace tenken::fuzz {
namespace {

void render_diff(const Result& old_result, const Result& new_result) {
  ResultDiff d = diff_results(old_result, new_result);
  d.old_path = "old.json";
  d.new_path = "new.json";
  for (Lang lang : {Lang::en, Lang::ja}) {
    RenderOptions o{lang, lang == Lang::ja, false};
    render_diff_terminal(d, o);
    render_diff_markdown(d, o);
    render_diff_html(d, o);
    render_diff_json(d, o);
  }
}

// The same Result with every rule in the next state, so that a diff has every kind of change.
Result a_year_on(Result result) {
  for (RuleResult& r : result.rules) r.state = static_cast<State>((static_cast<int>(r.state) + 1) % kStateCount);
  return result;
}

// render_json(read(render_json(r))) == render_json(r): what the writer writes, the reader reads.
void check_round_trip(const Result& result) {
  std::string written = render_json(result);
  StatusOr<Result> read = result_from_json(written, builtin_compiled());
  if (!read.is_ok()) {
    std::fprintf(stderr, "round trip: the Result's own JSON does not read back: %s\n--- written:\n%s\n",
                 read.status().message().c_str(), written.c_str());
    std::abort();
  }
  std::string again = render_json(read.value());
  if (again != written) {
    std::fprintf(stderr, "round trip: the Result's JSON changes when read and written again\n"
                         "--- first:\n%s\n--- second:\n%s\n", written.c_str(), again.c_str());
    std::abort();
  }
}

int fuzz_result(const uint8_t* data, size_t size) {
  std::shared_ptr<const Source> file = source_of(data, size, "result.json");
  if (!file) return -1;
  Diagnostics diags;
  std::optional<Result> read = result_from_json(file, builtin_compiled(), diags);
  render_all(diags);
  if (!read) return 0;
  render_every_format(*read);
  render_diff(*read, a_year_on(*read));
  render_diff(Result{}, *read);
  check_round_trip(*read);
  return 0;
}

}  // namespace
}  // namespace tenken::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return tenken::fuzz::fuzz_result(data, size);
}
