// Type checker and code generator for conditions; see checker.h.
#include "compile/checker.h"

#include <fmt/format.h>

#include <algorithm>

#include "tenken/bilingual.h"
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

const std::vector<std::string> kFunctions = {"answered", "count", "days_since"};

LocalizedText type_name(Type t) {
  switch (t) {
    case Type::boolean: return {"条件（true/false）", "a condition (true/false)"};
    case Type::number: return {"数値", "a number"};
    case Type::text: return {"テキスト", "a text"};
    case Type::date: return {"日付", "a date"};
    case Type::choice: return {"選択肢", "a choice"};
    case Type::set: return {"選択肢の集まり", "a set of choices"};
    case Type::list: return {"リスト", "a list"};
  }
  return as_is("?");
}

// A checked subexpression: its type and its code. An ill one has had its problem reported, and
// the nodes above it accept it in silence, so one mistake gives one message however deep it sits
// while its siblings are still checked (cel-cpp gives such a node its error type for this).
struct Typed {
  Type type = Type::boolean;
  int instr = -1;
  int node = -1;
  int slot = -1;  // a bare question id
  bool ill = false;
};

const Typed kIll{.ill = true};

class Checker {
 public:
  Checker(const Ast& ast, const QuestionIndex& index, Program& out) : ast_(ast), index_(index), out_(out) {}

  std::vector<TypeError> run() {
    Typed t = visit(ast_.root);
    if (!t.ill && t.type != Type::boolean)
      report(ast_.root, bilingual("expected a condition that is true or false, found {}",
                                  "true か false になる条件式が必要ですが、{}が書かれています", describe(t)));
    // A node's own problem is found after its children's yet may stand before them in the text
    // ("d == x" complains at "=="): sorting puts the messages in reading order.
    std::stable_sort(errors_.begin(), errors_.end(),
                     [](const TypeError& a, const TypeError& b) { return a.offset < b.offset; });
    out_.root = errors_.empty() ? t.instr : -1;  // a program with problems is never run
    return errors_;
  }

 private:
  const AstNode& node(int i) const { return ast_.nodes[i]; }

  // Records a problem at node `at`; returns the ill type that keeps its parents quiet.
  Typed report(int at, LocalizedText message) {
    errors_.push_back({node(at).offset, std::move(message)});
    return kIll;
  }

  int emit(Instr in) {
    out_.code.push_back(std::move(in));
    return static_cast<int>(out_.code.size()) - 1;
  }

  // "'backup.generations' (a number question)", "the string \"x\"", "a number"
  // (「'backup.generations'（数値の質問）」「文字列 "x"」「数値」).
  LocalizedText describe(const Typed& t) const {
    const AstNode& n = node(t.node);
    LocalizedText d;
    if (t.slot >= 0) d = bilingual("'{}' ({} question)", "'{}'（{}）", n.text, question_kind(t.slot));
    else if (n.op == Op::string) d = bilingual("the string \"{}\"", "文字列 \"{}\"", n.text);
    else if (n.op == Op::number) d = bilingual("the number {}", "数値 {}", n.number);
    else if (n.op == Op::boolean) d = as_is(n.boolean ? "true" : "false");
    else d = type_name(t.type);
    return d;
  }

  // English: the kind before "question"; Japanese: the kind of question, whole.
  LocalizedText question_kind(int slot) const {
    switch (index_.question(slot).type) {
      case QuestionType::boolean: return {"yes/no の質問", "a yes/no"};
      case QuestionType::choice: return {"選択式の質問", "a choice"};
      case QuestionType::multi_choice: return {"複数選択の質問", "a multiple-choice"};
      case QuestionType::number: return {"数値の質問", "a number"};
      case QuestionType::date: return {"日付の質問", "a date"};
      case QuestionType::text: return {"記述式の質問", "a text"};
    }
    return {"質問", "a"};
  }

