// Tests of the one rule for showing hidden characters (utf8.h: is_hidden, visible_form,
// make_visible).
#include "tenken/utf8.h"

#include <doctest/doctest.h>

namespace tenken::utf8 {
namespace {

TEST_CASE("utf8: controls, bidirectional formatting and noncharacters are hidden; text is not") {
  for (char32_t cp : {U'\0', U'\t', U'\n', U'\x1b', U'\x7f', U'\x80', U'\x9f', U'\u061c', U'\u200e', U'\u200f',
                      U'\u202a', U'\u202e', U'\u2066', U'\u2069', U'\ufffe', U'\uffff'})
    CHECK(is_hidden(cp));
  for (char32_t cp : {U' ', U'a', U'\xa0', U'\u200b', U'\u3042', U'\ufffd', U'\U0001F600'}) CHECK_FALSE(is_hidden(cp));
}

TEST_CASE("utf8: each hidden character has a visible form of its own") {
  CHECK(visible_form(U'\0') == "␀");
  CHECK(visible_form(U'\x1b') == "␛");
  CHECK(visible_form(U'\x1f') == "␟");
  CHECK(visible_form(U'\x7f') == "␡");
  CHECK(visible_form(U'\x85') == "<U+0085>");
  CHECK(visible_form(U'\u202e') == "<U+202E>");
  CHECK(visible_form(U'\uffff') == "\uFFFD");
}

TEST_CASE("utf8: make_visible keeps what it is told to, and mends invalid bytes") {
  CHECK(make_visible("plain テキスト") == "plain テキスト");
  CHECK(make_visible("a\tb\nc\x1b[31m") == "a␉b␊c␛[31m");
  CHECK(make_visible("a\tb\nc\r", U"\t\n") == "a\tb\nc␍");
  CHECK(make_visible("a\xff" "b") == "a\uFFFD" "b");
}

}  // namespace
}  // namespace tenken::utf8

namespace tenken::utf8 {
namespace {

TEST_CASE("utf8: first_invalid finds a bad byte wherever it falls among runs of ASCII") {
  for (size_t at = 0; at < 20; ++at) {
    std::string text(20, 'a');
    CHECK(first_invalid(text) == std::string_view::npos);
    text[at] = '\xff';
    CHECK(first_invalid(text) == at);
    text[at] = '\xe6';  // a sequence cut short by ASCII
    CHECK(first_invalid(text) == at);
  }
  // A whole sequence across the eight-byte steps, and a surrogate after a run of ASCII.
  CHECK(first_invalid("abcdefg\xe6\xb0\xb4" "abcdefgh") == std::string_view::npos);
  CHECK(first_invalid("abcdefgh\xed\xa0\x80") == 8);
}

}  // namespace
}  // namespace tenken::utf8
