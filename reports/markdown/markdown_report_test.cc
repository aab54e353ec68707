// Tests of the Markdown gap report: whole outputs, in English and Japanese, for the shared sample
// Result (sample_result_test.h) and for a Result with waivers and an error; then escaping of
// hostile text from an answer file, and the Japanese bold labels.
#include <doctest/doctest.h>

#include <string>

#include "common/sample_result_test.h"
#include "tenken/reports/render.h"

namespace tenken {
namespace {

// Gaps come most severe first, each under its own heading; the question ask_if skipped
// (remote.mfa_method) is left out; the case the Result does not carry (nisc-2016-01) is not
// shown; Markdown characters in answers (the "_" of question ids) are escaped.
constexpr const char* kSampleEn = R"md(# tenken gap report

- **Organization:** みなと水道企業団
- **Sector:** water
- **Assessment date:** 1 April 2026
- **Assessor:** 山田 太郎
- **Scope:** 浄水場の制御系と事務系ネットワーク
- **Answer file:** answers/minato-2026.yaml

## Summary

- **Score:** 16.7 / 100 (default model), flat 24.0
- **Coverage:** 71.4% of 7 questions asked (4 answered, 1 not applicable, 1 don't know, 1 unanswered)
- **Rules:** pass 1, fail 2, unknown 1, not applicable 1, not checked 1, waived 0, error 0

## Score by category

| Category            | Score | Weight met/scored | pass | fail | unknown |
| :------------------ | ----: | ----------------: | ---: | ---: | ------: |
| Backup and recovery |   0.0 |              0/10 |    0 |    1 |       0 |
| Endpoints           |     - |               0/0 |    0 |    0 |       0 |
| Remote access       |  50.0 |              6/12 |    1 |    1 |       0 |
| Incident response   |     - |               0/0 |    0 |    0 |       0 |
| Public websites     |   0.0 |               0/3 |    0 |    0 |       1 |

## Gaps (2)

### [critical] backup-isolated-copy: Keep a backup copy that ransomware cannot reach

- **Category:** Backup and recovery
- **Why:** In the hospital case the backup server sat on the same network and was encrypted together with the electronic medical records, so recovery took two months instead of days.
- **To do:** Keep at least one copy offline or immutable, and test restoring from it once a year.
- **Evidence:** The backup design and the record of the last restore test
- **Cases:**
  - nisc-2021-06 Ransomware through a VPN router: Attackers came in through a vendor's VPN router.
  - nisc-2016-03 Ransomware on an office PC: A PC was infected while browsing.
- **Answers:**
  - backup.taken = yes
  - backup.offline_copy = no (comment: テープ運用は2023年に停止した) (evidence: backup-design.pdf)
- **References:** NIST CSF 2.0 PR.DS-11; ISO/IEC 27001:2022 A.8.13; CIS Controls v8 11.4

### [high] access-remote-mfa: Use multi-factor authentication for remote access

- **Category:** Remote access
- **Why:** A stolen VPN password lets an attacker in without any exploit.
- **To do:** Require a second factor for every VPN and remote desktop login.
- **Evidence:** The authentication settings
- **Cases:**
  - nisc-2021-06 Ransomware through a VPN router: Attackers came in through a vendor's VPN router.
- **Answers:**
  - remote.vpn_used = yes
  - remote.mfa = no (comment: 導入予定（2026年度）)
- **References:** NIST CSF 2.0 PR.AA-03; ISO/IEC 27001:2022 A.8.5

## Needs an answer (1)

- [medium] mailform-captcha: Protect public mail forms from abuse
  - mailform.captcha: Does the public mail form have a CAPTCHA or a rate limit? (comment: 委託先に確認中)

## Needs an auditor's eye (1)

- [low] incident-contact-list: Keep the incident contact list up to date
  - **Evidence:** The contact list and the date it was last updated

## Other rules

**Passed (1):** vpn-firmware-current

**Not applicable (1):** media-usb-control
)md";

// Labels keep the full-width colon outside the bold ("**理由**："), dates are written the
// Japanese way and the table is padded by display width.
constexpr const char* kSampleJa = R"md(# tenken 点検結果（ギャップレポート）

- **組織**：みなと水道企業団
- **分野**：water
- **評価日**：2026年4月1日
- **評価者**：山田 太郎
- **対象範囲**：浄水場の制御系と事務系ネットワーク
- **回答ファイル**：answers/minato-2026.yaml

## 結果の概要

- **スコア**：16.7 / 100（既定モデル）、フラット 24.0
- **回答率**：71.4%（質問 7 件：回答 4、該当なし 1、わからない 1、未回答 1）
- **ルール**：合格 1、不備 2、未回答 1、対象外 1、要確認 1、免除 0、エラー 0

## 分類別スコア

| 分類               | スコア | 重み 達成/評価 | 合格 | 不備 | 未回答 |
| :----------------- | -----: | -------------: | ---: | ---: | -----: |
| バックアップと復旧 |    0.0 |           0/10 |    0 |    1 |      0 |
| 端末               |      - |            0/0 |    0 |    0 |      0 |
| リモート接続       |   50.0 |           6/12 |    1 |    1 |      0 |
| インシデント対応   |      - |            0/0 |    0 |    0 |      0 |
| 公開Webサイト      |    0.0 |            0/3 |    0 |    0 |      1 |

## 不備（2件）

### [重大] backup-isolated-copy：ランサムウェアが届かないバックアップを持つ

- **分類**：バックアップと復旧
- **理由**：病院の事例では、バックアップサーバが同じネットワーク上にあり、電子カルテと一緒に暗号化されたため、復旧に数日ではなく2か月を要した。
- **対策**：少なくとも1つのコピーをオフラインまたは変更不可の状態で保管し、年1回以上そこからの復元を試験する。
- **確認資料**：バックアップ構成図と直近の復元試験の記録
- **事例**：
  - nisc-2021-06 VPNルーターからのランサムウェア侵入：委託先が設置したVPNルーターから侵入された。
  - nisc-2016-03 事務用PCのランサムウェア感染：Webサイトの閲覧中にPCが感染した。
- **回答**：
  - backup.taken = yes
  - backup.offline_copy = no（コメント：テープ運用は2023年に停止した）（資料：backup-design.pdf）
- **参照**：NIST CSF 2.0 PR.DS-11; ISO/IEC 27001:2022 A.8.13; CIS Controls v8 11.4

### [高] access-remote-mfa：リモートアクセスに多要素認証を使う

- **分類**：リモート接続
- **理由**：盗まれたVPNのパスワードがあれば、攻撃者は脆弱性を使わずに侵入できる。
- **対策**：VPNとリモートデスクトップのすべてのログインで二要素目を必須にする。
- **確認資料**：認証設定の画面
- **事例**：
  - nisc-2021-06 VPNルーターからのランサムウェア侵入：委託先が設置したVPNルーターから侵入された。
- **回答**：
  - remote.vpn_used = yes
  - remote.mfa = no（コメント：導入予定（2026年度））
- **参照**：NIST CSF 2.0 PR.AA-03; ISO/IEC 27001:2022 A.8.5

## 回答が必要（1件）

- [中] mailform-captcha：公開メールフォームを悪用から守る
  - mailform.captcha：公開メールフォームにCAPTCHAや送信回数の制限がありますか？（コメント：委託先に確認中）

## 要確認：監査人の確認が必要（1件）

- [低] incident-contact-list：インシデント時の連絡先一覧を最新に保つ
  - **確認資料**：連絡先一覧とその最終更新日

## その他のルール

**合格（1件）**：vpn-firmware-current

**対象外（1件）**：media-usb-control
)md";

TEST_CASE("Markdown report of the sample, in English") {
  CHECK(render_markdown(testing::sample_result(), {Lang::en}) == kSampleEn);
}

TEST_CASE("Markdown report of the sample, in Japanese") {
  CHECK(render_markdown(testing::sample_result(), {Lang::ja}) == kSampleJa);
}


// A failure under an active waiver, a failure whose waiver expired, a pass whose waiver is no
// longer needed and an erroneous rule; the active waiver changes the score of its category.
Result waived_result() {
  using testing::sample_rule;
  Result r;
  r.organization = {"Port of Example", ""};
  r.assessment.date = "2026-04-01";
  r.answers_path = "port.yaml";
  r.waivers_path = "waivers.yaml";
  r.rules = {sample_rule("log-retention", State::fail, Severity::medium, "logging", 3,
                         {"ログを1年保管する", "Keep logs for a year"}),
             sample_rule("log-review", State::fail, Severity::high, "logging", 6,
                         {"ログを毎週確認する", "Review logs weekly"}),
             sample_rule("patch-window", State::error, Severity::info, "patching", 0,
                         {"パッチ適用期間", "Patch window"}),
             sample_rule("usb-policy", State::pass, Severity::low, "logging", 1,
                         {"USBの利用を制限する", "Restrict USB media"})};
  r.rules[0].waiver = RuleWaiver{"New log server ordered for May", "CISO", "2026-06-30",
                                 WaiverStatus::active, "waivers.yaml:3"};
  r.rules[1].waiver = RuleWaiver{"Reviews start after the audit", "", "2026-03-31",
                                 WaiverStatus::expired, "waivers.yaml:7"};
  r.rules[3].waiver = RuleWaiver{"Old exception", "IT manager", "", WaiverStatus::not_needed,
                                 "waivers.yaml:11"};
  r.summary.counts = {1, 1, 0, 0, 0, 1, 1};
  r.summary.score = r.summary.score_flat = 10;
  r.summary.score_after_waivers = r.summary.score_flat_after_waivers = 100.0 / 7;
  r.summary.waivers = {1, 1, 1};
  CategoryScore logging{"logging", {"ログ", "Logging"}, 10, 1, 10, {1, 1, 0, 0, 0, 1, 0}};
  logging.score_after_waivers = 100.0 / 7;
  logging.weight_scored_after_waivers = 7;
  r.summary.categories = {logging, {"patching", {"パッチ", "Patching"}, 0, 0, 0, {0, 0, 0, 0, 0, 0, 1}}};
  return r;
}

TEST_CASE("Markdown report with waivers shows scores after waivers and every kind of waiver") {
  CHECK(render_markdown(waived_result(), {Lang::en}) == R"md(# tenken gap report

- **Organization:** Port of Example
- **Assessment date:** 1 April 2026
- **Answer file:** port.yaml
- **Waivers file:** waivers.yaml

## Summary

- **Score:** 10.0 / 100 (default model), flat 10.0
- **After waivers:** 14.3 / 100 (default model), flat 14.3
- **Waivers:** 1 active, 1 expired, 1 not needed
- **Coverage:** 0.0% of 0 questions asked (0 answered, 0 not applicable, 0 don't know, 0 unanswered)
- **Rules:** pass 1, fail 1, unknown 0, not applicable 0, not checked 0, waived 1, error 1

## Score by category

| Category | Score | After waivers | Weight met/scored | pass | fail | unknown | waived |
| :------- | ----: | ------------: | ----------------: | ---: | ---: | ------: | -----: |
| Logging  |  10.0 |          14.3 |              1/10 |    1 |    1 |       0 |      1 |
| Patching |     - |             - |               0/0 |    0 |    0 |       0 |      0 |

## Gaps (1)

### [high] log-review: Review logs weekly

- **Category:** Logging
- **Waiver:** Reviews start after the audit (approved by nobody named; expired on 31 March 2026, so the rule counts as it is)

## Waived (1)

- [medium] log-retention: Keep logs for a year
  - **Result:** fail
  - **Waiver:** New log server ordered for May (approved by CISO, until 30 June 2026)

## Expired waivers (1)

- [high] log-review: Review logs weekly
  - **Result:** fail
  - **Waiver:** Reviews start after the audit (approved by nobody named; expired on 31 March 2026, so the rule counts as it is)

## Waivers no longer needed (1)

- [low] usb-policy: Restrict USB media
  - **Result:** pass
  - **Waiver:** Old exception (approved by IT manager; not needed: the rule does not fail)

## Errors (1)

- [info] patch-window: Patch window

## Other rules

**Passed (1):** usb-policy
)md");
}

// Text from a hostile answer file or rule set: HTML, links, Markdown, table pipes, line breaks,
// a heading's closing "#" and terminal escape sequences.
TEST_CASE("Markdown report escapes text from the answers and the rules") {
  Result r = testing::sample_result();
  r.organization.name = "<script>alert(1)</script> [x](javascript:alert(1))";
  r.assessment.scope = "line 1\nline 2\r\n# heading";
  r.summary.categories[0].title.en = "Back|up\nrecovery";
  testing::edit(r.rules[1]).title.en = "Keep backups #";
  r.rules[1].answers[1].edit().comment = "\x1b[31mred\x1b[0m *bold* `code` _x_";
  std::string md = render_markdown(r, {Lang::en});
  auto has = [&](const std::string& text) { return md.find(text) != std::string::npos; };
  CHECK(has("- **Organization:** &lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](javascript:alert(1))\n"));
  CHECK(has("- **Scope:** line 1<br>line 2<br># heading\n"));
  CHECK(has("\n| Back\\|up<br>recovery |   0.0 |"));
  CHECK(has("\n### [critical] backup-isolated-copy: Keep backups \\#\n"));
  CHECK(has("(comment: ␛\\[31mred␛\\[0m \\*bold\\* \\`code\\` \\_x\\_)"));
  CHECK(md.find('\x1b') == std::string::npos);
}

}  // namespace
}  // namespace tenken
