// Inputs shared by the engine's unit tests: a small checklist with one question of every type,
// a way to write rules and answer files in a few lines, and a helper that runs a whole pipeline
// (load → compile → bind → evaluate) and keeps every diagnostic as rendered text, so that tests
// can compare whole messages. Test-only; nothing here is part of the engine.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "tenken/engine.h"

namespace tenken::testing {

inline std::shared_ptr<const Source> source(std::string path, std::string text) {
  return std::make_shared<Source>(std::move(path), std::move(text));
}

// Every diagnostic, sorted by position, rendered as the user sees it.
inline std::string render(const Diagnostics& diags) {
  std::string out;
  for (const Diagnostic& d : diags.sorted()) out += format_diagnostic(d);
  return out;
}

// One question of every type, skip logic within a section (backup.* ask_if backup.taken) and for
// a whole section (vpn asked if remote.vpn_used).
inline const char* const kChecklist = R"(sections:
  - id: backup
    title: {ja: バックアップ, en: Backup}
    questions:
      - id: backup.taken
        type: bool
        text: {ja: バックアップを取得していますか。, en: "Do you take backups?"}
      - id: backup.generations
        type: number
        ask_if: backup.taken
        text: {ja: 何世代を保管していますか。, en: "How many generations do you keep?"}
        unit: {ja: 世代, en: generations}
        min: 0
        max: 100
      - id: backup.location
        type: choice
        ask_if: backup.taken
        text: {ja: どこに保管していますか。, en: "Where is the backup kept?"}
        choices:
          - {id: same_server, text: {ja: 同じサーバ, en: On the same server}}
          - {id: other_server, text: {ja: 別のサーバ, en: On another server}}
          - {id: offsite, text: {ja: 遠隔地, en: Off site}}
      - id: backup.media
        type: multi_choice
        ask_if: backup.taken
        text: {ja: 媒体は何ですか。, en: "Which media?"}
        choices:
          - {id: tape, text: {ja: テープ, en: Tape}}
          - {id: disk, text: {ja: ディスク, en: Disk}}
          - {id: cloud, text: {ja: クラウド, en: Cloud}}
      - id: backup.tested_on
        type: date
        ask_if: backup.taken
        text: {ja: 最後に復元を試した日, en: "When did you last test a restore?"}
      - id: backup.owner
        type: text
        text: {ja: 担当者, en: "Who is responsible?"}
  - id: remote
    title: {ja: リモート接続, en: Remote access}
    questions:
      - id: remote.vpn_used
        type: bool
        text: {ja: VPNを使っていますか。, en: "Do you use a VPN?"}
  - id: vpn
    title: {ja: VPN, en: VPN}
    ask_if: remote.vpn_used
    questions:
      - id: vpn.mfa
        type: bool
        text: {ja: 多要素認証を使っていますか。, en: "Do you use multi-factor authentication?"}
      - id: vpn.patched_on
        type: date
        never: {ja: 一度も更新していない, en: Never updated}
        text: {ja: 最後に更新した日, en: "When was the firmware last updated?"}
)";

// One rule as YAML (an item of `rules:`). Fields left empty are left out.
struct RuleSpec {
  std::string id;
  std::string expect;
  std::string applies_if;
  std::string category = "backup";
  std::string severity = "high";
  std::string extra;  // more lines, each "    key: value\n"
};

inline std::string rules_yaml(const std::vector<RuleSpec>& rules) {
  std::string out = "rules:\n";
  for (const RuleSpec& r : rules) {
    out += "  - id: " + r.id + "\n";
    out += "    title: {ja: 題名, en: Title}\n";
    out += "    category: " + r.category + "\n";
    out += "    severity: " + r.severity + "\n";
    if (!r.applies_if.empty()) out += "    applies_if: " + r.applies_if + "\n";
    if (!r.expect.empty()) out += "    expect: " + r.expect + "\n";
    out += "    rationale: {ja: 理由, en: Why}\n";
    out += "    recommendation: {ja: 推奨, en: What to do}\n";
    out += "    evidence: {ja: 証跡, en: What to show}\n";
    out += r.extra;
  }
  return out;
}

// An answer file assessed on 2026-04-01; `answers` are lines "  id: value\n" (line 4 onwards).
inline std::string answers_yaml(const std::string& answers) {
  return "organization: {name: 水道局, sector: water}\n"
         "assessment: {date: 2026-04-01, assessor: 佐藤}\n"
         "answers:\n" +
         answers;
}

inline CompiledLibraryPtr compile_texts(const std::vector<std::pair<std::string, std::string>>& files,
                                        Diagnostics& diags) {
  std::vector<std::shared_ptr<const Source>> sources;
  for (const auto& [path, text] : files) sources.push_back(source(path, text));
  Library lib = load_library(sources, diags);
  if (diags.has_errors()) return nullptr;
  return compile(std::move(lib), diags);
}

// The whole pipeline over kChecklist (unless another is given), stopping at the first stage with
// errors. `messages` holds every diagnostic rendered; `result` is set when evaluation ran.
struct Run {
  Diagnostics diags;
  CompiledLibraryPtr compiled;
  AnswerSetPtr bound;
  std::optional<Result> result;
  std::string messages;
};

inline Run run(const std::string& rules, const std::string& answers,
               const std::string& checklist = kChecklist) {
  Run r;
  r.compiled = compile_texts({{"checklist.yaml", checklist}, {"rules.yaml", rules}}, r.diags);
  if (r.compiled) {
    if (std::optional<Answers> a = load_answers(source("answers.yaml", answers_yaml(answers)), r.diags)) {
      r.bound = bind_answers(*r.compiled, *a, r.diags);
      if (r.bound) r.result = evaluate(*r.compiled, *r.bound);
    }
  }
  r.messages = render(r.diags);
  return r;
}

// "rule-a: pass, rule-b: fail" in rule-id order.
inline std::string states(const Result& result) {
  std::string out;
  for (const RuleResult& r : result.rules) {
    if (!out.empty()) out += ", ";
    out += r.rule + ": " + format_as(r.state);
  }
  return out;
}

}  // namespace tenken::testing
