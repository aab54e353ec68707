// Type checker and code generator for conditions; see checker.h.
#include "compile/checker.h"

#include <fmt/format.h>

#include <algorithm>

#include "tenken/diagnostic.h"

namespace tenken::expr {

QuestionIndex::QuestionIndex(const Checklist& checklist) {
  for (const Question& q : checklist.questions) {
    questions_.push_back(&q);
    ids_.push_back(q.id);
  }
}

int QuestionIndex::slot(std::string_view id) const {
  auto it = std::find(ids_.begin(), ids_.end(), id);
  return it == ids_.end() ? -1 : static_cast<int>(it - ids_.begin());
}

namespace {

struct Abort {};

const std::vector<std::string> kFunctions = {"answered", "count", "days_since"};

const char* type_name(Type t) {
  switch (t) {
    case Type::boolean: return "a condition (true/false)";
    case Type::number: return "a number";
    case Type::text: return "a text";
    case Type::date: return "a date";
    case Type::choice: return "a choice";
    case Type::set: return "a set of choices";
    case Type::list: return "a list";
  }
  return "?";
}

struct Typed {
  Type type = Type::boolean;
  int instr = -1;
  int node = -1;
  int slot = -1;  // a bare question id
};

class Checker {
 public:
  Checker(const Ast& ast, const QuestionIndex& index, Program& out) : ast_(ast), index_(index), out_(out) {}

  std::vector<TypeError> run() {
    try {
      Typed t = visit(ast_.root);
      if (t.type != Type::boolean)
        fail(ast_.root, fmt::format("expected a condition that is true or false, found {}", describe(t)));
      out_.root = t.instr;
    } catch (const Abort&) {
    }
    return errors_;
  }

 private:
  const AstNode& node(int i) const { return ast_.nodes[i]; }

  [[noreturn]] void fail(int at, std::string message) {
    errors_.push_back({node(at).offset, std::move(message)});
    throw Abort{};
  }

  int emit(Instr in) {
    out_.code.push_back(std::move(in));
    return static_cast<int>(out_.code.size()) - 1;
  }

  // "'backup.generations' (a number question)", "the string \"x\"", "a number".
  std::string describe(const Typed& t) const {
    const AstNode& n = node(t.node);
    if (t.slot >= 0) return fmt::format("'{}' ({} question)", n.text, question_kind(t.slot));
    if (n.op == Op::string) return fmt::format("the string \"{}\"", n.text);
    if (n.op == Op::number) return fmt::format("the number {}", n.number);
    if (n.op == Op::boolean) return n.boolean ? "true" : "false";
    return type_name(t.type);
  }

  std::string question_kind(int slot) const {
    switch (index_.question(slot).type) {
      case QuestionType::boolean: return "a yes/no";
      case QuestionType::choice: return "a choice";
      case QuestionType::multi_choice: return "a multiple-choice";
      case QuestionType::number: return "a number";
      case QuestionType::date: return "a date";
      case QuestionType::text: return "a text";
    }
    return "a";
  }

  Typed visit(int i) {
    const AstNode& n = node(i);
    switch (n.op) {
      case Op::boolean: return {Type::boolean, emit({.code = Code::constant_bool, .boolean = n.boolean}), i};
      case Op::number: return {Type::number, emit({.code = Code::constant_number, .number = n.number}), i};
      case Op::string: return {Type::text, -1, i};
      case Op::list: return {Type::list, -1, i};
      case Op::name: return name(i);
      case Op::call: return call(i);
      case Op::and_: case Op::or_: return logical(i);
      case Op::not_: {
        Typed x = condition_operand(n.children[0], "after 'not'");
        return {Type::boolean, emit({.code = Code::not_, .a = x.instr}), i};
      }
      case Op::eq: case Op::ne: return equality(i);
      case Op::lt: case Op::le: case Op::gt: case Op::ge: return ordering(i);
      case Op::in: return membership(i);
      case Op::contains: return contains(i);
    }
    fail(i, "internal error: unknown node");
  }

