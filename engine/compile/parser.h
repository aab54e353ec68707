// Parser for the condition language (recursive descent, precedence from loosest to tightest):
//
//   condition := or
//   or        := and ('or' and)*
//   and       := not ('and' not)*
//   not       := 'not' not | compare
//   compare   := operand (('=='|'!='|'<'|'<='|'>'|'>=') operand
//                         | 'in' '[' literal (',' literal)* ']' | 'contains' operand)?
//   operand   := literal | name | name '(' (condition (',' condition)*)? ')' | '(' condition ')'
//   literal   := number | string | true | false | yes | no
//
// Limits, each a syntax error: at most 4096 characters, 256 operators (and, or, not, comparisons,
// in, contains, calls) and 64 levels of nesting, so that no input can make a pass over the tree
// recurse deeply or run long.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "compile/ast.h"
#include "tenken/text.h"

namespace tenken::expr {

struct SyntaxError {
  size_t offset = 0;
  LocalizedText message;  // "expected ')', found 'and'" (「')' が必要ですが、'and' が書かれています」)
};

struct ParseResult {
  Ast ast;
  std::optional<SyntaxError> error;
};

ParseResult parse(std::string_view text);

}  // namespace tenken::expr
