// Tests of bilingual(): both languages formatted from the same values, LocalizedText values taken
// in the matching language, and the Japanese spacing around ASCII words.
#include "tenken/bilingual.h"

#include <doctest/doctest.h>

namespace tenken {
namespace {

TEST_CASE("bilingual: both languages from the same values; a LocalizedText value in each language") {
  LocalizedText what{"回答ファイル", "the answer file"};
  LocalizedText m = bilingual("missing '{}' in {}", "{1}に '{0}' がありません", "answers", what);
  CHECK(m.en == "missing 'answers' in the answer file");
  CHECK(m.ja == "回答ファイルに 'answers' がありません");
  LocalizedText n = bilingual("{} has {:02} days", "{0}は{1:02}日までです", as_is("2025-02"), 7);
  CHECK(n.en == "2025-02 has 07 days");
  CHECK(n.ja == "2025-02は07日までです");
  CHECK(bilingual("{{ja: ..., en: ...}} for {}", "{}には {{ja: ..., en: ...}} が必要です", "'title'").ja ==
        "'title' には {ja: ..., en: ...} が必要です");
}

TEST_CASE("bilingual: in Japanese an ASCII word or quote beside kana or kanji is set off by a space") {
  auto ja = [](auto... values) { return bilingual("{}{}{}", "{}には{}が必要ですが、{}が書かれています", values...).ja; };
  CHECK(ja("'backup.taken'", "yes か no", "リスト") == "'backup.taken' には yes か no が必要ですが、リストが書かれています");
  // Digits stay joined, and so does Japanese punctuation; a value's inside is never changed.
  CHECK(ja("数値", "3", "'x'") == "数値には3が必要ですが、'x' が書かれています");
  CHECK(ja("「x」", "（yes）", "'漢字abc漢字'") == "「x」には（yes）が必要ですが、'漢字abc漢字' が書かれています");
  CHECK(bilingual("{}", "免除に '{}' がありません。{}を書いてください", "rule", "id").ja ==
        "免除に 'rule' がありません。id を書いてください");
  // The format's quotes around a value stay on it.
  CHECK(bilingual("{}", "文字 '{}' は使えません", "か").ja == "文字 'か' は使えません");
  // The format's own text is never changed: its spacing is the writer's.
  CHECK(bilingual("{}", "「{}」と\"{}\"が", "id", "x").ja == "「id」と\"x\"が");
  // A space already there is not doubled.
  CHECK(bilingual("{}", "'{}' には {} が必要です", "a", "yes").ja == "'a' には yes が必要です");
  // English is never spaced.
  CHECK(bilingual("{}は{}", "{}", "'x'", "y").en == "'x'はy");
}

}  // namespace
}  // namespace tenken
