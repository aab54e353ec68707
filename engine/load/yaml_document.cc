// Parses a YAML file into a yaml::Document (see yaml_document.h for why a tree of our own): with
// libyaml first, which is fast, and again with yaml-cpp when libyaml finds a syntax error, for
// yaml-cpp's messages and the explanations tenken adds to them.
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

#include "load/libyaml_events.h"
#include "load/yaml_text.h"
#include "load/yaml_tree_builder.h"
#include "tenken/utf8.h"

namespace tenken::yaml {
namespace {

// yaml-cpp's events, handed to the TreeBuilder with yaml-cpp's marks made Origins.
class YamlCppEvents : public YAML::EventHandler {
 public:
  YamlCppEvents(std::shared_ptr<const Source> source, const JoinedSurrogates* joined, Document& doc,
                Diagnostics& diags)
      : source_(std::move(source)), joined_(joined), builder_(doc, diags) {}

  // Where a mark of yaml-cpp's is in the source as written.
  Origin at(const YAML::Mark& mark) const {
    auto offset = static_cast<uint32_t>(mark.pos < 0 ? 0 : mark.pos);
    return {source_, joined_ ? joined_->original_offset(offset) : offset};
  }

  void OnDocumentStart(const YAML::Mark& mark) override { builder_.document_start(at(mark)); }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { builder_.null(at(mark), name(anchor)); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (!builder_.alias(at(mark), name(anchor)))  // yaml-cpp checks first
      throw LimitExceeded{at(mark), {"'&' で定義されていないアンカーを '*' で参照しています", "unknown alias"}};
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    // "!" is yaml-cpp's non-specific tag: a quoted or block scalar.
    builder_.scalar(at(mark), tag, name(anchor), value, tag == "!");
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    builder_.sequence_start(at(mark), tag, name(anchor));
  }
  void OnSequenceEnd() override { builder_.collection_end(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    builder_.mapping_start(at(mark), tag, name(anchor));
  }
  void OnMapEnd() override { builder_.collection_end(); }

 private:
  static std::string name(YAML::anchor_t anchor) {
    return anchor == YAML::NullAnchor ? std::string() : std::to_string(anchor);
  }

  std::shared_ptr<const Source> source_;
  const JoinedSurrogates* joined_;
  TreeBuilder builder_;
};

// yaml-cpp's messages, said the way an author can act on, in both languages. A message with no
// explanation here is shown as yaml-cpp wrote it, in English, in either language.
LocalizedText explain(const std::string& msg) {
  struct Known {
    const char* raw;
    const char* en;
    const char* ja;
  };
  static const Known known[] = {
      {"end of sequence flow not found", "a '[' list is not closed with ']'",
       "'[' で始めたリストが ']' で閉じられていません"},
      {"end of map flow not found", "a '{' mapping is not closed with '}'",
       "'{' で始めたマッピングが '}' で閉じられていません"},
      {"unknown token", "unexpected text; inside { } or [ ], quote a text that contains '?', ':', ',' or '#'",
       "ここには書けない文字があります。{ } や [ ] の中では、'?'、':'、','、'#' を含む文字列を引用符で囲んでください"},
      {"illegal map value", "a ':' where a value cannot start; quote a text that contains ': '",
       "値を始められない位置に ':' があります。': ' を含む文字列は引用符で囲んでください"},
      {"end of map not found", "a mapping is not indented consistently", "マッピングの字下げがそろっていません"},
      {"end of sequence not found", "a list is not indented consistently", "リストの字下げがそろっていません"},
  };
  for (const Known& k : known)
    if (msg == k.raw) return {k.ja, k.en};
  return as_is(msg);
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

LocalizedText Node::describe() const {
  switch (kind) {
    case Kind::null: return {"空の値", "nothing"};
    case Kind::sequence: return {"リスト", "a list"};
    case Kind::mapping: return {"マッピング", "a mapping"};
    case Kind::scalar: break;
  }
  std::string shown = value.size() > 40 ? value.substr(0, 37) + "..." : value;
  if (quoted) return bilingual("the string \"{}\"", "文字列 \"{}\"", shown);
  return as_is(fmt::format("'{}'", shown));
}

std::string outline(const Document& doc) {
  std::string out;
  std::vector<std::pair<const Node*, int>> todo;  // a stack, not recursion: alias copies nest deep
  if (doc.root) todo.emplace_back(doc.root, 0);
  while (!todo.empty()) {
    auto [n, depth] = todo.back();
    todo.pop_back();
    out += fmt::format("{} {} {}{}@{}\n", depth, describe(n->kind), n->quoted ? "quoted " : "", n->value,
                       n->origin.offset);
    for (auto it = n->entries.rbegin(); it != n->entries.rend(); ++it) {
      todo.emplace_back(it->second, depth + 2);
      todo.emplace_back(it->first, depth + 1);
    }
    for (auto it = n->items.rbegin(); it != n->items.rend(); ++it) todo.emplace_back(*it, depth + 1);
  }
  return out;
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
  YamlCppEvents builder(source, joined, doc, diags);
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
    diags.error({source, key->offset}, bilingual("expected a key of at most {} characters, found one of {}",
                                                 "{} 文字以内のキーが必要ですが、{} 文字のキーが書かれています",
                                                 kMaxKeyCharacters, key->characters));
  } else if (auto tab = tab_in_indentation(source->text(), offset)) {
    diags.error({source, *tab}, {"字下げには空白が必要ですが、タブが書かれています。YAML では字下げにタブを使えません",
                                 "expected spaces to indent, found a tab; YAML does not allow tabs for indentation"});
  } else if (is_surrogate_message(e.message)) {
    size_t escape = source->text().rfind("\\u", offset);  // yaml-cpp points just past the escape
    if (escape != std::string::npos && offset - escape <= 6) offset = static_cast<uint32_t>(escape);
    diags.error({source, offset}, {"文字が必要ですが、サロゲートペア（\\uD800〜\\uDFFF）の片方だけが書かれています",
                                   "expected a character, found half of a surrogate pair (\\uD800 to "
                                   "\\uDFFF) without its other half"});
  } else {
    diags.error({source, offset}, bilingual("invalid YAML: {}", "YAML として正しくありません: {}", explain(e.message)));
  }
}

}  // namespace

bool parse(const std::shared_ptr<const Source>& source, Document& doc, Diagnostics& diags) {
  int errors_before = diags.error_count();
  Diagnostics fast;
  if (parse_with_libyaml(source, doc, fast)) {
    diags.append(fast);
    return diags.error_count() == errors_before;
  }
  doc = Document();  // not valid YAML to libyaml: yaml-cpp says why
  return parse_with_yaml_cpp(source, doc, diags) && diags.error_count() == errors_before;
}

bool parse_with_yaml_cpp(const std::shared_ptr<const Source>& source, Document& doc, Diagnostics& diags) {
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
