// UTF-8 validation and decoding (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF),
// display width, and the one rule for showing characters that would act instead of show.
#include "tenken/utf8.h"

#include <fmt/format.h>

#include <cstdint>
#include <cstring>

namespace tenken::utf8 {
namespace {

// Length of the sequence starting at text[i] if valid, else 0.
size_t sequence_length(std::string_view text, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  size_t n;
  char32_t cp;
  if (c >= 0xC2 && c <= 0xDF) { n = 2; cp = c & 0x1F; }
  else if (c >= 0xE0 && c <= 0xEF) { n = 3; cp = c & 0x0F; }
  else if (c >= 0xF0 && c <= 0xF4) { n = 4; cp = c & 0x07; }
  else return 0;
  if (i + n > text.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000)) return 0;  // overlong
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return 0;
  return n;
}

}  // namespace

size_t first_invalid(std::string_view text) {
  constexpr uint64_t kHighBits = 0x8080808080808080;
  for (size_t i = 0; i < text.size();) {
    uint64_t eight;  // ASCII, most of any file, eight bytes at a time
    if (i + 8 <= text.size() && (std::memcpy(&eight, text.data() + i, 8), (eight & kHighBits) == 0)) {
      i += 8;
      continue;
    }
    size_t n = sequence_length(text, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

char32_t decode(std::string_view text, size_t& i) {
  size_t n = sequence_length(text, i);
  if (n == 0) {
    ++i;
    return 0xFFFD;
  }
  auto c = static_cast<unsigned char>(text[i]);
  char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  i += n;
  return cp;
}

int display_width(char32_t cp) {
  if (cp < 0x300) return 1;  // ASCII and Latin: the common case, decided at once
  if (cp <= 0x36F) return 0;
  if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) ||
      (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
      (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
      (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
      (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) ||
      (cp >= 0x20000 && cp <= 0x3FFFD))
    return 2;
  return 1;
}

size_t length(std::string_view text) {
  size_t n = 0;
  for (char c : text) n += !is_continuation(c);
  return n;
}

int display_width(std::string_view text) {
  int w = 0;
  for (size_t i = 0; i < text.size();) w += display_width(decode(text, i));
  return w;
}

bool is_hidden(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x061C || cp == 0x200E || cp == 0x200F ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFFFE || cp == 0xFFFF;
}

std::string visible_form(char32_t cp) {
  char32_t picture = cp < 0x20 ? 0x2400 + cp : cp == 0x7F ? 0x2421 : cp >= 0xFFFE ? 0xFFFD : 0;
  return picture == 0 ? fmt::format("<U+{:04X}>", static_cast<uint32_t>(cp)) : encode(picture);
}

std::string encode(char32_t cp) {
  auto byte = [](char32_t b) { return static_cast<char>(b); };
  if (cp < 0x80) return {byte(cp)};
  if (cp < 0x800) return {byte(0xC0 | (cp >> 6)), byte(0x80 | (cp & 0x3F))};
  if (cp < 0x10000) return {byte(0xE0 | (cp >> 12)), byte(0x80 | ((cp >> 6) & 0x3F)), byte(0x80 | (cp & 0x3F))};
  return {byte(0xF0 | (cp >> 18)), byte(0x80 | ((cp >> 12) & 0x3F)), byte(0x80 | ((cp >> 6) & 0x3F)),
          byte(0x80 | (cp & 0x3F))};
}

std::string make_visible(std::string_view text, std::u32string_view keep) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    char32_t cp = decode(text, i);
    bool invalid = cp == 0xFFFD && text.substr(start, i - start) != "\xEF\xBF\xBD";
    if (invalid)
      out += "\xEF\xBF\xBD";
    else if (is_hidden(cp) && keep.find(cp) == std::u32string_view::npos)
      out += visible_form(cp);
    else
      out.append(text.substr(start, i - start));
  }
  return out;
}

}  // namespace tenken::utf8
