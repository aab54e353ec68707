// Fuzz harness: the two YAML parsers against each other (engine/load/libyaml_events.h).
//
// Input: any text, as a YAML file.
// Reads it with libyaml (the fast path every YAML file takes) and with yaml-cpp (which reads a
// file again when libyaml finds it invalid, for its messages). When both accept it, they must
// give the same tree, positions and messages: otherwise an answer would mean something different
// depending on which parser read it. Texts only one of them accepts are left alone (libyaml
// reads some valid YAML that yaml-cpp refuses, such as "Why?" inside { }), and so are texts that
// break a limit.
// Finds: disagreements (reported as a crash, with both trees), and anything the other harnesses
// find in the YAML reading.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "fuzz_support.h"
#include "load/libyaml_events.h"
#include "load/yaml_document.h"

namespace {

struct Reading {
  bool valid;
  std::string tree, messages;
};

Reading read(const std::shared_ptr<const tenken::Source>& file, bool fast) {
  tenken::yaml::Document doc;
  tenken::Diagnostics diags;
  bool valid = fast ? tenken::yaml::parse_with_libyaml(file, doc, diags)
                    : tenken::yaml::parse_with_yaml_cpp(file, doc, diags);
  std::string messages;
  for (const auto& d : diags.sorted()) messages += tenken::format_diagnostic(d);
  return {valid, tenken::yaml::outline(doc), messages};
}

// A limit abandons the document where it is met, which depends on how far each parser reads
// ahead (yaml-cpp stops 30 brackets earlier in "[[[[…"): both refuse it, at places that differ.
bool broke_a_limit(const Reading& r) {
  return r.messages.find("nesting deeper than") != std::string::npos ||
         r.messages.find("the document expands to more than") != std::string::npos;
}

bool yaml_cpp_refused(const Reading& slow) {
  return slow.messages.find("invalid YAML") != std::string::npos ||
         slow.messages.find("expected spaces to indent") != std::string::npos ||
         slow.messages.find("expected a key of at most") != std::string::npos ||
         slow.messages.find("half of a surrogate pair") != std::string::npos;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::shared_ptr<const tenken::Source> file = tenken::fuzz::source_of(data, size, "any.yaml");
  if (!file) return -1;
  Reading fast = read(file, true);
  if (!fast.valid) return 0;
  Reading slow = read(file, false);
  if (yaml_cpp_refused(slow) || broke_a_limit(fast) || broke_a_limit(slow)) return 0;
  if (fast.tree == slow.tree && fast.messages == slow.messages) return 0;
  std::fprintf(stderr, "libyaml and yaml-cpp disagree\n--- libyaml:\n%s%s--- yaml-cpp:\n%s%s", fast.tree.c_str(),
               fast.messages.c_str(), slow.tree.c_str(), slow.messages.c_str());
  std::abort();
}