  // Recurses once per level of nesting, which the parser bounds (and/or chains are walked in a loop).
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
        Typed x = condition_operand(n.children[0], bilingual("after 'not'", "'not' の後"));
        if (x.ill) return kIll;
        return {Type::boolean, emit({.code = Code::not_, .a = x.instr}), i};
      }
      case Op::eq: case Op::ne: return equality(i);
      case Op::lt: case Op::le: case Op::gt: case Op::ge: return ordering(i);
      case Op::in: return membership(i);
      case Op::contains: return contains(i);
    }
    return report(i, bilingual("internal error: unknown node", "内部エラー: 不明なノードです"));
  }

  // The slot of the question named at node i, or -1 once reported unknown (with did you mean).
  int question_slot(int i) {
    const AstNode& n = node(i);
    int slot = index_.slot(n.text);
    if (slot >= 0) return slot;
    if (n.text.find('.') == std::string::npos)
      report(i, bilingual("unknown name '{}'; expected a question id such as 'backup.taken', true, "
                          "false, or a literal{}",
                          "'{}' という名前はありません。'backup.taken' のような質問 id、true、false、"
                          "または値を書いてください{}",
                          n.text, did_you_mean(n.text, index_.ids())));
    else
      report(i, bilingual("unknown question '{}'{}", "'{}' という質問はありません{}", n.text,
                          did_you_mean(n.text, index_.ids())));
    return -1;
  }

  Typed name(int i) {
    int slot = question_slot(i);
    if (slot < 0) return kIll;
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

  // `where`: "after 'not'", "on the left of 'and'" (「'not' の後」「'and' の左側」).
  Typed condition_operand(int child, const LocalizedText& where) {
    Typed t = visit(child);
    if (t.ill || t.type == Type::boolean) return t;
    return report(child, bilingual("expected a condition (true/false) {}, found {}",
                                   "{}には条件（true/false）が必要ですが、{}が書かれています", where, describe(t)));
  }

  // "a and b or c ..." leans left and is as deep as it is long, which the parser's nesting limit
  // does not bound; a loop down its left side keeps the recursion to the operands, which it does.
  Typed logical(int i) {
    std::vector<int> chain;  // i and the and/or nodes down its left side
    for (int j = i; node(j).op == Op::and_ || node(j).op == Op::or_; j = node(j).children[0]) chain.push_back(j);
    Typed left = logical_operand(chain.back(), 0);
    for (auto at = chain.rbegin(); at != chain.rend(); ++at) {
      Typed right = logical_operand(*at, 1);  // checked even after an ill left: its problems are its own
      if (left.ill || right.ill) left = kIll;
      else left = {Type::boolean, emit({.code = node(*at).op == Op::and_ ? Code::and_ : Code::or_,
                                        .a = left.instr, .b = right.instr}), *at};
    }
    return left;
  }

  Typed logical_operand(int i, int side) {
    return condition_operand(node(i).children[side],
                             bilingual("on the {} of '{}'", "'{1}' の{0}", side == 0 ? LocalizedText{"左側", "left"}
                                                                                 : LocalizedText{"右側", "right"},
                                       spelling(node(i).op)));
  }

  Typed call(int i) {
    const AstNode& n = node(i);
    bool known = std::find(kFunctions.begin(), kFunctions.end(), n.text) != kFunctions.end();
    if (!known)
      report(i, bilingual("unknown function '{}'; the functions are answered(q), count(q) and days_since(q){}",
                          "'{}' という関数はありません。使える関数は answered(q)、count(q)、days_since(q) です{}",
                          n.text, did_you_mean(n.text, kFunctions)));
    else if (n.children.size() != 1)
      report(i, bilingual("expected 1 argument to {}(), found {}", "{}() には引数が1つ必要ですが、{}個書かれています",
                          n.text, n.children.size()));
    if (!known || n.children.size() != 1) {
      for (int arg : n.children) visit(arg);  // a misspelt id in an argument is wrong whatever was meant
      return kIll;
    }
    int arg = n.children[0];
    if (n.text == "answered") return answered(i, arg);
    Typed x = visit(arg);
    if (x.ill) return kIll;
    if (n.text == "days_since") {
      if (x.type != Type::date)
        return report(arg, bilingual("expected a date question in days_since(), found {}",
                                     "days_since() には日付の質問が必要ですが、{}が書かれています", describe(x)));
      return {Type::number, emit({.code = Code::days_since, .a = x.instr}), i};
    }
    if (x.type != Type::set)
      return report(arg, bilingual("expected a multiple-choice question in count(), found {}",
                                   "count() には複数選択の質問が必要ですが、{}が書かれています", describe(x)));
    // The number of options bounds the count of a partial answer.
    int options = x.slot >= 0 ? static_cast<int>(index_.question(x.slot).choices.size()) : 64;
    return {Type::number, emit({.code = Code::count, .a = x.instr, .index = options}), i};
  }

  // answered(q) reads the slot's status, not its value, so its argument must be a bare question id.
  Typed answered(int i, int arg) {
    if (node(arg).op != Op::name) {
      visit(arg);  // for the problems inside it, which are its own
      return report(arg, bilingual("expected a question id as the argument of answered(), found an expression",
                                   "answered() の引数には質問 id が必要ですが、式が書かれています"));
    }
    int slot = question_slot(arg);
    if (slot < 0) return kIll;
    note_read(slot);
    return {Type::boolean, emit({.code = Code::answered, .slot = slot}), i};
  }

  // The index of `literal` among the choices of the choice question in `slot`, or -1 once
  // reported (with did you mean).
  int choice_of(int slot, const Typed& literal) {
    const Question& q = index_.question(slot);
    const AstNode& lit = node(literal.node);
    if (lit.op != Op::string) {
      report(literal.node, bilingual("expected one of the choices of '{}' as a string, found {}",
                                     "'{}' の選択肢のいずれか（文字列）が必要ですが、{}が書かれています", q.id,
                                     describe(literal)));
      return -1;
    }
    int idx = q.choice_index(lit.text);
    if (idx < 0) {
      std::vector<std::string> ids;
      for (const Choice& c : q.choices) ids.push_back(c.id);
      std::string choices = fmt::format("{}", fmt::join(ids, ", "));
      report(literal.node, bilingual("'{}' has no choice \"{}\"; the choices are {}{}",
                                     "'{}' に \"{}\" という選択肢はありません。選択肢は {} です{}", q.id, lit.text,
                                     choices, did_you_mean(lit.text, ids)));
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
    Typed a = visit(l);
    Typed b = visit(r);
    if (a.ill) return kIll;
    switch (a.type) {  // what is not compared at all, whatever stands on the other side
      case Type::date:
        return report(i, bilingual("dates are not compared directly; compare days_since({}) with a number of days",
                                   "日付はそのままでは比較できません。days_since({}) を日数と比較してください",
                                   node(l).text));
      case Type::set:
        return report(i, bilingual("a multiple-choice answer is not compared with '{}'; use '{} contains "
                                   "\"choice\"' or count({})",
                                   "複数選択の回答は '{}' で比較できません。'{} contains \"choice\"' か "
                                   "count({}) を使ってください",
                                   spelling(n.op), node(l).text, node(l).text));
      case Type::list:
        return report(l, bilingual("expected a question or value before the operator, found a list",
                                   "演算子の前には質問か値が必要ですが、リストが書かれています"));
      default:
        break;
    }
    if (b.ill) return kIll;
    return equal(i, a, b);
  }

  // a == b or a != b, both well typed and `a` of a type that compares.
  Typed equal(int i, const Typed& a, const Typed& b) {
    bool negate = node(i).op == Op::ne;
    auto mismatch = [&](const LocalizedText& expected) {
      return report(b.node, bilingual("expected {} to compare with {}, found {}",
                                      "{1}と比較するには{0}が必要ですが、{2}が書かれています",
                                      expected, describe(a), describe(b)));
    };
    switch (a.type) {
      case Type::boolean:
        if (b.type != Type::boolean) return mismatch({"true か false", "true or false"});
        return {Type::boolean, emit({.code = Code::equal_bool, .negate = negate, .a = a.instr, .b = b.instr}), i};
      case Type::number:
        if (b.type != Type::number) return mismatch({"数値", "a number"});
        return {Type::boolean, emit({.code = Code::compare_number, .compare = negate ? Compare::ne : Compare::eq,
                                     .a = a.instr, .b = b.instr}), i};
      case Type::choice: {
        if (node(b.node).op != Op::string) return mismatch({"その選択肢のいずれか（文字列）", "one of its choices as a string"});
        int idx = choice_of(a.slot, b);
        if (idx < 0) return kIll;
        return {Type::boolean, emit({.code = Code::equal_choice, .negate = negate, .a = a.instr, .index = idx}), i};
      }
      case Type::text:
        if (a.slot < 0)
          return report(a.node, bilingual("expected a question on one side of the comparison, found two literals",
                                          "比較の片側には質問が必要ですが、両側とも値が書かれています"));
        if (node(b.node).op != Op::string) return mismatch({"文字列", "a string"});
        return {Type::boolean, emit({.code = Code::equal_text, .negate = negate, .a = a.instr,
                                     .text = node(b.node).text}), i};
      default:
        return report(i, bilingual("internal error: equality", "内部エラー: 等価比較です"));
    }
  }

  Typed ordering(int i) {
    const AstNode& n = node(i);
    Typed a = visit(n.children[0]);
    Typed b = visit(n.children[1]);
    bool left = number_operand(n.op, a), right = number_operand(n.op, b);  // each side's problem is its own
    if (!left || !right) return kIll;
    Compare c = n.op == Op::lt ? Compare::lt : n.op == Op::le ? Compare::le : n.op == Op::gt ? Compare::gt : Compare::ge;
    return {Type::boolean, emit({.code = Code::compare_number, .compare = c, .a = a.instr, .b = b.instr}), i};
  }

  // Whether `t`, a side of `op`, is a number; says why not unless it is ill already.
  bool number_operand(Op op, const Typed& t) {
    if (t.ill) return false;
    if (t.type == Type::number) return true;
    if (t.type == Type::date)
      report(t.node, bilingual("'{}' compares numbers; for a date use days_since({}) {} N",
                               "'{0}' は数値を比べる演算子です。日付には days_since({1}) {2} N と書いてください",
                               spelling(op), node(t.node).text, spelling(op)));
    else
      report(t.node, bilingual("expected a number on either side of '{}', found {}",
                               "'{}' の両側には数値が必要ですが、{}が書かれています", spelling(op), describe(t)));
    return false;
  }

  Typed membership(int i) {
    const AstNode& n = node(i);
    Typed a = visit(n.children[0]);
    if (a.ill) return kIll;
    if (a.type != Type::choice && a.type != Type::number && a.type != Type::text)
      return report(n.children[0], bilingual("expected a choice, number or text question before 'in', found {}",
                                             "'in' の前には選択式、数値、記述式のいずれかの質問が必要ですが、"
                                             "{}が書かれています",
                                             describe(a)));
    Instr in{.a = a.instr};
    bool fits = true;
    for (int item : node(n.children[1]).children) fits = add_item(in, a, item) && fits;  // every misfit told
    if (!fits) return kIll;
    return {Type::boolean, emit(std::move(in)), i};
  }

  // Adds list item `item` to `in`, the test "a in [...]"; false once an item of another type is reported.
  bool add_item(Instr& in, const Typed& a, int item) {
    const AstNode& lit = node(item);
    if (a.type == Type::choice) {
      int idx = choice_of(a.slot, Typed{.node = item});
      if (idx < 0) return false;
      in.code = Code::in_choices;
      in.mask |= uint64_t{1} << idx;
    } else if (a.type == Type::number && lit.op == Op::number) {
      in.code = Code::in_numbers;
      in.numbers.push_back(lit.number);
    } else if (a.type == Type::text && a.slot >= 0 && lit.op == Op::string) {
      in.code = Code::in_texts;
      in.texts.push_back(lit.text);
    } else {
      report(item, bilingual("expected list items of the same type as {}, found {}",
                             "リストの項目には{}と同じ種類の値が必要ですが、{}が書かれています", describe(a),
                             describe(Typed{.node = item})));
      return false;
    }
    return true;
  }

  Typed contains(int i) {
    const AstNode& n = node(i);
    Typed a = visit(n.children[0]);
    Typed b = visit(n.children[1]);
    if (a.ill) return kIll;
    if (a.type != Type::set)
      return report(n.children[0], bilingual("expected a multiple-choice question before 'contains', found {}",
                                             "'contains' の前には複数選択の質問が必要ですが、{}が書かれています",
                                             describe(a)));
    if (b.ill) return kIll;
    int idx = choice_of(a.slot, b);
    if (idx < 0) return kIll;
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
