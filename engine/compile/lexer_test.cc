// Tests of the condition-language lexer: every token kind with its offset, and every error with
// the offset it points at.
#include "compile/lexer.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <vector>

namespace tenken::expr {
namespace {

// "a name 'backup.taken'@0 'and'@13 end of condition@16": each token's printable name, its text
// when it has one, and its offset.
std::string tokens(std::string_view text) {
  std::string out;
  for (const Token& t : lex(text)) {
    if (!out.empty()) out += ' ';
    if (t.kind == Tok::error) out += fmt::format("error '{}'@{}", t.problem.en, t.offset);
    else if (t.kind == Tok::identifier || t.kind == Tok::number || t.kind == Tok::string)
      out += fmt::format("{} '{}'@{}", describe(t.kind).en, t.text, t.offset);
    else out += fmt::format("{}@{}", describe(t.kind).en, t.offset);
  }
  return out;
}

TEST_CASE("lexer: names, dotted question ids and keywords") {
  CHECK(tokens("backup.taken and not x_1.y2 or z") ==
        "a name 'backup.taken'@0 'and'@13 'not'@17 a name 'x_1.y2'@21 'or'@28 a name 'z'@31 "
        "end of condition@32");
  CHECK(tokens("a.b.c") == "a name 'a.b.c'@0 end of condition@5");
  CHECK(tokens("q.n in [1] contains") == "a name 'q.n'@0 'in'@4 '['@7 a number '1'@8 ']'@9 'contains'@11 "
                                          "end of condition@19");
  // yes/no are spellings of true/false; a keyword inside a dotted id or a longer word is a name.
  CHECK(tokens("true false yes no") == "'true'@0 'false'@5 'true'@11 'false'@15 end of condition@17");
  CHECK(tokens("not.x and_more yes.no") ==
        "a name 'not.x'@0 a name 'and_more'@6 a name 'yes.no'@15 end of condition@21");
  CHECK(tokens("") == "end of condition@0");
  CHECK(tokens(" \t\r\n a") == "a name 'a'@5 end of condition@6");
}

TEST_CASE("lexer: punctuation and comparison operators") {
  CHECK(tokens("( ) [ ] , == != < <= > >=") ==
        "'('@0 ')'@2 '['@4 ']'@6 ','@8 '=='@10 '!='@13 '<'@16 '<='@18 '>'@21 '>='@23 "
        "end of condition@25");
  CHECK(tokens("a<=3") == "a name 'a'@0 '<='@1 a number '3'@3 end of condition@4");
  CHECK(tokens("f(a,b)") == "a name 'f'@0 '('@1 a name 'a'@2 ','@3 a name 'b'@4 ')'@5 end of condition@6");
}

TEST_CASE("lexer: numbers") {
  CHECK(tokens("3 1.5 100") == "a number '3'@0 a number '1.5'@2 a number '100'@6 end of condition@9");
  CHECK(tokens("3)") == "a number '3'@0 ')'@1 end of condition@2");
}

TEST_CASE("lexer: strings with either quote and with escapes") {
  CHECK(tokens(R"("same_server")") == "a string 'same_server'@0 end of condition@13");
  CHECK(tokens(R"('same_server')") == "a string 'same_server'@0 end of condition@13");
  CHECK(tokens(R"("say \"hi\"")") == R"(a string 'say "hi"'@0 end of condition@12)");
  CHECK(tokens(R"('it\'s')") == "a string 'it's'@0 end of condition@7");
  CHECK(tokens(R"("a\\b")") == R"(a string 'a\b'@0 end of condition@6)");
  CHECK(tokens(R"("it's")") == "a string 'it's'@0 end of condition@6");
  CHECK(tokens(R"("遠隔地")") == "a string '遠隔地'@0 end of condition@11");
  CHECK(tokens(R"("")") == "a string ''@0 end of condition@2");
}

TEST_CASE("lexer: errors name what was expected and stop the token stream") {
  CHECK(tokens("a = 3") == "a name 'a'@0 error 'expected '==' to compare, found '=''@2");
  CHECK(tokens("a && b") == "a name 'a'@0 error 'expected 'and', found '&&''@2");
  CHECK(tokens("a || b") == "a name 'a'@0 error 'expected 'or', found '||''@2");
  CHECK(tokens("!a") == "error 'expected 'not' or '!=', found '!''@0");
  CHECK(tokens("a & b") == "a name 'a'@0 error 'unexpected character '&''@2");
  CHECK(tokens(R"(a == "abc)") ==
        R"(a name 'a'@0 '=='@2 error 'expected a closing " for this string, found the end of the condition'@5)");
  CHECK(tokens(R"(a == 'abc\')") ==
        "a name 'a'@0 '=='@2 error 'expected a closing ' for this string, found the end of the condition'@5");
  CHECK(tokens("3abc > 1") == "error 'expected a number, found '3abc''@0");
  CHECK(tokens("a > 3.") == "a name 'a'@0 '>'@2 error 'expected a number, found '3.''@4");
  CHECK(tokens("a > 1.2.3") == "a name 'a'@0 '>'@2 error 'expected a number, found '1.2.3''@4");
  CHECK(tokens("a > 1-2") == "a name 'a'@0 '>'@2 error 'expected a number, found '1-2''@4");
  // Negative numbers are not part of the language.
  CHECK(tokens("a > -1") == "a name 'a'@0 '>'@2 a number '-1'@4 end of condition@6");
  CHECK(tokens("a.") == "a name 'a'@0 error 'unexpected character '.''@1");
  CHECK(tokens("a..b") == "a name 'a'@0 error 'unexpected character '.''@1");
}

TEST_CASE("lexer: errors are given in Japanese too") {
  std::vector<Token> t = lex("a && b");
  REQUIRE(t.size() == 2);
  CHECK(t[1].problem.ja == "'and' が必要ですが、'&&' が書かれています");
  CHECK(lex("a = 3").back().problem.ja == "比較には '==' が必要ですが、'=' が書かれています");
  CHECK(lex("a == \"abc").back().problem.ja ==
        "この文字列を閉じる引用符 \" が必要ですが、閉じないまま条件式が終わっています");
  CHECK(lex("backup.taken かつ x").back().problem.ja == "ここには書けない文字 'か' があります");
}

TEST_CASE("lexer: a character outside ASCII is shown whole, not as a broken byte") {
  CHECK(tokens("a ＝＝ b") == "a name 'a'@0 error 'unexpected character '＝''@2");
  CHECK(tokens("backup.taken かつ x") == "a name 'backup.taken'@0 error 'unexpected character 'か''@13");
  CHECK(tokens("é") == "error 'unexpected character 'é''@0");
  CHECK(tokens("a 🙂") == "a name 'a'@0 error 'unexpected character '🙂''@2");
}

TEST_CASE("lexer: every token kind has a printable name") {
  for (Tok t = Tok::end; t <= Tok::comma; t = static_cast<Tok>(static_cast<int>(t) + 1))
    CHECK(describe(t).en != "?");
  CHECK(describe(Tok::end).ja == "条件式の終わり");
}

}  // namespace
}  // namespace tenken::expr
