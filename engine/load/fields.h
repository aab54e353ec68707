// Field readers shared by the checklist, rule and answer loaders: each reads one part of a
// YamlDocument, reports what it expected and what it found at the node's position, and keeps
// going so that one run reports every problem.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/yaml_document.h"
#include "tenken/checklist.h"
#include "tenken/diagnostic.h"
#include "tenken/text.h"

namespace tenken::load {

// Reads the keys of one mapping. Every key read is marked; finish() reports the others as
// unknown, with "did you mean" against the keys this mapping allows.
class MapReader {
 public:
  // `what` names the mapping in messages: "a rule", "a question", "the answer file" (「ルール」
  // 「質問」「回答ファイル」).
  MapReader(const yaml::Node& map, LocalizedText what, Diagnostics& diags,
            std::vector<std::string> allowed);

  const yaml::Node* optional(std::string_view key);
  // Reports "missing 'key' in <what>" at the mapping when absent.
  const yaml::Node* required(std::string_view key);

  std::string string(std::string_view key, bool required);
  LocalizedText text(std::string_view key, bool required);
  std::vector<std::string> strings(std::string_view key);
  Expression expression(std::string_view key);
  std::optional<double> number(std::string_view key);
  // yes/no (or true/false), unquoted; false when absent.
  bool flag(std::string_view key);

  void finish();

 private:
  const yaml::Node& map_;
  LocalizedText what_;
  Diagnostics& diags_;
  std::vector<std::string> allowed_;
  std::vector<std::string> read_;
};

// Each returns false (after reporting "expected X, found Y") when the node is not of that shape.
// `what` names the node, in both languages: "'rules'", "an item of 'rules'".
bool expect_map(const yaml::Node& n, const LocalizedText& what, Diagnostics& diags);
bool expect_list(const yaml::Node& n, const LocalizedText& what, Diagnostics& diags);
bool expect_scalar(const yaml::Node& n, const LocalizedText& what, Diagnostics& diags);
// "'key'": a key names itself in both languages.
LocalizedText key_named(std::string_view key);

// {ja: ..., en: ...}; both languages required and non-empty.
LocalizedText read_text(const yaml::Node& n, const LocalizedText& what, Diagnostics& diags);
// The ja and en of mapping `n`, read through the caller's reader: for a mapping that holds other
// keys beside its text (a discussion item with its questions). The caller calls finish().
LocalizedText read_text_entries(MapReader& r, const yaml::Node& n, const LocalizedText& what,
                                Diagnostics& diags);

// Checks an identifier against a pattern description; reports and returns false on mismatch.
enum class IdKind { question, section, choice, rule, category, case_id, action };
bool check_id(const yaml::Node& n, std::string_view id, IdKind kind, Diagnostics& diags);

}  // namespace tenken::load
