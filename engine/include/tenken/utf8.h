// UTF-8 helpers: validation (inputs must be UTF-8), decoding, and terminal display width so that
// carets line up under Japanese text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tenken::utf8 {

// Offset of the first byte that is not valid UTF-8, or npos when the whole text is valid.
size_t first_invalid(std::string_view text);
// Decodes the code point at `i` and advances `i`; invalid bytes decode as U+FFFD.
char32_t decode(std::string_view text, size_t& i);
// 2 for East Asian wide and fullwidth characters, 0 for combining marks, else 1.
int display_width(char32_t cp);
// True for the second, third or fourth byte of a sequence (10xxxxxx).
inline bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
// The UTF-8 bytes of a code point (at most U+10FFFF).
std::string encode(char32_t cp);
// Code points in valid UTF-8 text (its length in characters, as messages count it).
size_t length(std::string_view text);
// Display width of a whole string.
int display_width(std::string_view text);

// Characters that act instead of showing: C0 controls, DEL and C1 controls (ESC starts terminal
// escapes such as OSC 52, which writes the clipboard), and the bidirectional formatting characters
// (U+202E shows "exe.txt" as "txt.exe"). U+FFFE and U+FFFF are not characters and XML cannot hold
// them. This is the one rule every output follows for text that came from a file.
bool is_hidden(char32_t cp);
// What a hidden character is shown as: C0 controls and DEL as their control pictures (ESC as
// U+241B "␛"), C1 and bidirectional controls as "<U+202E>", U+FFFE and U+FFFF as U+FFFD.
std::string visible_form(char32_t cp);
// The text with every hidden character except those in `keep` shown in its visible form;
// invalid UTF-8 bytes become U+FFFD. Text without hidden characters comes back unchanged.
std::string make_visible(std::string_view text, std::u32string_view keep = U"");

}  // namespace tenken::utf8
