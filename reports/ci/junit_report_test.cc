// Tests of the JUnit XML report: whole outputs for the shared sample Result in English and
// Japanese, then the states the sample lacks (waived, error, an expired waiver), a category the
// summary does not list, an empty Result, and hostile text from an answer file.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "common/sample_result_test.h"
#include "tenken/reports/render.h"

namespace tenken {
namespace {

std::string junit(const Result& r, Lang lang) {
  RenderOptions o;
  o.lang = lang;
  return render_junit(r, o);
}

// Suites in summary order, cases by rule id. The unknown rule is a failure listing what to answer;
// the not-applicable rule and the one for an auditor are skipped with the reason; the pass is
// an empty test case; ask_if's skipped question is not among the answers.
constexpr const char* kSampleEn = R"xml(<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="tenken self-assessment: みなと水道企業団 (1 April 2026)" tests="6" failures="3" errors="0" time="0">
  <testsuite name="Backup and recovery" tests="1" failures="1" errors="0" skipped="0" time="0">
    <properties>
      <property name="category" value="backup"/>
    </properties>
    <testcase classname="backup" name="backup-isolated-copy: Keep a backup copy that ransomware cannot reach" time="0">
      <failure type="critical" message="Keep at least one copy offline or immutable, and test restoring from it once a year.">Result: fail
Severity: critical (weight 10)
Why: In the hospital case the backup server sat on the same network and was encrypted together with the electronic medical records, so recovery took two months instead of days.
To do: Keep at least one copy offline or immutable, and test restoring from it once a year.
Cases:
- nisc-2021-06 Ransomware through a VPN router
- nisc-2016-03 Ransomware on an office PC
Answers:
- backup.taken = yes [answers/minato-2026.yaml:8]
- backup.offline_copy = no (comment: テープ運用は2023年に停止した) [answers/minato-2026.yaml:9]
References:
- NIST CSF 2.0 PR.DS-11
- ISO/IEC 27001:2022 A.8.13
- CIS Controls v8 11.4
</failure>
    </testcase>
  </testsuite>
  <testsuite name="Endpoints" tests="1" failures="0" errors="0" skipped="1" time="0">
    <properties>
      <property name="category" value="endpoint"/>
    </properties>
    <testcase classname="endpoint" name="media-usb-control: Control the use of USB memory sticks" time="0">
      <skipped message="not applicable: media.usb_ports: USB端子は物理的に封鎖済み"/>
    </testcase>
  </testsuite>
  <testsuite name="Remote access" tests="2" failures="1" errors="0" skipped="0" time="0">
    <properties>
      <property name="category" value="remote-access"/>
    </properties>
    <testcase classname="remote-access" name="access-remote-mfa: Use multi-factor authentication for remote access" time="0">
      <failure type="high" message="Require a second factor for every VPN and remote desktop login.">Result: fail
Severity: high (weight 6)
Why: A stolen VPN password lets an attacker in without any exploit.
To do: Require a second factor for every VPN and remote desktop login.
Cases: nisc-2021-06 Ransomware through a VPN router
Answers:
- remote.vpn_used = yes [answers/minato-2026.yaml:11]
- remote.mfa = no (comment: 導入予定（2026年度）) [answers/minato-2026.yaml:12]
References:
- NIST CSF 2.0 PR.AA-03
- ISO/IEC 27001:2022 A.8.5
</failure>
    </testcase>
    <testcase classname="remote-access" name="vpn-firmware-current: Keep VPN appliance firmware up to date" time="0"/>
  </testsuite>
  <testsuite name="Incident response" tests="1" failures="0" errors="0" skipped="1" time="0">
    <properties>
      <property name="category" value="response"/>
    </properties>
    <testcase classname="response" name="incident-contact-list: Keep the incident contact list up to date" time="0">
      <skipped message="The answers cannot decide this rule: an auditor examines the evidence. Evidence: The contact list and the date it was last updated"/>
    </testcase>
  </testsuite>
  <testsuite name="Public websites" tests="1" failures="1" errors="0" skipped="0" time="0">
    <properties>
      <property name="category" value="web"/>
    </properties>
    <testcase classname="web" name="mailform-captcha: Protect public mail forms from abuse" time="0">
      <failure type="medium" message="To answer: mailform.captcha: Does the public mail form have a CAPTCHA or a rate limit? (comment: 委託先に確認中)">Result: unknown
Severity: medium (weight 3)
Why: A form was used to send mail in bulk.
To do: Add a CAPTCHA and a rate limit.
To answer: mailform.captcha: Does the public mail form have a CAPTCHA or a rate limit? (comment: 委託先に確認中)
Cases: nisc-2016-01
Answers:
- mailform.exists = yes [answers/minato-2026.yaml:14]
- mailform.captcha: don&#39;t know (comment: 委託先に確認中) [answers/minato-2026.yaml:15]
</failure>
    </testcase>
  </testsuite>
</testsuites>
)xml";

constexpr const char* kSampleJa = R"xml(<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="tenken 自己点検：みなと水道企業団（2026年4月1日）" tests="6" failures="3" errors="0" time="0">
  <testsuite name="バックアップと復旧" tests="1" failures="1" errors="0" skipped="0" time="0">
    <properties>
      <property name="category" value="backup"/>
    </properties>
    <testcase classname="backup" name="backup-isolated-copy: ランサムウェアが届かないバックアップを持つ" time="0">
      <failure type="critical" message="少なくとも1つのコピーをオフラインまたは変更不可の状態で保管し、年1回以上そこからの復元を試験する。">結果：不備
重大度：重大（重み 10）
理由：病院の事例では、バックアップサーバが同じネットワーク上にあり、電子カルテと一緒に暗号化されたため、復旧に数日ではなく2か月を要した。
対策：少なくとも1つのコピーをオフラインまたは変更不可の状態で保管し、年1回以上そこからの復元を試験する。
事例：
- nisc-2021-06 VPNルーターからのランサムウェア侵入
- nisc-2016-03 事務用PCのランサムウェア感染
回答：
- backup.taken = yes [answers/minato-2026.yaml:8]
- backup.offline_copy = no（コメント：テープ運用は2023年に停止した） [answers/minato-2026.yaml:9]
参照：
- NIST CSF 2.0 PR.DS-11
- ISO/IEC 27001:2022 A.8.13
- CIS Controls v8 11.4
</failure>
    </testcase>
  </testsuite>
  <testsuite name="端末" tests="1" failures="0" errors="0" skipped="1" time="0">
    <properties>
      <property name="category" value="endpoint"/>
    </properties>
    <testcase classname="endpoint" name="media-usb-control: USBメモリの利用を管理する" time="0">
      <skipped message="対象外：media.usb_ports：USB端子は物理的に封鎖済み"/>
    </testcase>
  </testsuite>
  <testsuite name="リモート接続" tests="2" failures="1" errors="0" skipped="0" time="0">
    <properties>
      <property name="category" value="remote-access"/>
    </properties>
    <testcase classname="remote-access" name="access-remote-mfa: リモートアクセスに多要素認証を使う" time="0">
      <failure type="high" message="VPNとリモートデスクトップのすべてのログインで二要素目を必須にする。">結果：不備
重大度：高（重み 6）
理由：盗まれたVPNのパスワードがあれば、攻撃者は脆弱性を使わずに侵入できる。
対策：VPNとリモートデスクトップのすべてのログインで二要素目を必須にする。
事例：nisc-2021-06 VPNルーターからのランサムウェア侵入
回答：
- remote.vpn_used = yes [answers/minato-2026.yaml:11]
- remote.mfa = no（コメント：導入予定（2026年度）） [answers/minato-2026.yaml:12]
参照：
- NIST CSF 2.0 PR.AA-03
- ISO/IEC 27001:2022 A.8.5
</failure>
    </testcase>
    <testcase classname="remote-access" name="vpn-firmware-current: VPN機器のファームウェアを最新に保つ" time="0"/>
  </testsuite>
  <testsuite name="インシデント対応" tests="1" failures="0" errors="0" skipped="1" time="0">
    <properties>
      <property name="category" value="response"/>
    </properties>
    <testcase classname="response" name="incident-contact-list: インシデント時の連絡先一覧を最新に保つ" time="0">
      <skipped message="回答だけでは判定できないルールです。監査人が確認資料を見て判断します。確認資料：連絡先一覧とその最終更新日"/>
    </testcase>
  </testsuite>
  <testsuite name="公開Webサイト" tests="1" failures="1" errors="0" skipped="0" time="0">
    <properties>
      <property name="category" value="web"/>
    </properties>
    <testcase classname="web" name="mailform-captcha: 公開メールフォームを悪用から守る" time="0">
      <failure type="medium" message="質問：mailform.captcha：公開メールフォームにCAPTCHAや送信回数の制限がありますか？（コメント：委託先に確認中）">結果：未回答
重大度：中（重み 3）
理由：フォームが大量送信の踏み台にされた。
対策：CAPTCHAと送信回数制限を入れる。
質問：mailform.captcha：公開メールフォームにCAPTCHAや送信回数の制限がありますか？（コメント：委託先に確認中）
事例：nisc-2016-01
回答：
- mailform.exists = yes [answers/minato-2026.yaml:14]
- mailform.captcha：わからない（コメント：委託先に確認中） [answers/minato-2026.yaml:15]
</failure>
    </testcase>
  </testsuite>
</testsuites>
)xml";

