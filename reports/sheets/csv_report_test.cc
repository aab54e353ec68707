// Tests of the CSV report: whole outputs, in English and Japanese, for the shared sample Result
// (sample_result_test.h); the byte order mark; the waiver columns; and fields from a hostile
// answer file (formulas, quotes, line breaks).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "common/sample_result_test.h"
#include "tenken/reports/render.h"

namespace tenken {
namespace {

// The expected text is written with "\n" line ends; CSV records end in CRLF.
std::string crlf(std::string text) {
  for (size_t i = 0; (i = text.find('\n', i)) != std::string::npos; i += 2) text.insert(i, "\r");
  return text;
}

// One row per rule in Result order (by id); the header, states and severities are machine
// names in both languages; the skipped question remote.mfa_method is not among the answers; the
// not-applicable answer gives its reason.
constexpr const char* kSampleEn = R"csv(organization,assessment_date,rule,title,state,counted_state,severity,category,weight,answers,answer_evidence,needs,cases,csf2,iso27001_2022,cis_v8,rationale,recommendation,evidence,waiver_status,waiver_justification,waiver_approved_by,waiver_expires,waiver_origin
みなと水道企業団,2026-04-01,access-remote-mfa,Use multi-factor authentication for remote access,fail,fail,high,remote-access,6,remote.vpn_used = yes; remote.mfa = no (comment: 導入予定（2026年度）),,,nisc-2021-06,PR.AA-03,A.8.5,,A stolen VPN password lets an attacker in without any exploit.,Require a second factor for every VPN and remote desktop login.,The authentication settings,,,,,
みなと水道企業団,2026-04-01,backup-isolated-copy,Keep a backup copy that ransomware cannot reach,fail,fail,critical,backup,10,backup.taken = yes; backup.offline_copy = no (comment: テープ運用は2023年に停止した),backup-design.pdf,,nisc-2021-06; nisc-2016-03,PR.DS-11,A.8.13,11.4,"In the hospital case the backup server sat on the same network and was encrypted together with the electronic medical records, so recovery took two months instead of days.","Keep at least one copy offline or immutable, and test restoring from it once a year.",The backup design and the record of the last restore test,,,,,
みなと水道企業団,2026-04-01,incident-contact-list,Keep the incident contact list up to date,notchecked,notchecked,low,response,1,,,,,,,,An old contact list delays the first response.,Review it yearly and after staff changes.,The contact list and the date it was last updated,,,,,
みなと水道企業団,2026-04-01,mailform-captcha,Protect public mail forms from abuse,unknown,unknown,medium,web,3,mailform.exists = yes; mailform.captcha: don't know (comment: 委託先に確認中),,mailform.captcha,nisc-2016-01,,,,A form was used to send mail in bulk.,Add a CAPTCHA and a rate limit.,The form's settings,,,,,
みなと水道企業団,2026-04-01,media-usb-control,Control the use of USB memory sticks,notapplicable,notapplicable,medium,endpoint,3,media.usb_ports: not applicable (USB端子は物理的に封鎖済み),,,,,,,,,,,,,,
みなと水道企業団,2026-04-01,vpn-firmware-current,Keep VPN appliance firmware up to date,pass,pass,high,remote-access,6,vpn.firmware_updated_on = 2025-12-10,,,,,,,,,,,,,,
)csv";

// Titles, answers and advice in Japanese; the header and the states stay the same.
constexpr const char* kSampleJa = R"csv(organization,assessment_date,rule,title,state,counted_state,severity,category,weight,answers,answer_evidence,needs,cases,csf2,iso27001_2022,cis_v8,rationale,recommendation,evidence,waiver_status,waiver_justification,waiver_approved_by,waiver_expires,waiver_origin
みなと水道企業団,2026-04-01,access-remote-mfa,リモートアクセスに多要素認証を使う,fail,fail,high,remote-access,6,remote.vpn_used = yes; remote.mfa = no（コメント：導入予定（2026年度））,,,nisc-2021-06,PR.AA-03,A.8.5,,盗まれたVPNのパスワードがあれば、攻撃者は脆弱性を使わずに侵入できる。,VPNとリモートデスクトップのすべてのログインで二要素目を必須にする。,認証設定の画面,,,,,
みなと水道企業団,2026-04-01,backup-isolated-copy,ランサムウェアが届かないバックアップを持つ,fail,fail,critical,backup,10,backup.taken = yes; backup.offline_copy = no（コメント：テープ運用は2023年に停止した）,backup-design.pdf,,nisc-2021-06; nisc-2016-03,PR.DS-11,A.8.13,11.4,病院の事例では、バックアップサーバが同じネットワーク上にあり、電子カルテと一緒に暗号化されたため、復旧に数日ではなく2か月を要した。,少なくとも1つのコピーをオフラインまたは変更不可の状態で保管し、年1回以上そこからの復元を試験する。,バックアップ構成図と直近の復元試験の記録,,,,,
みなと水道企業団,2026-04-01,incident-contact-list,インシデント時の連絡先一覧を最新に保つ,notchecked,notchecked,low,response,1,,,,,,,,連絡先が古いと初動が遅れる。,年1回と人事異動のたびに見直す。,連絡先一覧とその最終更新日,,,,,
みなと水道企業団,2026-04-01,mailform-captcha,公開メールフォームを悪用から守る,unknown,unknown,medium,web,3,mailform.exists = yes; mailform.captcha：わからない（コメント：委託先に確認中）,,mailform.captcha,nisc-2016-01,,,,フォームが大量送信の踏み台にされた。,CAPTCHAと送信回数制限を入れる。,フォームの設定,,,,,
みなと水道企業団,2026-04-01,media-usb-control,USBメモリの利用を管理する,notapplicable,notapplicable,medium,endpoint,3,media.usb_ports：該当なし（USB端子は物理的に封鎖済み）,,,,,,,,,,,,,,
みなと水道企業団,2026-04-01,vpn-firmware-current,VPN機器のファームウェアを最新に保つ,pass,pass,high,remote-access,6,vpn.firmware_updated_on = 2025-12-10,,,,,,,,,,,,,,
)csv";

