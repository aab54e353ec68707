// The engine's entry points, in pipeline order:
//
//   read_source / builtin_sources → load_library / load_answers → compile → bind_answers → evaluate
//
// Every stage reports problems in the text it reads as Diagnostics and signals "could not
// continue" by returning an empty value; it never throws (status.h: how tenken fails).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tenken/answers.h"
#include "tenken/catalog.h"
#include "tenken/checklist.h"
#include "tenken/diagnostic.h"
#include "tenken/result.h"
#include "tenken/rule.h"
#include "tenken/source.h"
#include "tenken/status.h"

namespace tenken {

// read_source(), which reads one input file, is declared beside Source (source.h).
// The rules/ and checklists/ files embedded in the binary at build time, sorted by path.
std::vector<std::shared_ptr<const Source>> builtin_sources();
// Every *.yaml / *.yml file under a directory (recursively), sorted by path. A folder that cannot
// be read, and a file that cannot be, are reported with the reason and skipped; the rest are read.
std::vector<std::shared_ptr<const Source>> sources_in_directory(const std::string& dir,
                                                                Diagnostics& diags);

struct Library {
  Checklist checklist;
  std::vector<Rule> rules;
  std::vector<Category> categories;  // in report order
  std::vector<Case> cases;           // sorted by id
  std::vector<Action> actions;       // in file order
  // Names this library's content in a saved Result: "sha256:" and the SHA-256 of its files'
  // sizes and bytes, in load order (their paths are left out: the same rules in another folder
  // are the same library). A library overlaid on another has a digest of both.
  std::string digest;
};

// Loads checklist files (top-level `sections:`), rule files (`rules:`), the category list
// (`categories:`), case files (`cases:`) and the actions (`actions:`) into one library. Duplicate ids are errors.
Library load_library(const std::vector<std::shared_ptr<const Source>>& files, Diagnostics& diags);
// The built-in library, as load_library(builtin_sources()) gives it but without parsing YAML: it
// is read from an image made from those files at build time, and its Origins point into them.
// Fails only when the image is damaged (a fault of the build).
StatusOr<Library> builtin_library();
// Adds `overlay` to `base`: a question, rule, category or case with an id already in base
// replaces it.
void overlay_library(Library& base, Library overlay);

// Loads an answer file. Returns nullopt after reporting when the file's shape is wrong.
std::optional<Answers> load_answers(const std::shared_ptr<const Source>& file, Diagnostics& diags);
// Loads an answer file kept as CSV (docs/answers.md; `tenken template --format csv` writes one).
// The checklist says which questions are multiple choice or dates, so that a comma in a text
// answer stays text and 2024/10/01 becomes 2024-10-01. Nullopt after reporting, as load_answers.
std::optional<Answers> load_answers_csv(const std::shared_ptr<const Source>& file, const Checklist& checklist,
                                        Diagnostics& diags);

// A library whose expressions are parsed, type-checked and resolved to answer slots.
class CompiledLibrary;
struct CompiledLibraryDeleter {
  void operator()(const CompiledLibrary* p) const;
};
using CompiledLibraryPtr = std::unique_ptr<const CompiledLibrary, CompiledLibraryDeleter>;

// Returns null when any expression or skip-logic cycle is in error (all are reported).
CompiledLibraryPtr compile(Library library, Diagnostics& diags);
const Library& library_of(const CompiledLibrary& compiled);
// The questions a rule's applies_if and expect read, in questionnaire order; empty for an
// unknown rule id.
std::vector<std::string> questions_read(const CompiledLibrary& compiled, const std::string& rule_id);

// Answers checked against the question types and placed in their slots.
class AnswerSet;
struct AnswerSetDeleter {
  void operator()(const AnswerSet* p) const;
};
using AnswerSetPtr = std::unique_ptr<const AnswerSet, AnswerSetDeleter>;

// Checks every answer against its question (type, bounds, choices, dates, unknown keys with
// did-you-mean); warns about answers to questions that ask_if skips. Null on any error.
AnswerSetPtr bind_answers(const CompiledLibrary& compiled, const Answers& answers,
                          Diagnostics& diags);
// Per question (slot order): false when ask_if skips it given these answers; empty when they do not bind.
std::vector<bool> questions_asked(const CompiledLibrary& compiled, const Answers& answers);

// Evaluates every rule. Deterministic: the same answers give the same Result.
Result evaluate(const CompiledLibrary& compiled, const AnswerSet& answers);

// The number of rules in `compiled`, and the state of rule `rule` (0 to rule_count - 1, in id
// order) as its conditions decide it, with nothing assembled around it: what evaluate() starts
// from, for callers that need only verdicts. evaluate() then turns an unknown that only an
// {alternative} answer leaves open into notchecked.
size_t rule_count(const CompiledLibrary& compiled);
State decide(const CompiledLibrary& compiled, const AnswerSet& answers, size_t rule);

// For a Result read from a file that leaves its texts to the library (Result version 2): points
// each rule at the texts of the rule with its id in `compiled` (or the rule that formerly had that
// id), and sets the category titles and the text of each question needed. Returns the ids of the
// rules `compiled` lacks, which keep their id as their title.
std::vector<std::string> attach_texts(const CompiledLibrary& compiled, Result& r);

// The digest of the library `compiled` was made from (Library::digest).
const std::string& library_digest(const CompiledLibrary& compiled);

// Checks a compiled library for what loading cannot see: questions no rule or ask_if reads,
// rules that can never apply or never fail, missing translations.
void lint(const CompiledLibrary& compiled, Diagnostics& diags);

// tenken's version, MAJOR.MINOR.PATCH: project(VERSION) in CMakeLists.txt, generated into the build.
const char* tenken_version();

}  // namespace tenken
