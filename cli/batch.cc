// tenken batch INPUT... -o OUTDIR: evaluates many answer files against one library, compiled
// once, on every core. Each answer file gets its Result (and any other format asked for) in
// OUTDIR under its own name; a file with errors is reported (file:line:col) and skipped, and the
// others go on. Messages come in the order of the inputs, so the output is the same whatever
// --jobs is; a progress line is shown while it runs when standard error is a terminal. No report
// is ever written over an answer file.
// Exit codes: 1 when any file could not be evaluated or written; else as `check` for the worst
// file: 2 a failure at or above --fail-on, 3 such a rule still unknown, 0 neither.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>

#include "cli/assess.h"
#include "cli/common.h"
#include "cli/output.h"
#include "cli/subcommands.h"
#include "tenken/utf8.h"

namespace tenken::cli {
namespace {

namespace fs = std::filesystem;

struct BatchOptions {
  std::vector<std::string> inputs;
  std::string out_dir;
  std::vector<std::string> formats;
  unsigned jobs = 0;  // 0: one per core
  std::string lang;
  bool csv_bom = false;
  std::string fail_on = "low";
  LibraryOptions library;
};

// One answer file and where its reports go: OUTDIR/<stem><format's extension>. The stem is a
// part of the input's path, kept as where it starts and how long it is: a batch of 100,000 files
// keeps one string per file.
struct Job {
  std::string input;
  uint32_t stem_at = 0, stem_size = 0;

  std::string_view stem() const { return std::string_view(input).substr(stem_at, stem_size); }
  std::string output(const std::string& out_dir, const Format& f) const {
    return (fs::path(out_dir) / (std::string(stem()) + std::string(f.extension))).string();
  }
};

// The job for `path`, reported as its part after `prefix` bytes, without its extension.
Job job_for(std::string path, size_t prefix) {
  size_t name = path.rfind('/');
  name = name == std::string::npos ? 0 : name + 1;
  size_t dot = path.rfind('.');
  size_t end = dot != std::string::npos && dot > name ? dot : path.size();
  auto at = static_cast<uint32_t>(prefix), size = static_cast<uint32_t>(end - prefix);
  return {std::move(path), at, size};
}

// Paths in the order of their components ("a/b" before "a-b"), as std::filesystem::path orders
// them, without making one path object per file.
bool component_order(const std::string& a, const std::string& b) {
  auto key = [](char c) { return c == '/' ? '\0' : c; };
  return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                      [&](char x, char y) {
                                        return static_cast<unsigned char>(key(x)) < static_cast<unsigned char>(key(y));
                                      });
}

// What became of one file: its messages, ready to print, and its exit code.
struct Outcome {
  std::string messages;
  int exit_code = kExitOk;
};

bool is_answer_file(const fs::path& p) {
  std::string ext = p.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".yaml" || ext == ".yml" || ext == ".json" || ext == ".csv";
}

// True when `inner` is `outer` or lies below it.
bool is_within(const fs::path& inner, const fs::path& outer) {
  auto [o, i] = std::mismatch(outer.begin(), outer.end(), inner.begin(), inner.end());
  return o == outer.end();
}

// Every answer file named: a file as given, a folder's *.yaml, *.yml, *.json and *.csv below it
// (sorted); each with the name its reports get. Refuses names that would collide and an output
// folder inside an input folder (its Results would be read as answers next time).
bool find_jobs(const BatchOptions& o, std::vector<Job>& jobs) {
  std::error_code ec;
  fs::path out = fs::weakly_canonical(o.out_dir, ec);
  for (const std::string& input : o.inputs) {
    fs::file_status st = fs::status(input, ec);
    if (fs::is_directory(st)) {
      if (is_within(out, fs::weakly_canonical(input, ec)))
        return usage_error(say(CliWord::batch_output_inside_input, o.out_dir, input));
      std::vector<std::string> found;
      for (fs::recursive_directory_iterator it(input, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec) && is_answer_file(it->path())) found.push_back(it->path().string());
      if (ec) return usage_error(say(CliWord::cannot_read_folder, input, ec.message()));
      std::sort(found.begin(), found.end(), component_order);
      size_t prefix = input.size() + (input.ends_with('/') ? 0 : 1);  // "DIR/" before each file's own path
      for (std::string& p : found) jobs.push_back(job_for(std::move(p), prefix));
    } else if (fs::exists(st)) {
      size_t name = input.rfind('/');
      jobs.push_back(job_for(input, name == std::string::npos ? 0 : name + 1));
    } else {
      return usage_error(say(CliWord::batch_no_such_input, input));
    }
  }
  if (jobs.empty()) return usage_error(word(CliWord::batch_no_answer_files));
  std::vector<const Job*> by_stem;
  for (const Job& job : jobs) by_stem.push_back(&job);
  std::stable_sort(by_stem.begin(), by_stem.end(), [](const Job* a, const Job* b) { return a->stem() < b->stem(); });
  for (size_t i = 1; i < by_stem.size(); ++i)
    if (by_stem[i - 1]->stem() == by_stem[i]->stem())
      return usage_error(say(CliWord::batch_same_report, by_stem[i - 1]->input, by_stem[i]->input, by_stem[i]->stem(),
                             o.out_dir));
  return true;
}

// A report must never replace an answer file: `batch a.json -o .` would write a.json over itself.
// Only an input in (or below) the output folder could be; they are few, if any, however many
// files there are.
bool replaces_no_input(const std::vector<Job>& jobs, const std::string& out_dir,
                       const std::vector<const Format*>& formats) {
  auto absolute = [](const fs::path& p) {
    std::error_code ec;
    return fs::absolute(p, ec).lexically_normal();
  };
  fs::path out = absolute(out_dir);
  if (out.filename().empty()) out = out.parent_path();  // "dir/" as "dir"
  std::map<fs::path, const std::string*> inputs_in_out;
  for (const Job& job : jobs)
    if (fs::path in = absolute(job.input); is_within(in, out)) inputs_in_out.emplace(in, &job.input);
  if (inputs_in_out.empty()) return true;
  for (const Job& job : jobs)
    for (const Format* f : formats)
      if (auto it = inputs_in_out.find(absolute(job.output(out_dir, *f))); it != inputs_in_out.end())
        return usage_error(say(CliWord::batch_report_over_answers, f->name, job.input, *it->second));
  return true;
}

class Batch {
 public:
  Batch(const BatchOptions& o, const CompiledLibrary& library, std::vector<Job> jobs,
        std::vector<const Format*> formats)
      : o_(o), library_(library), jobs_(std::move(jobs)), formats_(std::move(formats)),
        color_(use_color(STDERR_FILENO)), progress_(isatty(STDERR_FILENO)) {
    output_options_.lang = o.lang;
    output_options_.csv_bom = o.csv_bom;
  }

