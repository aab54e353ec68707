// Tests of the terminal gap report: whole outputs, in English and Japanese, for the shared
// sample Result (sample_result_test.h), plus colour and the sections a small Result shows.
#include <doctest/doctest.h>

#include <string>

#include "common/sample_result_test.h"
#include "tenken/reports/render.h"

namespace tenken {
namespace {

// Failures are ordered by severity (the critical backup rule before the high access rule, whose
// id sorts first); the skipped question remote.mfa_method is left out of the answers; Japanese
// lines are wrapped by display width and never start with 。、）.
constexpr const char* kSampleEn = R"txt(tenken gap report
=================

Organization     みなと水道企業団
Sector           water
Assessment date  1 April 2026
Assessor         山田 太郎
Scope            浄水場の制御系と事務系ネットワーク
Answer file      answers/minato-2026.yaml

Score     16.7 / 100 (default model), flat 24.0
Coverage  71.4% of 7 questions asked (4 answered, 1 not applicable, 1 don't know, 1 unanswered)
Rules     pass 1, fail 2, unknown 1, not applicable 1, not checked 1, waived 0, error 0

Score by category
-----------------
  Category             Score  Weight met/scored  pass  fail  unknown
  Backup and recovery    0.0               0/10     0     1        0
  Endpoints                -                0/0     0     0        0
  Remote access         50.0               6/12     1     1        0
  Incident response        -                0/0     0     0        0
  Public websites        0.0                0/3     0     0        1

Gaps (2)
--------
[critical] backup-isolated-copy  Keep a backup copy that ransomware cannot reach
  Why:     In the hospital case the backup server sat on the same network and was encrypted together
           with the electronic medical records, so recovery took two months instead of days.
  To do:   Keep at least one copy offline or immutable, and test restoring from it once a year.
  Cases:   - nisc-2021-06 Ransomware through a VPN router
           - nisc-2016-03 Ransomware on an office PC
  Answers: - backup.taken = yes
           - backup.offline_copy = no (comment: テープ運用は2023年に停止した)

[high] access-remote-mfa  Use multi-factor authentication for remote access
  Why:     A stolen VPN password lets an attacker in without any exploit.
  To do:   Require a second factor for every VPN and remote desktop login.
  Cases:   - nisc-2021-06 Ransomware through a VPN router
  Answers: - remote.vpn_used = yes
           - remote.mfa = no (comment: 導入予定（2026年度）)

Needs an answer (1)
-------------------
[medium] mailform-captcha  Protect public mail forms from abuse
  To answer: - mailform.captcha: Does the public mail form have a CAPTCHA or a rate limit? (comment:
               委託先に確認中)

Needs an auditor's eye (1)
--------------------------
[low] incident-contact-list  Keep the incident contact list up to date
  Evidence: The contact list and the date it was last updated

Passed (1): vpn-firmware-current
Not applicable (1): media-usb-control
)txt";

constexpr const char* kSampleJa = R"txt(tenken 点検結果（ギャップレポート）
===================================

組織          みなと水道企業団
分野          water
評価日        2026年4月1日
評価者        山田 太郎
対象範囲      浄水場の制御系と事務系ネットワーク
回答ファイル  answers/minato-2026.yaml

スコア  16.7 / 100（既定モデル）、フラット 24.0
回答率  71.4%（質問 7 件：回答 4、該当なし 1、わからない 1、未回答 1）
ルール  合格 1、不備 2、未回答 1、対象外 1、要確認 1、免除 0、エラー 0

分類別スコア
------------
  分類                スコア  重み 達成/評価  合格  不備  未回答
  バックアップと復旧     0.0            0/10     0     1       0
  端末                     -             0/0     0     0       0
  リモート接続          50.0            6/12     1     1       0
  インシデント対応         -             0/0     0     0       0
  公開Webサイト          0.0             0/3     0     0       1

不備（2件）
-----------
[重大] backup-isolated-copy  ランサムウェアが届かないバックアップを持つ
  理由： 病院の事例では、バックアップサーバが同じネットワーク上にあり、電子カルテと一緒に暗号化され
         たため、復旧に数日ではなく2か月を要した。
  対策： 少なくとも1つのコピーをオフラインまたは変更不可の状態で保管し、年1回以上そこからの復元を試
         験する。
  事例： - nisc-2021-06 VPNルーターからのランサムウェア侵入
         - nisc-2016-03 事務用PCのランサムウェア感染
  回答： - backup.taken = yes
         - backup.offline_copy = no（コメント：テープ運用は2023年に停止した）

[高] access-remote-mfa  リモートアクセスに多要素認証を使う
  理由： 盗まれたVPNのパスワードがあれば、攻撃者は脆弱性を使わずに侵入できる。
  対策： VPNとリモートデスクトップのすべてのログインで二要素目を必須にする。
  事例： - nisc-2021-06 VPNルーターからのランサムウェア侵入
  回答： - remote.vpn_used = yes
         - remote.mfa = no（コメント：導入予定（2026年度））

回答が必要（1件）
-----------------
[中] mailform-captcha  公開メールフォームを悪用から守る
  質問： - mailform.captcha：公開メールフォームにCAPTCHAや送信回数の制限がありますか？（コメント：委
           託先に確認中）

要確認：監査人の確認が必要（1件）
---------------------------------
[低] incident-contact-list  インシデント時の連絡先一覧を最新に保つ
  確認資料： 連絡先一覧とその最終更新日

合格（1件）：vpn-firmware-current
対象外（1件）：media-usb-control
)txt";

TEST_CASE("terminal report of the sample, in English") {
  CHECK(render_terminal(testing::sample_result(), {Lang::en, false}) == kSampleEn);
}

TEST_CASE("terminal report of the sample, in Japanese") {
  CHECK(render_terminal(testing::sample_result(), {Lang::ja, false}) == kSampleJa);
}

// A result with no unwaived failure: a waived failure, a waiver no longer needed, an erroneous
// rule, and no categories.
Result quiet_result() {
  Result r;
  r.organization = {"Port of Example", ""};
  r.assessment.date = "2026-04-01";
  r.waivers_path = "waivers.yaml";
  r.rules = {testing::sample_rule("log-retention", State::fail, Severity::medium, "logging", 3,
                                  {"ログを1年保管する", "Keep logs for a year"}),
             testing::sample_rule("patch-window", State::error, Severity::info, "patching", 0,
                                  {"パッチ適用期間", "Patch window"}),
             testing::sample_rule("usb-policy", State::pass, Severity::low, "media", 1,
                                  {"USBの利用を制限する", "Restrict USB media"})};
  r.rules[0].waiver = RuleWaiver{"New log server ordered for May", "CISO", "2026-06-30",
                                 WaiverStatus::active, "waivers.yaml:3"};
  r.rules[2].waiver = RuleWaiver{"Old exception", "", "", WaiverStatus::not_needed, "waivers.yaml:9"};
  r.summary.counts = {1, 0, 0, 0, 0, 1, 1};
  r.summary.waivers = {1, 0, 1};
  return r;
}

TEST_CASE("terminal report without failures lists waived rules, waivers not needed and errors") {
  CHECK(render_terminal(quiet_result(), {Lang::en, false}) == R"txt(tenken gap report
=================

Organization     Port of Example
Assessment date  1 April 2026
Waivers file     waivers.yaml

Score          0.0 / 100 (default model), flat 0.0
After waivers  0.0 / 100 (default model), flat 0.0
Waivers        1 active, 0 expired, 1 not needed
Coverage       0.0% of 0 questions asked (0 answered, 0 not applicable, 0 don't know, 0 unanswered)
Rules          pass 1, fail 0, unknown 0, not applicable 0, not checked 0, waived 1, error 1

Gaps (0)
--------
No rule failed.

Waived (1)
----------
[medium] log-retention  Keep logs for a year
  Result: fail
  Waiver: New log server ordered for May (approved by CISO, until 30 June 2026)

Waivers no longer needed (1)
----------------------------
[low] usb-policy  Restrict USB media
  Result: pass
  Waiver: Old exception (approved by nobody named; not needed: the rule does not fail)

Errors (1)
----------
[info] patch-window  Patch window

Passed (1): usb-policy
)txt");
}

TEST_CASE("colour marks headings bold and severities by colour, only when asked") {
  Result r = quiet_result();
  r.rules[0].waiver.reset();
  r.rules[0].severity = Severity::critical;
  r.rules.resize(1);
  r.waivers_path.clear();
  r.summary.waivers = {};
  r.summary.counts = {0, 1, 0, 0, 0, 0, 0};
  CHECK(render_terminal(r, {Lang::ja, true}) ==
        "\x1b[1mtenken 点検結果（ギャップレポート）\x1b[0m\n"
        R"txt(===================================

組織    Port of Example
評価日  2026年4月1日

スコア  0.0 / 100（既定モデル）、フラット 0.0
回答率  0.0%（質問 0 件：回答 0、該当なし 0、わからない 0、未回答 0）
ルール  合格 0、不備 1、未回答 0、対象外 0、要確認 0、免除 0、エラー 0

)txt"
        "\x1b[1m不備（1件）\x1b[0m\n"
        "-----------\n"
        "\x1b[1;31m[重大]\x1b[0m \x1b[1mlog-retention\x1b[0m  ログを1年保管する\n");
}

}  // namespace
}  // namespace tenken
