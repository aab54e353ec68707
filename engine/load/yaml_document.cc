// Builds a YamlDocument from yaml-cpp's parser events; see yaml_document.h for why.
#include "load/yaml_document.h"

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <map>
#include <optional>
#include <sstream>

#include "load/yaml_text.h"
#include "tenken/utf8.h"

namespace tenken::yaml {
namespace {

// Thrown from the event handler to abandon a document that breaks a limit; caught in parse().
struct LimitExceeded {
  Origin at;
  std::string message;
};

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(std::shared_ptr<const Source> source, const JoinedSurrogates* joined, Document& doc,
              Diagnostics& diags)
      : source_(std::move(source)), joined_(joined), doc_(doc), diags_(diags) {}

  // Where a mark of yaml-cpp's is in the source as written.
  Origin at(const YAML::Mark& mark) const {
    auto offset = static_cast<uint32_t>(mark.pos < 0 ? 0 : mark.pos);
    return {source_, joined_ ? joined_->original_offset(offset) : offset};
  }

  int documents = 0;

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents > 1)
      throw LimitExceeded{at(mark), "expected one YAML document, found a second one ('---')"};
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    Node& n = make(mark, Kind::null);
    finish(n, anchor);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto it = anchors_.find(anchor);
    if (it == anchors_.end()) throw LimitExceeded{at(mark), "unknown alias"};
    attach(copy(*it->second, at(mark)));
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    Node& n = make(mark, Kind::scalar);
    refuse_tag(n, tag);
    if (size_t characters = utf8::length(value); characters > kMaxTextCharacters)
      diags_.error(n.origin, fmt::format("expected a text of at most {} characters, found one of {}",
                                         kMaxTextCharacters, characters));
    n.value = value;
    n.quoted = tag == "!";  // yaml-cpp's non-specific tag: quoted or a block scalar
    finish(n, anchor);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    Node& n = make(mark, Kind::sequence);
    refuse_tag(n, tag);
    open(n, anchor);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    Node& n = make(mark, Kind::mapping);
    refuse_tag(n, tag);
    open(n, anchor);
  }
  void OnMapEnd() override {
    check_duplicate_keys(*stack_.back().node);
    close();
  }

 private:
  struct Open {
    Node* node;
    YAML::anchor_t anchor;
    const Node* pending_key = nullptr;
  };

  // A tag ("!!bool yes", "!!str 3") would make a value mean something other than it reads; tenken
  // files need none, so any is refused rather than half obeyed.
  void refuse_tag(const Node& n, const std::string& tag) {
    if (tag.empty() || tag == "?" || tag == "!") return;
    constexpr std::string_view core = "tag:yaml.org,2002:";
    std::string written = tag.compare(0, core.size(), core) == 0 ? "!!" + tag.substr(core.size()) : tag;
    diags_.error(n.origin, fmt::format("expected a value without a YAML tag, found the tag '{}'; remove it",
                                       written));
  }

  Node& make(const YAML::Mark& mark, Kind kind) {
    count_node(at(mark));
    Node& n = doc_.nodes.emplace_back();
    n.kind = kind;
    n.origin = at(mark);
    return n;
  }

  void count_node(const Origin& where) {
    if (doc_.nodes.size() + 1 > kMaxNodes)
      throw LimitExceeded{where, fmt::format("the document expands to more than {} nodes; tenken "
                                             "refuses it (an alias bomb?)", kMaxNodes)};
  }

  void open(Node& n, YAML::anchor_t anchor) {
    if (static_cast<int>(stack_.size()) >= kMaxDepth)
      throw LimitExceeded{n.origin, fmt::format("nesting deeper than {} levels; tenken files "
                                                "are never nested this deep", kMaxDepth)};
    stack_.push_back({&n, anchor});
  }

  void close() {
    Open top = stack_.back();
    stack_.pop_back();
    finish(*top.node, top.anchor);
  }

  void finish(Node& n, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor) anchors_[anchor] = &n;
    attach(&n);
  }

  void attach(const Node* n) {
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
  // kMaxNodes, which is what stops exponential expansion.
  const Node* copy(const Node& original, const Origin& where) {
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

  void check_duplicate_keys(const Node& map) {
    std::map<std::string, const Node*> seen;
    for (auto& [key, value] : map.entries) {
      if (!key->is_scalar()) {
        diags_.error(key->origin, fmt::format("expected a plain key, found {}", key->describe()));
        continue;
      }
      auto [it, inserted] = seen.emplace(key->value, key);
      if (!inserted)
        diags_.error(key->origin, fmt::format("duplicate key '{}' (first given on line {})",
                                              key->value, it->second->origin.where().line));
    }
  }

  std::shared_ptr<const Source> source_;
  const JoinedSurrogates* joined_;
  Document& doc_;
  Diagnostics& diags_;
  std::vector<Open> stack_;
  std::map<YAML::anchor_t, const Node*> anchors_;
};

// yaml-cpp's messages, said the way an author can act on.
std::string explain(const std::string& msg) {
  static const std::pair<const char*, const char*> known[] = {
      {"end of sequence flow not found", "a '[' list is not closed with ']'"},
      {"end of map flow not found", "a '{' mapping is not closed with '}'"},
      {"unknown token", "unexpected text; inside { } or [ ], quote a text that contains '?', ':', ',' or '#'"},
      {"illegal map value", "a ':' where a value cannot start; quote a text that contains ': '"},
      {"end of map not found", "a mapping is not indented consistently"},
      {"end of sequence not found", "a list is not indented consistently"},
  };
  for (auto& [raw, plain] : known)
    if (msg == raw) return plain;
  return msg;
}

}  // namespace