TEST_CASE("junit: the sample, whole, in English and Japanese") {
  CHECK(junit(testing::sample_result(), Lang::en) == kSampleEn);
  CHECK(junit(testing::sample_result(), Lang::ja) == kSampleJa);
}

TEST_CASE("junit: waived rules are skipped with the waiver, errors are errors, expired waivers fail") {
  Result r = testing::sample_result();
  r.rules[0].waiver = RuleWaiver{"新しいVPN装置の導入まで", "情報システム課長", "2026-09-30", WaiverStatus::active, "w.yaml:3"};
  r.rules[1].waiver = RuleWaiver{"テープ装置の更新待ち", "", "2026-03-31", WaiverStatus::expired, "w.yaml:7"};
  r.rules[5].state = State::error;
  std::string out = junit(r, Lang::en);
  CHECK(out.find(R"t(<testcase classname="remote-access" name="access-remote-mfa: Use multi-factor authentication for remote access" time="0">
      <skipped message="fail, waived: 新しいVPN装置の導入まで (approved by 情報システム課長, until 30 September 2026)"/>
    </testcase>)t") != std::string::npos);
  CHECK(out.find("Waiver: テープ装置の更新待ち (approved by nobody named; expired on 31 March 2026, so the rule "
                 "counts as it is)\n") != std::string::npos);
  CHECK(out.find(R"t(<testcase classname="remote-access" name="vpn-firmware-current: Keep VPN appliance firmware up to date" time="0">
      <error type="error" message="The rule could not be evaluated against these answers. Run tenken lint and check the answers it reads."/>)t") !=
        std::string::npos);
  CHECK(out.find(R"t(<testsuite name="Remote access" tests="2" failures="0" errors="1" skipped="1" time="0">)t") !=
        std::string::npos);
  CHECK(out.find(R"t(tests="6" failures="2" errors="1" time="0">)t") != std::string::npos);
}

TEST_CASE("junit: a category the summary lacks gets its own suite, after the others; an empty Result") {
  Result r = testing::sample_result();
  r.rules[5].category = "zz-extra";
  std::string out = junit(r, Lang::en);
  CHECK(out.find(R"t(  <testsuite name="zz-extra" tests="1" failures="0" errors="0" skipped="0" time="0">
    <properties>
      <property name="category" value="zz-extra"/>
    </properties>
    <testcase classname="zz-extra" name="vpn-firmware-current: Keep VPN appliance firmware up to date" time="0"/>
  </testsuite>
</testsuites>
)t") != std::string::npos);
  Result empty;
  CHECK(junit(empty, Lang::en) == R"t(<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="tenken self-assessment: ()" tests="0" failures="0" errors="0" time="0">
</testsuites>
)t");
}

TEST_CASE("junit: hostile text is escaped, kept on one line in attributes, and holds no control character") {
  Result r = testing::sample_result();
  r.organization.name = "<script>alert('x')</script> \"&";
  testing::edit(r.rules[0]).title.en = "A ]]> title\nover two lines\x01";
  testing::edit(r.rules[0]).recommendation.en = "Fix <it>\x1b[31m";
  r.rules[0].answers[1].edit().comment = "=HYPERLINK(\"http://x\")\x0b</failure>";
  std::string out = junit(r, Lang::en);
  CHECK(out.find("<script") == std::string::npos);
  CHECK(out.find(R"t(name="tenken self-assessment: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;&amp; (1 April 2026)")t") !=
        std::string::npos);
  CHECK(out.find(R"t(name="access-remote-mfa: A ]]&gt; title over two lines␁")t") != std::string::npos);
  CHECK(out.find(R"t(message="Fix &lt;it&gt;␛[31m")t") != std::string::npos);
  CHECK(out.find("To do: Fix &lt;it&gt;␛[31m\n") != std::string::npos);
  CHECK(out.find("(comment: =HYPERLINK(&quot;http://x&quot;)␋&lt;/failure&gt;)") != std::string::npos);
  CHECK(std::none_of(out.begin(), out.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\n'; }));
}

TEST_CASE("junit: the same Result gives the same bytes") {
  CHECK(junit(testing::sample_result(), Lang::ja) == junit(testing::sample_result(), Lang::ja));
}

}  // namespace
}  // namespace tenken
