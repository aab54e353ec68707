// Japanese formatting for bilingual(): a value set off by a space where an ASCII word meets kana
// or kanji.
#include "tenken/bilingual.h"

#include <string_view>

#include "tenken/utf8.h"

namespace tenken::bilingual_detail {
namespace {

// Kana and kanji (and the long-vowel mark): the characters a space sets an ASCII word off from.
// Japanese punctuation (、。「」（）：) is not among them.
bool kana_or_kanji(char32_t c) {
  return (c >= 0x3041 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF);
}

// An ASCII character that a space sets off from kana and kanji: a letter, a quote, a symbol, not a
// space; a digit only in a value that is more than a number or a date ("数値 1 が", but "28日" and
// "2025-02は").
bool ascii_word(char c, std::string_view value) {
  if (c <= 0x20 || c >= 0x7F) return false;
  if (c < '0' || c > '9') return true;
  return value.find_first_not_of("0123456789-/.:,") != std::string_view::npos;
}

char32_t first_code_point(std::string_view s) {
  if (s.empty()) return 0;
  size_t i = 0;
  return utf8::decode(s, i);
}

char32_t last_code_point(std::string_view s) {
  size_t i = s.size();
  while (i > 0 && utf8::is_continuation(s[i - 1])) --i;
  if (i > 0) --i;
  return first_code_point(s.substr(i));
}

bool quote(char c) { return c == '\'' || c == '"'; }

// Appends `piece` (a value, or the text after one) to `out`, with a space between them where one
// ends in an ASCII word and the other starts with kana or kanji; but a quote of the format's own
// text that opens or closes the value stays on it ("'{}'" with か is 「'か'」). `value` is the value
// that is `piece`, or that `out` ends with.
void join(std::string& out, std::string_view piece, bool piece_is_value, std::string_view value) {
  if (out.empty() || piece.empty()) {
    out += piece;
    return;
  }
  std::string_view before = piece_is_value ? std::string_view() : value;  // what `out` ends with
  std::string_view after = piece_is_value ? value : std::string_view();
  bool ascii_then_kana = ascii_word(out.back(), before) && kana_or_kanji(first_code_point(piece)) &&
                         !(piece_is_value && quote(out.back()));
  bool kana_then_ascii = kana_or_kanji(last_code_point(out)) && ascii_word(piece.front(), after) &&
                         !(!piece_is_value && quote(piece.front()));
  if (ascii_then_kana || kana_then_ascii) out += ' ';
  out += piece;
}

}  // namespace

std::string format_japanese(fmt::string_view format, fmt::format_args args) {
  std::string_view f(format.data(), format.size());
  std::string out, literal, value;
  int next_index = 0;  // for automatic indexing ("{}")
  for (size_t i = 0; i < f.size(); ++i) {
    char c = f[i];
    if ((c == '{' || c == '}') && i + 1 < f.size() && f[i + 1] == c) {  // "{{", "}}"
      literal += c;
      ++i;
      continue;
    }
    if (c != '{') {
      literal += c;
      continue;
    }
    size_t close = f.find('}', i);
    if (close == std::string_view::npos) return fmt::vformat(format, args);  // not checked at compile time
    std::string_view field = f.substr(i + 1, close - i - 1);  // "0:02", "", ":>4"
    if (field.find('{') != std::string_view::npos) return fmt::vformat(format, args);  // nested: as is
    size_t colon = field.find(':');
    std::string_view index = field.substr(0, colon);
    std::string spec = colon == std::string_view::npos ? "" : std::string(field.substr(colon));
    std::string one = "{" + (index.empty() ? std::to_string(next_index++) : std::string(index)) + spec + "}";
    join(out, literal, false, value);
    literal.clear();
    // Only the value's edges are looked at: what it holds (a value quoted from a file) is never
    // changed.
    value = fmt::vformat(one, args);
    join(out, value, true, value);
    i = close;
  }
  join(out, literal, false, value);
  return out;
}

}  // namespace tenken::bilingual_detail