  Typed name(int i) {
    const AstNode& n = node(i);
    int slot = index_.slot(n.text);
    if (slot < 0) {
      if (n.text.find('.') == std::string::npos)
        fail(i, fmt::format("unknown name '{}'; expected a question id such as 'backup.taken', true, "
                            "false, or a literal{}", n.text, did_you_mean(n.text, index_.ids())));
      fail(i, fmt::format("unknown question '{}'{}", n.text, did_you_mean(n.text, index_.ids())));
    }
    Type t = Type::boolean;
    switch (index_.question(slot).type) {
      case QuestionType::boolean: t = Type::boolean; break;
      case QuestionType::choice: t = Type::choice; break;
      case QuestionType::multi_choice: t = Type::set; break;
      case QuestionType::number: t = Type::number; break;
      case QuestionType::date: t = Type::date; break;
      case QuestionType::text: t = Type::text; break;
    }
    note_read(slot);
    return {t, emit({.code = Code::read, .slot = slot}), i, slot};
  }

  void note_read(int slot) {
    if (std::find(out_.reads.begin(), out_.reads.end(), slot) == out_.reads.end()) out_.reads.push_back(slot);
  }

  Typed condition_operand(int child, const std::string& where) {
    Typed t = visit(child);
    if (t.type != Type::boolean)
      fail(child, fmt::format("expected a condition (true/false) {}, found {}", where, describe(t)));
    return t;
  }

  Typed logical(int i) {
    const AstNode& n = node(i);
    const char* op = spelling(n.op);
    Typed a = condition_operand(n.children[0], fmt::format("on the left of '{}'", op));
    Typed b = condition_operand(n.children[1], fmt::format("on the right of '{}'", op));
    return {Type::boolean, emit({.code = n.op == Op::and_ ? Code::and_ : Code::or_, .a = a.instr, .b = b.instr}), i};
  }

  Typed call(int i) {
    const AstNode& n = node(i);
    if (std::find(kFunctions.begin(), kFunctions.end(), n.text) == kFunctions.end())
      fail(i, fmt::format("unknown function '{}'; the functions are answered(q), count(q) and "
                          "days_since(q){}", n.text, did_you_mean(n.text, kFunctions)));
    if (n.children.size() != 1)
      fail(i, fmt::format("expected 1 argument to {}(), found {}", n.text, n.children.size()));
    int arg = n.children[0];
    if (n.text == "answered") {
      if (node(arg).op != Op::name)
        fail(arg, "expected a question id as the argument of answered(), found an expression");
      Typed q = name(arg);
      out_.code.pop_back();  // answered() reads the slot's status, not its value
      return {Type::boolean, emit({.code = Code::answered, .slot = q.slot}), i};
    }
    Typed x = visit(arg);
    if (n.text == "days_since") {
      if (x.type != Type::date) fail(arg, fmt::format("expected a date question in days_since(), found {}", describe(x)));
      return {Type::number, emit({.code = Code::days_since, .a = x.instr}), i};
    }
    if (x.type != Type::set)
      fail(arg, fmt::format("expected a multiple-choice question in count(), found {}", describe(x)));
    // The number of options bounds the count of a partial answer.
    int options = x.slot >= 0 ? static_cast<int>(index_.question(x.slot).choices.size()) : 64;
    return {Type::number, emit({.code = Code::count, .a = x.instr, .index = options}), i};
  }

  // The index of a choice literal in a choice question; reports a did-you-mean when absent.
  int choice_of(int slot, int literal) {
    const Question& q = index_.question(slot);
    const AstNode& lit = node(literal);
    if (lit.op != Op::string)  // visited for its description (and any unknown question in it)
      fail(literal, fmt::format("expected one of the choices of '{}' as a string, found {}", q.id,
                                describe(visit(literal))));
    int idx = q.choice_index(lit.text);
    if (idx < 0) {
      std::vector<std::string> ids;
      for (const Choice& c : q.choices) ids.push_back(c.id);
      fail(literal, fmt::format("'{}' has no choice \"{}\"; the choices are {}{}", q.id, lit.text,
                                fmt::join(ids, ", "), did_you_mean(lit.text, ids)));
    }
    return idx;
  }

  bool is_literal(int i) const {
    Op op = node(i).op;
    return op == Op::string || op == Op::number || op == Op::boolean;
  }

