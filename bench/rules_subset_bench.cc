// Micro-benchmark for the json-rules-engine comparison (bench/json-rules-engine/README.md):
// evaluating a subset of the built-in rules, and the whole library for scale, over many answer
// files, as bench/json-rules-engine/bench.js times engine.run() over the same files. The library
// is the built-in one with every rule not named erased before compiling. Figures, not a test.
// Besides evaluate(), it times deciding the states alone (tenken::decide(), what
// json-rules-engine's engine.run does: no Result).
//
// usage: bench_rules_subset ANSWERS_DIR FILES ROUNDS RULE_ID...
//   Binds the first FILES answer files of ANSWERS_DIR (sorted by name) once, then evaluates every
//   bound set ROUNDS times (after one warm-up round). Prints one JSON line: per answer set, the
//   median, min and max over the rounds of evaluating the subset and the whole library, in
//   microseconds (Result included, as `tenken check` builds it), the same for deciding the states
//   alone, and the time to bind one file.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "tenken/engine.h"

namespace {

using Clock = std::chrono::steady_clock;

double micros_since(Clock::time_point start) {
  return std::chrono::duration<double, std::micro>(Clock::now() - start).count();
}

struct Spread {
  double median, min, max;
};

Spread spread(std::vector<double> xs) {
  std::sort(xs.begin(), xs.end());
  size_t n = xs.size();
  return {n % 2 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2, xs.front(), xs.back()};
}

struct Figures {
  size_t rules = 0;
  double bind_us = 0;
  Spread eval{}, decide{};
  size_t checksum = 0, decided = 0;  // rules failed per evaluate(); passed and failed per decide
};

bool measure(tenken::Library library, const std::vector<tenken::Answers>& files, int rounds, Figures& out) {
  tenken::Diagnostics diags;
  out.rules = library.rules.size();
  tenken::CompiledLibraryPtr compiled = tenken::compile(std::move(library), diags);
  std::vector<tenken::AnswerSetPtr> bound;
  // Warm-up: binding into memory never used before costs several times more (the first library
  // measured paid 10x); `check` and `batch` bind into memory freed by the file before.
  for (const tenken::Answers& a : files) bound.push_back(compiled ? tenken::bind_answers(*compiled, a, diags) : nullptr);
  bound.clear();
  auto start = Clock::now();
  for (const tenken::Answers& a : files) bound.push_back(compiled ? tenken::bind_answers(*compiled, a, diags) : nullptr);
  out.bind_us = micros_since(start) / static_cast<double>(files.size());
  if (!compiled || std::find(bound.begin(), bound.end(), nullptr) != bound.end()) {
    for (const auto& d : diags.sorted()) fmt::print(stderr, "{}", tenken::format_diagnostic(d));
    return false;
  }
  std::vector<double> per_set;
  for (int round = -1; round < rounds; ++round) {  // round -1: warm-up
    start = Clock::now();
    for (const auto& set : bound) out.checksum += tenken::evaluate(*compiled, *set).summary.counts[1];
    if (round >= 0) per_set.push_back(micros_since(start) / static_cast<double>(bound.size()));
  }
  out.eval = spread(per_set);
  per_set.clear();
  size_t pass_fail = 0, pass_fail_decided = 0;
  for (const auto& set : bound) {
    const auto& counts = tenken::evaluate(*compiled, *set).summary.counts;
    pass_fail += counts[0] + counts[1];
  }
  for (int round = -1; round < rounds; ++round) {
    start = Clock::now();
    for (const auto& set : bound)
      for (size_t rule = 0; rule < tenken::rule_count(*compiled); ++rule) {
        tenken::State st = tenken::decide(*compiled, *set, rule);
        out.decided += st == tenken::State::pass || st == tenken::State::fail;
        pass_fail_decided += round < 0 && (st == tenken::State::pass || st == tenken::State::fail);
      }
    if (round >= 0) per_set.push_back(micros_since(start) / static_cast<double>(bound.size()));
  }
  out.decide = spread(per_set);
  if (pass_fail != pass_fail_decided) {
    fmt::print(stderr, "bench_rules_subset: decide() found {} passes and failures, evaluate() {}\n",
               pass_fail_decided, pass_fail);
    return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5) {
    fmt::print(stderr, "usage: bench_rules_subset ANSWERS_DIR FILES ROUNDS RULE_ID...\n");
    return 1;
  }
  namespace fs = std::filesystem;
  std::vector<std::string> paths;
  for (const auto& entry : fs::directory_iterator(argv[1]))
    if (entry.path().extension() == ".json" || entry.path().extension() == ".yaml") paths.push_back(entry.path().string());
  std::sort(paths.begin(), paths.end());
  paths.resize(std::min(paths.size(), static_cast<size_t>(std::atol(argv[2]))));
  int rounds = std::max(1, std::atoi(argv[3]));
  std::set<std::string> wanted(argv + 4, argv + argc);

  tenken::Diagnostics diags;
  std::vector<tenken::Answers> files;
  for (const std::string& p : paths) {
    auto source = tenken::read_source(p, diags);
    auto answers = source ? tenken::load_answers(source, diags) : std::nullopt;
    if (!answers) {
      for (const auto& d : diags.sorted()) fmt::print(stderr, "{}", tenken::format_diagnostic(d));
      return 1;
    }
    files.push_back(std::move(*answers));
  }
  if (files.empty()) {
    fmt::print(stderr, "bench_rules_subset: no *.json or *.yaml answer files in {}\n", argv[1]);
    return 1;
  }
  tenken::StatusOr<tenken::Library> image = tenken::builtin_library();
  if (!image.is_ok()) {
    fmt::print(stderr, "{}\n", image.status().message());
    return 1;
  }
  tenken::Library whole = std::move(image.value());
  tenken::Library subset = whole;
  std::erase_if(subset.rules, [&](const tenken::Rule& r) { return !wanted.count(r.id); });
  if (subset.rules.size() != wanted.size()) {
    fmt::print(stderr, "bench_rules_subset: {} of the {} rule ids given are not in the built-in library\n",
               wanted.size() - subset.rules.size(), wanted.size());
    return 1;
  }

  Figures sub, all;
  if (!measure(std::move(subset), files, rounds, sub) || !measure(std::move(whole), files, rounds, all)) return 1;
  auto json = [](const Figures& f) {
    return fmt::format(R"({{"rules": {}, "bind_us": {:.3f}, "median": {:.3f}, "min": {:.3f}, "max": {:.3f}, )"
                       R"("decide": {{"median": {:.3f}, "min": {:.3f}, "max": {:.3f}}}, "checksum": {}, "decided": {}}})",
                       f.rules, f.bind_us, f.eval.median, f.eval.min, f.eval.max, f.decide.median, f.decide.min,
                       f.decide.max, f.checksum, f.decided);
  };
  fmt::print(R"({{"files": {}, "rounds": {}, "subset": {}, "library": {}}})" "\n", files.size(), rounds, json(sub),
             json(all));
  return 0;
}