TEST_CASE("CSV report of the sample, in English") {
  CHECK(render_csv(testing::sample_result(), {Lang::en}) == crlf(kSampleEn));
}

TEST_CASE("CSV report of the sample, in Japanese") {
  CHECK(render_csv(testing::sample_result(), {Lang::ja}) == crlf(kSampleJa));
}

TEST_CASE("CSV report starts with a byte order mark only when asked") {
  RenderOptions bom{Lang::en};
  bom.csv_bom = true;
  std::string plain = render_csv(testing::sample_result(), {Lang::en});
  CHECK(plain.rfind("organization,", 0) == 0);
  CHECK(render_csv(testing::sample_result(), bom) == "\xEF\xBB\xBF" + plain);
}

TEST_CASE("CSV report fills the waiver columns and counts a waived failure as waived") {
  Result r;
  r.organization = {"Port of Example", ""};
  r.assessment.date = "2026-04-01";
  r.rules = {testing::sample_rule("log-retention", State::fail, Severity::medium, "logging", 3,
                                  {"ログを1年保管する", "Keep logs for a year"}),
             testing::sample_rule("usb-policy", State::pass, Severity::low, "media", 1,
                                  {"USBの利用を制限する", "Restrict USB media"})};
  r.rules[0].waiver = RuleWaiver{"New log server ordered for May", "CISO", "2026-06-30",
                                 WaiverStatus::active, "waivers.yaml:3"};
  r.rules[1].waiver = RuleWaiver{"Old exception", "", "", WaiverStatus::not_needed, "waivers.yaml:9"};
  CHECK(render_csv(r, {Lang::ja}) == crlf(R"csv(organization,assessment_date,rule,title,state,counted_state,severity,category,weight,answers,answer_evidence,needs,cases,csf2,iso27001_2022,cis_v8,rationale,recommendation,evidence,waiver_status,waiver_justification,waiver_approved_by,waiver_expires,waiver_origin
Port of Example,2026-04-01,log-retention,ログを1年保管する,fail,waived,medium,logging,3,,,,,,,,,,,active,New log server ordered for May,CISO,2026-06-30,waivers.yaml:3
Port of Example,2026-04-01,usb-policy,USBの利用を制限する,pass,pass,low,media,1,,,,,,,,,,,not_needed,Old exception,,,waivers.yaml:9
)csv"));
}

// A spreadsheet must show these as the text they are: no formula runs, no field splits.
TEST_CASE("CSV report quotes and neutralises hostile text") {
  Result r = testing::sample_result();
  r.rules.resize(1);
  r.organization.name = "=HYPERLINK(\"http://evil\",\"click\")";
  testing::edit(r.rules[0]).title.en = "+cmd|' /C calc'!A0";
  r.rules[0].answers[1].edit().comment = "line 1\nline 2, \"quoted\"";
  std::string csv = render_csv(r, {Lang::en});
  std::string row = csv.substr(csv.find("\r\n") + 2);
  CHECK(row.rfind(R"x("'=HYPERLINK(""http://evil"",""click"")",2026-04-01,access-remote-mfa,)x"
                  R"x('+cmd|' /C calc'!A0,fail,)x", 0) == 0);
  CHECK(row.find("\"remote.vpn_used = yes; remote.mfa = no (comment: line 1\nline 2, \"\"quoted\"\")\",") !=
        std::string::npos);
}

// The organisation is on every row, so a long name is cut there, at a character boundary.
TEST_CASE("CSV report cuts an organisation name over 200 characters on every row") {
  auto organisation_cells = [](const std::string& name) {
    Result r = testing::sample_result();
    r.organization.name = name;
    std::string csv = render_csv(r, {Lang::en});
    std::vector<std::string> cells;
    for (size_t row = csv.find("\r\n") + 2; row < csv.size(); row = csv.find("\r\n", row) + 2)
      cells.push_back(csv.substr(row, csv.find(",2026-04-01,", row) - row));
    return cells;
  };
  std::string two_hundred;
  for (int i = 0; i < 100; ++i) two_hundred += "点a";
  CHECK(organisation_cells(two_hundred) == std::vector<std::string>(6, two_hundred));
  std::string cut = two_hundred.substr(0, two_hundred.size() - 1) + "…";  // 199 characters and "…"
  CHECK(organisation_cells(two_hundred + "b") == std::vector<std::string>(6, cut));
  std::string kanji;
  for (int i = 0; i < 300000; ++i) kanji += "点";
  std::string kanji_cut;
  for (int i = 0; i < 199; ++i) kanji_cut += "点";
  CHECK(organisation_cells(kanji) == std::vector<std::string>(6, kanji_cut + "…"));
}

}  // namespace
}  // namespace tenken
