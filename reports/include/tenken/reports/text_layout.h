// Text layout for fixed-width terminals: display width of UTF-8 text (East Asian wide characters
// take two columns), padding to a width, and wrapping a paragraph to a width. Japanese has no
// spaces between words, so a line may break between any two wide characters, except before
// closing punctuation such as 、。）」 or after opening punctuation such as （「 (simple kinsoku).
// Layout only: this file knows nothing of colour or of the Result.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tenken::layout {

// Columns the text takes on a terminal: 2 for wide and fullwidth characters, 0 for combining
// marks, 1 otherwise. Invalid UTF-8 bytes count 1 each.
int display_width(std::string_view text);

// The text followed by spaces up to `width` columns (unchanged when it is already as wide).
std::string pad_right(std::string_view text, int width);
// Spaces up to `width` columns followed by the text.
std::string pad_left(std::string_view text, int width);

// The text with every hidden character (C0 including tab and line breaks, DEL, C1, bidirectional
// controls) shown visibly (utf8::make_visible: ESC as "␛"), so that text from a file cannot move
// the cursor, change colours or reorder what is shown.
std::string printable(std::string_view text);

// Splits the text into lines of at most `first_width` columns for the first line and
// `rest_width` for the others, breaking at spaces and between wide characters. Runs of
// whitespace become one space, except that a line break between two wide characters joins them
// and a blank line starts a new line. A word wider than the line is put on a line of its own,
// unbroken. Other hidden characters are shown visibly (see printable). Returns no lines for empty or
// all-blank text.
std::vector<std::string> wrap(std::string_view text, int first_width, int rest_width);

// The text made printable and cut to at most `width` columns, with "…" where it was cut: its end
// kept when `keep_end` (a path's file name), otherwise its start. Unchanged when it fits.
std::string clip(std::string_view text, int width, bool keep_end = false);

}  // namespace tenken::layout
