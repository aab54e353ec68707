// TreeBuilder: turns a YAML parser's events into a yaml::Document (yaml_document.h), whichever
// parser sends them: libyaml on the fast path, yaml-cpp when a file needs its error messages.
// It enforces the limits (one document, nesting, node budget for aliases, text length), refuses
// tags and reports duplicate keys, so both parsers give the same tree and the same messages.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "load/yaml_document.h"

namespace tenken::yaml {

// Thrown by the builder to abandon a document that breaks a limit; caught by the parser driver.
struct LimitExceeded {
  Origin at;
  LocalizedText message;  // in both languages, reported as a diagnostic as it is
};

class TreeBuilder {
 public:
  TreeBuilder(Document& doc, Diagnostics& diags) : doc_(doc), diags_(diags) {}

  // Anchors are named by the parser ("" for none); tags as the parser resolved them ("" for none,
  // "!" or "?" for the non-specific tags).
  void document_start(const Origin& at);
  void null(const Origin& at, const std::string& anchor);
  // False, with nothing added, for an anchor not defined before: a syntax error, which the parser
  // reports.
  bool alias(const Origin& at, const std::string& anchor);
  void scalar(const Origin& at, std::string_view tag, const std::string& anchor, std::string value, bool quoted);
  void sequence_start(const Origin& at, std::string_view tag, const std::string& anchor);
  void mapping_start(const Origin& at, std::string_view tag, const std::string& anchor);
  void collection_end();

 private:
  struct Open {
    Node* node;
    std::string anchor;
    const Node* pending_key = nullptr;
  };

  void refuse_tag(const Node& n, std::string_view tag);
  Node& make(const Origin& at, Kind kind);
  void count_node(const Origin& where);
  void open(Node& n, const std::string& anchor);
  void finish(Node& n, const std::string& anchor);
  void attach(const Node* n);
  const Node* copy(const Node& original, const Origin& where);
  void check_duplicate_keys(const Node& map);

  Document& doc_;
  Diagnostics& diags_;
  int documents_ = 0;
  std::vector<Open> stack_;
  std::map<std::string, const Node*, std::less<>> anchors_;
};

}  // namespace tenken::yaml
