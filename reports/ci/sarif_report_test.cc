// Tests of the SARIF report: the whole log for the shared sample Result in English, then
// Japanese, waivers (an accepted suppression at the waiver's line; an expired one only noted),
// levels by severity and state, file locations (absolute, missing, odd names) and text that
// SARIF would read as a link.
#include <doctest/doctest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "common/sample_result_test.h"
#include "tenken/reports/render.h"

namespace tenken {
namespace {

using Json = nlohmann::json;

std::string sarif(const Result& r, Lang lang) {
  RenderOptions o;
  o.lang = lang;
  return render_sarif(r, o);
}

Json results(const Result& r, Lang lang = Lang::en) { return Json::parse(sarif(r, lang))["runs"][0]["results"]; }

// Every rule is described; results are the two failures and the unknown rule, at the line of
// their last answer outside the profile (the needed "don't know" for the unknown one), with every
// answer as a related location.
constexpr const char* kSampleEn = R"json({
  "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "tenken",
          "version": "0.1.0",
          "language": "en",
          "rules": [
            {
              "id": "access-remote-mfa",
              "shortDescription": {
                "text": "Use multi-factor authentication for remote access"
              },
              "fullDescription": {
                "text": "A stolen VPN password lets an attacker in without any exploit."
              },
              "help": {
                "text": "To do: Require a second factor for every VPN and remote desktop login.\nEvidence: The authentication settings\nCases: nisc-2021-06 Ransomware through a VPN router\nReferences: NIST CSF 2.0 PR.AA-03, ISO/IEC 27001:2022 A.8.5",
                "markdown": "**To do:** Require a second factor for every VPN and remote desktop login.\n\n**Evidence:** The authentication settings\n\n**Cases:** nisc-2021-06 Ransomware through a VPN router\n\n**References:** NIST CSF 2.0 PR.AA-03, ISO/IEC 27001:2022 A.8.5"
              },
              "defaultConfiguration": {
                "level": "error"
              },
              "properties": {
                "tags": [
                  "security",
                  "remote-access",
                  "NIST CSF 2.0 PR.AA-03",
                  "ISO/IEC 27001:2022 A.8.5"
                ],
                "security-severity": "8.0"
              }
            },
            {
              "id": "backup-isolated-copy",
              "shortDescription": {
                "text": "Keep a backup copy that ransomware cannot reach"
              },
              "fullDescription": {
                "text": "In the hospital case the backup server sat on the same network and was encrypted together with the electronic medical records, so recovery took two months instead of days."
              },
              "help": {
                "text": "To do: Keep at least one copy offline or immutable, and test restoring from it once a year.\nEvidence: The backup design and the record of the last restore test\nCases: nisc-2021-06 Ransomware through a VPN router, nisc-2016-03 Ransomware on an office PC\nReferences: NIST CSF 2.0 PR.DS-11, ISO/IEC 27001:2022 A.8.13, CIS Controls v8 11.4",
                "markdown": "**To do:** Keep at least one copy offline or immutable, and test restoring from it once a year.\n\n**Evidence:** The backup design and the record of the last restore test\n\n**Cases:** nisc-2021-06 Ransomware through a VPN router, nisc-2016-03 Ransomware on an office PC\n\n**References:** NIST CSF 2.0 PR.DS-11, ISO/IEC 27001:2022 A.8.13, CIS Controls v8 11.4"
              },
              "defaultConfiguration": {
                "level": "error"
              },
              "properties": {
                "tags": [
                  "security",
                  "backup",
                  "NIST CSF 2.0 PR.DS-11",
                  "ISO/IEC 27001:2022 A.8.13",
                  "CIS Controls v8 11.4"
                ],
                "security-severity": "9.5"
              }
            },
            {
              "id": "incident-contact-list",
              "shortDescription": {
                "text": "Keep the incident contact list up to date"
              },
              "fullDescription": {
                "text": "An old contact list delays the first response."
              },
              "help": {
                "text": "To do: Review it yearly and after staff changes.\nEvidence: The contact list and the date it was last updated",
                "markdown": "**To do:** Review it yearly and after staff changes.\n\n**Evidence:** The contact list and the date it was last updated"
              },
              "defaultConfiguration": {
                "level": "note"
              },
              "properties": {
                "tags": [
                  "security",
                  "response"
                ],
                "security-severity": "3.0"
              }
            },
            {
              "id": "mailform-captcha",
              "shortDescription": {
                "text": "Protect public mail forms from abuse"
              },
              "fullDescription": {
                "text": "A form was used to send mail in bulk."
              },
              "help": {
                "text": "To do: Add a CAPTCHA and a rate limit.\nEvidence: The form's settings\nCases: nisc-2016-01",
                "markdown": "**To do:** Add a CAPTCHA and a rate limit.\n\n**Evidence:** The form's settings\n\n**Cases:** nisc-2016-01"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "security",
                  "web"
                ],
                "security-severity": "5.5"
              }
            },
            {
              "id": "media-usb-control",
              "shortDescription": {
                "text": "Control the use of USB memory sticks"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "security",
                  "endpoint"
                ],
                "security-severity": "5.5"
              }
            },
            {
              "id": "vpn-firmware-current",
              "shortDescription": {
                "text": "Keep VPN appliance firmware up to date"
              },
              "defaultConfiguration": {
                "level": "error"
              },
              "properties": {
                "tags": [
                  "security",
                  "remote-access"
                ],
                "security-severity": "8.0"
              }
            }
          ]
        }
      },
      "language": "en",
      "results": [
        {
          "ruleId": "access-remote-mfa",
          "ruleIndex": 0,
          "level": "error",
          "message": {
            "text": "Use multi-factor authentication for remote access\nTo do: Require a second factor for every VPN and remote desktop login."
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "answers/minato-2026.yaml",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 12
                }
              },
              "message": {
                "text": "remote.mfa = no (comment: 導入予定（2026年度）)"
              }
            }
          ],
          "relatedLocations": [
            {
              "id": 1,
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "answers/minato-2026.yaml",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 11
                }
              },
              "message": {
                "text": "remote.vpn_used = yes"
              }
            },
            {
              "id": 2,
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "answers/minato-2026.yaml",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 12
                }
              },
              "message": {
                "text": "remote.mfa = no (comment: 導入予定（2026年度）)"
              }
            }
          ],
          "partialFingerprints": {
            "tenkenRule/v1": "4ff4ade09a9435fff35fe872c403892f25fc3b2e"
          },
          "properties": {
            "state": "fail",
            "severity": "high",
            "category": "remote-access"
          }
        },
        {
          "ruleId": "backup-isolated-copy",
          "ruleIndex": 1,
          "level": "error",
          "message": {
            "text": "Keep a backup copy that ransomware cannot reach\nTo do: Keep at least one copy offline or immutable, and test restoring from it once a year."
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "answers/minato-2026.yaml",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 9
                }
              },
              "message": {
                "text": "backup.offline_copy = no (comment: テープ運用は2023年に停止した)"
              }
            }
          ],
          "relatedLocations": [
            {
              "id": 1,
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "answers/minato-2026.yaml",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 8
                }
              },
              "message": {
                "text": "backup.taken = yes"
              }
            },
            {
              "id": 2,
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "answers/minato-2026.yaml",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 9
                }
              },
              "message": {
                "text": "backup.offline_copy = no (comment: テープ運用は2023年に停止した)"
              }
            }
          ],
          "partialFingerprints": {
            "tenkenRule/v1": "6dbdf7bc57af7e8c2dde87057fb1c66b8fc2329c"
          },
          "properties": {
            "state": "fail",
            "severity": "critical",
            "category": "backup"
          }
        },
        {
          "ruleId": "mailform-captcha",
          "ruleIndex": 3,
          "level": "warning",
          "message": {
            "text": "Protect public mail forms from abuse\nTo answer: mailform.captcha: Does the public mail form have a CAPTCHA or a rate limit? (comment: 委託先に確認中)"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "answers/minato-2026.yaml",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 15
                }
              },
              "message": {
                "text": "mailform.captcha: don't know (comment: 委託先に確認中)"
              }
            }
          ],
          "relatedLocations": [
            {
              "id": 1,
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "answers/minato-2026.yaml",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 14
                }
              },
              "message": {
                "text": "mailform.exists = yes"
              }
            },
            {
              "id": 2,
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "answers/minato-2026.yaml",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 15
                }
              },
              "message": {
                "text": "mailform.captcha: don't know (comment: 委託先に確認中)"
              }
            }
          ],
          "partialFingerprints": {
            "tenkenRule/v1": "78298fda503a50329f262c2ab692fc523c18cafe"
          },
          "properties": {
            "state": "unknown",
            "severity": "medium",
            "category": "web"
          }
        }
      ],
      "properties": {
        "organization": "みなと水道企業団",
        "assessmentDate": "2026-04-01",
        "score": 16.67
      }
    }
  ]
}
)json";

