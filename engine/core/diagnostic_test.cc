// Tests of diagnostics: rendering (path, position, excerpt, caret), carets under Japanese text,
// long lines, ordering, "did you mean", and the Source positions they are built from.
#include "tenken/diagnostic.h"

#include <doctest/doctest.h>

#include <string>

#include "tests/engine_fixtures.h"

namespace tenken {
namespace {

using testing::source;

// The Origin of the first occurrence of `needle` in `src`.
Origin at(const std::shared_ptr<const Source>& src, std::string_view needle) {
  size_t offset = src->text().find(needle);
  REQUIRE(offset != std::string::npos);
  return {src, static_cast<uint32_t>(offset)};
}

std::string one(Level level, const Origin& where, std::string message) {
  Diagnostics diags;
  diags.add(level, where, as_is(std::move(message)));
  return format_diagnostic(diags.items().at(0));
}

TEST_CASE("diagnostic: path:line:col, level, message, excerpt and caret") {
  auto src = source("rules/backup.yaml", "rules:\n  - id: backup-copy\n    expect: backup.ofline and x\n");
  CHECK(one(Level::error, at(src, "backup.ofline"), "unknown question 'backup.ofline'") ==
        "rules/backup.yaml:3:13: error: unknown question 'backup.ofline'\n"
        "      expect: backup.ofline and x\n"
        "              ^\n");
  CHECK(one(Level::warning, at(src, "rules"), "a warning") ==
        "rules/backup.yaml:1:1: warning: a warning\n"
        "  rules:\n"
        "  ^\n");
  // The end of a line and the end of the file.
  CHECK(one(Level::error, at(src, "\n  -"), "at the end of line 1") ==
        "rules/backup.yaml:1:7: error: at the end of line 1\n"
        "  rules:\n"
        "        ^\n");
  CHECK(one(Level::error, Origin{src, static_cast<uint32_t>(src->text().size())}, "at the end") ==
        "rules/backup.yaml:4:1: error: at the end\n");
}

TEST_CASE("diagnostic: a problem without a position, or without a file") {
  Diagnostics diags;
  diags.file_error("answers.yaml", as_is("cannot open: No such file or directory"));
  diags.error(Origin{}, as_is("expected --lang ja or en, found 'fr'"));
  diags.warning(Origin{}, as_is("no rules selected"));
  CHECK(format_diagnostic(diags.items()[0]) == "answers.yaml: error: cannot open: No such file or directory\n");
  CHECK(format_diagnostic(diags.items()[1]) == "error: expected --lang ja or en, found 'fr'\n");
  CHECK(format_diagnostic(diags.items()[2]) == "warning: no rules selected\n");
  CHECK(diags.error_count() == 2);
  CHECK(diags.warning_count() == 1);
  CHECK(diags.has_errors());
}

TEST_CASE("diagnostic: colour wraps the path, the level and the caret") {
  auto src = source("a.yaml", "key: value\n");
  Diagnostics diags;
  diags.error(at(src, "value"), as_is("bad"));
  diags.warning(at(src, "key"), as_is("odd"));
  CHECK(format_diagnostic(diags.items()[0], true) ==
        "\033[1ma.yaml:1:6:\033[0m \033[1;31merror:\033[0m bad\n"
        "  key: value\n"
        "       \033[1;32m^\033[0m\n");
  CHECK(format_diagnostic(diags.items()[1], true) ==
        "\033[1ma.yaml:1:1:\033[0m \033[1;35mwarning:\033[0m odd\n"
        "  key: value\n"
        "  \033[1;32m^\033[0m\n");
}

TEST_CASE("diagnostic: the caret sits under Japanese text, counting wide characters as two columns") {
  auto src = source("checklist.yaml", "title: {ja: バックアップの取得, en: Backup}\n"
                                      "ask_if: 取得済み == yes\n"
                                      "text: {ja: ＶＰＮ機器, en: VPN}\n");
  // Columns count code points; the caret counts display width (kana and kanji are 2 wide).
  CHECK(one(Level::error, at(src, "en: Backup"), "here") ==
        std::string("checklist.yaml:1:24: error: here\n"
                    "  title: {ja: バックアップの取得, en: Backup}\n") +
            "  " + std::string(12 + 9 * 2 + 2, ' ') + "^\n");
  CHECK(one(Level::error, at(src, "== yes"), "here") ==
        std::string("checklist.yaml:2:14: error: here\n"
                    "  ask_if: 取得済み == yes\n") +
            "  " + std::string(8 + 4 * 2 + 1, ' ') + "^\n");
  CHECK(one(Level::error, at(src, "機器"), "here") ==
        std::string("checklist.yaml:3:15: error: here\n"
                    "  text: {ja: ＶＰＮ機器, en: VPN}\n") +
            "  " + std::string(11 + 3 * 2, ' ') + "^\n");
}

TEST_CASE("diagnostic: a tab in the excerpt is shown as one space, so the caret stays aligned") {
  auto src = source("a.yaml", "expect:\tbackup.x\tand y\n");
  CHECK(one(Level::error, at(src, "and"), "here") ==
        "a.yaml:1:18: error: here\n"
        "  expect: backup.x and y\n"
        "                   ^\n");
}

TEST_CASE("diagnostic: a long line is cut to a window around the caret") {
  std::string line = std::string(200, 'a') + "X" + std::string(200, 'b');
  auto src = source("long.yaml", line + "\n");
  CHECK(one(Level::error, at(src, "X"), "here") ==
        "long.yaml:1:201: error: here\n"
        "  ..." + std::string(50, 'a') + "X" + std::string(49, 'b') + "...\n" +
        "  " + std::string(53, ' ') + "^\n");
  // Near the start: no leading ellipsis.
  CHECK(one(Level::error, at(src, "aaa"), "here") ==
        "long.yaml:1:1: error: here\n"
        "  " + std::string(100, 'a') + "...\n" +
        "  ^\n");
}

TEST_CASE("diagnostic: hidden characters in a message or an excerpt are shown, not obeyed") {
  auto src = source("a.yaml", "profile.x\x1b]52;c;aGk=\x07: yes # \u202Eevil\n");
  CHECK(one(Level::error, at(src, ":"), "no question 'profile.x\x1b]52;c;aGk=\x07'") ==
        "a.yaml:1:22: error: no question 'profile.x␛]52;c;aGk=␇'\n"
        "  profile.x␛]52;c;aGk=␇: yes # <U+202E>evil\n"
        "                       ^\n");
}

TEST_CASE("diagnostic: a word over 200 characters is cut in the message, with its length") {
  auto src = source("a.yaml", "x: 1\n");
  std::string digits(10000, '9');
  CHECK(one(Level::error, at(src, "1"), "expected a number, found '" + digits + "'") ==
        "a.yaml:1:4: error: expected a number, found '" + std::string(80, '9') + "...' (10000 characters)\n"
        "  x: 1\n"
        "     ^\n");
  CHECK(one(Level::error, at(src, "1"), "no question \"" + digits + "\", here") ==
        "a.yaml:1:4: error: no question \"" + std::string(80, '9') + "...\" (10000 characters), here\n"
        "  x: 1\n"
        "     ^\n");
  std::string word(200, 'w');
  CHECK(one(Level::error, at(src, "1"), word) == "a.yaml:1:4: error: " + word + "\n  x: 1\n     ^\n");
  CHECK(one(Level::error, at(src, "1"), word + "w") ==
        "a.yaml:1:4: error: " + std::string(80, 'w') + "... (201 characters)\n  x: 1\n     ^\n");
}

TEST_CASE("diagnostic: past 20, diagnostics are counted, not kept") {
  std::string line(1000000, 'x');
  auto src = source("a.json", line + "\n");
  Diagnostics diags;
  for (uint32_t i = 0; i < 20000; ++i) diags.error({src, i * 50}, as_is("bad"));
  diags.warning({src, 0}, as_is("odd"));
  CHECK(diags.items().size() == 20);
  CHECK(diags.error_count() == 20000);
  CHECK(diags.warning_count() == 1);
  CHECK(diags.not_shown_note() == "note: 19981 more problems are not shown; tenken shows the first 20\n");
  Diagnostics few;
  few.error({src, 0}, as_is("bad"));
  CHECK(few.not_shown_note() == "");
  few.append(diags);
  CHECK(few.error_count() == 20001);
  CHECK(few.items().size() == 20);
  CHECK(few.not_shown_note() == "note: 19982 more problems are not shown; tenken shows the first 20\n");
  CHECK(few.not_shown_note(Lang::ja) == "注: ほかに 19982 件の問題があります。tenken は最初の 20 件だけを示します\n");
}

TEST_CASE("diagnostic: in Japanese, the level and the message are Japanese; path, position and excerpt are the same") {
  auto src = source("answers.yaml", "organization: {nmae: 架空病院}\n");
  Diagnostics diags;
  std::vector<std::string> keys = {"name", "sector", "size"};
  diags.error(at(src, "nmae"), bilingual("unknown key '{}' in {}{}", "{1}に不明なキー '{0}' があります{2}", "nmae",
                                         LocalizedText{"'organization'", "'organization'"},
                                         did_you_mean("nmae", keys)));
  diags.warning(at(src, "架空"), bilingual("{} rules wait for an answer", "{} 件のルールが回答を待っています", 3));
  CHECK(format_diagnostic(diags.items()[0], false, Lang::ja) ==
        "answers.yaml:1:16: エラー: 'organization' に不明なキー 'nmae' があります。もしかして 'name' ですか？\n"
        "  organization: {nmae: 架空病院}\n"
        "                 ^\n");
  CHECK(format_diagnostic(diags.items()[0]) ==
        "answers.yaml:1:16: error: unknown key 'nmae' in 'organization'; did you mean 'name'?\n"
        "  organization: {nmae: 架空病院}\n"
        "                 ^\n");
  CHECK(format_diagnostic(diags.items()[1], true, Lang::ja) ==
        "\033[1manswers.yaml:1:22:\033[0m \033[1;35m警告:\033[0m 3 件のルールが回答を待っています\n"
        "  organization: {nmae: 架空病院}\n"
        "                       \033[1;32m^\033[0m\n");
}

TEST_CASE("diagnostic: a long word is cut short in both languages") {
  std::string digits(100000, '9');
  auto src = source("a.yaml", "x: 1\n");
  Diagnostics diags;
  diags.error(at(src, "1"), bilingual("expected a number, found '{}'", "数値が必要ですが、'{}' が書かれています", digits));
  std::string shown = "'" + std::string(80, '9') + "...' (100000 characters)";
  CHECK(diags.items()[0].message.en == "expected a number, found " + shown);
  CHECK(diags.items()[0].message.ja == "数値が必要ですが、" + shown + " が書かれています");
}

TEST_CASE("diagnostic: sorted by file, line and column; append keeps the counts") {
  auto a = source("a.yaml", "x: 1\ny: 2\n");
  auto b = source("b.yaml", "z: 3\n");
  Diagnostics diags;
  diags.error(at(b, "z"), as_is("third"));
  diags.warning(at(a, "2"), as_is("second"));
  diags.error(at(a, "y"), as_is("first on line 2"));
  diags.error(at(a, "x"), as_is("first"));
  std::string order;
  for (const Diagnostic& d : diags.sorted()) order += d.message.en + "; ";
  CHECK(order == "first; first on line 2; second; third; ");
  Diagnostics more;
  more.warning(at(a, "x"), as_is("w"));
  more.append(diags);
  CHECK(more.error_count() == 3);
  CHECK(more.warning_count() == 2);
  CHECK(more.items().size() == 5);
}

TEST_CASE("did you mean: the closest candidate within a third of the word's length") {
  std::vector<std::string> ids = {"backup.offline_copy", "backup.taken", "backup.location", "vpn.mfa"};
  CHECK(closest_match("backup.ofline_copy", ids) == "backup.offline_copy");
  CHECK(closest_match("backup.tkn", ids) == "backup.taken");
  CHECK(closest_match("vpn.mf", ids) == "vpn.mfa");
  CHECK(closest_match("firewall.enabled", ids) == "");
  CHECK(closest_match("", ids) == "");
  CHECK(closest_match("backup.taken", {}) == "");
  CHECK(did_you_mean("backup.locaton", ids).en == "; did you mean 'backup.location'?");
  CHECK(did_you_mean("backup.locaton", ids).ja == "。もしかして 'backup.location' ですか？");
  CHECK(did_you_mean("network", ids).empty());
  // Short words: at most 2 edits, and never a rewrite of the whole word.
  CHECK(closest_match("jp", {"ja", "en"}) == "ja");
  CHECK(closest_match("fr", {"ja", "en"}) == "");
  CHECK(closest_match("de", {"ja", "en"}) == "");
  CHECK(closest_match("titel", {"title", "category"}) == "title");
  CHECK(closest_match("x", {"y"}) == "");
  // Ties go to the alphabetically first candidate, whatever the order given.
  CHECK(closest_match("cat", {"cut", "bat"}) == "bat");
  CHECK(closest_match("cat", {"bat", "cut"}) == "bat");
}

TEST_CASE("source: line:column in code points, lines without their break, offsets back") {
  auto src = source("s.yaml", "a: 1\r\nbé: 遠隔地\n\nlast");
  CHECK(src->locate(0).line == 1);
  CHECK(src->line(1) == "a: 1");
  CHECK(src->line(2) == "bé: 遠隔地");
  CHECK(src->line(3) == "");
  CHECK(src->line(4) == "last");
  CHECK(src->line(5) == "");
  CHECK(src->line(0) == "");
  LineColumn lc = at(src, "遠隔地").where();
  CHECK(lc.line == 2);
  CHECK(lc.column == 5);
  CHECK(src->offset_of(lc) == src->text().find("遠隔地"));
  CHECK(src->offset_of({2, 6}) == src->text().find("隔地"));
  CHECK(src->offset_of({9, 1}) == src->text().size());
  Origin o = at(src, "遠隔地").advanced(3);
  CHECK(o.where().column == 6);
  CHECK(Origin{}.path() == "");
  CHECK(Origin{}.where().line == 0);
}

}  // namespace
}  // namespace tenken
