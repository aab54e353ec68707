// Condition-language lexer: hand-written, one pass, no allocation beyond token texts.
#include "compile/lexer.h"

#include <fmt/format.h>

#include "tenken/bilingual.h"

namespace tenken::expr {

LocalizedText describe(Tok t) {
  switch (t) {
    case Tok::end: return {"条件式の終わり", "end of condition"};
    case Tok::error: return {"使えない文字", "an invalid character"};
    case Tok::identifier: return {"名前", "a name"};
    case Tok::number: return {"数値", "a number"};
    case Tok::string: return {"文字列", "a string"};
    case Tok::kw_and: return as_is("'and'");
    case Tok::kw_or: return as_is("'or'");
    case Tok::kw_not: return as_is("'not'");
    case Tok::kw_in: return as_is("'in'");
    case Tok::kw_contains: return as_is("'contains'");
    case Tok::kw_true: return as_is("'true'");
    case Tok::kw_false: return as_is("'false'");
    case Tok::eq: return as_is("'=='");
    case Tok::ne: return as_is("'!='");
    case Tok::lt: return as_is("'<'");
    case Tok::le: return as_is("'<='");
    case Tok::gt: return as_is("'>'");
    case Tok::ge: return as_is("'>='");
    case Tok::lparen: return as_is("'('");
    case Tok::rparen: return as_is("')'");
    case Tok::lbracket: return as_is("'['");
    case Tok::rbracket: return as_is("']'");
    case Tok::comma: return as_is("','");
  }
  return as_is("?");
}

namespace {

bool ident_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool ident_char(char c) { return ident_start(c) || (c >= '0' && c <= '9'); }
bool digit(char c) { return c >= '0' && c <= '9'; }

Tok keyword(std::string_view w) {
  if (w == "and") return Tok::kw_and;
  if (w == "or") return Tok::kw_or;
  if (w == "not") return Tok::kw_not;
  if (w == "in") return Tok::kw_in;
  if (w == "contains") return Tok::kw_contains;
  if (w == "true" || w == "yes") return Tok::kw_true;
  if (w == "false" || w == "no") return Tok::kw_false;
  return Tok::identifier;
}

class Lexer {
 public:
  explicit Lexer(std::string_view s) : s_(s) {}

  Token next() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
    Token t;
    t.offset = i_;
    if (i_ >= s_.size()) return t;
    char c = s_[i_];
    if (ident_start(c)) return identifier(t);
    if (digit(c) || (c == '-' && i_ + 1 < s_.size() && digit(s_[i_ + 1]))) return number(t);
    if (c == '"' || c == '\'') return string(t, c);
    return punctuation(t);
  }

 private:
  Token identifier(Token t) {
    // Dotted names are one token: backup.offline_copy.
    while (i_ < s_.size() && (ident_char(s_[i_]) || (s_[i_] == '.' && i_ + 1 < s_.size() &&
                                                     ident_start(s_[i_ + 1]))))
      ++i_;
    t.text = std::string(s_.substr(t.offset, i_ - t.offset));
    t.kind = t.text.find('.') == std::string::npos ? keyword(t.text) : Tok::identifier;
    return t;
  }

  Token number(Token t) {
    if (s_[i_] == '-') ++i_;
    while (i_ < s_.size() && digit(s_[i_])) ++i_;
    if (i_ + 1 < s_.size() && s_[i_] == '.' && digit(s_[i_ + 1])) {
      ++i_;
      while (i_ < s_.size() && digit(s_[i_])) ++i_;
    }
    t.kind = Tok::number;
    t.text = std::string(s_.substr(t.offset, i_ - t.offset));
    if (i_ < s_.size() && (ident_start(s_[i_]) || s_[i_] == '.' || s_[i_] == '-')) {
      t.kind = Tok::error;
      t.problem = bilingual("expected a number, found '{}'", "数値が必要ですが、'{}' が書かれています",
                            word_at(t.offset));
    }
    return t;
  }

  Token string(Token t, char quote) {
    ++i_;
    while (i_ < s_.size() && s_[i_] != quote) {
      if (s_[i_] == '\\' && i_ + 1 < s_.size()) ++i_;
      t.text += s_[i_++];
    }
    if (i_ >= s_.size()) {
      t.kind = Tok::error;
      t.problem = bilingual("expected a closing {} for this string, found the end of the condition",
                            "この文字列を閉じる引用符 {} が必要ですが、閉じないまま条件式が終わっています", quote);
      return t;
    }
    ++i_;
    t.kind = Tok::string;
    return t;
  }

  Token punctuation(Token t) {
    char c = s_[i_];
    char n = i_ + 1 < s_.size() ? s_[i_ + 1] : '\0';
    auto one = [&](Tok k) { ++i_; t.kind = k; return t; };
    auto two = [&](Tok k) { i_ += 2; t.kind = k; return t; };
    switch (c) {
      case '(': return one(Tok::lparen);
      case ')': return one(Tok::rparen);
      case '[': return one(Tok::lbracket);
      case ']': return one(Tok::rbracket);
      case ',': return one(Tok::comma);
      case '=': if (n == '=') return two(Tok::eq); break;
      case '!': if (n == '=') return two(Tok::ne); break;
      case '<': return n == '=' ? two(Tok::le) : one(Tok::lt);
      case '>': return n == '=' ? two(Tok::ge) : one(Tok::gt);
      case '&':
        if (n == '&') {
          t.kind = Tok::error;
          t.problem = bilingual("expected 'and', found '&&'", "'and' が必要ですが、'&&' が書かれています");
          return t;
        }
        break;
      case '|':
        if (n == '|') {
          t.kind = Tok::error;
          t.problem = bilingual("expected 'or', found '||'", "'or' が必要ですが、'||' が書かれています");
          return t;
        }
        break;
    }
    t.kind = Tok::error;
    if (c == '=')
      t.problem = bilingual("expected '==' to compare, found '='", "比較には '==' が必要ですが、'=' が書かれています");
    else if (c == '!')
      t.problem = bilingual("expected 'not' or '!=', found '!'", "'not' か '!=' が必要ですが、'!' が書かれています");
    else
      t.problem = bilingual("unexpected character '{}'", "ここには書けない文字 '{}' があります",
                            word_at(t.offset).substr(0, 1 + extra_bytes(c)));
    return t;
  }

  static size_t extra_bytes(char c) {
    auto u = static_cast<unsigned char>(c);
    return u >= 0xF0 ? 3 : u >= 0xE0 ? 2 : u >= 0xC0 ? 1 : 0;
  }

  std::string word_at(size_t from) const {
    size_t e = from;
    while (e < s_.size() && s_[e] != ' ' && s_[e] != ')' && s_[e] != ']' && s_[e] != ',') ++e;
    return std::string(s_.substr(from, e - from));
  }

  std::string_view s_;
  size_t i_ = 0;
};

}  // namespace

std::vector<Token> lex(std::string_view text) {
  Lexer lexer(text);
  std::vector<Token> out;
  while (true) {
    out.push_back(lexer.next());
    if (out.back().kind == Tok::end || out.back().kind == Tok::error) return out;
  }
}

}  // namespace tenken::expr
