// Tests of what yaml-cpp cannot read as written (yaml_text.h) and of YAML tags: each message
// compared whole.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>

#include "load/yaml_document.h"
#include "load/yaml_text.h"
#include "tenken/engine.h"
#include "tests/engine_fixtures.h"

namespace tenken {
namespace {

using testing::render;
using testing::source;

std::string parse_messages(const std::string& path, const std::string& text, yaml::Document& doc) {
  Diagnostics diags;
  yaml::parse(source(path, text), doc, diags);
  return render(diags);
}

TEST_CASE("yaml: a JSON surrogate pair reads as the one character it stands for") {
  yaml::Document doc;
  CHECK(parse_messages("a.json", R"({"name": "\ud83d\ude00 and \uD842\uDFB7", "x": 1, "y": [)", doc) ==
        "a.json:1:57: error: invalid YAML: a '[' list is not closed with ']'\n"
        "  {\"name\": \"\\ud83d\\ude00 and \\uD842\\uDFB7\", \"x\": 1, \"y\": [\n"
        "                                                          ^\n");
  yaml::Document ok;
  CHECK(parse_messages("a.json", R"({"name": "\ud83d\ude00 and \uD842\uDFB7", "x": 1})", ok) == "");
  REQUIRE(ok.root);
  CHECK(ok.root->get("name")->value == "\U0001F600 and \U00020BB7");
  // Positions after a joined pair are those of the file as written.
  CHECK(ok.root->get("x")->origin.where().column == 48);
}

TEST_CASE("yaml: half of a surrogate pair is refused where it is") {
  yaml::Document doc;
  std::string m = parse_messages("a.json", R"({"a": "\ud83d\ude00", "b": "\ud83d x"})", doc);
  CHECK(m.substr(0, m.find('\n')) ==
        "a.json:1:29: error: expected a character, found half of a surrogate pair (\\uD800 to \\uDFFF) "
        "without its other half");
  // An escaped backslash before "u" is text, not an escape.
  yaml::Document text;
  CHECK(parse_messages("a.json", R"({"a": "\\ud83d\\ude00"})", text) == "");
  CHECK(text.root->get("a")->value == "\\ud83d\\ude00");
}

TEST_CASE("yaml: a key longer than 1024 characters is named as such, block or flow") {
  yaml::Document block, flow;
  std::string key(200000, 'k');
  CHECK(parse_messages("a.yaml", "answers:\n  " + key + ":\n    value: yes\n", block) ==
        "a.yaml:2:3: error: expected a key of at most 1024 characters, found one of 200000\n"
        "    kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk...\n"
        "    ^\n");
  CHECK(parse_messages("a.json", R"({"answers": {")" + std::string(2000, 'k') + R"(": 1}})", flow) ==
        "a.json:1:14: error: expected a key of at most 1024 characters, found one of 2000\n"
        "  {\"answers\": {\"" + std::string(86, 'k') + "...\n"
        "               ^\n");
  yaml::Document fits;
  CHECK(parse_messages("a.yaml", std::string(1024, 'k') + ": 1\n", fits) == "");
}

TEST_CASE("yaml: the messages about what yaml-cpp cannot read are in Japanese too") {
  auto one = [](const std::string& path, const std::string& text) {
    yaml::Document doc;
    Diagnostics diags;
    yaml::parse(source(path, text), doc, diags);
    REQUIRE(diags.items().size() == 1);
    return diags.items()[0].message;
  };
  LocalizedText key = one("a.json", R"({"answers": {")" + std::string(2000, 'k') + R"(": 1}})");
  CHECK(key.en == "expected a key of at most 1024 characters, found one of 2000");
  CHECK(key.ja == "1024 文字以内のキーが必要ですが、2000 文字のキーが書かれています");
  LocalizedText half = one("a.json", R"({"b": "\ud83d x"})");
  CHECK(half.en == "expected a character, found half of a surrogate pair (\\uD800 to \\uDFFF) without its other half");
  CHECK(half.ja == "文字が必要ですが、サロゲートペア（\\uD800〜\\uDFFF）の片方だけが書かれています");
  LocalizedText map = one("a.yaml", "a: {b: 1\n");
  CHECK(map.en == "invalid YAML: a '{' mapping is not closed with '}'");
  CHECK(map.ja == "YAML として正しくありません: '{' で始めたマッピングが '}' で閉じられていません");
}

TEST_CASE("yaml: a tag is refused, not half obeyed") {
  yaml::Document doc;
  CHECK(parse_messages("a.yaml", "a: !!bool yes\nb: !!str 3\nc: !custom {x: 1}\nd: !!seq [1]\n", doc) ==
        "a.yaml:1:4: error: expected a value without a YAML tag, found the tag '!!bool'; remove it\n"
        "  a: !!bool yes\n"
        "     ^\n"
        "a.yaml:2:4: error: expected a value without a YAML tag, found the tag '!!str'; remove it\n"
        "  b: !!str 3\n"
        "     ^\n"
        "a.yaml:3:4: error: expected a value without a YAML tag, found the tag '!custom'; remove it\n"
        "  c: !custom {x: 1}\n"
        "     ^\n"
        "a.yaml:4:4: error: expected a value without a YAML tag, found the tag '!!seq'; remove it\n"
        "  d: !!seq [1]\n"
        "     ^\n");
}

TEST_CASE("join_surrogate_pairs maps offsets back to the text as written") {
  auto joined = yaml::join_surrogate_pairs(R"(a "\ud83d\ude00" b "\ud83d\ude00" c)");
  REQUIRE(joined);
  CHECK(joined->text == R"(a "\U0001F600" b "\U0001F600" c)");
  CHECK(joined->original_offset(2) == 2);
  CHECK(joined->original_offset(15) == 17);  // 'b'
  CHECK(joined->original_offset(29) == 33);  // 'c'
  CHECK_FALSE(yaml::join_surrogate_pairs(R"("\u00e9 \ud83d")"));
}

}  // namespace
}  // namespace tenken
