// Builds a yaml::Document from parser events; see yaml_tree_builder.h.
#include "load/yaml_tree_builder.h"

#include <fmt/format.h>

#include "tenken/utf8.h"

namespace tenken::yaml {

void TreeBuilder::document_start(const Origin& at) {
  if (++documents_ > 1)
    throw LimitExceeded{at, {"YAML の文書は一つだけにしてください。'---' で二つ目の文書が始まっています",
                             "expected one YAML document, found a second one ('---')"}};
}

void TreeBuilder::null(const Origin& at, const std::string& anchor) {
  finish(make(at, Kind::null), anchor);
}

bool TreeBuilder::alias(const Origin& at, const std::string& anchor) {
  auto it = anchors_.find(anchor);
  if (it == anchors_.end()) return false;
  attach(copy(*it->second, at));
  return true;
}

void TreeBuilder::scalar(const Origin& at, std::string_view tag, const std::string& anchor, std::string value,
                         bool quoted) {
  Node& n = make(at, Kind::scalar);
  refuse_tag(n, tag);
  if (size_t characters = utf8::length(value); characters > kMaxTextCharacters)
    diags_.error(n.origin, bilingual("expected a text of at most {} characters, found one of {}",
                                     "{} 文字以内の文字列が必要ですが、{} 文字の文字列が書かれています",
                                     kMaxTextCharacters, characters));
  n.value = std::move(value);
  n.quoted = quoted;
  finish(n, anchor);
}

void TreeBuilder::sequence_start(const Origin& at, std::string_view tag, const std::string& anchor) {
  Node& n = make(at, Kind::sequence);
  refuse_tag(n, tag);
  open(n, anchor);
}

void TreeBuilder::mapping_start(const Origin& at, std::string_view tag, const std::string& anchor) {
  Node& n = make(at, Kind::mapping);
  refuse_tag(n, tag);
  open(n, anchor);
}

void TreeBuilder::collection_end() {
  Open top = std::move(stack_.back());
  stack_.pop_back();
  if (top.node->is_map()) check_duplicate_keys(*top.node);
  finish(*top.node, top.anchor);
}

// A tag ("!!bool yes", "!!str 3") would make a value mean something other than it reads; tenken
// files need none, so any is refused rather than half obeyed.
void TreeBuilder::refuse_tag(const Node& n, std::string_view tag) {
  if (tag.empty() || tag == "?" || tag == "!") return;
  constexpr std::string_view core = "tag:yaml.org,2002:";
  std::string written = tag.substr(0, core.size()) == core ? "!!" + std::string(tag.substr(core.size())) : std::string(tag);
  diags_.error(n.origin, bilingual("expected a value without a YAML tag, found the tag '{}'; remove it",
                                   "YAML のタグのない値が必要ですが、タグ '{}' が付いています。タグを取り除いてください",
                                   written));
}

Node& TreeBuilder::make(const Origin& at, Kind kind) {
  count_node(at);
  Node& n = doc_.nodes.emplace_back();
  n.kind = kind;
  n.origin = at;
  return n;
}

void TreeBuilder::count_node(const Origin& where) {
  if (doc_.nodes.size() + 1 > kMaxNodes)
    throw LimitExceeded{where, bilingual("the document expands to more than {} nodes; tenken "
                                         "refuses it (an alias bomb?)",
                                         "この文書は展開すると {} 個を超える要素（ノード）になるため、tenken は"
                                         "読み込みません（エイリアス爆弾かもしれません）",
                                         kMaxNodes)};
}

void TreeBuilder::open(Node& n, const std::string& anchor) {
  if (static_cast<int>(stack_.size()) >= kMaxDepth)
    throw LimitExceeded{n.origin, bilingual("nesting deeper than {} levels; tenken files "
                                            "are never nested this deep",
                                            "入れ子が {} 段より深くなっています。tenken のファイルがこれほど深く"
                                            "入れ子になることはありません",
                                            kMaxDepth)};
  stack_.push_back({&n, anchor});
}

void TreeBuilder::finish(Node& n, const std::string& anchor) {
  if (!anchor.empty()) anchors_[anchor] = &n;
  attach(&n);
}

void TreeBuilder::attach(const Node* n) {
  if (stack_.empty()) {
    doc_.root = n;
    return;
  }
  Open& parent = stack_.back();
  if (parent.node->kind == Kind::sequence) {
    parent.node->items.push_back(n);
  } else if (!parent.pending_key) {
    parent.pending_key = n;
  } else {
    parent.node->entries.emplace_back(parent.pending_key, n);
    parent.pending_key = nullptr;
  }
}

// Aliases are expanded into copies so that each node has one parent; every copy counts against
// kMaxNodes, which is what stops exponential expansion. The depth of a copy is bounded by
// kMaxDepth, as the original was.
const Node* TreeBuilder::copy(const Node& original, const Origin& where) {
  count_node(where);
  Node& n = doc_.nodes.emplace_back();
  n.kind = original.kind;
  n.quoted = original.quoted;
  n.value = original.value;
  n.origin = original.origin;
  for (const Node* item : original.items) n.items.push_back(copy(*item, where));
  for (auto& [k, v] : original.entries) n.entries.emplace_back(copy(*k, where), copy(*v, where));
  return &n;
}

void TreeBuilder::check_duplicate_keys(const Node& map) {
  std::map<std::string_view, const Node*> seen;
  for (auto& [key, value] : map.entries) {
    if (!key->is_scalar()) {
      diags_.error(key->origin, bilingual("expected a plain key, found {}",
                                          "キーには文字列や数値などの単純な値が必要ですが、{}が書かれています",
                                          key->describe()));
      continue;
    }
    auto [it, inserted] = seen.emplace(key->value, key);
    if (!inserted)
      diags_.error(key->origin, bilingual("duplicate key '{}' (first given on line {})",
                                          "キー '{}' が二度書かれています（最初は {} 行目）", key->value,
                                          it->second->origin.where().line));
  }
}

}  // namespace tenken::yaml