  int run() {
    unsigned workers = o_.jobs ? o_.jobs : std::max(1u, std::thread::hardware_concurrency());
    workers = static_cast<unsigned>(std::min<size_t>(workers, jobs_.size()));
    std::vector<std::thread> threads;
    for (unsigned w = 0; w < workers; ++w) threads.emplace_back([this] { work(); });
    int exit_code = report_in_order();
    for (std::thread& t : threads) t.join();
    // Each report was renamed into place without waiting for the disk: wait once, for all.
    if (!print_if_failed(finish_folder(o_.out_dir))) return kExitError;
    return exit_code;
  }

 private:
  void work() {
    for (size_t i = next_job_++; i < jobs_.size(); i = next_job_++) {
      Outcome outcome = assess(jobs_[i]);
      std::lock_guard lock(mutex_);
      finished_.emplace(i, std::move(outcome));
      done_.notify_one();
    }
  }

  Outcome assess(const Job& job) {
    Outcome outcome;
    Diagnostics diags;
    std::optional<Result> result = assess_answer_file(library_, job.input, diags);
    for (const Diagnostic& d : diags.sorted()) outcome.messages += format_diagnostic(d, color_, ui_lang());
    outcome.messages += diags.not_shown_note(ui_lang());
    if (!result) {
      outcome.exit_code = kExitError;
      return outcome;
    }
    std::vector<Output> outputs;
    for (const Format* f : formats_)
      outputs.push_back({f, job.output(o_.out_dir, *f)});
    std::error_code ec;
    fs::create_directories(fs::path(outputs.front().path).parent_path(), ec);
    StatusOr<std::vector<OutputFile>> files = render_outputs(*result, output_options_, outputs);
    Status written = files.is_ok() ? write_files(files.value(), Durability::at_the_end) : files.status();
    if (!written.is_ok()) {
      outcome.messages += utf8::make_visible(say(CliWord::error_line, written.message()) + "\n", U"\n");
      outcome.exit_code = kExitError;
      return outcome;
    }
    outcome.exit_code = exit_code_for(*result, o_.fail_on);
    return outcome;
  }

