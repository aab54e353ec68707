// Tests of the text shared by the JUnit, SARIF and OSCAL renderers: one-line text, labels, the
// answer a CI tool points at, and the reasons a rule does not apply.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "ci/ci_text.h"
#include "common/sample_result_test.h"

namespace tenken {
namespace {

using testing::sample_answer;

TEST_CASE("ci::one_line: line breaks become single spaces, other controls are shown; white space is trimmed") {
  CHECK(ci::one_line("a\nb") == "a b");
  CHECK(ci::one_line("  a \r\n\t b  ") == "a b");
  CHECK(ci::one_line("a\x01\x7f b\x1b") == "a␁␡ b␛");
  CHECK(ci::one_line("a\u2028b\u2029c\u0085d") == "a b c d");
  // Ideographic and no-break spaces stay inside the text but not at its ends.
  CHECK(ci::one_line("\u3000山田\u3000太郎\u3000") == "山田\u3000太郎");
  CHECK(ci::one_line("\u00a0x\u00a0") == "x");
  CHECK(ci::one_line("\u3000 \n") == "");
  CHECK(ci::one_line("") == "");
  CHECK(ci::one_line("a\xff\xc3" "b") == "a\xEF\xBF\xBD\xEF\xBF\xBD" "b");
}

TEST_CASE("ci::labelled follows the language") {
  CHECK(ci::labelled(Msg::label_why, "text", Lang::en) == "Why: text");
  CHECK(ci::labelled(Msg::label_why, "text", Lang::ja) == "理由：text");
}

TEST_CASE("ci::deciding_answer: a needed question for an unknown rule, else the last answer outside the profile") {
  Result result = testing::sample_result();
  CHECK(ci::deciding_answer(testing::sample_mfa())->question == "remote.mfa");
  CHECK(ci::deciding_answer(testing::sample_mailform())->question == "mailform.captcha");

  RuleResult r = testing::sample_mfa();
  r.answers = {sample_answer("profile.remote_access", AnswerStatus::answered, "yes", 3),
               sample_answer("remote.mfa", AnswerStatus::answered, "no", 12),
               sample_answer("profile.group_network", AnswerStatus::answered, "no", 4),
               sample_answer("remote.mfa_method", AnswerStatus::not_asked, "", 13)};
  CHECK(ci::deciding_answer(r)->question == "remote.mfa");
  r.answers.erase(r.answers.begin() + 1);
  CHECK(ci::deciding_answer(r)->question == "profile.group_network");  // only profile answers
  for (AnswerRef& a : r.answers) a.edit().line = 0;
  CHECK(ci::deciding_answer(r) == nullptr);

  // An unknown rule whose needed question is unanswered (no line) points at its last answer.
  RuleResult u = testing::sample_mailform();
  u.answers[1].edit().line = 0;
  CHECK(ci::deciding_answer(u)->question == "mailform.exists");
  CHECK(ci::answer_location(result, u.answers[0]) == "answers/minato-2026.yaml:14");
  CHECK(ci::answer_location(result, u.answers[1]) == "answers/minato-2026.yaml");
}

TEST_CASE("ci::located_answers and ci::not_applicable_reasons") {
  Result result = testing::sample_result();
  CHECK(ci::located_answers(result, testing::sample_mfa(), Lang::en) ==
        std::vector<std::string>{"remote.vpn_used = yes [answers/minato-2026.yaml:11]",
                                 "remote.mfa = no (comment: 導入予定（2026年度）) [answers/minato-2026.yaml:12]"});
  CHECK(ci::not_applicable_reasons(testing::sample_usb(), Lang::ja) ==
        std::vector<std::string>{"media.usb_ports：USB端子は物理的に封鎖済み"});
  RuleResult gated = testing::sample_vpn();  // not applicable because of what applies_if read
  gated.state = State::notapplicable;
  CHECK(ci::not_applicable_reasons(gated, Lang::en) == std::vector<std::string>{"vpn.firmware_updated_on = 2025-12-10"});
  CHECK(ci::needed_questions(result, testing::sample_mailform(), Lang::en) ==
        std::vector<std::string>{"mailform.captcha: Does the public mail form have a CAPTCHA or a rate limit? "
                                 "(comment: 委託先に確認中)"});
}

}  // namespace
}  // namespace tenken
