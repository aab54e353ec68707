// Recursive-descent parser for the condition language; grammar in parser.h.
#include "compile/parser.h"

#include <fmt/format.h>

#include <charconv>

#include "compile/lexer.h"
#include "tenken/bilingual.h"
#include "tenken/utf8.h"

namespace tenken::expr {

const char* spelling(Op op) {
  switch (op) {
    case Op::boolean: return "bool";
    case Op::number: return "number";
    case Op::string: return "string";
    case Op::name: return "name";
    case Op::list: return "list";
    case Op::call: return "call";
    case Op::and_: return "and";
    case Op::or_: return "or";
    case Op::not_: return "not";
    case Op::eq: return "==";
    case Op::ne: return "!=";
    case Op::lt: return "<";
    case Op::le: return "<=";
    case Op::gt: return ">";
    case Op::ge: return ">=";
    case Op::in: return "in";
    case Op::contains: return "contains";
  }
  return "?";
}

std::string Ast::dump() const { return root < 0 ? std::string() : dump(root); }

std::string Ast::dump(int i) const {
  const AstNode& n = nodes[i];
  switch (n.op) {
    case Op::boolean: return n.boolean ? "true" : "false";
    case Op::number: return fmt::format("{}", n.number);
    case Op::string: return fmt::format("\"{}\"", n.text);
    case Op::name: return n.text;
    default: break;
  }
  std::string out = "(";
  out += n.op == Op::call ? n.text : n.op == Op::list ? "list" : spelling(n.op);
  for (int c : n.children) out += " " + dump(c);
  return out + ")";
}

namespace {

struct Abort {};  // unwinds the descent after the first syntax error

// Conditions are short (the library's longest is under 600 characters and 30 operators). These
// limits bound the work and the depth of every later pass over the tree, which recurses: nesting
// bounds inputs like "((((((...", operators bound chains like "a and b and c and ...", whose tree
// is as deep as the chain is long.
constexpr int kMaxNesting = 64;
constexpr int kMaxOperators = 256;
constexpr size_t kMaxCharacters = 4096;

bool is_operator(Op op) { return op != Op::boolean && op != Op::number && op != Op::string &&
                                 op != Op::name && op != Op::list; }

class Parser {
 public:
  explicit Parser(std::string_view text) : tokens_(lex(text)) {}

  ParseResult run() {
    ParseResult r;
    try {
      if (peek().kind == Tok::end)
        fail(peek(), bilingual("expected a condition, found nothing", "条件式が必要ですが、何も書かれていません"));
      int root = condition();
      check_error();  // "a == 1 = 2": the lexer's message, not "found an invalid character"
      if (peek().kind != Tok::end)
        fail(peek(), bilingual("expected 'and', 'or' or the end of the condition, found {}",
                               "'and'、'or' または条件式の終わりが必要ですが、{}", found(peek())));
      ast_.root = root;
      r.ast = std::move(ast_);
    } catch (const Abort&) {
      r.error = error_;
    }
    return r;
  }

 private:
  const Token& peek() const { return tokens_[pos_]; }
  Token take() {
    const Token& t = tokens_[pos_];
    if (t.kind != Tok::end && t.kind != Tok::error) ++pos_;
    return t;
  }

  [[noreturn]] void fail(const Token& at, LocalizedText message) { fail_at(at.offset, std::move(message)); }
  [[noreturn]] void fail_at(size_t offset, LocalizedText message) {
    error_ = {offset, std::move(message)};
    throw Abort{};
  }

  // What was found instead, to end "expected X, found ...": in English the token ("'c.d'", "the
  // string \"x\"", "end of condition"), in Japanese the whole clause (「'c.d' が書かれています」,
  // 「条件式が終わっています」).
  static LocalizedText found(const Token& t) {
    switch (t.kind) {
      case Tok::identifier: case Tok::number:
        return bilingual("'{}'", "'{}' が書かれています", t.text);
      case Tok::string: return bilingual("the string \"{}\"", "文字列 \"{}\" が書かれています", t.text);
      case Tok::end: return bilingual("{}", "条件式が終わっています", describe(t.kind));
      case Tok::error: return bilingual("{}", "{}が書かれています", describe(t.kind));
      default: return bilingual("{}", "{} が書かれています", describe(t.kind));
    }
  }

  // `what` is the token expected, with where: "')' to close '('" (「'(' を閉じる ')'」).
  void expect(Tok kind, const LocalizedText& what) {
    check_error();
    if (peek().kind != kind) fail(peek(), bilingual("expected {}, found {}", "{} が必要ですが、{}", what, found(peek())));
    take();
  }

  void check_error() {
    if (peek().kind == Tok::error) fail(peek(), peek().problem);
  }

  int add(Op op, size_t offset, std::vector<int> children = {}) {
    if (is_operator(op) && ++operators_ > kMaxOperators)
      fail_at(offset, bilingual("expected at most {} operators in a condition, found more; split it "
                                "into several rules or questions",
                                "条件式の演算子は{}個までですが、それより多く書かれています。"
                                "いくつかのルールか質問に分けてください",
                                kMaxOperators));
    AstNode n;
    n.op = op;
    n.offset = offset;
    n.children = std::move(children);
    ast_.nodes.push_back(std::move(n));
    return static_cast<int>(ast_.nodes.size()) - 1;
  }

