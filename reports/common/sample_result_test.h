// A small hand-made Result shared by the renderer tests: a water utility's assessment with two
// failures of different severity, one rule that needs an answer, one for an auditor, one not
// applicable and one pass, with Japanese text and a Japanese organisation name; the answers
// include a comment, evidence, don't know, a reason for n/a and a question ask_if skipped.
// Also how a test reads its expected output from a file beside it. Test-only.
#pragma once

#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>

#include "tenken/engine.h"
#include "tenken/result.h"
#include "tests/edit_texts.h"

namespace tenken::testing {

// A Result made by hand, its rules' texts and `cases` kept in it, as evaluate() leaves them.
inline void keep_sample_texts(Result& r, std::vector<CaseSummary> cases = {}) {
  std::vector<RuleTexts> texts;
  for (RuleResult& rule : r.rules) texts.push_back(*rule.texts);
  keep_texts(r, std::move(texts), std::move(cases));
}

inline RuleResult sample_rule(std::string id, State state, Severity severity, std::string category,
                              double weight, LocalizedText title) {
  RuleResult r;
  r.rule = std::move(id);
  r.state = state;
  r.severity = severity;
  r.category = std::move(category);
  r.weight = weight;
  edit(r).title = std::move(title);
  return r;
}

inline AnswerUsed sample_answer(std::string question, AnswerStatus status, std::string value,
                                int line) {
  AnswerUsed a;
  a.question = std::move(question);
  a.status = status;
  a.value = std::move(value);
  a.line = line;
  return a;
}

inline RuleResult sample_mfa() {
  RuleResult r = sample_rule(
      "access-remote-mfa", State::fail, Severity::high, "remote-access", 6,
      {"リモートアクセスに多要素認証を使う", "Use multi-factor authentication for remote access"});
  edit(r).rationale = {"盗まれたVPNのパスワードがあれば、攻撃者は脆弱性を使わずに侵入できる。",
                 "A stolen VPN password lets an attacker in without any exploit."};
  edit(r).recommendation = {"VPNとリモートデスクトップのすべてのログインで二要素目を必須にする。",
                      "Require a second factor for every VPN and remote desktop login."};
  edit(r).evidence = {"認証設定の画面", "The authentication settings"};
  edit(r).cases = {"nisc-2021-06"};
  edit(r).refs = {{"csf2", {"PR.AA-03"}}, {"iso27001_2022", {"A.8.5"}}};
  r.answers = {sample_answer("remote.vpn_used", AnswerStatus::answered, "yes", 11),
               sample_answer("remote.mfa", AnswerStatus::answered, "no", 12),
               sample_answer("remote.mfa_method", AnswerStatus::not_asked, "", 0)};
  r.answers[1].edit().comment = "導入予定（2026年度）";
  return r;
}

inline RuleResult sample_backup() {
  RuleResult r = sample_rule("backup-isolated-copy", State::fail, Severity::critical, "backup", 10,
                             {"ランサムウェアが届かないバックアップを持つ",
                              "Keep a backup copy that ransomware cannot reach"});
  edit(r).rationale = {
      "病院の事例では、バックアップサーバが同じネットワーク上にあり、電子カルテと一緒に暗号化"
      "されたため、復旧に数日ではなく2か月を要した。",
      "In the hospital case the backup server sat on the same network and was encrypted together "
      "with the electronic medical records, so recovery took two months instead of days."};
  edit(r).recommendation = {
      "少なくとも1つのコピーをオフラインまたは変更不可の状態で保管し、年1回以上そこからの復元を"
      "試験する。",
      "Keep at least one copy offline or immutable, and test restoring from it once a year."};
  edit(r).evidence = {"バックアップ構成図と直近の復元試験の記録",
                "The backup design and the record of the last restore test"};
  edit(r).cases = {"nisc-2021-06", "nisc-2016-03"};
  edit(r).refs = {{"cis_v8", {"11.4"}}, {"csf2", {"PR.DS-11"}}, {"iso27001_2022", {"A.8.13"}}};
  r.answers = {sample_answer("backup.taken", AnswerStatus::answered, "yes", 8),
               sample_answer("backup.offline_copy", AnswerStatus::answered, "no", 9)};
  r.answers[1].edit().comment = "テープ運用は2023年に停止した";
  r.answers[1].edit().evidence = {"backup-design.pdf"};
  return r;
}

inline RuleResult sample_contacts() {
  RuleResult r = sample_rule(
      "incident-contact-list", State::notchecked, Severity::low, "response", 1,
      {"インシデント時の連絡先一覧を最新に保つ", "Keep the incident contact list up to date"});
  edit(r).rationale = {"連絡先が古いと初動が遅れる。", "An old contact list delays the first response."};
  edit(r).recommendation = {"年1回と人事異動のたびに見直す。",
                      "Review it yearly and after staff changes."};
  edit(r).evidence = {"連絡先一覧とその最終更新日", "The contact list and the date it was last updated"};
  return r;
}

inline RuleResult sample_mailform() {
  RuleResult r =
      sample_rule("mailform-captcha", State::unknown, Severity::medium, "web", 3,
                  {"公開メールフォームを悪用から守る", "Protect public mail forms from abuse"});
  edit(r).rationale = {"フォームが大量送信の踏み台にされた。", "A form was used to send mail in bulk."};
  edit(r).recommendation = {"CAPTCHAと送信回数制限を入れる。", "Add a CAPTCHA and a rate limit."};
  edit(r).evidence = {"フォームの設定", "The form's settings"};
  edit(r).cases = {"nisc-2016-01"};
  r.answers = {sample_answer("mailform.exists", AnswerStatus::answered, "yes", 14),
               sample_answer("mailform.captcha", AnswerStatus::dont_know, "", 15)};
  r.answers[1].edit().comment = "委託先に確認中";
  r.needs = {"mailform.captcha"};
  return r;
}

inline RuleResult sample_usb() {
  RuleResult r =
      sample_rule("media-usb-control", State::notapplicable, Severity::medium, "endpoint", 3,
                  {"USBメモリの利用を管理する", "Control the use of USB memory sticks"});
  r.answers = {sample_answer("media.usb_ports", AnswerStatus::not_applicable, "", 20)};
  r.answers[0].edit().na_reason = "USB端子は物理的に封鎖済み";
  return r;
}

inline RuleResult sample_vpn() {
  RuleResult r = sample_rule(
      "vpn-firmware-current", State::pass, Severity::high, "remote-access", 6,
      {"VPN機器のファームウェアを最新に保つ", "Keep VPN appliance firmware up to date"});
  r.answers = {sample_answer("vpn.firmware_updated_on", AnswerStatus::answered, "2025-12-10", 22)};
  return r;
}

inline CategoryScore sample_category(std::string name, LocalizedText title, double score, double met,
                                     double scored, std::array<int, kStateCount> counts) {
  return {std::move(name), std::move(title), score, met, scored, counts};
}

inline Result sample_result() {
  Result r;
  r.tool_version = "0.1.0";
  r.library_digest = "sha256:sample";
  r.answers_path = "answers/minato-2026.yaml";
  r.organization = {"みなと水道企業団", "water"};
  r.assessment.date = "2026-04-01";
  r.assessment.assessor = "山田 太郎";
  r.assessment.scope = "浄水場の制御系と事務系ネットワーク";
  r.rules = {sample_mfa(),      sample_backup(), sample_contacts(),
             sample_mailform(), sample_usb(),    sample_vpn()};
  // counts: pass fail unknown notapplicable notchecked waived error
  r.summary.counts = {1, 2, 1, 1, 1, 0, 0};
  r.summary.score = 50.0 / 3;  // mean of backup 0, remote-access 50, web 0
  r.summary.score_flat = 24;   // 6 / 25
  r.summary.categories = {sample_category("backup", {"バックアップと復旧", "Backup and recovery"}, 0, 0, 10, {0, 1, 0, 0, 0, 0, 0}),
                          sample_category("endpoint", {"端末", "Endpoints"}, 0, 0, 0, {0, 0, 0, 1, 0, 0, 0}),
                          sample_category("remote-access", {"リモート接続", "Remote access"}, 50, 6, 12, {1, 1, 0, 0, 0, 0, 0}),
                          sample_category("response", {"インシデント対応", "Incident response"}, 0, 0, 0, {0, 0, 0, 0, 1, 0, 0}),
                          sample_category("web", {"公開Webサイト", "Public websites"}, 0, 0, 3, {0, 0, 1, 0, 0, 0, 0})};
  r.summary.coverage = {7, 4, 1, 1, 1, 500.0 / 7};
  r.questions_needed = {{"mailform.captcha",
                         {"公開メールフォームにCAPTCHAや送信回数の制限がありますか？",
                          "Does the public mail form have a CAPTCHA or a rate limit?"},
                         {"mailform-captcha"}}};
  // nisc-2016-01 is cited but not in the catalog: reports show its id alone.
  keep_sample_texts(r, {{"nisc-2016-03",
              {"事務用PCのランサムウェア感染", "Ransomware on an office PC"},
              {"Webサイトの閲覧中にPCが感染した。", "A PC was infected while browsing."}},
             {"nisc-2021-06",
              {"VPNルーターからのランサムウェア侵入", "Ransomware through a VPN router"},
              {"委託先が設置したVPNルーターから侵入された。", "Attackers came in through a vendor's VPN router."}}});
  return r;
}

// A library with the rules, category titles, questions and cases of a Result made by hand, its
// rules checked by a person (they read no answers), and the Result's digest: what a saved copy of
// the Result is read back with.
inline CompiledLibraryPtr library_of(const Result& r) {
  Library lib;
  lib.digest = r.library_digest;
  for (const RuleResult& rr : r.rules) {
    Rule rule;
    rule.id = rr.rule;
    rule.category = rr.category;
    rule.severity = rr.severity;
    rule.weight = rr.weight;
    rule.check = CheckKind::manual;
    const RuleTexts& t = *rr.texts;
    rule.title = t.title;
    rule.rationale = t.rationale;
    rule.recommendation = t.recommendation;
    rule.evidence = t.evidence;
    rule.cases = t.cases;
    rule.refs = t.refs;
    rule.formerly = t.formerly;
    lib.rules.push_back(std::move(rule));
  }
  for (const CategoryScore& c : r.summary.categories) lib.categories.push_back({c.category, c.title, {}});
  Section section;
  section.id = "s";
  for (const QuestionNeeded& q : r.questions_needed) {
    Question question;
    question.id = q.question;
    question.text = q.text;
    question.section = section.id;
    lib.checklist.questions.push_back(question);
    section.question_ids.push_back(q.question);
  }
  lib.checklist.sections.push_back(section);
  for (const CaseSummary& c : r.cases()) {
    Case k;
    k.id = c.id;
    k.title = c.title;
    k.summary = c.summary;
    lib.cases.push_back(k);
  }
  Diagnostics diags;
  return compile(std::move(lib), diags);
}

// The text of a file in the folder of the test that asks (`test_source` is its __FILE__, a
// full path under CMake): file_beside(__FILE__, "testdata/waived.en.html"). Empty when absent.
inline std::string file_beside(const char* test_source, const std::string& name) {
  std::ifstream in(std::filesystem::path(test_source).parent_path() / name, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// The expected text in the file `name` beside the test; with TENKEN_UPDATE_TESTDATA=1 in the
// environment, `actual` is written there first (then read the diff before committing it).
inline std::string expected_beside(const char* test_source, const std::string& name, const std::string& actual) {
  if (std::getenv("TENKEN_UPDATE_TESTDATA"))
    std::ofstream(std::filesystem::path(test_source).parent_path() / name, std::ios::binary) << actual;
  return file_beside(test_source, name);
}

}  // namespace tenken::testing
