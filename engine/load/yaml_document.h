// YamlDocument: a YAML file parsed into a small tree that remembers where every node was written.
//
// Read with libyaml's event API, and with yaml-cpp's when libyaml finds the text invalid (for
// yaml-cpp's messages), rather than into YAML::Node so that the loader can (1) tell plain
// scalars (`no`) from quoted ones ("no"), (2) reject duplicate mapping keys, which YAML::Node
// silently merges, (3) stop a document nested deeper than kMaxDepth before yaml-cpp's recursive
// parser goes deep, and (4) expand aliases under a node budget, so that an alias bomb ("billion
// laughs") is refused instead of exhausting memory. Nothing here knows about tenken's schema.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "tenken/diagnostic.h"
#include "tenken/source.h"

namespace tenken::yaml {

inline constexpr int kMaxDepth = 64;
inline constexpr size_t kMaxNodes = 200000;
// The longest scalar: a rule's rationale is under 1,000 characters and a comment a few lines; a
// megabyte in one name would only be repeated into every report.
inline constexpr size_t kMaxTextCharacters = 10000;

enum class Kind { null, scalar, sequence, mapping };
const char* describe(Kind k);  // "nothing", "a scalar", "a list", "a mapping"

struct Node {
  Kind kind = Kind::null;
  bool quoted = false;  // scalar written quoted or as a block scalar: never a bool/number/null
  std::string value;    // scalar text
  std::vector<const Node*> items;                             // sequence
  std::vector<std::pair<const Node*, const Node*>> entries;  // mapping, in file order
  Origin origin;

  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_map() const { return kind == Kind::mapping; }
  bool is_seq() const { return kind == Kind::sequence; }
  // The value for a scalar key in a mapping, or null.
  const Node* get(std::string_view key) const;
  // "a mapping", "a list", "the string "x"", "'3'", "nothing" — for "found ..." messages; in
  // Japanese 「マッピング」「リスト」「文字列 "x"」「'3'」「空の値」.
  LocalizedText describe() const;
};

struct Document {
  std::deque<Node> nodes;  // owns every node; deque keeps addresses stable
  const Node* root = nullptr;  // null for an empty file
};

// Parses one YAML document. Returns false after reporting when the text is not valid YAML or
// breaks a limit; `doc.root` is null for a file with no document at all.
bool parse(const std::shared_ptr<const Source>& source, Document& doc, Diagnostics& diags);

// The tree as text, one node a line: its depth, kind, quoting, value and byte offset. For tests
// that hold two readings of a text to the same tree.
std::string outline(const Document& doc);

// parse() with yaml-cpp alone, as it reads a file libyaml finds invalid: for the tests that hold
// the two parsers to the same tree.
bool parse_with_yaml_cpp(const std::shared_ptr<const Source>& source, Document& doc, Diagnostics& diags);

}  // namespace tenken::yaml
