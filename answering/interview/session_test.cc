// The interview session driven by scripted lines over the engine tests' checklist (one question
// of every type, skip logic inside a section and for a whole section): whole transcripts, the
// file saved after each answer, refusals with the engine's reasons, back, comments, N/A and
// alternatives, --resume, --from, --quick, the end of input and a failing save.
#include "answering/interview/session.h"

#include <doctest/doctest.h>

#include "answering/interview/answer_writer.h"
#include "tests/engine_fixtures.h"

namespace tenken::answering {
namespace {

class ScriptConsole : public Console {
 public:
  explicit ScriptConsole(std::vector<std::string> lines) : lines_(std::move(lines)) {}
  std::optional<std::string> read_line() override {
    if (next_ == lines_.size()) return std::nullopt;
    out += lines_[next_] + "\n";  // as a terminal echoes it
    return lines_[next_++];
  }
  void write(std::string_view text) override { out += text; }
  std::string out;

 private:
  std::vector<std::string> lines_;
  size_t next_ = 0;
};

struct Run {
  SessionEnd end = SessionEnd::finished;
  std::string transcript;
  std::string file;   // the last save
  int saves = 0;
};

CompiledLibraryPtr library(const std::string& checklist = testing::kChecklist) {
  Diagnostics diags;
  CompiledLibraryPtr lib = testing::compile_texts({{"checklist.yaml", checklist}}, diags);
  REQUIRE(lib);
  return lib;
}

SessionSetup setup() {
  SessionSetup s;
  s.today = "2026-04-01";
  s.path = "answers.yaml";
  s.resume_command = "tenken interview -o answers.yaml --resume";
  s.check_command = "tenken check answers.yaml";
  s.rest_command = "tenken interview -o answers.yaml --resume";
  return s;
}

Run run(const CompiledLibrary& lib, SessionSetup s, std::vector<std::string> lines, bool save_ok = true) {
  ScriptConsole console(std::move(lines));
  Run r;
  SaveAnswers save = [&](const std::string& yaml) {
    if (!save_ok) return Status::io_error("answers.yaml: cannot write: No space left on device");
    r.file = yaml;
    r.saves++;
    return Status::ok();
  };
  r.end = run_interview(lib, std::move(s), console, save);
  r.transcript = console.out;
  return r;
}

Answers answers_from(const std::string& text) {
  Diagnostics diags;
  std::optional<Answers> a = load_answers(testing::source("answers.yaml", text), diags);
  REQUIRE(a);
  return *a;
}

bool has_line(const std::string& transcript, const std::string& line) {
  return transcript.find("\n" + line + "\n") != std::string::npos;
}

constexpr const char* kLegend =
    "? don't know · na not applicable · alt met another way · c comment · b back\n"
    "s skip · q quit · h help\n";

TEST_CASE("session: a whole interview, skip logic skipping questions and a section") {
  CompiledLibraryPtr lib = library();
  Run r = run(*lib, setup(), {"水道局", "10", "2", "", "s", "s", "n", "情報システム課", "n"});
  CHECK(r.end == SessionEnd::finished);
  std::string sectors =
      "   1. Information and communications (information_communications)\n"
      "   2. Finance (finance)\n"
      "   3. Aviation (aviation)\n"
      "   4. Airports (airport)\n"
      "   5. Railways (railway)\n"
      "   6. Electricity (electricity)\n"
      "   7. Gas (gas)\n"
      "   8. Government and administrative services (local governments included)\n"
      "      (government)\n"
      "   9. Medical (medical)\n"
      "  10. Water (water)\n"
      "  11. Logistics (logistics)\n"
      "  12. Chemicals (chemicals)\n"
      "  13. Credit cards (credit)\n"
      "  14. Oil (oil)\n"
      "  15. Ports (port)\n"
      "  16. Other (other)\n";
  CHECK(r.transcript ==
        "tenken interview: every answer is saved to answers.yaml at once. Type h for help.\n"
        "\n"
        "── About the assessment ────────────────────────────────────────────────────────\n"
        "[About the assessment 1/6]  organization.name\n"
        "What is the organization's name?\n"
        "  Answer: the name (required).\n"
        "> 水道局\n"
        "[About the assessment 2/6]  organization.sector\n"
        "Which critical-infrastructure sector is it in?\n"
        "  Answer: the number or the id.\n" +
            sectors +
            "> 10\n"
            "[About the assessment 3/6]  organization.size\n"
            "About how many people work for it?\n"
            "  Answer: the number or the id.\n"
            "   1. Fewer than 100 staff (under_100)\n"
            "   2. 100 to 999 staff (100_to_999)\n"
            "   3. 1,000 to 9,999 staff (1000_to_9999)\n"
            "   4. 10,000 staff or more (10000_or_more)\n"
            "> 2\n"
            "[About the assessment 4/6]  assessment.date\n"
            "What is the assessment date, the day the answers describe?\n"
            "  Every date in the answers is judged against it. Answer: YYYY-MM-DD.\n"
            "Default (today): 2026-04-01 (Enter keeps it)\n"
            "> \n"
            "[About the assessment 5/6]  assessment.assessor\n"
            "Who is the assessor (the person or team answering)?\n"
            "  Type s to leave it out.\n"
            "> s\n"
            "[About the assessment 6/6]  assessment.scope\n"
            "What does the assessment cover (its scope)?\n"
            "  Type s to leave it out.\n"
            "> s\n"
            "\n"
            "── Backup ──────────────────────────────────────────────────────────────────────\n"
            "[Backup 1/6 · overall 1/9]  backup.taken\n"
            "Do you take backups?\n"
            "Answer: y (yes) or n (no).\n" +
            kLegend +
            "> n\n"
            "[Backup 2/2 · overall 2/5]  backup.owner\n"
            "Who is responsible?\n"
            "Answer: free text; a line \"\"\" starts and ends text of several lines.\n" +
            kLegend +
            "> 情報システム課\n"
            "\n"
            "── Remote access ───────────────────────────────────────────────────────────────\n"
            "[Remote access 1/1 · overall 3/5]  remote.vpn_used\n"
            "Do you use a VPN?\n"
            "Answer: y (yes) or n (no).\n" +
            kLegend +
            "> n\n"
            "\n"
            "Done: 3 of the 3 questions asked have an answer, 0 left unanswered. Saved in answers.yaml.\n"
            "Next: tenken check answers.yaml\n");
  CHECK(r.file ==
        "# tenken answer file (docs/answers.md), written by tenken interview\n"
        "organization: {name: 水道局, sector: water, size: 100_to_999}\n"
        "assessment: {date: 2026-04-01}\n"
        "answers:\n"
        "  backup.taken: no\n"
        "  backup.owner: 情報システム課\n"
        "  remote.vpn_used: no\n");
  CHECK(r.saves == 7);
}

// The questions part of a run that starts with the assessment's fields answered.
std::vector<std::string> with_header(std::vector<std::string> lines) {
  std::vector<std::string> all = {"水道局", "water", "", "2026-04-01", "佐藤", "本院"};
  all.insert(all.end(), lines.begin(), lines.end());
  return all;
}

TEST_CASE("session: wrong values are refused with the engine's reason and asked again") {
  CompiledLibraryPtr lib = library();
  Run r = run(*lib, setup(),
              with_header({"maybe", "y", "500", "3 世代", "3", "offsit", "4", "3", "2 9", "+1 2", "1 1", "1 2",
                           "never", "2025-02-30", "2026-05"}));
  CHECK(has_line(r.transcript, "not accepted: expected yes, no or unknown for 'backup.taken' (a yes/no question), found 'maybe'"));
  CHECK(has_line(r.transcript, "not accepted: expected a number between 0 and 100 generations for 'backup.generations', found 500"));
  CHECK(has_line(r.transcript, "not accepted: expected a number (generations) for 'backup.generations', found '3 世代'"));
  CHECK(has_line(r.transcript, "not accepted: expected one of same_server, other_server, offsite for 'backup.location', "
                               "found 'offsit'; did you mean 'offsite'?"));
  CHECK(has_line(r.transcript, "not accepted: expected a choice number from 1 to 3 or a choice id, found '4'"));
  CHECK(has_line(r.transcript, "not accepted: expected a choice number from 1 to 3 or a choice id, found '9'"));
  CHECK(has_line(r.transcript, "not accepted: expected + (has) or - (lacks) before every choice in the partial form, "
                               "found '2' without one"));
  CHECK(has_line(r.transcript, "not accepted: 'tape' is listed twice for 'backup.media'"));
  CHECK(has_line(r.transcript, "not accepted: 'backup.tested_on' does not take never: give the date (YYYY-MM-DD, or "
                               "YYYY-MM or YYYY if that is all you know), or unknown"));
  CHECK(has_line(r.transcript, "not accepted: expected a date (YYYY-MM-DD, YYYY-MM or YYYY) for 'backup.tested_on', "
                               "found '2025-02-30': February 2025 has 28 days"));
  CHECK(has_line(r.transcript, "note: 'backup.tested_on' is 2026-05, after the assessment date 2026-04-01"));
  CHECK(r.end == SessionEnd::quit);
  CHECK(r.file ==
        "# tenken answer file (docs/answers.md), written by tenken interview\n"
        "organization: {name: 水道局, sector: water}\n"
        "assessment: {date: 2026-04-01, assessor: 佐藤, scope: 本院}\n"
        "answers:\n"
        "  backup.taken: yes\n"
        "  backup.generations: 3\n"
        "  backup.location: offsite\n"
        "  backup.media: [tape, disk]\n"
        "  backup.tested_on: 2026-05\n");
}

TEST_CASE("session: an approximate number: refused when the engine refuses it, shown, kept with a comment") {
  CompiledLibraryPtr lib = library();
  Run r = run(*lib, setup(), with_header({"y", "60-30", "101+", "30〜60", "b", "c", "台帳では 40 前後", "", "q"}));
  CHECK(has_line(r.transcript, "Answer: a number in generations, from 0 to 100. Known only roughly? 30-60, >=30\n"
                               "or <=60."));
  CHECK(has_line(r.transcript, "> 60-30\nnot accepted: expected at_most to be no less than at_least (60) for "
                               "'backup.generations', found 30"));
  CHECK(has_line(r.transcript, "> 101+\nnot accepted: expected at_least to be a number between 0 and 100 generations "
                               "for 'backup.generations', found 101"));
  CHECK(has_line(r.transcript, "Current answer: between 30 and 60 generations (Enter keeps it)"));
  CHECK(r.file ==
        "# tenken answer file (docs/answers.md), written by tenken interview\n"
        "organization: {name: 水道局, sector: water}\n"
        "assessment: {date: 2026-04-01, assessor: 佐藤, scope: 本院}\n"
        "answers:\n"
        "  backup.taken: yes\n"
        "  backup.generations: {at_least: 30, at_most: 60, comment: 台帳では 40 前後}\n");

  // Resumed: the range read from the file is shown, and written back as it was with every save.
  SessionSetup s = setup();
  s.resume = true;
  s.lang = Lang::ja;
  s.answers = answers_from(testing::answers_yaml("  backup.taken: yes\n  backup.generations: {at_most: 5, comment: 概数}\n"));
  r = run(*lib, s, {"b", "", "3", "q"});
  CHECK(has_line(r.transcript, "今の回答: 5 世代以下（Enter でそのまま）\n  コメント: 概数"));
  CHECK(r.file ==
        "# tenken answer file (docs/answers.md), written by tenken interview\n"
        "organization: {name: 水道局, sector: water}\n"
        "assessment: {date: 2026-04-01, assessor: 佐藤}\n"
        "answers:\n"
        "  backup.taken: yes\n"
        "  backup.generations: {at_most: 5, comment: 概数}\n"
        "  backup.location: offsite\n");
}

TEST_CASE("session: the assessment's fields refuse what the file cannot hold") {
  CompiledLibraryPtr lib = library();
  Run r = run(*lib, setup(), {"", "s", "  ", "水道局", "waterr", "17", "上水道", "b", "b", "", "", "500", "約500人",
                              "under_10", "s", "2026-02-30", "26-4-1"});
  CHECK(has_line(r.transcript, "> s\nThis one is required: type it."));
  CHECK(has_line(r.transcript, "not accepted: expected a sector number from 1 to 16 or a sector id, found 'waterr'; did "
                               "you mean 'water'?"));
  CHECK(has_line(r.transcript, "not accepted: expected a choice number from 1 to 16 or a choice id, found '17'"));
  CHECK(has_line(r.transcript, "not accepted: expected a sector number from 1 to 16 or a sector id, found '上水道'"));
  CHECK(has_line(r.transcript, "not accepted: expected a choice number from 1 to 4 or a choice id, found '500'"));
  CHECK(has_line(r.transcript, "not accepted: expected a size number from 1 to 4 or a size id, found '約500人'"));
  CHECK(has_line(r.transcript, "not accepted: expected a size number from 1 to 4 or a size id, found 'under_10'; did "
                               "you mean 'under_100'?"));
  CHECK(has_line(r.transcript, "This is the first question."));
  CHECK(has_line(r.transcript, "not accepted: expected the assessment date as YYYY-MM-DD, found '2026-02-30': February "
                               "2026 has 28 days"));
  CHECK(has_line(r.transcript, "not accepted: expected the assessment date as YYYY-MM-DD, found '26-4-1': it is not of "
                               "the form YYYY-MM-DD"));
  CHECK(r.file ==
        "# tenken answer file (docs/answers.md), written by tenken interview\n"
        "organization: {name: 水道局}\n"
        "assessment: {date: 2026-04-01}\n"
        "answers: {}\n");
}

TEST_CASE("session: a sector and size typed by their names are saved as their ids, and shown so") {
  CompiledLibraryPtr lib = library();
  SessionSetup s = setup();
  s.lang = Lang::ja;
  Run r = run(*lib, s, {"水道局", "水道", "100人未満", "b", "b", "Medical", "", "q"});
  CHECK(has_line(r.transcript, "今の回答: 100人未満 (under_100)（Enter でそのまま）"));
  CHECK(has_line(r.transcript, "今の回答: 水道 (water)（Enter でそのまま）"));
  CHECK(r.file ==
        "# tenken answer file (docs/answers.md), written by tenken interview\n"
        "organization: {name: 水道局, sector: medical, size: under_100}\n"
        "assessment: {date: 2026-04-01}\n"
        "answers: {}\n");
}

TEST_CASE("session: back, comments, not applicable and alternatives") {
  CompiledLibraryPtr lib = library();
  Run r = run(*lib, setup(),
              with_header({"y", "na", "", "na", "世代管理はしていない", "alt", "遠隔地に毎日複製: 記録あり", "b", "c",
                           "保守業者に確認済み", "", "b", "b", "c", "-", "", "s", "q"}));
  CHECK(has_line(r.transcript, "> na\nWhy does it not apply? (required; empty line: cancel)\n> \nCancelled."));
  CHECK(has_line(r.transcript, "Current answer: met another way: 遠隔地に毎日複製: 記録あり (Enter keeps it)"));
  CHECK(has_line(r.transcript, "The comment is saved with the answer. Now the answer (Enter keeps the one shown)."));
  CHECK(has_line(r.transcript, "  comment: 保守業者に確認済み"));
  CHECK(has_line(r.transcript, "The comment goes when the answer is saved. Now the answer."));
  CHECK(r.end == SessionEnd::quit);
  CHECK(r.file ==
        "# tenken answer file (docs/answers.md), written by tenken interview\n"
        "organization: {name: 水道局, sector: water}\n"
        "assessment: {date: 2026-04-01, assessor: 佐藤, scope: 本院}\n"
        "answers:\n"
        "  backup.taken: yes\n"
        "  backup.generations: {na: 世代管理はしていない}\n"
        "  backup.location: {alternative: \"遠隔地に毎日複製: 記録あり\", comment: 保守業者に確認済み}\n");
  CHECK(has_line(r.transcript, "Stopped. The answers so far (3) are saved in answers.yaml.\n"
                               "To continue: tenken interview -o answers.yaml --resume"));
}

TEST_CASE("session: an answer that skips questions already answered says their answers are not used") {
  CompiledLibraryPtr lib = library();
  Run r = run(*lib, setup(), with_header({"y", "3", "b", "b", "n"}));
  CHECK(has_line(r.transcript, "note: the answer to 'backup.generations' is not used: the question is skipped because "
                               "'backup.taken' is not true"));
  CHECK(has_line(r.transcript, "[Backup 2/2 · overall 2/5]  backup.owner"));
}

TEST_CASE("session: skip logic follows a changed answer: a section goes after no") {
  CompiledLibraryPtr lib = library();
  Run r = run(*lib, setup(), with_header({"n", "s", "?", "b", "n"}));
  CHECK(has_line(r.transcript, "[Remote access 1/1 · overall 3/5]  remote.vpn_used"));
  CHECK(has_line(r.transcript, "[VPN 1/2 · overall 4/5]  vpn.mfa"));
  CHECK(has_line(r.transcript, "Current answer: don't know (Enter keeps it)"));
  CHECK(has_line(r.transcript, "Done: 2 of the 3 questions asked have an answer, 1 left unanswered. Saved in answers.yaml."));
  CHECK(r.file.find("  remote.vpn_used: no\n") != std::string::npos);

  r = run(*lib, setup(), with_header({"n", "s", "y", "y", "never"}));
  CHECK(has_line(r.transcript, "[VPN 2/2 · overall 5/5]  vpn.patched_on"));
  CHECK(has_line(r.transcript, "Answer: a date YYYY-MM-DD, or YYYY-MM or YYYY if that is all you know; or never\n"
                               "(Never updated)."));
  CHECK(r.file.find("  vpn.patched_on: never\n") != std::string::npos);
}

TEST_CASE("session: --resume continues at the first asked question without an answer") {
  CompiledLibraryPtr lib = library();
  SessionSetup s = setup();
  s.resume = true;
  s.answers = answers_from(testing::answers_yaml("  backup.taken: no\n  remote.vpn_used: yes\n  vpn.mfa: yes\n"));
  Run r = run(*lib, s, {"q"});
  CHECK(r.transcript ==
        "tenken interview: every answer is saved to answers.yaml at once. Type h for help.\n"
        "Resuming answers.yaml: 3 of the 5 questions asked have an answer. Continuing at backup.owner.\n"
        "\n"
        "── Backup ──────────────────────────────────────────────────────────────────────\n"
        "[Backup 2/2 · overall 2/5]  backup.owner\n"
        "Who is responsible?\n"
        "Answer: free text; a line \"\"\" starts and ends text of several lines.\n" +
            std::string(kLegend) +
            "> q\n"
            "\n"
            "Stopped. The answers so far (3) are saved in answers.yaml.\n"
            "To continue: tenken interview -o answers.yaml --resume\n");
  CHECK(r.saves == 0);

  s.answers = answers_from(testing::answers_yaml("  backup.taken: no\n  backup.owner: 佐藤\n  remote.vpn_used: no\n"));
  r = run(*lib, s, {});
  CHECK(r.transcript ==
        "tenken interview: every answer is saved to answers.yaml at once. Type h for help.\n"
        "All 3 questions asked have an answer already.\n"
        "\n"
        "Done: 3 of the 3 questions asked have an answer, 0 left unanswered. Saved in answers.yaml.\n"
        "Next: tenken check answers.yaml\n");
}

TEST_CASE("session: --from offers last year's answers; Enter keeps them, a change keeps the comment") {
  CompiledLibraryPtr lib = library();
  SessionSetup s = setup();
  s.from_path = "2025.yaml";
  s.last_year = answers_from(
      "organization: {name: 水道局, sector: water, size: 100〜999人}\n"
      "assessment: {date: 2025-04-01, assessor: 佐藤, scope: 本院}\n"
      "answers:\n"
      "  backup.taken: {value: yes, comment: 毎晩取得, evidence: [設定画面.png]}\n"
      "  backup.generations: {value: 2, comment: NAS が一杯, evidence: [NAS 設定]}\n"
      "  backup.media: {has: [tape], lacks: [cloud]}\n");
  Run r = run(*lib, s, {"", "", "", "2026-04-01", "", "", "", "5", "q"});
  CHECK(has_line(r.transcript, "Last year's answers (2025.yaml) are offered: Enter keeps one, or type a new answer."));
  CHECK(has_line(r.transcript, "Last year: 水道局 (Enter keeps it)"));
  CHECK(has_line(r.transcript, "Last year: Water (water) (Enter keeps it)"));
  CHECK(has_line(r.transcript, "Last year: 100 to 999 staff (100_to_999) (Enter keeps it)"));
  CHECK(has_line(r.transcript, "Last year: yes (Enter keeps it)\n  comment: 毎晩取得\n  evidence: 設定画面.png"));
  CHECK(has_line(r.transcript, "Last year: 2 generations (Enter keeps it)\n  comment: NAS が一杯\n  evidence: NAS 設定"));
  CHECK(r.file ==
        "# tenken answer file (docs/answers.md), written by tenken interview\n"
        "organization: {name: 水道局, sector: water, size: 100_to_999}\n"
        "assessment: {date: 2026-04-01, assessor: 佐藤, scope: 本院}\n"
        "answers:\n"
        "  backup.taken: {value: yes, comment: 毎晩取得, evidence: [設定画面.png]}\n"
        "  backup.generations: {value: 5, comment: NAS が一杯, evidence: [NAS 設定]}\n");
}

TEST_CASE("session: --quick asks only the quick questions and says so") {
  std::string checklist = testing::kChecklist;
  for (std::string id : {"backup.taken", "vpn.mfa"}) {
    std::string key = "      - id: " + id + "\n";
    checklist.insert(checklist.find(key) + key.size(), "        quick: yes\n");
  }
  CompiledLibraryPtr lib = library(checklist);
  SessionSetup s = setup();
  s.quick = true;
  s.rest_command = "tenken interview -o answers.yaml --resume";
  Run r = run(*lib, s, with_header({"y", "?"}));
  CHECK(has_line(r.transcript, "This is the quick first pass: only the 2 questions (of 9) that decide the critical and "
                               "high rules. Answer the rest later with --resume and without --quick."));
  CHECK(has_line(r.transcript, "[Backup 1/1 · overall 1/2]  backup.taken"));
  CHECK(has_line(r.transcript, "[VPN 1/1 · overall 2/2]  vpn.mfa"));
  CHECK(has_line(r.transcript, "The quick first pass is done. For the other questions: tenken interview -o answers.yaml --resume"));
  CHECK(r.file.find("  backup.taken: yes\n  vpn.mfa: unknown\n") != std::string::npos);
}

TEST_CASE("session: Japanese") {
  CompiledLibraryPtr lib = library();
  SessionSetup s = setup();
  s.lang = Lang::ja;
  Run r = run(*lib, s, with_header({"はい", "101"}));
  CHECK(has_line(r.transcript, "[バックアップ 2/6 ・ 全体 2/9]  backup.generations"));
  CHECK(has_line(r.transcript, "回答: 数値（単位: 世代）、0〜100。おおよそなら範囲で（30〜60、30以上、60以下）"));
  CHECK(has_line(r.transcript, "? わからない ・ na 該当しない ・ alt 別の方法で対策 ・ c コメント ・ b 戻る\n"
                               "s 飛ばす ・ q 中断 ・ h ヘルプ"));
  CHECK(has_line(r.transcript, "受け付けられません: 'backup.generations' には 0〜100世代の数値が必要ですが、101 が書かれています"));
  CHECK(has_line(r.transcript, "中断しました。回答（1 問）は answers.yaml に保存されています。\n続けるには: tenken interview -o answers.yaml --resume"));
}

TEST_CASE("session: text of several lines, and lines that are not UTF-8") {
  CompiledLibraryPtr lib = library();
  Run r = run(*lib, setup(), with_header({"n", "\xff\xfe", "\"\"\"", "  一行目: \"引用\"", "", "# 三行目", "\"\"\"", "q"}));
  CHECK(has_line(r.transcript, "expected UTF-8 text, found bytes that are not; type it again."));
  CHECK(r.file.find("  backup.owner: \"  一行目: \\\"引用\\\"\\n\\n# 三行目\"\n") != std::string::npos);
}

TEST_CASE("session: a save that fails stops the interview") {
  CompiledLibraryPtr lib = library();
  Run r = run(*lib, setup(), {"水道局", "y"}, false);
  CHECK(r.end == SessionEnd::save_failed);
  CHECK(has_line(r.transcript, "error: could not save: answers.yaml: cannot write: No space left on device\n"
                               "The last answer was not saved."));
}

TEST_CASE("prepare_loaded_answers: JSON and CSV answers are written back with their meaning") {
  CompiledLibraryPtr lib = library();
  const Checklist& checklist = library_of(*lib).checklist;
  Diagnostics diags;
  std::optional<Answers> json = load_answers(
      testing::source("a.json", R"({"organization": {"name": "x"}, "assessment": {"date": "2026-04-01"},
        "answers": {"backup.taken": "unknown", "backup.location": "offsite", "backup.owner": "null",
                    "remote.vpn_used": true, "backup.generations": {"at_least": 3, "comment": "概数"}}})"),
      diags);
  REQUIRE(json);
  prepare_loaded_answers(*json, checklist);
  std::string yaml = write_answers_yaml(*json, checklist);
  CHECK(yaml ==
        "organization: {name: x}\n"
        "assessment: {date: 2026-04-01}\n"
        "answers:\n"
        "  backup.taken: unknown\n"
        "  backup.generations: {at_least: 3, comment: 概数}\n"
        "  backup.location: offsite\n"
        "  backup.owner: \"null\"\n"
        "  remote.vpn_used: true\n");
  std::optional<Answers> csv = load_answers_csv(
      testing::source("a.csv", "id,answer\norganization.name,x\nassessment.date,2026-04-01\nbackup.owner,~\n"
                               "backup.media,\"tape, disk\"\nbackup.generations,at_least: 3; at_most: 7\n"),
      checklist, diags);
  REQUIRE(csv);
  prepare_loaded_answers(*csv, checklist);
  CHECK(write_answers_yaml(*csv, checklist) ==
        "organization: {name: x}\n"
        "assessment: {date: 2026-04-01}\n"
        "answers:\n"
        "  backup.generations: {at_least: 3, at_most: 7}\n"
        "  backup.media: [tape, disk]\n"
        "  backup.owner: \"~\"\n");
  CHECK(check_answers(*lib, *csv, "a.yaml").errors.empty());
  CHECK(testing::render(diags) == "");
}

TEST_CASE("questions_asked: three-valued skip logic over the answers so far") {
  CompiledLibraryPtr lib = library();
  auto asked = [&](const std::string& answers) {
    std::string out;
    for (bool b : questions_asked(*lib, answers_from(testing::answers_yaml(answers)))) out += b ? '1' : '0';
    return out;
  };
  // backup.taken, .generations, .location, .media, .tested_on, .owner, remote.vpn_used, vpn.mfa, vpn.patched_on
  CHECK(asked("") == "111111111");
  CHECK(asked("  backup.taken: no\n  remote.vpn_used: no\n") == "100001100");
  CHECK(asked("  backup.taken: unknown\n") == "111111111");
  CHECK(asked("  backup.taken: {na: no data}\n") == "100001111");
  CHECK(asked("  backup.taken: maybe\n") == "");
}

}  // namespace
}  // namespace tenken::answering
