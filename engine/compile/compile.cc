// compile(): parses and type-checks every condition of a Library, resolves question ids to slots,
// and orders the questions so that skip logic can be evaluated in one pass.
#include <fmt/format.h>

#include <algorithm>

#include "compile/checker.h"
#include "compile/compiled_library.h"
#include "compile/parser.h"
#include "compile/position.h"
#include "tenken/bilingual.h"

namespace tenken {
namespace {

// Parses and checks one condition; reports problems at their exact position.
expr::Program compile_condition(const Expression& e, const expr::QuestionIndex& index, Diagnostics& diags) {
  expr::Program program;
  if (e.empty()) return program;
  expr::ParseResult parsed = expr::parse(e.text);
  if (parsed.error) {
    diags.error(expr::origin_in(e, parsed.error->offset), parsed.error->message);
    return program;
  }
  for (const expr::TypeError& err : expr::check(parsed.ast, index, program))
    diags.error(expr::origin_in(e, err.offset), err.message);
  return program;
}

void append_reads(std::vector<int>& into, const expr::Program& p) {
  for (int s : p.reads)
    if (std::find(into.begin(), into.end(), s) == into.end()) into.push_back(s);
}

// Depth-first order of the skip-logic graph; a question whose ask_if (or whose section's ask_if)
// depends on itself is reported once, with the path (its start and end when long). The walk keeps
// its own stack, so a chain of any length (each question asked only after the next) needs no
// deeper call stack.
class AskOrder {
 public:
  AskOrder(CompiledLibrary& c, Diagnostics& diags) : c_(c), diags_(diags), mark_(c.question_ask_if.size(), kNew) {}

  void run() {
    for (size_t s = 0; s < mark_.size(); ++s) visit(static_cast<int>(s));
  }

 private:
  enum Mark : char { kNew, kOnPath, kOrdered };
  static constexpr size_t kPathShown = 10;  // questions named in a circle's message
  struct Step {
    int slot;
    std::vector<int> dependencies;
    size_t next = 0;
  };

  std::vector<int> dependencies(int slot) const {
    std::vector<int> deps = c_.question_ask_if[slot].reads;
    append_reads(deps, c_.section_ask_if[c_.section_of[slot]]);
    return deps;
  }

  void enter(int slot) {
    mark_[slot] = kOnPath;
    path_.push_back(Step{slot, dependencies(slot)});
  }

  // Orders `root` after everything it depends on; each question is entered once.
  void visit(int root) {
    if (mark_[root] != kNew) return;
    enter(root);
    while (!path_.empty()) {
      Step& step = path_.back();
      if (step.next == step.dependencies.size()) {
        mark_[step.slot] = kOrdered;
        c_.ask_order.push_back(step.slot);
        path_.pop_back();
        continue;
      }
      int d = step.dependencies[step.next++];
      if (mark_[d] == kNew) enter(d);
      else if (mark_[d] == kOnPath) report_cycle(d);
    }
  }

  void report_cycle(int slot) {
    auto from = std::find_if(path_.begin(), path_.end(), [&](const Step& s) { return s.slot == slot; });
    std::vector<std::string> names;
    for (auto it = from; it != path_.end(); ++it) names.push_back(c_.library.checklist.questions[it->slot].id);
    names.push_back(c_.library.checklist.questions[slot].id);
    std::vector<std::string> names_ja = names;
    if (names.size() > kPathShown) {  // the start and the end of a long circle, and how much is between
      size_t between = names.size() - kPathShown;
      for (auto* list : {&names, &names_ja})
        list->erase(list->begin() + kPathShown / 2, list->end() - kPathShown / 2);
      names.insert(names.begin() + kPathShown / 2, fmt::format("({} more)", between));
      names_ja.insert(names_ja.begin() + kPathShown / 2, fmt::format("（ほか{}問）", between));
    }
    int last = path_.back().slot;
    const Question& q = c_.library.checklist.questions[last];
    Origin at = q.ask_if.empty() ? c_.library.checklist.sections[c_.section_of[last]].ask_if.origin
                                 : q.ask_if.origin;
    diags_.error(at, LocalizedText{fmt::format("ask_if による出し分けが循環しています: {}", fmt::join(names_ja, " → ")),
                                   fmt::format("skip logic goes round in a circle: {}", fmt::join(names, " → "))});
  }

  CompiledLibrary& c_;
  Diagnostics& diags_;
  std::vector<Mark> mark_;
  std::vector<Step> path_;  // the questions being ordered, each waiting on the one after it
};

void compile_questions(CompiledLibrary& c, const expr::QuestionIndex& index, Diagnostics& diags) {
  const Checklist& cl = c.library.checklist;
  for (const Section& s : cl.sections) c.section_ask_if.push_back(compile_condition(s.ask_if, index, diags));
  for (const Question& q : cl.questions) {
    c.question_ask_if.push_back(compile_condition(q.ask_if, index, diags));
    auto it = std::find_if(cl.sections.begin(), cl.sections.end(), [&](const Section& s) { return s.id == q.section; });
    c.section_of.push_back(static_cast<int>(it - cl.sections.begin()));
  }
}

void compile_rules(CompiledLibrary& c, const expr::QuestionIndex& index, Diagnostics& diags) {
  for (const Rule& r : c.library.rules) {
    CompiledRule cr;
    cr.rule = &r;
    cr.applies_if = compile_condition(r.applies_if, index, diags);
    if (r.check == CheckKind::automatic) cr.expect = compile_condition(r.expect, index, diags);
    else if (!r.expect.empty())
      diags.error(r.expect.origin,
                  bilingual("rule '{}' has 'check: manual' and an 'expect'; a manual rule is decided by a person, "
                            "so drop one of them",
                            "ルール '{}' には 'check: manual' と 'expect' の両方が書かれています。"
                            "手動のルールは人が判定するので、どちらか一方を削除してください",
                            r.id));
    append_reads(cr.reads, cr.applies_if);
    append_reads(cr.reads, cr.expect);
    c.rules.push_back(std::move(cr));
  }
  std::sort(c.rules.begin(), c.rules.end(),
            [](const CompiledRule& a, const CompiledRule& b) { return a.rule->id < b.rule->id; });
}

}  // namespace

void CompiledLibraryDeleter::operator()(const CompiledLibrary* p) const { delete p; }

const Library& library_of(const CompiledLibrary& compiled) { return compiled.library; }

std::vector<std::string> questions_read(const CompiledLibrary& c, const std::string& rule_id) {
  std::vector<std::string> ids;
  for (const CompiledRule& cr : c.rules) {
    if (cr.rule->id != rule_id) continue;
    std::vector<int> slots = cr.reads;  // a slot is the question's place in the questionnaire
    std::sort(slots.begin(), slots.end());
    slots.erase(std::unique(slots.begin(), slots.end()), slots.end());
    for (int s : slots) ids.push_back(c.library.checklist.questions[s].id);
  }
  return ids;
}

CompiledLibraryPtr compile(Library library, Diagnostics& diags) {
  int errors_before = diags.error_count();
  auto c = std::make_unique<CompiledLibrary>();
  c->library = std::move(library);  // moved before indexing: the index and rules point into it
  expr::QuestionIndex index(c->library.checklist);
  compile_questions(*c, index, diags);
  compile_rules(*c, index, diags);
  if (diags.error_count() == errors_before) AskOrder(*c, diags).run();
  c->texts = make_library_texts(*c);
  c->rule_by_id = rule_index(*c);
  if (diags.error_count() > errors_before) return nullptr;
  return CompiledLibraryPtr(c.release());
}

}  // namespace tenken
