// Tests of the question descriptions the templates share (describe.h), in both languages.
#include <doctest/doctest.h>

#include "answering/template/describe.h"

namespace tenken::answering {
namespace {

Question number(std::optional<double> min, std::optional<double> max, LocalizedText unit = {}) {
  Question q;
  q.type = QuestionType::number;
  q.min = min;
  q.max = max;
  q.unit = unit;
  return q;
}

TEST_CASE("a number's description names its unit and bounds") {
  struct Case {
    Question q;
    const char* en;
    const char* ja;
  };
  LocalizedText days{"日", "days"};
  for (const Case& c : {
           Case{number(0, 100, days), "number, in days, from 0 to 100", "数値（単位：日、0〜100）"},
           Case{number(1, std::nullopt), "number, at least 1", "数値（1以上）"},
           Case{number(std::nullopt, 0.5), "number, at most 0.5", "数値（0.5以下）"},
           Case{number(std::nullopt, std::nullopt, days), "number, in days", "数値（単位：日）"},
           Case{number(std::nullopt, std::nullopt), "number", "数値"},
           Case{number(-3, 3), "number, from -3 to 3", "数値（-3〜3）"},
       }) {
    CHECK(type_description(c.q, Lang::en) == c.en);
    CHECK(type_description(c.q, Lang::ja) == c.ja);
  }
}

TEST_CASE("a date's description offers never only where the question takes it") {
  Question q;
  q.type = QuestionType::date;
  CHECK(type_description(q, Lang::en) == "date (YYYY-MM-DD; YYYY-MM or YYYY when that is all you know)");
  CHECK(choice_lines(q, Lang::en).empty());
  q.never = {"一度もない", "Never"};
  CHECK(type_description(q, Lang::ja) == "日付（YYYY-MM-DD。年月・年しか分からなければ YYYY-MM、YYYY）");
  REQUIRE(choice_lines(q, Lang::ja).size() == 1);
  CHECK(choice_lines(q, Lang::ja)[0].id == "never");
  CHECK(choice_lines(q, Lang::ja)[0].label == "一度もない");
}

TEST_CASE("the condition a question is asked under joins the section's and its own") {
  Section s;
  Question q;
  CHECK(asked_if(&s, q) == "");
  q.ask_if.text = "backup.taken";
  CHECK(asked_if(&s, q) == "backup.taken");
  CHECK(asked_if(nullptr, q) == "backup.taken");
  s.ask_if.text = "profile.remote_access";
  CHECK(asked_if(&s, q) == "profile.remote_access and backup.taken");
  q.ask_if.text = "a or\nb";
  s.ask_if.text = "not c";
  CHECK(asked_if(&s, q) == "(not c) and (a or b)");
}

TEST_CASE("one_line keeps a text on one line and drops control characters") {
  CHECK(one_line("a\nb\rc\td") == "a b c d");
  CHECK(one_line("a\u2028b\u2029c\u0085d") == "a b c d");
  CHECK(one_line("red\x1b[31m\x7f") == "red\uFFFD[31m\uFFFD");
  CHECK(one_line("日本語") == "日本語");
}

TEST_CASE("the title counts in English words") {
  CHECK(title(1, 1, Lang::en) == "tenken answer file: 1 question in 1 section");
  CHECK(title(140, 15, Lang::en) == "tenken answer file: 140 questions in 15 sections");
  CHECK(title(140, 15, Lang::ja) == "tenken 回答ファイル：15分野、140問");
}

TEST_CASE("every word has a text in both languages") {
  for (int w = 0; w < static_cast<int>(Word::count_); ++w) {
    CHECK(std::string(template_word(static_cast<Word>(w), Lang::en)) != "");
    CHECK(std::string(template_word(static_cast<Word>(w), Lang::ja)) != "");
  }
}

}  // namespace
}  // namespace tenken::answering