  Typed equality(int i) {
    const AstNode& n = node(i);
    int l = n.children[0], r = n.children[1];
    if (is_literal(l) && !is_literal(r)) std::swap(l, r);  // "x" == q  reads as  q == "x"
    bool negate = n.op == Op::ne;
    Typed a = visit(l);
    Typed b = visit(r);
    auto mismatch = [&](const char* expected) {
      fail(r, fmt::format("expected {} to compare with {}, found {}", expected, describe(a), describe(b)));
    };
    switch (a.type) {
      case Type::boolean:
        if (b.type != Type::boolean) mismatch("true or false");
        return {Type::boolean, emit({.code = Code::equal_bool, .negate = negate, .a = a.instr, .b = b.instr}), i};
      case Type::number:
        if (b.type != Type::number) mismatch("a number");
        return {Type::boolean, emit({.code = Code::compare_number, .compare = negate ? Compare::ne : Compare::eq,
                                     .a = a.instr, .b = b.instr}), i};
      case Type::choice:
        if (node(r).op != Op::string) mismatch("one of its choices as a string");
        return {Type::boolean, emit({.code = Code::equal_choice, .negate = negate, .a = a.instr,
                                     .index = choice_of(a.slot, r)}), i};
      case Type::text:
        if (a.slot < 0) fail(l, "expected a question on one side of the comparison, found two literals");
        if (node(r).op != Op::string) mismatch("a string");
        return {Type::boolean, emit({.code = Code::equal_text, .negate = negate, .a = a.instr, .text = node(r).text}), i};
      case Type::date:
        fail(i, fmt::format("dates are not compared directly; compare days_since({}) with a number of days",
                            node(l).text));
      case Type::set:
        fail(i, fmt::format("a multiple-choice answer is not compared with '{}'; use '{} contains \"choice\"' "
                            "or count({})", spelling(n.op), node(l).text, node(l).text));
      case Type::list:
        fail(l, "expected a question or value before the operator, found a list");
    }
    fail(i, "internal error: equality");
  }

  Typed ordering(int i) {
    const AstNode& n = node(i);
    Typed a = visit(n.children[0]);
    Typed b = visit(n.children[1]);
    for (auto [t, child] : {std::pair{a, n.children[0]}, std::pair{b, n.children[1]}}) {
      if (t.type == Type::date)
        fail(child, fmt::format("'{}' compares numbers; for a date use days_since({}) {} N", spelling(n.op),
                                node(child).text, spelling(n.op)));
      if (t.type != Type::number)
        fail(child, fmt::format("expected a number on either side of '{}', found {}", spelling(n.op), describe(t)));
    }
    Compare c = n.op == Op::lt ? Compare::lt : n.op == Op::le ? Compare::le : n.op == Op::gt ? Compare::gt : Compare::ge;
    return {Type::boolean, emit({.code = Code::compare_number, .compare = c, .a = a.instr, .b = b.instr}), i};
  }

  Typed membership(int i) {
    const AstNode& n = node(i);
    Typed a = visit(n.children[0]);
    const AstNode& list = node(n.children[1]);
    Instr in{.a = a.instr};
    for (int item : list.children) {
      const AstNode& lit = node(item);
      if (a.type == Type::choice) {
        in.code = Code::in_choices;
        in.mask |= uint64_t{1} << choice_of(a.slot, item);
      } else if (a.type == Type::number && lit.op == Op::number) {
        in.code = Code::in_numbers;
        in.numbers.push_back(lit.number);
      } else if (a.type == Type::text && a.slot >= 0 && lit.op == Op::string) {
        in.code = Code::in_texts;
        in.texts.push_back(lit.text);
      } else if (a.type == Type::choice || a.type == Type::number || a.type == Type::text) {
        fail(item, fmt::format("expected list items of the same type as {}, found {}", describe(a),
                               describe({Type::text, -1, item})));
      } else {
        fail(n.children[0], fmt::format("expected a choice, number or text question before 'in', found {}",
                                        describe(a)));
      }
    }
    return {Type::boolean, emit(std::move(in)), i};
  }

  Typed contains(int i) {
    const AstNode& n = node(i);
    Typed a = visit(n.children[0]);
    if (a.type != Type::set)
      fail(n.children[0], fmt::format("expected a multiple-choice question before 'contains', found {}", describe(a)));
    int idx = choice_of(a.slot, n.children[1]);
    return {Type::boolean, emit({.code = Code::contains, .a = a.instr, .index = idx}), i};
  }

  const Ast& ast_;
  const QuestionIndex& index_;
  Program& out_;
  std::vector<TypeError> errors_;
};

}  // namespace

std::vector<TypeError> check(const Ast& ast, const QuestionIndex& index, Program& out) {
  return Checker(ast, index, out).run();
}

}  // namespace tenken::expr