const char* describe(Kind k) {
  switch (k) {
    case Kind::null: return "nothing";
    case Kind::scalar: return "a scalar";
    case Kind::sequence: return "a list";
    case Kind::mapping: return "a mapping";
  }
  return "?";
}

const Node* Node::get(std::string_view key) const {
  for (auto& [k, v] : entries)
    if (k->is_scalar() && k->value == key) return v;
  return nullptr;
}

std::string Node::describe() const {
  if (kind != Kind::scalar) return yaml::describe(kind);
  std::string shown = value.size() > 40 ? value.substr(0, 37) + "..." : value;
  if (quoted) return fmt::format("the string \"{}\"", shown);
  return fmt::format("'{}'", shown);
}

namespace {

// A syntax error of yaml-cpp's, at its offset in the source as written.
struct SyntaxError {
  uint32_t offset;
  std::string message;
};

// Parses `text` (the source's text, or it with surrogate pairs joined) into `doc`. Returns
// yaml-cpp's syntax error, if any, for the caller to decide whether to try again.
// The bytes of a text as a stream yaml-cpp can read, without copying them.
class TextBuffer : public std::streambuf {
 public:
  explicit TextBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());  // only read: a get area is never written to
    setg(begin, begin, begin + text.size());
  }
};

std::optional<SyntaxError> parse_text(const std::shared_ptr<const Source>& source, std::string_view text,
                                      const JoinedSurrogates* joined, Document& doc, Diagnostics& diags) {
  TextBuffer buffer(text);
  std::istream in(&buffer);
  TreeBuilder builder(source, joined, doc, diags);
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const LimitExceeded& e) {
    diags.error(e.at, e.message);
  } catch (const YAML::Exception& e) {
    return SyntaxError{builder.at(e.mark).offset, e.msg};
  }
  return std::nullopt;
}

void report_yaml_error(const std::shared_ptr<const Source>& source, const SyntaxError& e, Diagnostics& diags) {
  uint32_t offset = e.offset;
  if (auto key = long_key_at(source->text(), offset)) {
    diags.error({source, key->offset}, fmt::format("expected a key of at most {} characters, found one of {}",
                                                   kMaxKeyCharacters, key->characters));
  } else if (auto tab = tab_in_indentation(source->text(), offset)) {
    diags.error({source, *tab}, "expected spaces to indent, found a tab; YAML does not allow tabs for indentation");
  } else if (is_surrogate_message(e.message)) {
    size_t escape = source->text().rfind("\\u", offset);  // yaml-cpp points just past the escape
    if (escape != std::string::npos && offset - escape <= 6) offset = static_cast<uint32_t>(escape);
    diags.error({source, offset}, "expected a character, found half of a surrogate pair (\\uD800 to "
                                  "\\uDFFF) without its other half");
  } else {
    diags.error({source, offset}, fmt::format("invalid YAML: {}", explain(e.message)));
  }
}

}  // namespace

bool parse(const std::shared_ptr<const Source>& source, Document& doc, Diagnostics& diags) {
  int errors_before = diags.error_count();
  Diagnostics first;
  auto error = parse_text(source, source->text(), nullptr, doc, first);
  std::optional<JoinedSurrogates> joined;
  if (error && is_surrogate_message(error->message) && (joined = join_surrogate_pairs(source->text()))) {
    doc = Document();  // again, with "\ud83d\ude00" written as "\U0001F600"
    error = parse_text(source, joined->text, &*joined, doc, diags);
  } else {
    diags.append(first);
  }
  if (error) report_yaml_error(source, *error, diags);
  return !error && diags.error_count() == errors_before;
}

}  // namespace tenken::yaml
