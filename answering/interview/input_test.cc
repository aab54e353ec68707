// The interview's line reader, as a table: what was typed at a question of each type → the
// Reply, dumped whole ("answer [yes]", "command skip", "invalid: ..." in both languages).
#include "answering/interview/input.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

namespace tenken::answering {
namespace {

const char* command_name(Command c) {
  switch (c) {
    case Command::back: return "back";
    case Command::skip: return "skip";
    case Command::quit: return "quit";
    case Command::help: return "help";
    case Command::comment: return "comment";
    case Command::not_applicable: return "na";
    case Command::alternative: return "alt";
  }
  return "?";
}

std::string items(const std::vector<RawScalar>& raw) {
  std::string out;
  for (const RawScalar& r : raw) out += (out.empty() ? "" : ", ") + (r.quoted ? "\"" + r.text + "\"" : r.text);
  return "[" + out + "]";
}

std::string dump(const Reply& r) {
  switch (r.kind) {
    case Reply::Kind::empty: return "empty";
    case Reply::Kind::command: return fmt::format("command {}", command_name(r.command));
    case Reply::Kind::invalid: return fmt::format("invalid: {} | {}", r.problem.en, r.problem.ja);
    case Reply::Kind::answer: break;
  }
  const Answer& a = r.answer;
  if (a.form == AnswerForm::dont_know) return fmt::format("{}: don't know", a.question);
  if (a.is_partial) return fmt::format("{}: has {} lacks {}", a.question, items(a.raw), items(a.lacks));
  if (a.is_range)
    return fmt::format("{}: at_least {} at_most {}", a.question, a.at_least ? items({*a.at_least}) : "-",
                       a.at_most ? items({*a.at_most}) : "-");
  return fmt::format("{}: {}{}", a.question, a.is_list ? "list " : "", items(a.raw));
}

Question question(QuestionType type) {
  Question q;
  q.id = std::string("q");  // not = "q": GCC 12 warns falsely (-Wrestrict) on that
  q.type = type;
  if (type == QuestionType::choice || type == QuestionType::multi_choice)
    q.choices = {{"mfa", {}, {}}, {"ip_restriction", {}, {}}, {"logging", {}, {}}};
  return q;
}

struct Case {
  QuestionType type;
  std::string line;
  std::string expected;
};

TEST_CASE("input: what the operator types, by question type") {
  using T = QuestionType;
  std::vector<Case> cases = {
      // commands, for every type
      {T::boolean, "", "empty"},
      {T::boolean, "   ", "empty"},
      {T::boolean, "b", "command back"},
      {T::boolean, " BACK ", "command back"},
      {T::boolean, "s", "command skip"},
      {T::boolean, "q", "command quit"},
      {T::boolean, "Quit", "command quit"},
      {T::boolean, "h", "command help"},
      {T::boolean, "c", "command comment"},
      {T::boolean, "comment", "command comment"},
      {T::boolean, "na", "command na"},
      {T::boolean, "ＮＡ", "command na"},
      {T::boolean, "alt", "command alt"},
      {T::boolean, "?", "q: don't know"},
      {T::boolean, "？", "q: don't know"},
      {T::boolean, "Unknown", "q: don't know"},
      // yes / no
      {T::boolean, "y", "q: [yes]"},
      {T::boolean, "YES", "q: [yes]"},
      {T::boolean, "true", "q: [yes]"},
      {T::boolean, "はい", "q: [yes]"},
      {T::boolean, "n", "q: [no]"},
      {T::boolean, "いいえ", "q: [no]"},
      {T::boolean, "maybe", "q: [maybe]"},
      // one choice: number or id; the engine judges ids
      {T::choice, "2", "q: [\"ip_restriction\"]"},
      {T::choice, "２", "q: [\"ip_restriction\"]"},
      {T::choice, "logging", "q: [\"logging\"]"},
      {T::choice, "loging", "q: [\"loging\"]"},
      {T::choice, "0", "invalid: expected a choice number from 1 to 3 or a choice id, found '0' | "
                       "選択肢の番号（1〜3）か ID を入力してください。入力されたのは '0' です"},
      {T::choice, "4", "invalid: expected a choice number from 1 to 3 or a choice id, found '4' | "
                       "選択肢の番号（1〜3）か ID を入力してください。入力されたのは '4' です"},
      {T::choice, "99999999", "invalid: expected a choice number from 1 to 3 or a choice id, found '99999999' | "
                              "選択肢の番号（1〜3）か ID を入力してください。入力されたのは '99999999' です"},
      // several choices
      {T::multi_choice, "1 3", "q: list [\"mfa\", \"logging\"]"},
      {T::multi_choice, "1,3", "q: list [\"mfa\", \"logging\"]"},
      {T::multi_choice, "1、 logging", "q: list [\"mfa\", \"logging\"]"},
      {T::multi_choice, "１，３", "q: list [\"mfa\", \"logging\"]"},
      {T::multi_choice, "[]", "q: list []"},
      {T::multi_choice, "2 2", "q: list [\"ip_restriction\", \"ip_restriction\"]"},
      {T::multi_choice, "+1 +3 -2", "q: has [\"mfa\", \"logging\"] lacks [\"ip_restriction\"]"},
      {T::multi_choice, "-mfa", "q: has [] lacks [\"mfa\"]"},
      {T::multi_choice, "＋１ －２", "q: has [\"mfa\"] lacks [\"ip_restriction\"]"},
      {T::multi_choice, "+1 2",
       "invalid: expected + (has) or - (lacks) before every choice in the partial form, found '2' without one | "
       "一部だけ分かっている形では、どの選択肢にも + (ある) か - (ない) を付けてください。'2' に付いていません"},
      {T::multi_choice, "+1 -",
       "invalid: expected a choice number or id after '-', found nothing | '-' の後に選択肢の番号か ID を書いてください"},
      {T::multi_choice, "1 7", "invalid: expected a choice number from 1 to 3 or a choice id, found '7' | "
                               "選択肢の番号（1〜3）か ID を入力してください。入力されたのは '7' です"},
      // numbers and dates keep what was typed, for the engine to judge
      {T::number, "12", "q: [12]"},
      {T::number, "１２", "q: [12]"},
      {T::number, "3 世代", "q: [3 世代]"},
      {T::number, "-5", "q: [-5]"},
      {T::number, "+5", "q: [+5]"},
      // an approximate number: its bounds as typed, for the engine to judge
      {T::number, "30-60", "q: at_least [30] at_most [60]"},
      {T::number, "30 - 60", "q: at_least [30] at_most [60]"},
      {T::number, "30~60", "q: at_least [30] at_most [60]"},
      {T::number, "30〜60", "q: at_least [30] at_most [60]"},
      {T::number, "３０～６０", "q: at_least [30] at_most [60]"},
      {T::number, "2.5-7.5", "q: at_least [2.5] at_most [7.5]"},
      {T::number, "-10--5", "q: at_least [-10] at_most [-5]"},
      {T::number, "-10~-5", "q: at_least [-10] at_most [-5]"},
      {T::number, "60-30", "q: at_least [60] at_most [30]"},
      {T::number, ">=30", "q: at_least [30] at_most -"},
      {T::number, "＞＝ ３０", "q: at_least [30] at_most -"},
      {T::number, "30+", "q: at_least [30] at_most -"},
      {T::number, "30以上", "q: at_least [30] at_most -"},
      {T::number, "30 世代以上", "q: at_least [30 世代] at_most -"},
      {T::number, "<=60", "q: at_least - at_most [60]"},
      {T::number, "<=-1", "q: at_least - at_most [-1]"},
      {T::number, "60以下", "q: at_least - at_most [60]"},
      {T::number, ">=many", "q: at_least [many] at_most -"},
      {T::number, "30-", "q: [30-]"},
      {T::number, ">=", "q: [>=]"},
      {T::number, "+", "q: [+]"},
      {T::text, "30-60", "q: [\"30-60\"]"},
      {T::date, "2024-10", "q: [2024-10]"},
      {T::date, "2024-10-01", "q: [2024-10-01]"},
      {T::date, "2024/10/01", "q: [2024-10-01]"},
      {T::date, "２０２４／１０", "q: [2024-10]"},
      {T::date, "Never", "q: [never]"},
      {T::date, "last week", "q: [last week]"},
      // free text: as typed, a backslash protecting a command word
      {T::text, "  情報システム課: 佐藤 # 1 ", "q: [\"  情報システム課: 佐藤 # 1 \"]"},
      {T::text, "na", "command na"},
      {T::text, "\\na", "q: [\"na\"]"},
      {T::text, "\\\\x", "q: [\"\\x\"]"},
      {T::text, "\\?", "q: [\"?\"]"},
      {T::text, "yes", "q: [\"yes\"]"},
      {T::text, "text\r", "q: [\"text\"]"},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    CHECK(dump(parse_reply(c.line, question(c.type))) == c.expected);
  }
}

TEST_CASE("input: normalize turns full-width forms into ASCII and trims") {
  CHECK(normalize("　ＡＢＣ　１２３　") == "ABC 123");
  CHECK(normalize(" \t2024-10-01\r") == "2024-10-01");
  CHECK(normalize("日本語はそのまま") == "日本語はそのまま");
  CHECK(normalize("") == "");
}

TEST_CASE("input: parse_command knows only the command words") {
  Command c = Command::back;
  CHECK(parse_command("ｓ", c));
  CHECK(c == Command::skip);
  CHECK_FALSE(parse_command("?", c));
  CHECK_FALSE(parse_command("skip it", c));
}

}  // namespace
}  // namespace tenken::answering
