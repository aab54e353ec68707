// Tests of terminal text layout: display width and wrapping of English and Japanese text, as a
// table of {text, widths, expected lines}.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tenken/reports/text_layout.h"

namespace tenken::layout {
namespace {

TEST_CASE("display_width counts wide characters as two columns") {
  CHECK(display_width("") == 0);
  CHECK(display_width("backup") == 6);
  CHECK(display_width("点検") == 4);
  CHECK(display_width("VPN機器") == 7);
  CHECK(display_width("（２）") == 6);     // fullwidth forms
  CHECK(display_width("e\xCC\x81") == 1);  // e + combining acute
  CHECK(display_width("\xFF") == 1);       // an invalid byte counts one
}

TEST_CASE("pad_right and pad_left pad by display width") {
  CHECK(pad_right("組織", 6) == "組織  ");
  CHECK(pad_left("12", 5) == "   12");
  CHECK(pad_right("too wide", 3) == "too wide");
}

TEST_CASE("printable replaces control characters") {
  CHECK(printable("a\tb\nc\x1b[0m\x7f\xc2\x9b\u202e点検") == "a␉b␊c␛[0m␡<U+009B><U+202E>点検");
}

struct WrapCase {
  const char* name;
  const char* text;
  int first, rest;
  std::vector<std::string> lines;
};

TEST_CASE("wrap") {
  const WrapCase cases[] = {
      {"empty", "", 10, 10, {}},
      {"blank", " \n ", 10, 10, {}},
      {"fits", "keep a copy", 20, 20, {"keep a copy"}},
      {"words",
       "keep a copy offline and test it",
       12,
       12,
       {"keep a copy", "offline and", "test it"}},
      {"first line narrower", "keep a copy offline", 6, 20, {"keep a", "copy offline"}},
      {"spaces collapse", "a   b\tc\nd", 20, 20, {"a b c d"}},
      {"long word alone",
       "see https://example.org/very/long now",
       10,
       10,
       {"see", "https://example.org/very/long", "now"}},
      {"blank line starts a new line",
       "first part.\n\nsecond part.",
       40,
       40,
       {"first part.", "second part."}},
      {"japanese breaks between characters",
       "バックアップを取る",
       8,
       8,
       {"バック", "アップを", "取る"}},  // ッ may not start a line
      {"no line starts with 。or 、",
       "復旧した。次に、確認",
       8,
       8,
       {"復旧し", "た。次", "に、確認"}},
      {"no line ends with 「", "手順は「復元試験」", 8, 8, {"手順は", "「復元試", "験」"}},
      {"line break inside japanese joins", "暗号化\nされた", 20, 20, {"暗号化された"}},
      {"line break after latin is a space", "VPN\nの更新", 20, 20, {"VPN の更新"}},
      {"control characters", "red \x1b[31mtext\x07", 20, 20, {"red ␛[31mtext␇"}},
      {"mixed", "VPN機器のfirmware更新", 10, 10, {"VPN機器の", "firmware更", "新"}},
  };
  // Lines joined with '|' so that a failure prints both sides.
  auto joined = [](const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& l : lines) out += (out.empty() ? "" : "|") + l;
    return out;
  };
  for (const WrapCase& c : cases) {
    INFO(std::string(c.name));
    CHECK(joined(wrap(c.text, c.first, c.rest)) == joined(c.lines));
    CHECK(wrap(c.text, c.first, c.rest).size() == c.lines.size());
  }
}

TEST_CASE("clip cuts to a display width with an ellipsis, keeping the start or the end") {
  CHECK(clip("Backup and recovery", 19) == "Backup and recovery");
  CHECK(clip("Backup and recovery", 10) == "Backup an…");
  CHECK(clip("リモート接続と機器", 9) == "リモート…");  // a wide character that would overflow is left out
  CHECK(clip("reports/2026/answers.yaml", 14, true) == "…/answers.yaml");
  CHECK(clip("a\x1b[31mb", 20) == "a␛[31mb");
}

}  // namespace
}  // namespace tenken::layout
