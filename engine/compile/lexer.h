// Lexer for the condition language. Tokens carry their byte offset in the expression text so that
// errors can point at them; every token kind has a printable name for "expected X, found Y".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tenken/text.h"

namespace tenken::expr {

enum class Tok {
  end, error,
  identifier,  // backup.taken, days_since
  number,      // 3, 1.5
  string,      // "same_server"
  kw_and, kw_or, kw_not, kw_in, kw_contains, kw_true, kw_false,
  eq, ne, lt, le, gt, ge,
  lparen, rparen, lbracket, rbracket, comma,
};

// "'and'", "a name", "end of condition", ... (「'and'」「名前」「条件式の終わり」)
LocalizedText describe(Tok t);

struct Token {
  Tok kind = Tok::end;
  size_t offset = 0;      // byte offset in the expression text
  std::string text;       // identifier/number text, or the unescaped string
  LocalizedText problem;  // for error, the message: "expected 'and', found '&&'"
};

// Splits `text` into tokens ending with Tok::end, or stops at the first Tok::error.
std::vector<Token> lex(std::string_view text);

}  // namespace tenken::expr
