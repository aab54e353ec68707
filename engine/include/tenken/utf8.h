// UTF-8 helpers: validation (inputs must be UTF-8), decoding, and terminal display width so that
// carets line up under Japanese text.
#pragma once

#include <cstddef>
#include <string_view>

namespace tenken::utf8 {

// Offset of the first byte that is not valid UTF-8, or npos when the whole text is valid.
size_t first_invalid(std::string_view text);
// Decodes the code point at `i` and advances `i`; invalid bytes decode as U+FFFD.
char32_t decode(std::string_view text, size_t& i);
// 2 for East Asian wide and fullwidth characters, 0 for combining marks, else 1.
int display_width(char32_t cp);
// Display width of a whole string.
int display_width(std::string_view text);

}  // namespace tenken::utf8