TEST_CASE("sarif: the sample, whole, in English") { CHECK(sarif(testing::sample_result(), Lang::en) == kSampleEn); }

TEST_CASE("sarif: Japanese texts and language") {
  Json log = Json::parse(sarif(testing::sample_result(), Lang::ja));
  const Json& run = log["runs"][0];
  CHECK(run["language"] == "ja");
  CHECK(run["tool"]["driver"]["rules"][1]["shortDescription"]["text"] == "ランサムウェアが届かないバックアップを持つ");
  CHECK(run["tool"]["driver"]["rules"][1]["help"]["markdown"] ==
        "**対策：**少なくとも1つのコピーをオフラインまたは変更不可の状態で保管し、年1回以上そこからの復元を試験する。\n\n"
        "**確認資料：**バックアップ構成図と直近の復元試験の記録\n\n"
        "**事例：**nisc-2021-06 VPNルーターからのランサムウェア侵入、nisc-2016-03 事務用PCのランサムウェア感染\n\n"
        "**参照：**NIST CSF 2.0 PR.DS-11、ISO/IEC 27001:2022 A.8.13、CIS Controls v8 11.4");
  CHECK(run["results"][2]["message"]["text"] ==
        "公開メールフォームを悪用から守る\n質問：mailform.captcha：公開メールフォームにCAPTCHAや送信回数の制限がありますか？"
        "（コメント：委託先に確認中）");
  // Fingerprints do not depend on the language.
  CHECK(run["results"][0]["partialFingerprints"] == results(testing::sample_result())[0]["partialFingerprints"]);
}

