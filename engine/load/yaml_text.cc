// Surrogate-pair escapes and long keys: see yaml_text.h.
#include "load/yaml_text.h"
#include "tenken/utf8.h"

#include <fmt/format.h>

#include <algorithm>

namespace tenken::yaml {
namespace {

// The value of "\uXXXX" at `i` (the backslash), or -1.
long unicode_escape_at(std::string_view text, size_t i) {
  if (i + 6 > text.size() || text[i] != '\\' || text[i + 1] != 'u') return -1;
  long value = 0;
  for (size_t k = i + 2; k < i + 6; ++k) {
    char c = text[k];
    int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

}  // namespace

uint32_t JoinedSurrogates::original_offset(uint32_t offset) const {
  auto before = std::upper_bound(ends.begin(), ends.end(), offset) - ends.begin();
  return offset + 2 * static_cast<uint32_t>(before);
}

std::optional<JoinedSurrogates> join_surrogate_pairs(std::string_view text) {
  JoinedSurrogates out;
  size_t copied = 0;
  for (size_t i = text.find("\\u"); i != std::string_view::npos; i = text.find("\\u", i + 1)) {
    // "\\ud83d" is an escaped backslash followed by text, not an escape.
    size_t backslashes = 0;
    while (backslashes < i && text[i - 1 - backslashes] == '\\') ++backslashes;
    if (backslashes % 2 != 0) continue;
    long high = unicode_escape_at(text, i), low = unicode_escape_at(text, i + 6);
    if (high < 0xD800 || high > 0xDBFF || low < 0xDC00 || low > 0xDFFF) continue;
    long cp = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
    out.text.append(text.substr(copied, i - copied));
    out.text += fmt::format("\\U{:08X}", cp);
    out.ends.push_back(static_cast<uint32_t>(out.text.size()));
    copied = i + 12;
    i += 11;
  }
  if (out.ends.empty()) return std::nullopt;
  out.text.append(text.substr(copied));
  return out;
}

bool is_surrogate_message(std::string_view message) {
  constexpr std::string_view prefix = "invalid unicode: ";
  if (message.substr(0, prefix.size()) != prefix) return false;
  long value = 0;
  for (char c : message.substr(prefix.size())) {
    if (c < '0' || c > '9' || value > 0x10FFFF) return false;
    value = value * 10 + (c - '0');
  }
  return value >= 0xD800 && value <= 0xDFFF;
}

std::optional<LongKey> long_key_at(std::string_view text, uint32_t offset) {
  if (offset >= text.size()) return std::nullopt;
  size_t begin = offset, end = offset;
  char quote = text[offset];
  if (quote == '"' || quote == '\'') {  // a quoted key starting here: its text up to the closing quote
    begin = offset + 1;
    for (end = begin; end < text.size() && text[end] != quote; ++end)
      if (quote == '"' && text[end] == '\\') ++end;
  } else if (quote == ':') {  // a plain key ending here: back to the indentation or "- "
    while (begin > 0 && text[begin - 1] != '\n') --begin;
    while (begin < offset && (text[begin] == ' ' || text[begin] == '-')) ++begin;
  } else {
    return std::nullopt;
  }
  size_t characters = utf8::length(text.substr(begin, std::min(end, text.size()) - begin));
  if (characters <= kMaxKeyCharacters) return std::nullopt;
  return LongKey{quote == ':' ? static_cast<uint32_t>(begin) : offset, characters};
}

std::optional<uint32_t> tab_in_indentation(std::string_view text, uint32_t offset) {
  size_t start = text.rfind('\n', std::min<size_t>(offset, text.size()) - (offset > 0 ? 1 : 0));
  start = start == std::string_view::npos || offset == 0 ? 0 : start + 1;
  for (size_t i = start; i < text.size() && (text[i] == ' ' || text[i] == '\t'); ++i)
    if (text[i] == '\t') return static_cast<uint32_t>(i);
  return std::nullopt;
}

}  // namespace tenken::yaml
