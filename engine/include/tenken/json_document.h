// A JSON document that remembers where each value and key was written: the reader behind JSON
// answer files (load_answers) and saved Results (result_from_json), which must name the line and
// column of any value they reject.
// nlohmann_json keeps no positions, so this is a small reader of its own (RFC 8259): one pass,
// no recursion (an explicit stack, at most kMaxJsonDepth deep), linear in the size of the text.
// Strings are decoded (escapes, surrogate pairs) and numbers kept as written, so that the caller
// decides what range a number may have. It knows nothing of answers or Results.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tenken/text.h"

namespace tenken::json {

inline constexpr int kMaxJsonDepth = 64;  // a Result is nested 6 deep, answers 5; more is neither

enum class JsonKind : uint8_t { null, boolean, number, string, array, object };

// One value. Children are linked (first_child, next_sibling) so that a node stays small: an
// 8 MB file of "[0,0,0,..." holds four million of them (44 bytes each).
struct JsonNode {
  JsonKind kind = JsonKind::null;
  uint32_t offset = 0;      // byte offset of the value's first character
  int32_t parent = -1;      // index of the array or object holding it; -1 for the document
  int32_t first_child = -1;
  int32_t next_sibling = -1;
  uint32_t index = 0;       // its place among the parent's children, from 0
  uint32_t key_at = 0, key_size = 0;    // a member: its key, decoded, in the document's pool
  uint32_t key_offset = 0;              // a member: byte offset of its key's opening quote
  uint32_t text_at = 0, text_size = 0;  // a string decoded; a number, true, false, null as written
};

class JsonDocument {
 public:
  const JsonNode& root() const { return nodes_.front(); }
  // Every value, in document order: a parent before its children.
  const std::vector<JsonNode>& nodes() const { return nodes_; }
  const JsonNode& node(int32_t i) const { return nodes_[static_cast<size_t>(i)]; }
  const JsonNode* parent(const JsonNode& n) const { return n.parent < 0 ? nullptr : &node(n.parent); }
  std::string_view text(const JsonNode& n) const { return {pool_.data() + n.text_at, n.text_size}; }
  std::string_view key(const JsonNode& n) const { return {pool_.data() + n.key_at, n.key_size}; }
  std::vector<const JsonNode*> children(const JsonNode& n) const;
  // The member of object `n` named `key`; null when it has none (keys are unique, parse_json
  // checks).
  const JsonNode* member(const JsonNode& n, std::string_view key) const;
  // Where `n` is in the document, as a program would write it: "results[2].answers[0].line";
  // "" for the document itself.
  std::string path(const JsonNode& n) const;

 private:
  friend class JsonParser;
  std::vector<JsonNode> nodes_;
  std::string pool_;  // decoded strings and keys, and numbers as written, back to back
};

// Why a text is not JSON, and where: `offset` is the byte the problem is at (for a text cut
// short: just after its last character).
struct JsonSyntaxError {
  uint32_t offset = 0;
  // In both languages: "expected ',' or '}' after a member, found '\"tool\"'" /
  // 「キーと値の組の後には ',' か '}' が必要ですが、'"tool"' が書かれています」
  LocalizedText message;
};

// Parses `text` (at most 4 GiB) as one JSON value. `document` says what the whole text should
// be, in both languages, for the message when it does not start with a JSON value at all ("a
// tenken Result (JSON written by tenken check --format json)" / 「tenken の結果ファイル（…）」). Returns nullopt and sets `error` on the first problem:
// not UTF-8, a syntax error, a bad escape, a lone surrogate, a key given twice in one object,
// nesting deeper than kMaxJsonDepth.
std::optional<JsonDocument> parse_json(std::string_view text, const LocalizedText& document,
                                       JsonSyntaxError& error);

}  // namespace tenken::json
