// Fuzz harness: the condition language (expect, applies_if and ask_if of rules and questions).
//
// Input: the text of one condition, as a rule author writes it after `expect:`.
// Does what compile() does with each condition, then what evaluation does: parses it, dumps the
// tree, type-checks it against the built-in checklist's questions, and renders every syntax or
// type error as a diagnostic placed in a rule file (so that origin_in() maps the error's offset
// back to a column, and the caret is drawn). A condition that checks is evaluated against no
// answers, against the example's answers, and with every question not applicable.
// Finds: crashes, sanitizer reports, and run-away time or memory in lexer, parser, checker,
// position mapping and evaluator. Run by scripts/fuzz; seeds are the conditions of rules/.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "compile/checker.h"
#include "compile/parser.h"
#include "compile/position.h"
#include "evaluate/evaluator.h"
#include "fuzz_support.h"

namespace tenken::fuzz {
namespace {

// The condition written in a rule file, where its errors are reported.
Expression in_rule_file(const std::string& condition) {
  static const std::string kKey = "  - id: fuzzed\n    expect: ";
  auto file = std::make_shared<Source>("rules/fuzz.yaml", kKey + condition + "\n");
  return {condition, {file, static_cast<uint32_t>(kKey.size())}};
}

// Evaluates with every slot in one state; answered slots come from the example.
void evaluate_everywhere(const expr::Program& program) {
  const AnswerSet& example = example_answers();
  eval::evaluate(program, example.slots, example.today);
  std::vector<SlotAnswer> none(example.slots.size());
  eval::evaluate(program, none, example.today);
  for (SlotAnswer& s : none) s.status = AnswerStatus::not_applicable;
  eval::evaluate(program, none, example.today);
}

int fuzz_condition(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (utf8::first_invalid(text) != std::string_view::npos) return -1;  // YAML text is UTF-8
  static const expr::QuestionIndex index(builtin_compiled().library.checklist);
  Expression condition = in_rule_file(text);
  Diagnostics diags;
  expr::ParseResult parsed = expr::parse(text);
  if (parsed.error) {
    diags.error(expr::origin_in(condition, parsed.error->offset), parsed.error->message);
    render_all(diags);
    return 0;
  }
  parsed.ast.dump();
  expr::Program program;
  for (const expr::TypeError& err : expr::check(parsed.ast, index, program))
    diags.error(expr::origin_in(condition, err.offset), err.message);
  render_all(diags);
  if (!diags.has_errors()) evaluate_everywhere(program);
  return 0;
}

}  // namespace
}  // namespace tenken::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return tenken::fuzz::fuzz_condition(data, size);
}
