// CompiledLibrary: a Library with every condition compiled to a Program over answer slots.
// A question's slot is its index in library.checklist.questions. Private to the engine.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "compile/program.h"
#include "tenken/engine.h"

namespace tenken {

struct CompiledRule {
  const Rule* rule = nullptr;
  expr::Program applies_if;  // empty: always applies
  expr::Program expect;      // empty for manual rules
  std::vector<int> reads;    // slots read by applies_if then expect, in order
};

class CompiledLibrary {
 public:
  Library library;
  std::vector<CompiledRule> rules;           // sorted by rule id
  std::vector<expr::Program> question_ask_if;  // per slot
  std::vector<expr::Program> section_ask_if;   // per section
  std::vector<int> section_of;               // slot → section index
  std::vector<int> ask_order;                // slots such that each ask_if reads only earlier ones
  // The rules' texts (texts->rules[i] is rules[i]'s) and the cases they cite: what every Result
  // evaluated with this library points to.
  std::shared_ptr<const LibraryTexts> texts;
  // A rule's place in `rules` by its id, and by each id it had before: how a saved Result finds
  // its rules' texts again (attach_texts).
  std::unordered_map<std::string, int> rule_by_id;
};

// Gathers the texts of c.rules, and indexes them by id, once, when the library is compiled.
std::shared_ptr<const LibraryTexts> make_library_texts(const CompiledLibrary& c);
std::unordered_map<std::string, int> rule_index(const CompiledLibrary& c);

}  // namespace tenken
