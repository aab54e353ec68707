// What yaml-cpp cannot read as written, handled before and after it parses:
//
// - JSON writes a character outside the Basic Multilingual Plane (an emoji, a rare kanji) as a
//   pair of escapes, "\ud83d\ude00"; yaml-cpp refuses each half as "invalid unicode". Such pairs
//   are rewritten to YAML's "\U0001F600" before parsing, and positions are mapped back.
// - YAML limits a key written without '?' to 1024 characters; yaml-cpp then reports an unrelated
//   syntax error. long_key_at() finds such a key so that the message can say what is wrong;
//   tab_in_indentation() does the same for a tab used to indent.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tenken::yaml {

// A text with every "\uD8xx\uDCxx" escape pair rewritten as one "\U000XXXXX" escape, and where.
struct JoinedSurrogates {
  std::string text;
  std::vector<uint32_t> ends;  // offset in `text` just after each rewritten escape, ascending

  // The offset in the original text of an offset in `text`: each rewrite is 2 bytes shorter.
  uint32_t original_offset(uint32_t offset) const;
};

// The text with its surrogate pairs joined, or nothing when it has none.
std::optional<JoinedSurrogates> join_surrogate_pairs(std::string_view text);

// True for yaml-cpp's message about a \u escape that is half of a surrogate pair.
bool is_surrogate_message(std::string_view yaml_cpp_message);

// YAML's limit on a key written without '?'.
inline constexpr size_t kMaxKeyCharacters = 1024;

struct LongKey {
  uint32_t offset;    // where the key starts
  size_t characters;  // its length in code points
};

// A key longer than kMaxKeyCharacters that starts at `offset` (a quoted key, where yaml-cpp stops
// in a flow mapping) or ends at it (a plain key before ':' in a block mapping), if there is one.
std::optional<LongKey> long_key_at(std::string_view text, uint32_t offset);

// The offset of a tab in the indentation of the line holding `offset`, if there is one: YAML does
// not allow tabs there, and yaml-cpp then reports an unrelated syntax error.
std::optional<uint32_t> tab_in_indentation(std::string_view text, uint32_t offset);

}  // namespace tenken::yaml
