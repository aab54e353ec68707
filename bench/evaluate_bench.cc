// Micro-benchmark: evaluating the compiled built-in library against one bound answer set, the
// work `check` repeats for every answer file (and `aggregate` will repeat for many). Loading and
// compiling are measured once each for scale. Figures, not a test: nothing here can fail a build.
//
// usage: bench_evaluate [ANSWERS.yaml] [ITERATIONS]
#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <string>

#include "tenken/engine.h"

namespace {

using Clock = std::chrono::steady_clock;

double micros_since(Clock::time_point start) {
  return std::chrono::duration<double, std::micro>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  std::string path = argc > 1 ? argv[1] : "examples/nisc-2021-06-hospital.yaml";
  long iterations = argc > 2 ? std::atol(argv[2]) : 100000;
  tenken::Diagnostics diags;

  auto start = Clock::now();
  tenken::Library parsed = tenken::load_library(tenken::builtin_sources(), diags);
  double parse_us = micros_since(start);
  start = Clock::now();
  tenken::StatusOr<tenken::Library> image = tenken::builtin_library();
  double image_us = micros_since(start);
  if (!image.is_ok()) {
    fmt::print(stderr, "{}\n", image.status().message());
    return 1;
  }
  tenken::Library library = std::move(image.value());
  size_t rules = library.rules.size(), questions = library.checklist.questions.size();
  start = Clock::now();
  tenken::CompiledLibraryPtr compiled = tenken::compile(std::move(library), diags);
  double compile_us = micros_since(start);
  auto source = tenken::read_source(path, diags);
  auto answers = source ? tenken::load_answers(source, diags) : std::nullopt;
  tenken::AnswerSetPtr bound = compiled && answers ? tenken::bind_answers(*compiled, *answers, diags) : nullptr;
  if (!bound) {
    for (const auto& d : diags.sorted()) fmt::print(stderr, "{}", tenken::format_diagnostic(d));
    return 1;
  }

  size_t sink = 0;
  start = Clock::now();
  for (long i = 0; i < iterations; ++i) sink += tenken::evaluate(*compiled, *bound).summary.counts[1];
  double eval_us = micros_since(start) / static_cast<double>(iterations);

  start = Clock::now();
  long bind_iterations = iterations / 10 + 1;
  for (long i = 0; i < bind_iterations; ++i) {
    tenken::Diagnostics d;
    sink += tenken::bind_answers(*compiled, *answers, d) != nullptr;
  }
  double bind_us = micros_since(start) / static_cast<double>(bind_iterations);

  fmt::print("library: {} rules, {} questions ({})\n", rules, questions, path);
  fmt::print("parse library YAML      {:10.1f} us (once; what check did before the image)\n", parse_us);
  fmt::print("read library image      {:10.1f} us (once; what check does at start)\n", image_us);
  fmt::print("compile                 {:10.1f} us (once)\n", compile_us);
  fmt::print("bind answers            {:10.2f} us per answer file\n", bind_us);
  fmt::print("evaluate all rules      {:10.2f} us per answer set ({:.0f} ns per rule; Result included)\n",
             eval_us, eval_us * 1000 / static_cast<double>(rules ? rules : 1));
  fmt::print("(checksum {})\n", sink);
  return 0;
}