  static LocalizedText too_deep() {
    return bilingual("condition nested deeper than {} levels", "条件式の入れ子が{}段を超えています", kMaxNesting);
  }

  int condition() {
    if (++depth_ > kMaxNesting) fail(peek(), too_deep());
    int left = conjunction();
    while (peek().kind == Tok::kw_or) {
      size_t at = take().offset;
      left = add(Op::or_, at, {left, conjunction()});
    }
    --depth_;
    return left;
  }

  int conjunction() {
    int left = negation();
    while (peek().kind == Tok::kw_and) {
      size_t at = take().offset;
      left = add(Op::and_, at, {left, negation()});
    }
    return left;
  }

  int negation() {
    if (peek().kind == Tok::kw_not) {
      if (++depth_ > kMaxNesting) fail(peek(), too_deep());
      size_t at = take().offset;
      int n = add(Op::not_, at, {negation()});
      --depth_;
      return n;
    }
    return comparison();
  }

  static bool comparison_op(Tok t, Op& op) {
    switch (t) {
      case Tok::eq: op = Op::eq; return true;
      case Tok::ne: op = Op::ne; return true;
      case Tok::lt: op = Op::lt; return true;
      case Tok::le: op = Op::le; return true;
      case Tok::gt: op = Op::gt; return true;
      case Tok::ge: op = Op::ge; return true;
      default: return false;
    }
  }

  int comparison() {
    int left = operand();
    check_error();
    Op op;
    if (comparison_op(peek().kind, op)) {
      size_t at = take().offset;
      return add(op, at, {left, operand()});
    }
    if (peek().kind == Tok::kw_in) {
      size_t at = take().offset;
      return add(Op::in, at, {left, list()});
    }
    if (peek().kind == Tok::kw_contains) {
      size_t at = take().offset;
      return add(Op::contains, at, {left, operand()});
    }
    return left;
  }

  int list() {
    check_error();
    size_t at = peek().offset;
    expect(Tok::lbracket, bilingual("'[' after 'in'", "'in' の後には '['"));
    std::vector<int> items;
    while (true) {
      items.push_back(literal_only());
      check_error();
      if (peek().kind == Tok::rbracket) break;
      expect(Tok::comma, bilingual("',' or ']' in the list", "リストの中には ',' か ']'"));
    }
    take();
    return add(Op::list, at, std::move(items));
  }

  int literal_only() {
    check_error();
    Tok k = peek().kind;
    if (k != Tok::number && k != Tok::string && k != Tok::kw_true && k != Tok::kw_false)
      fail(peek(), bilingual("expected a literal (a number, a string, true or false) in the list, found {}",
                             "リストの中には値（数値、文字列、true、false のいずれか）が必要ですが、{}",
                             found(peek())));
    return operand();
  }

  int operand() {
    check_error();
    Token t = take();
    switch (t.kind) {
      case Tok::kw_true: case Tok::kw_false: {
        int n = add(Op::boolean, t.offset);
        ast_.nodes[n].boolean = t.kind == Tok::kw_true;
        return n;
      }
      case Tok::number: {
        int n = add(Op::number, t.offset);
        std::from_chars(t.text.data(), t.text.data() + t.text.size(), ast_.nodes[n].number);
        return n;
      }
      case Tok::string: {
        int n = add(Op::string, t.offset);
        ast_.nodes[n].text = t.text;
        return n;
      }
      case Tok::identifier: return name_or_call(t);
      case Tok::lparen: {
        int inner = condition();
        expect(Tok::rparen, bilingual("')' to close '('", "'(' を閉じる ')'"));
        return inner;
      }
      default:
        fail(t, bilingual("expected a question id, a literal or '(', found {}",
                          "質問 id、値、'(' のいずれかが必要ですが、{}", found(t)));
    }
  }

  int name_or_call(const Token& t) {
    if (peek().kind != Tok::lparen) {
      int n = add(Op::name, t.offset);
      ast_.nodes[n].text = t.text;
      return n;
    }
    take();
    std::vector<int> args;
    check_error();
    if (peek().kind != Tok::rparen) {
      args.push_back(condition());
      while (peek().kind == Tok::comma) {
        take();
        args.push_back(condition());
      }
    }
    expect(Tok::rparen, bilingual("')' to close the call of {}", "{} の呼び出しを閉じる ')'", t.text));
    int n = add(Op::call, t.offset, std::move(args));
    ast_.nodes[n].text = t.text;
    return n;
  }

  std::vector<Token> tokens_;
  long pos_ = 0;
  int depth_ = 0;
  int operators_ = 0;
  Ast ast_;
  SyntaxError error_;
};

}  // namespace

ParseResult parse(std::string_view text) {
  size_t characters = utf8::length(text);
  if (characters > kMaxCharacters) {
    ParseResult r;
    r.error = SyntaxError{0, bilingual("expected a condition of at most {} characters, found {}; split it "
                                       "into several rules or questions",
                                       "条件式は{}文字までですが、{}文字書かれています。"
                                       "いくつかのルールか質問に分けてください",
                                       kMaxCharacters, characters)};
    return r;
  }
  return Parser(text).run();
}

}  // namespace tenken::expr
