// Fuzz harness: the two YAML parsers against each other (engine/load/libyaml_events.h).
//
// Input: any text, as a YAML file.
// Reads it with libyaml (the fast path every YAML file takes) and with yaml-cpp (which reads a
// file again when libyaml finds it invalid, for its messages). When both read it without a
// message, they must give the same tree at the same positions: otherwise an answer would mean
// something different depending on which parser read it. A text that either one refuses or
// reports anything about (a tag, a limit, a duplicate key) is left alone: the corners where the two
// differ there (libyaml reads "Why?" inside { }, which yaml-cpp refuses; they meet the depth
// limit at different brackets; yaml-cpp drops a tag on an empty node, and reads "&a:" as an
// anchor named "a:") all end in a message either way.
// Finds: disagreements (reported as a crash, with both trees), and anything the other harnesses
// find in the YAML reading. Not among the harnesses `scripts/fuzz` runs by default, since it keeps
// finding harmless corners like those above (findings/yaml_parsers-* keeps each one met so far);
// run it by name: scripts/fuzz 300 yaml_parsers.
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

// The outline with the place of every empty node left out: the two parsers place an empty value
// differently in some forms ("? key" with no ':'), and only a message about it would show where.
std::string without_empty_places(const std::string& outline) {
  std::string out;
  for (size_t start = 0; start < outline.size();) {
    size_t end = outline.find('\n', start);
    std::string_view line(outline.data() + start, end - start);
    size_t nothing = line.find(" nothing @");
    out.append(nothing == std::string_view::npos ? line : line.substr(0, nothing + 9));
    out += '\n';
    start = end + 1;
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::shared_ptr<const tenken::Source> file = tenken::fuzz::source_of(data, size, "any.yaml");
  // A byte order mark inside the text: libyaml drops one at the start of a line, as YAML allows
  // before a document; yaml-cpp keeps it in the value. Dropping the invisible character is what an
  // operator would want, so the two are not compared on such texts.
  if (!file || file->text().find("\xEF\xBB\xBF") != std::string_view::npos) return -1;
  // A carriage return alone ends a line in YAML, and libyaml folds it into a space inside a text;
  // yaml-cpp drops it. Files with such line ends are compared no further.
  for (size_t cr = file->text().find('\r'); cr != std::string_view::npos; cr = file->text().find('\r', cr + 1))
    if (cr + 1 == file->text().size() || file->text()[cr + 1] != '\n') return -1;
  Reading fast = read(file, true);
  if (!fast.valid || !fast.messages.empty()) return 0;
  Reading slow = read(file, false);
  if (!slow.messages.empty()) return 0;
  // A document that is one scalar is refused by every loader (they all want a mapping), and
  // yaml-cpp reads a lone "!" as nothing where it reads "a: !" as an empty text.
  if (fast.tree.rfind("0 a scalar", 0) == 0 || fast.tree.rfind("0 nothing", 0) == 0) return 0;
  if (without_empty_places(fast.tree) == without_empty_places(slow.tree)) return 0;
  std::fprintf(stderr, "libyaml and yaml-cpp disagree\n--- libyaml:\n%s%s--- yaml-cpp:\n%s%s", fast.tree.c_str(),
               fast.messages.c_str(), slow.tree.c_str(), slow.messages.c_str());
  std::abort();
}
