// JSON into the YAML tree (json_tree.h).
#include "load/json_tree.h"

#include <fmt/format.h>

#include "load/yaml_text.h"
#include "tenken/json_document.h"
#include "tenken/utf8.h"

namespace tenken::load {

bool parse_json_tree(const std::shared_ptr<const Source>& source, const LocalizedText& what, yaml::Document& doc,
                     Diagnostics& diags) {
  json::JsonSyntaxError syntax;
  std::optional<json::JsonDocument> parsed = json::parse_json(source->text(), what, syntax);
  if (!parsed) {
    diags.error({source, syntax.offset}, syntax.message);
    return false;
  }
  const std::vector<json::JsonNode>& values = parsed->nodes();
  size_t keys = 0;
  for (const json::JsonNode& v : values) keys += v.parent >= 0 && parsed->node(v.parent).kind == json::JsonKind::object;
  if (values.size() + keys > yaml::kMaxNodes) {
    diags.error({source, 0}, bilingual("expected at most {} values and keys in one file, found {}",
                                       "一つのファイルに書ける値とキーは合わせて {} 個までですが、{} 個書かれています",
                                       yaml::kMaxNodes, values.size() + keys));
    return false;
  }
  bool ok = true;
  auto check_length = [&](std::string_view text, uint32_t offset, size_t limit, const LocalizedText& kind) {
    if (size_t characters = utf8::length(text); characters > limit) {
      diags.error({source, offset}, bilingual("expected a {} of at most {} characters, found one of {}",
                                              "{1} 文字以内の{0}が必要ですが、{2} 文字の{0}が書かれています", kind, limit,
                                              characters));
      ok = false;
    }
  };
  // Values first, one node each in document order (a parent before its children), then the keys.
  for (const json::JsonNode& v : values) {
    yaml::Node& n = doc.nodes.emplace_back();
    n.origin = {source, v.offset};
    switch (v.kind) {
      case json::JsonKind::null: n.kind = yaml::Kind::null; break;
      case json::JsonKind::array: n.kind = yaml::Kind::sequence; break;
      case json::JsonKind::object: n.kind = yaml::Kind::mapping; break;
      case json::JsonKind::string:
      case json::JsonKind::boolean:
      case json::JsonKind::number:
        n.kind = yaml::Kind::scalar;
        n.quoted = v.kind == json::JsonKind::string;  // "true" and "3" in quotes are texts
        n.value = parsed->text(v);
        check_length(n.value, v.offset, yaml::kMaxTextCharacters, {"文字列", "text"});
        break;
    }
  }
  for (size_t i = 1; i < values.size(); ++i) {
    const json::JsonNode& v = values[i];
    yaml::Node& parent = doc.nodes[static_cast<size_t>(v.parent)];
    if (parent.kind == yaml::Kind::sequence) {
      parent.items.push_back(&doc.nodes[i]);
      continue;
    }
    yaml::Node& key = doc.nodes.emplace_back();
    key.kind = yaml::Kind::scalar;
    key.quoted = true;
    key.value = parsed->key(v);
    key.origin = {source, v.key_offset};
    check_length(key.value, v.key_offset, yaml::kMaxKeyCharacters, {"キー", "key"});
    parent.entries.emplace_back(&key, &doc.nodes[i]);
  }
  doc.root = &doc.nodes.front();
  return ok;
}

}  // namespace tenken::load
