// The OSCAL assessment-results for the shared sample Result, whole, in English: what an auditor's
// tool imports. Targeted tests are in oscal_report_test.cc; tests/reports/oscal_schema_test.sh
// validates the output for every example against NIST's schema.
#include <doctest/doctest.h>

#include <string>

#include "common/sample_result_test.h"
#include "tenken/reports/render.h"

namespace tenken {
namespace {

// Parties for the water utility and its assessor; CSF 2.0 PR.AA-03 and PR.DS-11 as the reviewed
// controls; an observation (interview) per rule with answers; risks for the two failures; a
// finding per rule: not-satisfied for the failures, the unknown rule and the one for an auditor,
// satisfied for the pass and (not applicable) for the sealed USB ports; back-matter with the plan,
// the answer file and the three cases, nisc-2016-01 by its id alone as the Result lacks it.
constexpr const char* kSampleEn = R"json({
  "assessment-results": {
    "uuid": "bb1ff701-613e-5904-a679-b17f6943d42c",
    "metadata": {
      "title": "tenken self-assessment: みなと水道企業団 (1 April 2026)",
      "published": "2026-04-01T00:00:00Z",
      "last-modified": "2026-04-01T00:00:00Z",
      "version": "2026-04-01",
      "oscal-version": "1.0.6",
      "roles": [
        {
          "id": "prepared-for",
          "title": "Assessed organization"
        },
        {
          "id": "assessor",
          "title": "Assessor"
        }
      ],
      "parties": [
        {
          "uuid": "8a324fb3-f072-586b-b521-c07a77074b6b",
          "type": "organization",
          "name": "みなと水道企業団",
          "props": [
            {
              "name": "sector",
              "ns": "urn:tenken:oscal",
              "value": "water"
            }
          ]
        },
        {
          "uuid": "625775b5-d1f4-560f-a4ae-b47182aa9495",
          "type": "person",
          "name": "山田 太郎"
        }
      ],
      "responsible-parties": [
        {
          "role-id": "prepared-for",
          "party-uuids": [
            "8a324fb3-f072-586b-b521-c07a77074b6b"
          ]
        },
        {
          "role-id": "assessor",
          "party-uuids": [
            "625775b5-d1f4-560f-a4ae-b47182aa9495"
          ]
        }
      ]
    },
    "import-ap": {
      "href": "#83a1cea9-34b9-57ae-a839-4ccca301326e",
      "remarks": "There is no separate assessment plan: tenken's rules and questionnaire are the plan. Each finding's target is a rule (the objective-id is the rule id), and the NIST CSF 2.0 subcategories the rules cite are the reviewed controls."
    },
    "results": [
      {
        "uuid": "13b5762a-8cbf-560d-ad00-738e5b566671",
        "title": "Self-assessment of 1 April 2026",
        "description": "The organization's answers to tenken's questions, evaluated against the rules of tenken 0.1.0, each drawn from a real incident.\n\n- Organization: みなと水道企業団\n- Sector: water\n- Assessor: 山田 太郎\n- Scope: 浄水場の制御系と事務系ネットワーク\n- Answer file: answers/minato-2026.yaml\n- Score: 16.7 / 100 (default model), flat 24.0\n- Coverage: 71.4% of 7 questions (4 answered, 1 not applicable, 1 don't know, 1 open)",
        "start": "2026-04-01T00:00:00Z",
        "props": [
          {
            "name": "score",
            "ns": "urn:tenken:oscal",
            "value": "16.67"
          },
          {
            "name": "score-flat",
            "ns": "urn:tenken:oscal",
            "value": "24.00"
          },
          {
            "name": "coverage-percent",
            "ns": "urn:tenken:oscal",
            "value": "71.43"
          }
        ],
        "local-definitions": {
          "assessment-assets": {
            "components": [
              {
                "uuid": "03767bdc-6266-53b6-9c41-5aa69cedd9b8",
                "type": "software",
                "title": "tenken",
                "description": "Evaluates an operator's self-assessment answers against rules drawn from real incidents.",
                "props": [
                  {
                    "name": "version",
                    "ns": "urn:tenken:oscal",
                    "value": "0.1.0"
                  }
                ],
                "status": {
                  "state": "operational"
                }
              }
            ],
            "assessment-platforms": [
              {
                "uuid": "e0b47957-8b2d-5c01-80b4-209b55347c9f",
                "title": "tenken",
                "uses-components": [
                  {
                    "component-uuid": "03767bdc-6266-53b6-9c41-5aa69cedd9b8"
                  }
                ]
              }
            ]
          }
        },
        "reviewed-controls": {
          "control-selections": [
            {
              "description": "The NIST CSF 2.0 subcategories the rules cite",
              "include-controls": [
                {
                  "control-id": "pr.aa-03"
                },
                {
                  "control-id": "pr.ds-11"
                }
              ]
            }
          ]
        },
        "observations": [
          {
            "uuid": "54d90aa5-30d8-5e42-b7cd-c6e8d149bdaf",
            "title": "Answers behind access-remote-mfa",
            "description": "- remote.vpn_used = yes \\[answers/minato-2026.yaml:11\\]\n- remote.mfa = no (comment: 導入予定（2026年度）) \\[answers/minato-2026.yaml:12\\]",
            "methods": [
              "INTERVIEW"
            ],
            "types": [
              "control-objective"
            ],
            "origins": [
              {
                "actors": [
                  {
                    "type": "party",
                    "actor-uuid": "625775b5-d1f4-560f-a4ae-b47182aa9495"
                  }
                ]
              }
            ],
            "subjects": [
              {
                "subject-uuid": "8a324fb3-f072-586b-b521-c07a77074b6b",
                "type": "party"
              }
            ],
            "relevant-evidence": [
              {
                "href": "#d6d798a4-fe3b-5ad7-8e92-7e67cdfbeb42",
                "description": "Answer file: answers/minato-2026.yaml"
              }
            ],
            "collected": "2026-04-01T00:00:00Z"
          },
          {
            "uuid": "d6b59a58-7055-5698-966a-4c6ef191a922",
            "title": "Answers behind backup-isolated-copy",
            "description": "- backup.taken = yes \\[answers/minato-2026.yaml:8\\]\n- backup.offline_copy = no (comment: テープ運用は2023年に停止した) \\[answers/minato-2026.yaml:9\\]",
            "methods": [
              "INTERVIEW"
            ],
            "types": [
              "control-objective"
            ],
            "origins": [
              {
                "actors": [
                  {
                    "type": "party",
                    "actor-uuid": "625775b5-d1f4-560f-a4ae-b47182aa9495"
                  }
                ]
              }
            ],
            "subjects": [
              {
                "subject-uuid": "8a324fb3-f072-586b-b521-c07a77074b6b",
                "type": "party"
              }
            ],
            "relevant-evidence": [
              {
                "href": "#d6d798a4-fe3b-5ad7-8e92-7e67cdfbeb42",
                "description": "Answer file: answers/minato-2026.yaml"
              },
              {
                "description": "backup.offline_copy: backup-design.pdf"
              }
            ],
            "collected": "2026-04-01T00:00:00Z"
          },
          {
            "uuid": "9ad8d225-ab00-5490-9b68-3c1575613e7e",
            "title": "Answers behind mailform-captcha",
            "description": "- mailform.exists = yes \\[answers/minato-2026.yaml:14\\]\n- mailform.captcha: don't know (comment: 委託先に確認中) \\[answers/minato-2026.yaml:15\\]",
            "methods": [
              "INTERVIEW"
            ],
            "types": [
              "control-objective"
            ],
            "origins": [
              {
                "actors": [
                  {
                    "type": "party",
                    "actor-uuid": "625775b5-d1f4-560f-a4ae-b47182aa9495"
                  }
                ]
              }
            ],
            "subjects": [
              {
                "subject-uuid": "8a324fb3-f072-586b-b521-c07a77074b6b",
                "type": "party"
              }
            ],
            "relevant-evidence": [
              {
                "href": "#d6d798a4-fe3b-5ad7-8e92-7e67cdfbeb42",
                "description": "Answer file: answers/minato-2026.yaml"
              }
            ],
            "collected": "2026-04-01T00:00:00Z"
          },
          {
            "uuid": "8bebc3b5-3f9c-5779-abe9-9c12cade3a88",
            "title": "Answers behind media-usb-control",
            "description": "- media.usb_ports: not applicable (USB端子は物理的に封鎖済み) \\[answers/minato-2026.yaml:20\\]",
            "methods": [
              "INTERVIEW"
            ],
            "types": [
              "control-objective"
            ],
            "origins": [
              {
                "actors": [
                  {
                    "type": "party",
                    "actor-uuid": "625775b5-d1f4-560f-a4ae-b47182aa9495"
                  }
                ]
              }
            ],
            "subjects": [
              {
                "subject-uuid": "8a324fb3-f072-586b-b521-c07a77074b6b",
                "type": "party"
              }
            ],
            "relevant-evidence": [
              {
                "href": "#d6d798a4-fe3b-5ad7-8e92-7e67cdfbeb42",
                "description": "Answer file: answers/minato-2026.yaml"
              }
            ],
            "collected": "2026-04-01T00:00:00Z"
          },
          {
            "uuid": "c5e7684b-fbff-5dc9-991d-0ebc25135c24",
            "title": "Answers behind vpn-firmware-current",
            "description": "- vpn.firmware_updated_on = 2025-12-10 \\[answers/minato-2026.yaml:22\\]",
            "methods": [
              "INTERVIEW"
            ],
            "types": [
              "control-objective"
            ],
            "origins": [
              {
                "actors": [
                  {
                    "type": "party",
                    "actor-uuid": "625775b5-d1f4-560f-a4ae-b47182aa9495"
                  }
                ]
              }
            ],
            "subjects": [
              {
                "subject-uuid": "8a324fb3-f072-586b-b521-c07a77074b6b",
                "type": "party"
              }
            ],
            "relevant-evidence": [
              {
                "href": "#d6d798a4-fe3b-5ad7-8e92-7e67cdfbeb42",
                "description": "Answer file: answers/minato-2026.yaml"
              }
            ],
            "collected": "2026-04-01T00:00:00Z"
          }
        ],
        "risks": [
          {
            "uuid": "370aa485-7137-5be2-9c1a-5c9709e1b2e8",
            "title": "Use multi-factor authentication for remote access",
            "description": "A stolen VPN password lets an attacker in without any exploit.",
            "statement": "Answers:\n\n- remote.vpn_used = yes \\[answers/minato-2026.yaml:11\\]\n- remote.mfa = no (comment: 導入予定（2026年度）) \\[answers/minato-2026.yaml:12\\]",
            "props": [
              {
                "name": "severity",
                "ns": "urn:tenken:oscal",
                "value": "high"
              },
              {
                "name": "category",
                "ns": "urn:tenken:oscal",
                "value": "remote-access"
              },
              {
                "name": "csf2",
                "ns": "urn:tenken:oscal",
                "value": "PR.AA-03"
              },
              {
                "name": "iso27001_2022",
                "ns": "urn:tenken:oscal",
                "value": "A.8.5"
              }
            ],
            "links": [
              {
                "href": "#06094441-167b-55ee-9857-d236c0f44f27",
                "rel": "reference",
                "text": "nisc-2021-06 Ransomware through a VPN router"
              }
            ],
            "status": "open",
            "origins": [
              {
                "actors": [
                  {
                    "type": "tool",
                    "actor-uuid": "03767bdc-6266-53b6-9c41-5aa69cedd9b8"
                  }
                ]
              }
            ],
            "characterizations": [
              {
                "origin": {
                  "actors": [
                    {
                      "type": "tool",
                      "actor-uuid": "03767bdc-6266-53b6-9c41-5aa69cedd9b8"
                    }
                  ]
                },
                "facets": [
                  {
                    "name": "severity",
                    "system": "urn:tenken:oscal",
                    "value": "high"
                  }
                ]
              }
            ],
            "remediations": [
              {
                "uuid": "71bb7956-96ee-50be-b2b4-4d8663baf865",
                "lifecycle": "recommendation",
                "title": "Recommended action",
                "description": "Require a second factor for every VPN and remote desktop login.",
                "origins": [
                  {
                    "actors": [
                      {
                        "type": "tool",
                        "actor-uuid": "03767bdc-6266-53b6-9c41-5aa69cedd9b8"
                      }
                    ]
                  }
                ]
              }
            ],
            "related-observations": [
              {
                "observation-uuid": "54d90aa5-30d8-5e42-b7cd-c6e8d149bdaf"
              }
            ]
          },
          {
            "uuid": "4fcc26b6-d902-512a-bbf8-bc8bbe01ddda",
            "title": "Keep a backup copy that ransomware cannot reach",
            "description": "In the hospital case the backup server sat on the same network and was encrypted together with the electronic medical records, so recovery took two months instead of days.",
            "statement": "Answers:\n\n- backup.taken = yes \\[answers/minato-2026.yaml:8\\]\n- backup.offline_copy = no (comment: テープ運用は2023年に停止した) \\[answers/minato-2026.yaml:9\\]",
            "props": [
              {
                "name": "severity",
                "ns": "urn:tenken:oscal",
                "value": "critical"
              },
              {
                "name": "category",
                "ns": "urn:tenken:oscal",
                "value": "backup"
              },
              {
                "name": "csf2",
                "ns": "urn:tenken:oscal",
                "value": "PR.DS-11"
              },
              {
                "name": "iso27001_2022",
                "ns": "urn:tenken:oscal",
                "value": "A.8.13"
              },
              {
                "name": "cis_v8",
                "ns": "urn:tenken:oscal",
                "value": "11.4"
              }
            ],
            "links": [
              {
                "href": "#06094441-167b-55ee-9857-d236c0f44f27",
                "rel": "reference",
                "text": "nisc-2021-06 Ransomware through a VPN router"
              },
              {
                "href": "#87ee8bba-dcf3-5f43-8e50-924e341d654f",
                "rel": "reference",
                "text": "nisc-2016-03 Ransomware on an office PC"
              }
            ],
            "status": "open",
            "origins": [
              {
                "actors": [
                  {
                    "type": "tool",
                    "actor-uuid": "03767bdc-6266-53b6-9c41-5aa69cedd9b8"
                  }
                ]
              }
            ],
            "characterizations": [
              {
                "origin": {
                  "actors": [
                    {
                      "type": "tool",
                      "actor-uuid": "03767bdc-6266-53b6-9c41-5aa69cedd9b8"
                    }
                  ]
                },
                "facets": [
                  {
                    "name": "severity",
                    "system": "urn:tenken:oscal",
                    "value": "critical"
                  }
                ]
              }
            ],
            "remediations": [
              {
                "uuid": "4c2cc882-1d75-59d3-9e1f-9d7fc5f227ae",
                "lifecycle": "recommendation",
                "title": "Recommended action",
                "description": "Keep at least one copy offline or immutable, and test restoring from it once a year.",
                "origins": [
                  {
                    "actors": [
                      {
                        "type": "tool",
                        "actor-uuid": "03767bdc-6266-53b6-9c41-5aa69cedd9b8"
                      }
                    ]
                  }
                ]
              }
            ],
            "related-observations": [
              {
                "observation-uuid": "d6b59a58-7055-5698-966a-4c6ef191a922"
              }
            ]
          }
        ],
        "findings": [
          {
            "uuid": "50982118-7345-5e69-b212-45aeca210bd0",
            "title": "Use multi-factor authentication for remote access",
            "description": "A stolen VPN password lets an attacker in without any exploit.",
            "props": [
              {
                "name": "severity",
                "ns": "urn:tenken:oscal",
                "value": "high"
              },
              {
                "name": "category",
                "ns": "urn:tenken:oscal",
                "value": "remote-access"
              },
              {
                "name": "csf2",
                "ns": "urn:tenken:oscal",
                "value": "PR.AA-03"
              },
              {
                "name": "iso27001_2022",
                "ns": "urn:tenken:oscal",
                "value": "A.8.5"
              },
              {
                "name": "result",
                "ns": "urn:tenken:oscal",
                "value": "fail"
              }
            ],
            "links": [
              {
                "href": "#06094441-167b-55ee-9857-d236c0f44f27",
                "rel": "reference",
                "text": "nisc-2021-06 Ransomware through a VPN router"
              }
            ],
            "origins": [
              {
                "actors": [
                  {
                    "type": "tool",
                    "actor-uuid": "03767bdc-6266-53b6-9c41-5aa69cedd9b8"
                  }
                ]
              }
            ],
            "target": {
              "type": "objective-id",
              "target-id": "access-remote-mfa",
              "title": "Use multi-factor authentication for remote access",
              "status": {
                "state": "not-satisfied",
                "reason": "fail"
              }
            },
            "related-observations": [
              {
                "observation-uuid": "54d90aa5-30d8-5e42-b7cd-c6e8d149bdaf"
              }
            ],
            "related-risks": [
              {
                "risk-uuid": "370aa485-7137-5be2-9c1a-5c9709e1b2e8"
              }
            ]
          },
          {
            "uuid": "131cf849-e2d5-56a4-8ecc-bde525af1980",
            "title": "Keep a backup copy that ransomware cannot reach",
            "description": "In the hospital case the backup server sat on the same network and was encrypted together with the electronic medical records, so recovery took two months instead of days.",
            "props": [
              {
                "name": "severity",
                "ns": "urn:tenken:oscal",
                "value": "critical"
              },
              {
                "name": "category",
                "ns": "urn:tenken:oscal",
                "value": "backup"
              },
              {
                "name": "csf2",
                "ns": "urn:tenken:oscal",
                "value": "PR.DS-11"
              },
              {
                "name": "iso27001_2022",
                "ns": "urn:tenken:oscal",
                "value": "A.8.13"
              },
              {
                "name": "cis_v8",
                "ns": "urn:tenken:oscal",
                "value": "11.4"
              },
              {
                "name": "result",
                "ns": "urn:tenken:oscal",
                "value": "fail"
              }
            ],
            "links": [
              {
                "href": "#06094441-167b-55ee-9857-d236c0f44f27",
                "rel": "reference",
                "text": "nisc-2021-06 Ransomware through a VPN router"
              },
              {
                "href": "#87ee8bba-dcf3-5f43-8e50-924e341d654f",
                "rel": "reference",
                "text": "nisc-2016-03 Ransomware on an office PC"
              }
            ],
            "origins": [
              {
                "actors": [
                  {
                    "type": "tool",
                    "actor-uuid": "03767bdc-6266-53b6-9c41-5aa69cedd9b8"
                  }
                ]
              }
            ],
            "target": {
              "type": "objective-id",
              "target-id": "backup-isolated-copy",
              "title": "Keep a backup copy that ransomware cannot reach",
              "status": {
                "state": "not-satisfied",
                "reason": "fail"
              }
            },
            "related-observations": [
              {
                "observation-uuid": "d6b59a58-7055-5698-966a-4c6ef191a922"
              }
            ],
            "related-risks": [
              {
                "risk-uuid": "4fcc26b6-d902-512a-bbf8-bc8bbe01ddda"
              }
            ]
          },
          {
            "uuid": "e490a13c-3765-5d06-b015-1a5acd062be2",
            "title": "Keep the incident contact list up to date",
            "description": "An old contact list delays the first response.",
            "props": [
              {
                "name": "severity",
                "ns": "urn:tenken:oscal",
                "value": "low"
              },
              {
                "name": "category",
                "ns": "urn:tenken:oscal",
                "value": "response"
              },
              {
                "name": "result",
                "ns": "urn:tenken:oscal",
                "value": "notchecked"
              }
            ],
            "origins": [
              {
                "actors": [
                  {
                    "type": "tool",
                    "actor-uuid": "03767bdc-6266-53b6-9c41-5aa69cedd9b8"
                  }
                ]
              }
            ],
            "target": {
              "type": "objective-id",
              "target-id": "incident-contact-list",
              "title": "Keep the incident contact list up to date",
              "status": {
                "state": "not-satisfied",
                "reason": "other",
                "remarks": "The answers cannot decide this rule: an auditor examines the evidence.\n\nEvidence: The contact list and the date it was last updated"
              }
            }
          },
          {
            "uuid": "e1f07168-e562-58b0-81dd-a3ceb58bbd1d",
            "title": "Protect public mail forms from abuse",
            "description": "A form was used to send mail in bulk.",
            "props": [
              {
                "name": "severity",
                "ns": "urn:tenken:oscal",
                "value": "medium"
              },
              {
                "name": "category",
                "ns": "urn:tenken:oscal",
                "value": "web"
              },
              {
                "name": "result",
                "ns": "urn:tenken:oscal",
                "value": "unknown"
              }
            ],
            "links": [
              {
                "href": "#b76fa8d3-77fb-592d-bf25-1cc3208b25e2",
                "rel": "reference",
                "text": "nisc-2016-01"
              }
            ],
            "origins": [
              {
                "actors": [
                  {
                    "type": "tool",
                    "actor-uuid": "03767bdc-6266-53b6-9c41-5aa69cedd9b8"
                  }
                ]
              }
            ],
            "target": {
              "type": "objective-id",
              "target-id": "mailform-captcha",
              "title": "Protect public mail forms from abuse",
              "status": {
                "state": "not-satisfied",
                "reason": "other",
                "remarks": "To answer: mailform.captcha: Does the public mail form have a CAPTCHA or a rate limit? (comment: 委託先に確認中)"
              }
            },
            "related-observations": [
              {
                "observation-uuid": "9ad8d225-ab00-5490-9b68-3c1575613e7e"
              }
            ]
          },
          {
            "uuid": "9c501221-a9a3-58b9-ada8-d0e0ff28e8a8",
            "title": "Control the use of USB memory sticks",
            "description": "Control the use of USB memory sticks",
            "props": [
              {
                "name": "severity",
                "ns": "urn:tenken:oscal",
                "value": "medium"
              },
              {
                "name": "category",
                "ns": "urn:tenken:oscal",
                "value": "endpoint"
              },
              {
                "name": "result",
                "ns": "urn:tenken:oscal",
                "value": "notapplicable"
              }
            ],
            "origins": [
              {
                "actors": [
                  {
                    "type": "tool",
                    "actor-uuid": "03767bdc-6266-53b6-9c41-5aa69cedd9b8"
                  }
                ]
              }
            ],
            "target": {
              "type": "objective-id",
              "target-id": "media-usb-control",
              "title": "Control the use of USB memory sticks",
              "status": {
                "state": "satisfied",
                "reason": "other",
                "remarks": "media.usb_ports: USB端子は物理的に封鎖済み"
              },
              "implementation-status": {
                "state": "not-applicable"
              }
            },
            "related-observations": [
              {
                "observation-uuid": "8bebc3b5-3f9c-5779-abe9-9c12cade3a88"
              }
            ]
          },
          {
            "uuid": "7d98a865-cc06-5f65-ad8e-8d25e54a01c6",
            "title": "Keep VPN appliance firmware up to date",
            "description": "Keep VPN appliance firmware up to date",
            "props": [
              {
                "name": "severity",
                "ns": "urn:tenken:oscal",
                "value": "high"
              },
              {
                "name": "category",
                "ns": "urn:tenken:oscal",
                "value": "remote-access"
              },
              {
                "name": "result",
                "ns": "urn:tenken:oscal",
                "value": "pass"
              }
            ],
            "origins": [
              {
                "actors": [
                  {
                    "type": "tool",
                    "actor-uuid": "03767bdc-6266-53b6-9c41-5aa69cedd9b8"
                  }
                ]
              }
            ],
            "target": {
              "type": "objective-id",
              "target-id": "vpn-firmware-current",
              "title": "Keep VPN appliance firmware up to date",
              "status": {
                "state": "satisfied",
                "reason": "pass"
              }
            },
            "related-observations": [
              {
                "observation-uuid": "c5e7684b-fbff-5dc9-991d-0ebc25135c24"
              }
            ]
          }
        ]
      }
    ],
    "back-matter": {
      "resources": [
        {
          "uuid": "83a1cea9-34b9-57ae-a839-4ccca301326e",
          "title": "The rules and questions of tenken 0.1.0",
          "description": "There is no separate assessment plan: tenken's rules and questionnaire are the plan. Each finding's target is a rule (the objective-id is the rule id), and the NIST CSF 2.0 subcategories the rules cite are the reviewed controls."
        },
        {
          "uuid": "d6d798a4-fe3b-5ad7-8e92-7e67cdfbeb42",
          "title": "Answer file",
          "description": "answers/minato-2026.yaml",
          "rlinks": [
            {
              "href": "answers/minato-2026.yaml",
              "media-type": "application/yaml"
            }
          ]
        },
        {
          "uuid": "b76fa8d3-77fb-592d-bf25-1cc3208b25e2",
          "title": "nisc-2016-01"
        },
        {
          "uuid": "87ee8bba-dcf3-5f43-8e50-924e341d654f",
          "title": "nisc-2016-03 Ransomware on an office PC",
          "description": "A PC was infected while browsing."
        },
        {
          "uuid": "06094441-167b-55ee-9857-d236c0f44f27",
          "title": "nisc-2021-06 Ransomware through a VPN router",
          "description": "Attackers came in through a vendor's VPN router."
        }
      ]
    }
  }
}
)json";

TEST_CASE("oscal: the sample, whole, in English") {
  RenderOptions o;
  o.lang = Lang::en;
  CHECK(render_oscal(testing::sample_result(), o) == kSampleEn);
}

}  // namespace
}  // namespace tenken
