// libyaml (the fast path) and yaml-cpp (read again for its messages) must give the same tree, at
// the same positions, with the same messages: held to it on the whole built-in library and on
// texts that use every part of YAML a tenken file might.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <utility>
#include <vector>

#include "load/libyaml_events.h"
#include "load/yaml_document.h"
#include "tenken/engine.h"
#include "tests/engine_fixtures.h"

namespace tenken {
namespace {

using testing::render;

// What a parser made of a text: false with nothing else when libyaml found it invalid.
struct Reading {
  bool valid = false;
  std::string tree, messages, messages_ja;
};

// Every diagnostic as `render` gives it, in Japanese.
std::string render_ja(const Diagnostics& diags) {
  std::string out;
  for (const Diagnostic& d : diags.sorted()) out += format_diagnostic(d, false, Lang::ja);
  return out;
}

Reading read(const std::shared_ptr<const Source>& s, bool fast) {
  yaml::Document doc;
  Diagnostics diags;
  Reading r;
  r.valid = fast ? yaml::parse_with_libyaml(s, doc, diags) : yaml::parse_with_yaml_cpp(s, doc, diags);
  if (!fast || r.valid) r.tree = yaml::outline(doc);
  r.messages = render(diags);
  r.messages_ja = render_ja(diags);
  return r;
}

void check_same(const std::string& name, const std::string& text) {
  auto s = testing::source(name, text);
  Reading fast = read(s, true), slow = read(s, false);
  INFO(name << ":\n" << text);
  REQUIRE(fast.valid);
  CHECK(fast.tree == slow.tree);
  CHECK(fast.messages == slow.messages);
  CHECK(fast.messages_ja == slow.messages_ja);
}

TEST_CASE("libyaml: the whole built-in library reads to the same tree as with yaml-cpp") {
  int files = 0;
  for (const auto& s : builtin_sources()) {
    if (s->path().size() < 5 || s->path().substr(s->path().size() - 5) != ".yaml") continue;
    ++files;
    check_same(s->path(), std::string(s->text()));
  }
  CHECK(files > 20);
}

TEST_CASE("libyaml: every YAML form a tenken file uses reads the same as with yaml-cpp") {
  const std::vector<std::pair<const char*, const char*>> texts = {
      {"empty", ""},
      {"comments only", "# nothing here\n# still nothing\n"},
      {"document marker only", "---\n"},
      {"end marker", "a: 1\n...\n"},
      {"block mapping", "organization:\n  name: 港町病院\n  sector: 医療\nanswers:\n  a.b: yes\n"},
      {"nulls", "a:\nb: ~\nc: null\nd: Null\ne: NULL\nf: ''\ng: \"\"\nh: [~, null]\n"},
      {"quoted styles", "a: 'single ''q'''\nb: \"double \\t \\u00e9 \\U0001F600\"\nc: plain text here\n"},
      {"block scalars", "a: |\n  line one\n  line two\nb: >-\n  folded\n  text\n\nc: |+\n  kept\n\n"},
      {"multi-line plain", "a: one\n  two\n  three\nb: x\n"},
      {"flow collections", "a: [1, 2, {b: c, d: [e, f]}]\nb: {x: 1, y: 'two', z: }\n"},
      {"block sequence", "a:\n  - one\n  - two: 2\n    three: 3\n  -\n  - - nested\n    - again\n"},
      {"sequence at key indent", "a:\n- one\n- two\nb: c\n"},
      {"anchors and aliases", "base: &b {x: 1, y: [2, 3]}\ncopy: *b\nlist: [&s one, *s]\n"},
      {"crlf line ends", "a: 1\r\nb:\r\n  - x\r\n  - 日本語\r\n"},
      {"japanese everywhere", "質問: 回答です\n'引用キー': \"値\"\nリスト: [一, 二]\n"},
      {"emoji", "a: \"\U0001F600 😀\"\nb: 🙂 plain\n"},
      {"explicit key", "? complex\n: value\n"},
      {"directives", "%YAML 1.1\n---\na: 1\n"},
      {"numbers and dates", "a: 12\nb: 1.5e3\nc: 2024-10-01\nd: 0x1F\ne: .inf\n"},
      {"non-specific tag", "a: ! yes\nb: ! 12\nc: !\nd: ! ~\n"},
      {"tags refused", "a: !!str 3\nb: !!bool yes\nc: !custom x\nd: !!map {x: 1}\ne: !!seq [1]\n"},
      {"duplicate keys", "a: 1\nb: 2\na: 3\nm: {x: 1, x: 2}\n"},
      {"non-scalar key", "? [a, b]\n: c\n{x: 1}: d\n"},
      {"second document", "a: 1\n---\nb: 2\n"},
      {"json", "{\"organization\": {\"name\": \"x\"}, \"answers\": {\"a\": [\"b\", 2, true, null]}}"},
      {"trailing spaces and tabs", "a: value   \nb: 'x'\t\n"},
  };
  for (auto& [name, text] : texts) check_same(name, text);
}

TEST_CASE("libyaml: limits are met at the same place and with the same message") {
  std::string deep = std::string(70, '[') + std::string(70, ']');
  check_same("deep", "a: " + deep + "\n");
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'h'; ++c)
    bomb += fmt::format("{}: &{} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n", c, c,
                        fmt::arg("p", std::string(1, static_cast<char>(c - 1))));
  check_same("alias bomb", bomb);
  check_same("long text", "a: " + std::string(10001, 'x') + "\n");
}

TEST_CASE("libyaml: a tag on an empty node is refused, where yaml-cpp dropped it") {
  yaml::Document doc;
  Diagnostics diags;
  CHECK_FALSE(yaml::parse(testing::source("a.yaml", "a: !x\nb: 1\n"), doc, diags));
  CHECK(render(diags) ==
        "a.yaml:1:4: error: expected a value without a YAML tag, found the tag '!x'; remove it\n"
        "  a: !x\n"
        "     ^\n");
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].message.ja ==
        "YAML のタグのない値が必要ですが、タグ '!x' が付いています。タグを取り除いてください");
}

