// What a report puts first: the action plan, the deciding questions, the scores and the summary;
// and answers shown with their questions' words.
#include "common/priorities.h"

#include <doctest/doctest.h>

#include "common/findings.h"
#include "common/sample_result_test.h"

namespace tenken {
namespace {

using testing::sample_answer;
using testing::sample_rule;

RuleResult rule_citing(std::string id, State state, Severity severity, double weight, std::vector<std::string> cases) {
  RuleResult r = sample_rule(id, state, severity, "backup", weight, {id + "（題）", id + " title"});
  testing::edit(r).cases = std::move(cases);
  return r;
}

// Five gaps, one waived, two unknown, one pass; two actions in the catalog.
Result planned() {
  Result r;
  r.organization.name = "北浜水道";
  r.rules = {rule_citing("backup-isolated", State::fail, Severity::critical, 10, {"nisc-2021-06"}),
             rule_citing("backup-offline", State::fail, Severity::high, 6, {"nisc-2021-06", "nisc-2016-03"}),
             rule_citing("mfa-remote", State::fail, Severity::critical, 10, {}),
             rule_citing("mfa-waived", State::fail, Severity::critical, 10, {}),
             rule_citing("logs-kept", State::fail, Severity::medium, 3, {"nisc-2016-04"}),
             rule_citing("vpn-patched", State::unknown, Severity::critical, 10, {}),
             rule_citing("vpn-owner", State::unknown, Severity::high, 6, {}),
             rule_citing("backup-exists", State::pass, Severity::high, 6, {})};
  r.rules[3].waiver = RuleWaiver{"new VPN in April", "CISO", "2027-03-31", WaiverStatus::active, "w.yaml:3"};
  r.summary.counts[static_cast<int>(State::fail)] = 4;
  r.summary.counts[static_cast<int>(State::waived)] = 1;
  r.summary.counts[static_cast<int>(State::unknown)] = 2;
  r.summary.counts[static_cast<int>(State::pass)] = 1;
  r.summary.coverage = {.asked = 20, .answered = 13, .unanswered = 7, .percent = 65};
  r.summary.categories = {{.category = "backup", .title = {"バックアップ", "Backup"}, .score = 20}};
  r.summary.score = 20;
  r.questions_needed = {{"remote.owner", {"誰が更新しますか。", "Who updates it?"}, {"vpn-owner"}, {}},
                        {"remote.patched_on", {"いつ更新しましたか。", "When was it updated?"}, {"vpn-patched", "vpn-owner"}, {}}};
  testing::keep_sample_texts(r, {{"nisc-2021-06", {"VPNから侵入", "Ransomware through a VPN router"}, {}}});
  auto& texts = const_cast<LibraryTexts&>(*r.texts);  // the catalog of a library, made by hand
  texts.actions = {{"isolate-backups", {"バックアップを切り離す", "Isolate the backups"}, {"backup-offline", "backup-isolated"}, {}, {}},
                   {"mfa-everywhere", {"多要素認証を入れる", "Require MFA"}, {"mfa-remote", "mfa-waived"}, {}, {}}};
  return r;
}

std::vector<std::string> ids(const std::vector<const RuleResult*>& rules) {
  std::vector<std::string> out;
  for (const RuleResult* r : rules) out.push_back(r->rule);
  return out;
}

TEST_CASE("the action plan groups gaps by the action that closes them, most urgent first") {
  Result r = planned();
  std::vector<PlannedAction> plan = action_plan(r);
  REQUIRE(plan.size() == 3);
  // Two critical actions: the one closing two rules first; a waived rule is not a gap.
  CHECK(plan[0].id == "isolate-backups");
  CHECK(plan[0].text.en == "Isolate the backups");
  CHECK(plan[0].severity == Severity::critical);
  CHECK(ids(plan[0].rules) == std::vector<std::string>{"backup-isolated", "backup-offline"});
  CHECK(plan[0].cases == std::vector<std::string>{"nisc-2021-06", "nisc-2016-03"});
  CHECK(plan[1].id == "mfa-everywhere");
  CHECK(ids(plan[1].rules) == std::vector<std::string>{"mfa-remote"});
  // A gap no action lists is an action of its own, named by the rule's title.
  CHECK(plan[2].id == "logs-kept");
  CHECK(plan[2].text.ja == "logs-kept（題）");
  CHECK(plan[2].severity == Severity::medium);
}

TEST_CASE("questions still to answer: the one that decides the most rules first") {
  Result r = planned();
  std::vector<DecidingQuestion> questions = deciding_questions(r);
  REQUIRE(questions.size() == 2);
  CHECK(questions[0].question->question == "remote.patched_on");
  CHECK(ids(questions[0].rules) == std::vector<std::string>{"vpn-patched", "vpn-owner"});
  CHECK(questions[0].severity == Severity::critical);
  CHECK(questions[1].question->question == "remote.owner");
  CHECK(questions[1].severity == Severity::high);
}

TEST_CASE("scores say what they rest on, and none is given below the coverage needed") {
  Result r = planned();
  ScoreView v = score_view(r);
  CHECK(v.enough_answered);
  CHECK(v.decided == 5);  // 4 gaps and a pass; the waived gap is left out
  CHECK(v.unknown == 2);
  REQUIRE(v.known);
  CHECK(*v.known == doctest::Approx(100.0 * 6 / 35));
  r.summary.coverage.percent = 59.9;
  CHECK_FALSE(score_view(r).enough_answered);
}

TEST_CASE("the summary says where things stand in sentences, in both languages") {
  Result r = planned();
  CHECK(executive_summary(r, Lang::en) ==
        "北浜水道 answered 65% of the 20 questions asked. 8 practices apply: 1 in place, 4 missing (3 of them "
        "critical or high). 2 more wait for answers (questions still open: 2). The critical "
        "gaps are in Backup; case nisc-2021-06 (Ransomware through a VPN router) shows where such gaps lead. Start with "
        "the actions below.");
  CHECK(executive_summary(r, Lang::ja) ==
        "北浜水道は、尋ねた20問のうち65%に回答しています。該当する8件の対策のうち、1件は実施済み、4件は未実施で、"
        "そのうち3件は重大度が「重大」か「高」です。ほかに2件は、あと2問に答えるまで判定できません。重大度「重大」の不備は"
        "バックアップにあります。こうした不備が何を招くかは、事例 nisc-2021-06（VPNから侵入）が示しています。まず、下の対処から"
        "取り組んでください。");
  r.summary.coverage.percent = 30;
  CHECK(executive_summary(r, Lang::en).ends_with(
      "Too few questions are answered to score: first answer the questions that decide the most rules, listed below."));
}

TEST_CASE("answers are shown in the report's language, by their questions' words") {
  Result r;
  r.rules = {sample_rule("r", State::fail, Severity::high, "backup", 1, {"題", "Title"})};
  testing::keep_sample_texts(r);
  auto& texts = const_cast<LibraryTexts&>(*r.texts);
  Question location{.id = "backup.location", .type = QuestionType::choice};
  location.choices = {{"same_server", {"同じサーバー内", "On the same server"}, {}},
                      {"offsite", {"別の場所", "At another site"}, {}}};
  Question media = location;
  media.id = "backup.media";
  media.type = QuestionType::multi_choice;
  Question days{.id = "backup.days", .type = QuestionType::number};
  days.unit = {"日", "days"};
  Question patched{.id = "remote.patched_on", .type = QuestionType::date};
  patched.never = {"更新したことがない", "Never updated"};
  Question taken{.id = "backup.taken", .type = QuestionType::boolean};
  texts.questions = {days, location, media, taken, patched};  // sorted by id

  auto shown = [&](std::string question, std::string value, Lang lang) {
    return answer_value(r, sample_answer(question, AnswerStatus::answered, value, 3), lang);
  };
  CHECK(shown("backup.location", "same_server", Lang::ja) == "同じサーバー内");
  CHECK(shown("backup.location", "elsewhere", Lang::en) == "elsewhere");  // not a choice: as kept
  CHECK(shown("backup.media", "[same_server, offsite]", Lang::en) == "On the same server, At another site");
  CHECK(shown("backup.media", "[]", Lang::ja) == "いずれもなし");
  CHECK(shown("backup.media", "{has: [offsite], lacks: [same_server]}", Lang::ja) == "あり：別の場所／なし：同じサーバー内");
  CHECK(shown("backup.days", "12", Lang::en) == "12 days");
  CHECK(shown("backup.days", "{at_least: 30, at_most: 60}", Lang::ja) == "30〜60日");
  CHECK(shown("backup.days", "{at_least: 30}", Lang::en) == "at least 30 days");
  CHECK(shown("remote.patched_on", "never", Lang::ja) == "更新したことがない");
  CHECK(shown("remote.patched_on", "2024-10", Lang::en) == "October 2024");
  CHECK(shown("remote.patched_on", "2024-10-01", Lang::ja) == "2024年10月1日");
  CHECK(shown("backup.taken", "no", Lang::ja) == "いいえ");
  CHECK(shown("unknown.question", "[a, b]", Lang::en) == "[a, b]");
  AnswerUsed commented = sample_answer("backup.location", AnswerStatus::answered, "offsite", 4);
  commented.comment = "テープ";
  CHECK(answer_text(r, commented, Lang::en) == "backup.location = At another site (comment: テープ)");
}

TEST_CASE("a report names the answer file by its name, not the machine's path") {
  CHECK(file_name_of("/home/sato/2026/answers.yaml") == "answers.yaml");
  CHECK(file_name_of("answers.yaml") == "answers.yaml");
  CHECK(file_name_of("") == "");
}

}  // namespace
}  // namespace tenken
