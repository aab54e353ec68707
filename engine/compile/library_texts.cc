// The texts of a compiled library, gathered once with an index of its rules (make_library_texts,
// rule_index), and a saved Result joined to them again by rule id (attach_texts, engine.h).
#include <algorithm>

#include "compile/compiled_library.h"
#include "evaluate/scoring.h"

namespace tenken {

std::unordered_map<std::string, int> rule_index(const CompiledLibrary& c) {
  std::unordered_map<std::string, int> by_id;
  for (size_t i = 0; i < c.rules.size(); ++i) by_id.emplace(c.rules[i].rule->id, static_cast<int>(i));
  for (size_t i = 0; i < c.rules.size(); ++i)  // a rule renamed since: found by its former id
    for (const std::string& old : c.rules[i].rule->formerly) by_id.emplace(old, static_cast<int>(i));
  return by_id;
}

std::shared_ptr<const LibraryTexts> make_library_texts(const CompiledLibrary& c) {
  auto texts = std::make_shared<LibraryTexts>();
  for (const CompiledRule& cr : c.rules) {
    const Rule& r = *cr.rule;
    texts->rules.push_back({r.title, r.rationale, r.recommendation, r.evidence, r.cases, r.refs, r.formerly});
  }
  const Library& lib = c.library;
  texts->questions = lib.checklist.questions;
  std::sort(texts->questions.begin(), texts->questions.end(),
            [](const Question& a, const Question& b) { return a.id < b.id; });
  texts->actions = lib.actions;
  for (const Case& k : lib.cases) {  // sorted by id
    auto cites = [&](const Rule& r) { return std::find(r.cases.begin(), r.cases.end(), k.id) != r.cases.end(); };
    if (std::any_of(lib.rules.begin(), lib.rules.end(), cites)) texts->cases.push_back({k.id, k.title, k.summary});
  }
  return texts;
}

std::vector<std::string> attach_texts(const CompiledLibrary& c, Result& r) {
  std::vector<std::string> missing;
  for (RuleResult& rule : r.rules) {
    auto it = c.rule_by_id.find(rule.rule);
    if (it != c.rule_by_id.end()) rule.texts = &c.texts->rules[it->second];
    else missing.push_back(rule.rule);
  }
  r.texts = c.texts;
  if (!missing.empty()) {  // the library's texts, and the id as the title of each rule it lacks
    auto kept = std::make_shared<LibraryTexts>(*c.texts);
    size_t extra = kept->rules.size();
    for (const std::string& id : missing) {
      kept->rules.push_back({});
      kept->rules.back().title = {id, id};
    }
    for (RuleResult& rule : r.rules) {
      auto it = c.rule_by_id.find(rule.rule);
      rule.texts = it != c.rule_by_id.end() ? &kept->rules[it->second] : &kept->rules[extra++];
    }
    r.texts = std::move(kept);
  }
  const Library& lib = c.library;
  for (CategoryScore& cs : r.summary.categories) cs.title = category_title(cs.category, lib.categories);
  for (QuestionNeeded& q : r.questions_needed) {
    const Question* question = lib.checklist.find(q.question);
    q.text = question ? question->text : LocalizedText{q.question, q.question};
  }
  return missing;
}

}  // namespace tenken
