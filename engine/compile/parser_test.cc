// Tests of the condition-language parser, as a table of {input, syntax tree, error}. The tree is
// the S-expression dump; the error is "offset: message" for the first syntax error.
#include "compile/parser.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <vector>

namespace tenken::expr {
namespace {

struct Row {
  std::string input;
  std::string dump;   // empty when the input is in error
  std::string error;  // empty when it parses
};

void check_rows(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    ParseResult r = parse(row.input);
    std::string error = r.error ? fmt::format("{}: {}", r.error->offset, r.error->message.en) : "";
    CAPTURE(row.input);
    CHECK(r.ast.dump() == row.dump);
    CHECK(error == row.error);
  }
}

TEST_CASE("parser: operands and literals") {
  check_rows({
      {"backup.taken", "backup.taken", ""},
      {"true", "true", ""},
      {"yes", "true", ""},
      {"no", "false", ""},
      {"false", "false", ""},
      {"3", "3", ""},
      {"2.5", "2.5", ""},
      {R"("same_server")", R"("same_server")", ""},
      {"(backup.taken)", "backup.taken", ""},
      {"((backup.taken))", "backup.taken", ""},
  });
}

TEST_CASE("parser: precedence is not, then and, then or; and/or group to the left") {
  check_rows({
      {"a.x and b.y or c.z", "(or (and a.x b.y) c.z)", ""},
      {"a.x or b.y and c.z", "(or a.x (and b.y c.z))", ""},
      {"not a.x and b.y", "(and (not a.x) b.y)", ""},
      {"not a.x or b.y", "(or (not a.x) b.y)", ""},
      {"a.x or not b.y and c.z", "(or a.x (and (not b.y) c.z))", ""},
      {"not not a.x", "(not (not a.x))", ""},
      {"a.x and b.y and c.z", "(and (and a.x b.y) c.z)", ""},
      {"a.x or b.y or c.z", "(or (or a.x b.y) c.z)", ""},
      {"(a.x or b.y) and c.z", "(and (or a.x b.y) c.z)", ""},
      {"not (a.x or b.y)", "(not (or a.x b.y))", ""},
      // Comparisons bind tighter than not.
      {"not a.n == 3", "(not (== a.n 3))", ""},
      {"a.n > 3 and a.n <= 10 or a.c == \"x\"", "(or (and (> a.n 3) (<= a.n 10)) (== a.c \"x\"))", ""},
  });
}

TEST_CASE("parser: comparisons, in and contains") {
  check_rows({
      {"a.n == 3", "(== a.n 3)", ""},
      {"a.n != 3", "(!= a.n 3)", ""},
      {"a.n < 3", "(< a.n 3)", ""},
      {"a.n <= 3", "(<= a.n 3)", ""},
      {"a.n > 3", "(> a.n 3)", ""},
      {"a.n >= 3", "(>= a.n 3)", ""},
      {"\"x\" == a.c", "(== \"x\" a.c)", ""},
      {"a.b == yes", "(== a.b true)", ""},
      {"a.c in [\"x\"]", "(in a.c (list \"x\"))", ""},
      {"a.c in [\"x\", \"y\",\"z\"]", "(in a.c (list \"x\" \"y\" \"z\"))", ""},
      {"a.n in [1, 2.5]", "(in a.n (list 1 2.5))", ""},
      {"a.b in [true, no]", "(in a.b (list true false))", ""},
      {"a.m contains \"tape\"", "(contains a.m \"tape\")", ""},
      {"not a.m contains \"tape\"", "(not (contains a.m \"tape\"))", ""},
  });
}

TEST_CASE("parser: calls with zero, one and two arguments") {
  check_rows({
      {"answered()", "(answered)", ""},
      {"answered(a.b)", "(answered a.b)", ""},
      {"days_since(a.d) > 30", "(> (days_since a.d) 30)", ""},
      {"f(a.b, c.d)", "(f a.b c.d)", ""},
      {"f(a.b and c.d, not e.f)", "(f (and a.b c.d) (not e.f))", ""},
      {"count(a.m) >= 2 and answered(a.b)", "(and (>= (count a.m) 2) (answered a.b))", ""},
  });
}

TEST_CASE("parser: syntax errors say what was expected and what was found") {
  check_rows({
      {"", "", "0: expected a condition, found nothing"},
      {"   ", "", "3: expected a condition, found nothing"},
      {"a.b c.d", "", "4: expected 'and', 'or' or the end of the condition, found 'c.d'"},
      {"a.b 3", "", "4: expected 'and', 'or' or the end of the condition, found '3'"},
      {"a.b \"x\"", "", "4: expected 'and', 'or' or the end of the condition, found the string \"x\""},
      {"a.b)", "", "3: expected 'and', 'or' or the end of the condition, found ')'"},
      {"a.n == 3 == 4", "", "9: expected 'and', 'or' or the end of the condition, found '=='"},
      {"a.b ==", "", "6: expected a question id, a literal or '(', found end of condition"},
      {"a.b and", "", "7: expected a question id, a literal or '(', found end of condition"},
      {"and a.b", "", "0: expected a question id, a literal or '(', found 'and'"},
      {"not", "", "3: expected a question id, a literal or '(', found end of condition"},
      {")", "", "0: expected a question id, a literal or '(', found ')'"},
      {"a.n == ,", "", "7: expected a question id, a literal or '(', found ','"},
      {"(a.b", "", "4: expected ')' to close '(', found end of condition"},
      {"(a.b c.d)", "", "5: expected ')' to close '(', found 'c.d'"},
      {"()", "", "1: expected a question id, a literal or '(', found ')'"},
      {"a.b in x", "", "7: expected '[' after 'in', found 'x'"},
      {"a.b in", "", "6: expected '[' after 'in', found end of condition"},
      {"a.b in [1,", "",
       "10: expected a literal (a number, a string, true or false) in the list, found end of condition"},
      {"a.b in [1", "", "9: expected ',' or ']' in the list, found end of condition"},
      {"a.b in [1 2]", "", "10: expected ',' or ']' in the list, found '2'"},
      {"a.b in []", "", "8: expected a literal (a number, a string, true or false) in the list, found ']'"},
      {"a.b in [c.d]", "", "8: expected a literal (a number, a string, true or false) in the list, found 'c.d'"},
      {"a.b in [1,]", "", "10: expected a literal (a number, a string, true or false) in the list, found ']'"},
      {"f(a.b", "", "5: expected ')' to close the call of f, found end of condition"},
      {"f(a.b c.d)", "", "6: expected ')' to close the call of f, found 'c.d'"},
      {"f(,)", "", "2: expected a question id, a literal or '(', found ','"},
  });
}

TEST_CASE("parser: syntax errors are given in Japanese too") {
  auto japanese = [](std::string_view text) {
    ParseResult r = parse(text);
    return r.error ? r.error->message.ja : std::string("(parsed)");
  };
  CHECK(japanese("(a.b and") == "質問 id、値、'(' のいずれかが必要ですが、条件式が終わっています");
  CHECK(japanese("(a.b c.d)") == "'(' を閉じる ')' が必要ですが、'c.d' が書かれています");
  CHECK(japanese("a.b \"x\"") == "'and'、'or' または条件式の終わりが必要ですが、文字列 \"x\" が書かれています");
  CHECK(japanese("a.b in x") == "'in' の後には '[' が必要ですが、'x' が書かれています");
  CHECK(japanese("a.b in [1 2]") == "リストの中には ',' か ']' が必要ですが、'2' が書かれています");
  CHECK(japanese("f(a.b c.d)") == "f の呼び出しを閉じる ')' が必要ですが、'c.d' が書かれています");
  CHECK(japanese("a.b && c.d") == "'and' が必要ですが、'&&' が書かれています");
  CHECK(japanese("") == "条件式が必要ですが、何も書かれていません");
}

TEST_CASE("parser: lexical errors surface with the lexer's message") {
  check_rows({
      {"a.b = 3", "", "4: expected '==' to compare, found '='"},
      {"a.b && c.d", "", "4: expected 'and', found '&&'"},
      {"a.b || c.d", "", "4: expected 'or', found '||'"},
      {"a.b == \"x", "", "7: expected a closing \" for this string, found the end of the condition"},
      {"a.n > 3abc", "", "6: expected a number, found '3abc'"},
      {"a.b かつ c.d", "", "4: unexpected character 'か'"},
      {"(a.b = 3)", "", "5: expected '==' to compare, found '='"},
      {"a.n in [1, 2 = 3]", "", "13: expected '==' to compare, found '='"},
      {"f(a.b = 3)", "", "6: expected '==' to compare, found '='"},
      // After a complete comparison, the next token's own problem is reported, not "found an
      // invalid character".
      {"a.n in [1] = 2", "", "11: expected '==' to compare, found '='"},
      {"a.n == 1 = 2", "", "9: expected '==' to compare, found '='"},
      {"a.n == 1 && b.c", "", "9: expected 'and', found '&&'"},
  });
}

std::string repeat(std::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

TEST_CASE("parser: nesting is limited to 64 levels, so deep input cannot overflow the stack") {
  // The condition itself is the first level; 63 parentheses make 64.
  check_rows({
      {repeat("(", 63) + "a.b" + repeat(")", 63), "a.b", ""},
      {repeat("(", 64) + "a.b" + repeat(")", 64), "", "64: condition nested deeper than 64 levels"},
      {repeat("not ", 63) + "a.b", repeat("(not ", 63) + "a.b" + repeat(")", 63), ""},
      {repeat("not ", 64) + "a.b", "", "252: condition nested deeper than 64 levels"},
      {repeat("f(", 64) + "a.b" + repeat(")", 64), "", "128: condition nested deeper than 64 levels"},
  });
  check_rows({
      {repeat("(", 4096), "", "64: condition nested deeper than 64 levels"},
      {repeat("not ", 1024), "", "252: condition nested deeper than 64 levels"},
      {repeat("f(", 2048), "", "128: condition nested deeper than 64 levels"},
      {repeat("(not ", 819), "", "156: condition nested deeper than 64 levels"},
  });
}

TEST_CASE("parser: a condition has at most 256 operators and 4096 characters") {
  auto chain = [](int terms) {
    std::string s = "a.b";
    for (int i = 1; i < terms; ++i) s += i % 2 ? " and a.b" : " or a.b";
    return s;
  };
  CHECK_FALSE(parse(chain(257)).error);  // 256 operators
  // Operators are counted as the tree is built: an 'or' after the 'and' to its right.
  check_rows({{chain(258), "", "1917: expected at most 256 operators in a condition, found more; split it "
                                "into several rules or questions"}});
  check_rows({{repeat("not ", 32) + repeat("a.n == 1 and ", 112) + "a.n == 1", "",
               "1580: expected at most 256 operators in a condition, found more; split it into several "
               "rules or questions"}});
  std::string longest = "a.b == \"" + repeat("é", 4096 - 9) + "\"";
  CHECK_FALSE(parse(longest).error);
  check_rows({{longest + " ", "", "0: expected a condition of at most 4096 characters, found 4097; split it "
                                  "into several rules or questions"}});
  CHECK(parse(longest + " ").error->message.ja ==
        "条件式は4096文字までですが、4097文字書かれています。いくつかのルールか質問に分けてください");
  // 100,000 terms: refused at once, without recursing 100,000 levels anywhere.
  ParseResult r = parse(chain(100000));
  REQUIRE(r.error);
  CHECK(r.error->message.en == "expected a condition of at most 4096 characters, found 749996; split it "
                            "into several rules or questions");
}

TEST_CASE("parser: every node records the offset of its token") {
  ParseResult r = parse("not a.n >= 3 and b.c");
  REQUIRE_FALSE(r.error);
  std::string offsets;
  for (const AstNode& n : r.ast.nodes) offsets += fmt::format("{}@{} ", spelling(n.op), n.offset);
  CHECK(offsets == "name@4 number@11 >=@8 not@0 name@17 and@13 ");
}

}  // namespace
}  // namespace tenken::expr
