// The JSON reader with positions (json_document.h). One pass over the text with an explicit
// stack of the arrays and objects still open, so that input cannot make it recurse; each
// problem message says what was expected there and what was found.
#include "tenken/json_document.h"

#include <fmt/format.h>

#include <limits>
#include <unordered_map>

#include "tenken/bilingual.h"
#include "tenken/utf8.h"

namespace tenken::json {
namespace {

const LocalizedText kUnclosedString = {"この文字列を閉じる '\"' が必要ですが、ファイルが終わっています",
                                     "expected '\"' to close this string, found the end of the file"};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_word(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Whether `t` is a number as RFC 8259 writes it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool is_json_number(std::string_view t) {
  size_t i = 0;
  auto digits = [&] {
    size_t from = i;
    while (i < t.size() && is_digit(t[i])) ++i;
    return i > from;
  };
  if (i < t.size() && t[i] == '-') ++i;
  if (i < t.size() && t[i] == '0') ++i;
  else if (!digits()) return false;
  if (i < t.size() && t[i] == '.' && (++i, !digits())) return false;
  if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
    ++i;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return i == t.size();
}

}  // namespace

class JsonParser {
 public:
  JsonParser(std::string_view text, const LocalizedText& document) : text_(text), document_(document) {}

  std::optional<JsonDocument> parse(JsonSyntaxError& error);

 private:
  // An array or object not yet closed.
  struct Open {
    int32_t node;
    int32_t last_child = -1;
    uint32_t children = 0;
    std::unordered_map<std::string, uint32_t> keys;  // an object's keys so far, and where each is
  };

  bool at_end() const { return pos_ >= text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[pos_]; }
  void skip_space() {
    while (!at_end() && is_space(text_[pos_])) ++pos_;
  }
  bool fail(size_t offset, LocalizedText message);
  LocalizedText found(size_t at) const;
  LocalizedText line_or_column_of(size_t first, size_t then) const;

  bool value();
  bool after_value();
  bool key();
  int32_t add_node(JsonKind kind);
  bool open(JsonKind kind);
  bool string(uint32_t& at, uint32_t& size);
  bool escape(size_t string_start);
  bool unicode_escape();
  bool number();
  bool word();

