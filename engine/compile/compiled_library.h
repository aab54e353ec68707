// CompiledLibrary: a Library with every condition compiled to a Program over answer slots.
// A question's slot is its index in library.checklist.questions. Private to the engine.
#pragma once

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
  std::vector<CaseSummary> cited_cases;      // catalogued cases some rule cites, sorted by id
};

}  // namespace tenken
