// Walks the source text of a scalar alongside its parsed value; see position.h.
#include "compile/position.h"

namespace tenken::expr {
namespace {

bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

Origin origin_in(const Expression& e, size_t offset) {
  if (!e.origin.known()) return e.origin;
  std::string_view src = e.origin.source->text();
  size_t j = e.origin.offset;
  if (j < src.size() && (src[j] == '"' || src[j] == '\'')) {
    ++j;
  } else if (j < src.size() && (src[j] == '|' || src[j] == '>')) {
    while (j < src.size() && src[j] != '\n') ++j;  // the block header line
  }
  for (size_t i = 0; i < offset && i < e.text.size(); ++i) {
    // Whitespace in the source that the value does not have is folding or indentation.
    while (j < src.size() && src[j] != e.text[i] && space(src[j])) ++j;
    if (j >= src.size() || src[j] != e.text[i]) return e.origin;  // an escape: give up, point at the start
    ++j;
  }
  while (j < src.size() && space(src[j]) && offset < e.text.size() && !space(e.text[offset])) ++j;
  return {e.origin.source, static_cast<uint32_t>(j)};
}

}  // namespace tenken::expr