  std::string_view text_;
  const LocalizedText& document_;
  size_t pos_ = 0;
  JsonDocument doc_;
  std::vector<Open> open_;
  bool value_next_ = false;   // after_value() read ',' or a key: a value comes next
  bool pending_key_ = false;  // a key has been read; the member's value comes next
  uint32_t key_offset_ = 0, key_at_ = 0, key_size_ = 0;
  JsonSyntaxError error_;
};

bool JsonParser::fail(size_t offset, LocalizedText message) {
  // A text cut short is shown where it stops, not on the blank line after it.
  if (offset >= text_.size())
    while (offset > 0 && is_space(text_[offset - 1])) --offset;
  error_ = {static_cast<uint32_t>(offset), std::move(message)};
  return false;
}

// What is at `at`, for "found ...": a string or word in quotes (the first 40 characters), the
// end of the file, or one character. In English the words after "found"; in Japanese a whole
// clause, for 「…が必要ですが、」 to end with: 「'x' が書かれています」「ファイルが終わっています」.
LocalizedText JsonParser::found(size_t at) const {
  if (at >= text_.size()) return {"ファイルが終わっています", "the end of the file"};
  char c = text_[at];
  if (c == '\n' || c == '\r') return {"行が終わっています", "the end of the line"};
  if (c == '\'')
    return {"一重引用符 (') が書かれています。JSON ではキーと文字列を二重引用符 (\") で囲みます",
            "a single quote ('); JSON writes keys and strings in double quotes"};
  if (c == '/' && at + 1 < text_.size() && (text_[at + 1] == '/' || text_[at + 1] == '*'))
    return bilingual("a comment ('{}'); JSON has no comments", "コメント ('{}') が書かれています。JSON にはコメントを書けません",
                     text_.substr(at, 2));
  size_t end = at, chars = 0;
  auto take = [&] {  // one code point
    do ++end; while (end < text_.size() && utf8::is_continuation(text_[end]));
    ++chars;
  };
  if (c == '"') {
    take();
    while (end < text_.size() && chars < 40 && text_[end] != '"' && text_[end] != '\n') {
      if (text_[end] == '\\' && end + 1 < text_.size()) ++end;
      take();
    }
    if (end < text_.size() && text_[end] == '"') ++end;
  } else if (is_word(c) || c == '-' || c == '+' || c == '.') {
    while (end < text_.size() && chars < 40 && (is_word(text_[end]) || text_[end] == '-' ||
                                                text_[end] == '+' || text_[end] == '.'))
      take();
  } else {
    take();
  }
  if (end == text_.size())
    return bilingual("'{}' and then the end of the file", "'{}' の後でファイルが終わっています", text_.substr(at, end - at));
  return bilingual("'{}'", "'{}' が書かれています", text_.substr(at, end - at));
}

// "on line 3", or "at column 17" when `first` is on the same line as `then` (a one-line file);
// 「3 行目」「17 列目」.
LocalizedText JsonParser::line_or_column_of(size_t first, size_t then) const {
  int line = 1, column = 1;
  bool same_line = true;
  for (size_t i = 0; i < first; ++i) {
    if (text_[i] == '\n') ++line, column = 1;
    else if (!utf8::is_continuation(text_[i])) ++column;
  }
  for (size_t i = first; i < then; ++i) same_line = same_line && text_[i] != '\n';
  return same_line ? bilingual("at column {}", "{} 列目", column) : bilingual("on line {}", "{} 行目", line);
}

std::optional<JsonDocument> JsonParser::parse(JsonSyntaxError& error) {
  bool ok = true;
  if (text_.size() >= std::numeric_limits<uint32_t>::max()) {
    ok = fail(0, bilingual("expected {}, found a text of {} bytes", "{}が必要ですが、{} バイトもあるテキストが渡されました",
                           document_, text_.size()));
  } else if (size_t bad = utf8::first_invalid(text_); bad != std::string_view::npos) {
    ok = fail(bad, bilingual("expected UTF-8 text, found the byte 0x{:02X}; save the file as UTF-8",
                             "UTF-8 のテキストが必要ですが、UTF-8 として読めないバイト 0x{:02X} が書かれています。"
                             "ファイルを UTF-8 で保存し直してください（Shift_JIS などの文字コードでは読めません）",
                             static_cast<unsigned char>(text_[bad])));
  } else {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // a byte order mark
    // Every value takes at least two bytes ("0,"): reserving for that many nodes touches no
    // memory yet, and spares the copies of a growing vector.
    doc_.nodes_.reserve(text_.size() / 2 + 1);
    doc_.pool_.reserve(text_.size());
    skip_space();
    if (at_end()) ok = fail(pos_, bilingual("expected {}, found an empty file", "{}が必要ですが、ファイルが空です", document_));
  }
  ok = ok && value();
  while (ok && !open_.empty()) ok = after_value() && (!value_next_ || value());
  if (ok) {
    skip_space();
    if (!at_end())
      ok = fail(pos_, bilingual("expected the end of the file after the JSON value, found {}",
                                "JSON の値の後はファイルの終わりでなければなりませんが、{}", found(pos_)));
  }
  if (!ok) {
    error = error_;
    return std::nullopt;
  }
  return std::move(doc_);
}

// Reads one value at pos_ (after white space). A scalar is read whole; an array or object is
// opened, and after_value() goes on inside it.
bool JsonParser::value() {
  skip_space();
  char c = peek();
  if (c == '{') return open(JsonKind::object);
  if (c == '[') return open(JsonKind::array);
  if (c == '"') {
    int32_t n = add_node(JsonKind::string);
    return string(doc_.nodes_[n].text_at, doc_.nodes_[n].text_size);
  }
  if (c == '-' || is_digit(c)) return number();
  if (is_word(c)) return word();
  LocalizedText what = doc_.nodes_.empty() ? document_
                       : pending_key_     ? bilingual("a value for \"{}\"", "\"{}\" の値",
                                                      std::string_view(doc_.pool_).substr(key_at_, key_size_))
                                          : LocalizedText{"値", "a value"};
  return fail(pos_, bilingual("expected {}, found {}", "{}が必要ですが、{}", what, found(pos_)));
}

// Adds a node at pos_ as the next child of the innermost open array or object.
int32_t JsonParser::add_node(JsonKind kind) {
  auto index = static_cast<int32_t>(doc_.nodes_.size());
  JsonNode n;
  n.kind = kind;
  n.offset = static_cast<uint32_t>(pos_);
  if (!open_.empty()) {
    Open& parent = open_.back();
    n.parent = parent.node;
    n.index = parent.children++;
    if (parent.last_child < 0) doc_.nodes_[parent.node].first_child = index;
    else doc_.nodes_[parent.last_child].next_sibling = index;
    parent.last_child = index;
  }
  if (pending_key_) {
    n.key_at = key_at_;
    n.key_size = key_size_;
    n.key_offset = key_offset_;
    pending_key_ = false;
  }
  doc_.nodes_.push_back(n);
  return index;
}

bool JsonParser::open(JsonKind kind) {
  if (open_.size() >= static_cast<size_t>(kMaxJsonDepth))
    return fail(pos_, bilingual("nesting deeper than {} levels; tenken files are never nested this deep",
                                "入れ子が {} 段より深くなっています。tenken のファイルがこれほど深く入れ子になることは"
                                "ありません",
                                kMaxJsonDepth));
  int32_t n = add_node(kind);
  ++pos_;
  open_.push_back({n});
  return true;
}

// Inside the innermost open array or object, after its opening bracket or a value: reads ','
// and (in an object) the next key, or the closing bracket.
bool JsonParser::after_value() {
  skip_space();
  Open& top = open_.back();
  bool object = doc_.nodes_[top.node].kind == JsonKind::object;
  char close = object ? '}' : ']';
  value_next_ = peek() != close;
  if (!value_next_) {
    ++pos_;
    open_.pop_back();
    return true;
  }
  if (top.children > 0) {
    if (peek() != ',')
      return fail(pos_, bilingual("expected ',' or '{}' after {}, found {}", "{1}の後には ',' か '{0}' が必要ですが、{2}",
                                  close,
                                  object ? LocalizedText{"キーと値の組", "a member"} : LocalizedText{"項目", "an item"},
                                  found(pos_)));
    ++pos_;
    skip_space();
    if (peek() == close)
      return fail(pos_, bilingual("expected {} after ',', found '{}'; JSON allows no comma before '{}'",
                                  "',' の後には{0}が必要ですが、'{1}' が書かれています。JSON では '{2}' の直前に ',' を"
                                  "書けません",
                                  object ? LocalizedText{"キー", "a key"} : LocalizedText{"値", "a value"}, close,
                                  close));
  }
  if (object) return key();
  if (at_end())
    return fail(pos_, bilingual("expected a value or ']', found {}", "値か ']' が必要ですが、{}", found(pos_)));
  return true;
}

bool JsonParser::key() {
  Open& top = open_.back();
  if (peek() != '"')
    return fail(pos_, bilingual("expected a key in double quotes{}, found {}",
                                "二重引用符 (\") で囲んだキー{}が必要ですが、{}",
                                top.children == 0 ? LocalizedText{"か '}'", " or '}'"} : LocalizedText{},
                                found(pos_)));
  key_offset_ = static_cast<uint32_t>(pos_);
  if (!string(key_at_, key_size_)) return false;
  std::string name(doc_.pool_, key_at_, key_size_);
  auto [first, added] = top.keys.emplace(name, key_offset_);
  if (!added)
    return fail(key_offset_, bilingual("duplicate key \"{}\" (first given {})", "キー \"{}\" が二度書かれています（最初は {}）",
                                       name, line_or_column_of(first->second, key_offset_)));
  skip_space();
  if (peek() != ':')
    return fail(pos_, bilingual("expected ':' after the key \"{}\", found {}", "キー \"{}\" の後には ':' が必要ですが、{}",
                                name, found(pos_)));
  ++pos_;
  pending_key_ = true;
  return true;
}

// Reads the string at pos_ (its opening quote) into the pool: escapes decoded, runs of plain
// characters copied whole.
bool JsonParser::string(uint32_t& at, uint32_t& size) {
  size_t start = pos_++;
  at = static_cast<uint32_t>(doc_.pool_.size());
  for (;;) {
    size_t run = pos_;
    while (!at_end() && text_[pos_] != '"' && text_[pos_] != '\\' &&
           static_cast<unsigned char>(text_[pos_]) >= 0x20)
      ++pos_;
    doc_.pool_.append(text_.substr(run, pos_ - run));
    if (at_end())
      return fail(start, kUnclosedString);
    char c = text_[pos_];
    if (c == '"') {
      ++pos_;
      size = static_cast<uint32_t>(doc_.pool_.size() - at);
      return true;
    }
    if (c == '\\') {
      if (!escape(start)) return false;
      continue;
    }
    if (c == '\n' || c == '\r')
      return fail(pos_, {"文字列を閉じる '\"'（文字列の中で改行するなら \\n）が必要ですが、改行が書かれています",
                         "expected '\"' to close the string, or \\n for a line break in it, found a line break"});
    return fail(pos_, bilingual("expected a character or an escape, found the control character "
                                "U+{:04X}; write it as \\u{:04X}",
                                "文字かエスケープが必要ですが、制御文字 U+{0:04X} が書かれています。\\u{1:04X} と"
                                "書いてください",
                                static_cast<int>(c), static_cast<int>(c)));
  }
}

// The escape at pos_ (its backslash).
bool JsonParser::escape(size_t string_start) {
  if (pos_ + 1 >= text_.size())
    return fail(string_start, kUnclosedString);
  char c = text_[pos_ + 1];
  const char* simple = nullptr;
  switch (c) {
    case '"': simple = "\""; break;
    case '\\': simple = "\\"; break;
    case '/': simple = "/"; break;
    case 'b': simple = "\b"; break;
    case 'f': simple = "\f"; break;
    case 'n': simple = "\n"; break;
    case 'r': simple = "\r"; break;
    case 't': simple = "\t"; break;
    case 'u': return unicode_escape();
    default: break;
  }
  if (!simple) {
    size_t end = pos_ + 2;
    while (end < text_.size() && utf8::is_continuation(text_[end])) ++end;
    return fail(pos_, bilingual("expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four "
                                "hex digits), found '{}'",
                                "エスケープ（\\\" \\\\ \\/ \\b \\f \\n \\r \\t、または \\u と 16 進数 4 桁）が必要ですが、"
                                "'{}' が書かれています",
                                text_.substr(pos_, end - pos_)));
  }
  doc_.pool_ += simple;
  pos_ += 2;
  return true;
}

// \uXXXX at pos_; a high surrogate must be followed by \u and a low one, and the pair is one
// character (\ud83d\ude00 is U+1F600). A surrogate alone is not a character.
bool JsonParser::unicode_escape() {
  auto hex4 = [&](size_t at, uint32_t& cp) {
    if (at + 6 > text_.size() || text_[at] != '\\' || text_[at + 1] != 'u') return false;
    cp = 0;
    for (size_t i = at + 2; i < at + 6; ++i) {
      int h = hex_value(text_[i]);
      if (h < 0) return false;
      cp = cp * 16 + static_cast<uint32_t>(h);
    }
    return true;
  };
  size_t at = pos_;
  uint32_t cp = 0, low = 0;
  if (!hex4(at, cp)) {
    size_t end = at + 2;
    while (end < text_.size() && end < at + 6 && text_[end] != '"' && !utf8::is_continuation(text_[end])) ++end;
    return fail(at, bilingual("expected four hex digits after \\u, found '{}'",
                              "\\u の後には 16 進数 4 桁が必要ですが、'{}' が書かれています", text_.substr(at, end - at)));
  }
  std::string_view written = text_.substr(at, 6);
  if (cp >= 0xDC00 && cp <= 0xDFFF)
    return fail(at, bilingual("expected a character or a high surrogate (\\uD800 to \\uDBFF), "
                              "found the lone low surrogate {}",
                              "文字か上位サロゲート（\\uD800〜\\uDBFF）が必要ですが、対になる上位サロゲートのない"
                              "下位サロゲート {} が書かれています",
                              written));
  if (cp >= 0xD800 && cp <= 0xDBFF) {
    if (!hex4(at + 6, low) || low < 0xDC00 || low > 0xDFFF) {
      size_t next = at + 6;
      LocalizedText after = next < text_.size() && text_[next] == '"'
                                ? LocalizedText{"文字列が終わっています", "the end of the string"}
                            : hex4(next, low) ? bilingual("'{}'", "'{}' が書かれています", text_.substr(next, 6))
                                              : found(next);
      return fail(at, bilingual("expected a low surrogate (\\uDC00 to \\uDFFF) after the high "
                                "surrogate {}, found {}",
                                "上位サロゲート {} の後には下位サロゲート（\\uDC00〜\\uDFFF）が必要ですが、{}",
                                written, after));
    }
    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    pos_ += 6;
  }
  doc_.pool_ += utf8::encode(cp);
  pos_ += 6;
  return true;
}

bool JsonParser::number() {
  size_t start = pos_;
  while (!at_end() && (is_digit(text_[pos_]) || text_[pos_] == '-' || text_[pos_] == '+' ||
                       text_[pos_] == '.' || text_[pos_] == 'e' || text_[pos_] == 'E'))
    ++pos_;
  std::string_view literal = text_.substr(start, pos_ - start);
  if (!is_json_number(literal))
    return fail(start, bilingual("expected a number as JSON writes it (such as 12, -3 or 4.5e2), found {}",
                                 "JSON の形式で書いた数値（12、-3、4.5e2 など）が必要ですが、{}", found(start)));
  int32_t n = add_node(JsonKind::number);
  doc_.nodes_[n].offset = static_cast<uint32_t>(start);
  doc_.nodes_[n].text_at = static_cast<uint32_t>(doc_.pool_.size());
  doc_.nodes_[n].text_size = static_cast<uint32_t>(literal.size());
  doc_.pool_.append(literal);
  return true;
}

// true, false or null.
bool JsonParser::word() {
  size_t start = pos_;
  while (!at_end() && is_word(text_[pos_])) ++pos_;
  std::string_view w = text_.substr(start, pos_ - start);
  JsonKind kind = w == "null" ? JsonKind::null : JsonKind::boolean;
  if (w != "true" && w != "false" && w != "null") {
    LocalizedText what = doc_.nodes_.empty()
                             ? document_
                             : LocalizedText{"値（文字列、数値、オブジェクト、配列、true、false、null のいずれか）",
                                             "a value (a string, number, object, array, true, false or null)"};
    return fail(start, bilingual("expected {}, found {}", "{}が必要ですが、{}", what, found(start)));
  }
  int32_t n = add_node(kind);
  doc_.nodes_[n].offset = static_cast<uint32_t>(start);
  doc_.nodes_[n].text_at = static_cast<uint32_t>(doc_.pool_.size());
  doc_.nodes_[n].text_size = static_cast<uint32_t>(w.size());
  doc_.pool_.append(w);
  return true;
}

std::vector<const JsonNode*> JsonDocument::children(const JsonNode& n) const {
  std::vector<const JsonNode*> out;
  for (int32_t c = n.first_child; c >= 0; c = node(c).next_sibling) out.push_back(&node(c));
  return out;
}

const JsonNode* JsonDocument::member(const JsonNode& n, std::string_view name) const {
  if (n.kind != JsonKind::object) return nullptr;
  for (int32_t c = n.first_child; c >= 0; c = node(c).next_sibling)
    if (key(node(c)) == name) return &node(c);
  return nullptr;
}

std::string JsonDocument::path(const JsonNode& n) const {
  std::vector<const JsonNode*> chain;
  for (const JsonNode* p = &n; p->parent >= 0; p = parent(*p)) chain.push_back(p);
  std::string out;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    if (parent(**it)->kind == JsonKind::array) {
      out += fmt::format("[{}]", (*it)->index);
    } else {
      if (!out.empty()) out += '.';
      out += key(**it);
    }
  }
  return out;
}

std::optional<JsonDocument> parse_json(std::string_view text, const LocalizedText& document,
                                       JsonSyntaxError& error) {
  return JsonParser(text, document).parse(error);
}

}  // namespace tenken::json