TEST_CASE("sarif: a waived rule keeps its result with an accepted suppression at the waiver's line") {
  Result r = testing::sample_result();
  r.rules[0].waiver = RuleWaiver{"新しいVPN装置の導入まで", "情報システム課長", "2026-09-30", WaiverStatus::active, "waivers.yaml:3"};
  r.rules[1].waiver = RuleWaiver{"テープ装置の更新待ち", "課長", "2026-03-31", WaiverStatus::expired, "waivers.yaml:7"};
  r.waivers_path = "waivers.yaml";
  Json out = results(r);
  REQUIRE(out.size() == 3);
  CHECK(out[0]["suppressions"][0] == R"j({"kind": "external", "status": "accepted",
      "justification": "新しいVPN装置の導入まで (approved by 情報システム課長, until 30 September 2026)",
      "location": {"physicalLocation": {"artifactLocation": {"uri": "waivers.yaml", "uriBaseId": "%SRCROOT%"},
                                        "region": {"startLine": 3}}}})j"_json);
  CHECK_FALSE(out[1].contains("suppressions"));
  CHECK(out[1]["properties"]["waiver"] ==
        "テープ装置の更新待ち (approved by 課長; expired on 31 March 2026, so the rule counts as it is)");
  // A waived unknown rule is reported and suppressed too; a waiver without a line has no location.
  r.rules[3].waiver = RuleWaiver{"確認中", "", "", WaiverStatus::active, "waivers.csv"};
  out = results(r);
  CHECK(out[2]["suppressions"][0] == R"j({"kind": "external", "status": "accepted",
      "justification": "確認中 (approved by nobody named, no expiry date)"})j"_json);
}

TEST_CASE("sarif: levels follow the severity; an unknown rule is a warning, or a note when low") {
  Result r = testing::sample_result();
  r.rules[1].severity = Severity::medium;  // backup fails
  r.rules[0].severity = Severity::low;     // access fails
  CHECK(results(r)[0]["level"] == "note");
  CHECK(results(r)[1]["level"] == "warning");
  r.rules[3].severity = Severity::critical;  // the unknown mail form rule
  CHECK(results(r)[2]["level"] == "warning");
  r.rules[3].severity = Severity::low;
  CHECK(results(r)[2]["level"] == "note");
  r.rules[3].severity = Severity::info;
  Json rule = Json::parse(sarif(r, Lang::en))["runs"][0]["tool"]["driver"]["rules"][3];
  CHECK(rule["defaultConfiguration"]["level"] == "note");
  CHECK_FALSE(rule["properties"].contains("security-severity"));
}

TEST_CASE("sarif: the answer file as a URI: absolute, odd names, none at all") {
  Result r = testing::sample_result();
  r.answers_path = "/srv/点検/answers #1.yaml";
  Json location = results(r)[0]["locations"][0]["physicalLocation"]["artifactLocation"];
  CHECK(location == R"j({"uri": "file:///srv/%E7%82%B9%E6%A4%9C/answers%20%231.yaml"})j"_json);
  r.answers_path.clear();
  CHECK_FALSE(results(r)[0].contains("locations"));
  CHECK_FALSE(results(r)[0].contains("relatedLocations"));
  // No answer with a line: the file, without a region.
  r = testing::sample_result();
  for (AnswerRef& a : r.rules[0].answers) a.edit().line = 0;
  CHECK(results(r)[0]["locations"][0] == R"j({"physicalLocation": {"artifactLocation":
      {"uri": "answers/minato-2026.yaml", "uriBaseId": "%SRCROOT%"}}})j"_json);
}

TEST_CASE("sarif: brackets and backslashes in messages are escaped so they cannot become links") {
  Result r = testing::sample_result();
  testing::edit(r.rules[0]).title.en = "See [the guide](1) \\ now";
  r.rules[0].answers[1].edit().comment = "[x](2)";
  Json out = results(r);
  CHECK(out[0]["message"]["text"] ==
        "See \\[the guide\\](1) \\\\ now\nTo do: Require a second factor for every VPN and remote desktop login.");
  CHECK(out[0]["locations"][0]["message"]["text"] == "remote.mfa = no (comment: \\[x\\](2))");
}

TEST_CASE("sarif: the same Result gives the same bytes") {
  CHECK(sarif(testing::sample_result(), Lang::en) == sarif(testing::sample_result(), Lang::en));
}

}  // namespace
}  // namespace tenken