TEST_CASE("libyaml: a text it finds invalid is left to yaml-cpp, whose message explains it") {
  for (const char* text : {"a: [1, 2\n", "a: b: c\n", "a:\n\t- x\n", "a: \"\\ud83d\"\n", "a: 'open\n", "a: *nowhere\n"}) {
    yaml::Document doc;
    Diagnostics diags;
    CHECK_FALSE(yaml::parse_with_libyaml(testing::source("bad.yaml", text), doc, diags));
  }
  yaml::Document doc;
  Diagnostics diags;
  CHECK_FALSE(yaml::parse(testing::source("bad.yaml", "a: [1, 2\n"), doc, diags));
  CHECK(render(diags) ==
        "bad.yaml:2:1: error: invalid YAML: a '[' list is not closed with ']'\n");
  CHECK(render_ja(diags) ==
        "bad.yaml:2:1: エラー: YAML として正しくありません: '[' で始めたリストが ']' で閉じられていません\n");
}

TEST_CASE("libyaml: limits and duplicate keys read the same in Japanese") {
  yaml::Document doc;
  Diagnostics diags;
  CHECK_FALSE(yaml::parse(testing::source("a.yaml", "a: 1\nb: 2\na: 3\n"), doc, diags));
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].message.en == "duplicate key 'a' (first given on line 1)");
  CHECK(diags.items()[0].message.ja == "キー 'a' が二度書かれています（最初は 1 行目）");
  yaml::Document two;
  Diagnostics second;
  CHECK_FALSE(yaml::parse(testing::source("a.yaml", "a: 1\n---\nb: 2\n"), two, second));
  REQUIRE(second.items().size() == 1);
  CHECK(second.items()[0].message.en == "expected one YAML document, found a second one ('---')");
  CHECK(second.items()[0].message.ja == "YAML の文書は一つだけにしてください。'---' で二つ目の文書が始まっています");
}

}  // namespace
}  // namespace tenken
