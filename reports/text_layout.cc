// Terminal text layout: UTF-8 display width and paragraph wrapping (see text_layout.h).
// The width table is the same as the engine's caret alignment (engine/core/utf8.cc) so that both
// agree on what is wide; it is repeated here because reports/ uses the engine's public API only.
#include "reports/text_layout.h"

#include <algorithm>
#include <string_view>

namespace tenken::layout {
namespace {

// Decodes the code point at text[i] and advances i. A byte that does not start a well-formed
// sequence is taken alone as U+FFFD; the text itself is never changed, only measured.
char32_t next_code_point(std::string_view text, size_t& i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char c = byte(i);
  size_t n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
           : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
  if (n == 0 || i + n > text.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  i += n;
  return cp;
}

int code_point_width(char32_t cp) {
  if (cp >= 0x300 && cp <= 0x36F) return 0;
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

// Kinsoku: characters a line must not start with, and characters it must not end with.
constexpr std::u32string_view kNoLineStart =
    U"、。，．・：；？！ー）」』】〕〉》ゝゞ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ）］｝…),.:;!?]}%";
constexpr std::u32string_view kNoLineEnd = U"（「『【〔〈《［｛([{";

bool is_space(char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r'; }

enum class Gap { none, space, paragraph };

// An unbreakable piece of text and what separates it from the piece before.
struct Atom {
  std::string text;
  int width = 0;
  Gap gap = Gap::none;
};

struct WhitespaceRun {
  bool any = false;
  bool has_space = false;  // anything other than line breaks
  int newlines = 0;
};

Gap gap_for(const WhitespaceRun& run, bool prev_wide, bool cur_wide) {
  if (run.newlines >= 2) return Gap::paragraph;
  if (!run.has_space && prev_wide && cur_wide) return Gap::none;  // a line break inside Japanese
  return Gap::space;
}

std::vector<Atom> split_atoms(std::string_view text) {
  std::vector<Atom> atoms;
  WhitespaceRun run;
  char32_t prev = 0;
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    char32_t cp = next_code_point(text, i);
    if (is_space(cp)) {
      run.any = true;
      run.newlines += cp == '\n';
      run.has_space |= cp != '\n' && cp != '\r';
      continue;
    }
    int width = code_point_width(cp);
    bool prev_wide = code_point_width(prev) == 2, cur_wide = width == 2;
    bool breakable = (prev_wide || cur_wide) && kNoLineStart.find(cp) == std::u32string_view::npos &&
                     kNoLineEnd.find(prev) == std::u32string_view::npos;
    if (atoms.empty() || run.any || breakable)
      atoms.push_back({"", 0, atoms.empty() ? Gap::none
                              : run.any   ? gap_for(run, prev_wide, cur_wide)
                                          : Gap::none});
    atoms.back().text.append(text.substr(start, i - start));
    atoms.back().width += width;
    run = {};
    prev = cp;
  }
  return atoms;
}

}  // namespace

int display_width(std::string_view text) {
  int w = 0;
  for (size_t i = 0; i < text.size();) w += code_point_width(next_code_point(text, i));
  return w;
}

std::string pad_right(std::string_view text, int width) {
  std::string out(text);
  out.append(static_cast<size_t>(std::max(0, width - display_width(text))), ' ');
  return out;
}

std::string pad_left(std::string_view text, int width) {
  std::string out(static_cast<size_t>(std::max(0, width - display_width(text))), ' ');
  out.append(text);
  return out;
}

std::vector<std::string> wrap(std::string_view text, int first_width, int rest_width) {
  std::vector<std::string> lines;
  std::string line;
  int used = 0, limit = first_width;
  auto flush = [&] {
    lines.push_back(std::move(line));
    line.clear();
    used = 0;
    limit = rest_width;
  };
  for (const Atom& atom : split_atoms(text)) {
    if (atom.gap == Gap::paragraph && !line.empty()) flush();
    int sep = atom.gap == Gap::space && !line.empty() ? 1 : 0;
    if (!line.empty() && used + sep + atom.width > limit) {
      flush();
      sep = 0;
    }
    if (sep) line += ' ';
    line += atom.text;
    used += sep + atom.width;
  }
  if (!line.empty()) flush();
  return lines;
}

}  // namespace tenken::layout