  // Prints each file's messages in input order as soon as it and all before it are done.
  int report_in_order() {
    size_t skipped = 0;
    bool failing = false, unknown = false;
    for (size_t next = 0; next < jobs_.size(); ++next) {
      Outcome outcome;
      {
        std::unique_lock lock(mutex_);
        while (!finished_.count(next)) {
          show_progress(next, skipped);
          done_.wait_for(lock, std::chrono::milliseconds(100));
        }
        outcome = std::move(finished_.at(next));
        finished_.erase(next);
      }
      if (!outcome.messages.empty()) {
        clear_progress();
        std::fputs(outcome.messages.c_str(), stderr);
      }
      skipped += outcome.exit_code == kExitError;
      failing |= outcome.exit_code == kExitFail;
      unknown |= outcome.exit_code == kExitUnknown;
    }
    clear_progress();
    to_stderr("{}\n", say(CliWord::batch_summary, jobs_.size(), jobs_.size() == 1 ? "" : "s", jobs_.size() - skipped,
                          skipped ? say(CliWord::batch_not_evaluated, skipped) : "", o_.out_dir));
    return skipped ? kExitError : failing ? kExitFail : unknown ? kExitUnknown : kExitOk;
  }

  void show_progress(size_t done, size_t skipped) {
    if (!progress_) return;
    constexpr int kWidth = 30;
    int filled = static_cast<int>(kWidth * done / jobs_.size());
    std::string bar = std::string(filled, '#') + std::string(kWidth - filled, '.');
    std::fprintf(stderr, "\r\x1b[K%s", say(CliWord::batch_progress, bar, done, jobs_.size(), skipped).c_str());
    shown_ = true;
  }

  void clear_progress() {
    if (shown_) std::fputs("\r\x1b[K", stderr);
    shown_ = false;
  }

  const BatchOptions& o_;
  const CompiledLibrary& library_;
  const std::vector<Job> jobs_;
  const std::vector<const Format*> formats_;
  OutputOptions output_options_;
  const bool color_;
  const bool progress_;
  bool shown_ = false;

  std::atomic<size_t> next_job_ = 0;
  std::mutex mutex_;
  std::condition_variable done_;
  std::map<size_t, Outcome> finished_;  // done, not yet printed: a handful, whatever the number of files
};

int run_batch(const BatchOptions& o) {
  std::vector<const Format*> formats;
  for (const std::string& name : o.formats.empty() ? std::vector<std::string>{"json"} : o.formats) {
    const Format* f = find_format_or_report(name);
    if (!f) return kExitError;
    if (std::find(formats.begin(), formats.end(), f) == formats.end()) formats.push_back(f);
  }
  std::error_code ec;
  if (fs::exists(o.out_dir, ec) && !fs::is_directory(o.out_dir, ec)) {
    usage_error(say(CliWord::batch_output_is_file, o.out_dir));
    return kExitError;
  }
  std::vector<Job> jobs;
  if (!find_jobs(o, jobs) || !replaces_no_input(jobs, o.out_dir, formats)) return kExitError;
  if (!fs::create_directories(o.out_dir, ec) && ec) {
    usage_error(say(CliWord::batch_cannot_make_folder, o.out_dir, ec.message()));
    return kExitError;
  }
  CompiledLibraryPtr library = load_library_and_report(o.library);
  if (!library) return kExitError;
  return Batch(o, *library, std::move(jobs), std::move(formats)).run();
}

}  // namespace

void setup_batch(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<BatchOptions>();
  CLI::App* sub = app.add_subcommand("batch", word(CliWord::cmd_batch));
  sub->add_option("inputs", o->inputs, word(CliWord::pos_batch_inputs))->required();
  sub->add_option("-o,--output", o->out_dir, word(CliWord::opt_batch_output))->required();
  sub->add_option("--format", o->formats, word(CliWord::opt_batch_format))->allow_extra_args(false);
  sub->add_option("-j,--jobs", o->jobs, word(CliWord::opt_batch_jobs))->check(CLI::Range(1u, 1024u));
  sub->add_option("--lang", o->lang, word(CliWord::opt_lang_reports))->check(CLI::IsMember({"ja", "en"}));
  sub->add_flag("--csv-bom", o->csv_bom, word(CliWord::opt_csv_bom_reports));
  sub->add_option("--fail-on", o->fail_on, word(CliWord::opt_batch_fail_on))
      ->check(CLI::IsMember({"info", "low", "medium", "high", "critical", "never"}))
      ->default_str("low");
  add_library_options(*sub, o->library);
  sub->callback([o, &exit_code]() { exit_code = run_batch(*o); });
}

}  // namespace tenken::cli
