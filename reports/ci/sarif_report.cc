// SARIF 2.1.0 (render_sarif), for GitHub code scanning and SARIF viewers such as VS Code's: each
// gap becomes an alert on the line of the answer file that decided it, so an operator who keeps
// the answers in a repository sees the gaps where the answers are, and an alert closes when a
// changed answer makes the rule pass.
//
// One run; tool.driver lists every rule of the Result (title, rationale, what to do, evidence,
// cases and references as help; tags for the category and the frameworks; GitHub's
// security-severity from the severity). A result per rule that counts as failed or unknown, or
// is waived: critical and high failures are errors, medium ones warnings, low and info ones
// notes. An unknown rule is a warning (a note when low or info): it is not a pass, and code
// scanning should show that the answer is still missing. A waived rule keeps its result with an
// accepted external suppression carrying the waiver, located at the waiver's line. The location
// is the answer file (relative URI against %SRCROOT%) and the line of ci::deciding_answer; every
// answer the rule used is a related location. partialFingerprints hash the rule id and the
// answer file's path, so an alert keeps its identity from one run to the next.
#include <cmath>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "ci/ci_text.h"
#include "ci/identifiers.h"
#include "common/findings.h"
#include "tenken/reports/escape.h"
#include "tenken/reports/render.h"

namespace tenken {
namespace {

using Json = nlohmann::ordered_json;
using ci::labelled;

constexpr const char* kSchema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

Json message_text(const std::string& text) { return Json{{"text", text}}; }

// A result's or location's message: SARIF reads "[text](1)" in it as a link to a location
// (section 3.11.6), so a literal "[", "]" or "\" from a rule or an answer is backslash-escaped.
Json linkless_message(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '[' || c == ']' || c == '\\') out += '\\';
    out += c;
  }
  return message_text(out);
}

const char* failure_level(Severity s) {
  return s >= Severity::high ? "error" : s == Severity::medium ? "warning" : "note";
}

// GitHub ranks security alerts by this CVSS-like score: over 9 critical, 7 to 8.9 high, 4 to 6.9
// medium, below 4 low. Null for info, which is no security finding of its own.
const char* security_severity(Severity s) {
  switch (s) {
    case Severity::critical: return "9.5";
    case Severity::high: return "8.0";
    case Severity::medium: return "5.5";
    case Severity::low: return "3.0";
    case Severity::info: return nullptr;
  }
  return nullptr;
}

std::vector<std::string> case_lines(const Result& r, const RuleResult& rule, Lang lang) {
  std::vector<std::string> out;
  for (const std::string& id : rule.texts->cases) out.push_back(case_title_line(r, id, lang));
  return out;
}

// Help as plain text and as Markdown (bold labels; the rule's text escaped).
Json help(const Result& r, const RuleResult& rule, Lang lang) {
  std::vector<std::pair<Msg, std::string>> fields = {
      {Msg::label_todo, rule.texts->recommendation.in(lang)},
      {Msg::label_evidence, rule.texts->evidence.in(lang)},
      {Msg::label_cases, joined(case_lines(r, rule, lang), lang)},
      {Msg::label_references, joined(reference_texts(rule.texts->refs), lang)}};
  std::string text, markdown;
  for (const auto& [label, value] : fields) {
    if (value.empty()) continue;
    text += (text.empty() ? "" : "\n") + labelled(label, value, lang);
    markdown += (markdown.empty() ? "" : "\n\n") +
                say(Msg::label_value, lang, fmt::format("**{}**", message(label, lang)), markdown_escape(value));
  }
  return {{"text", text}, {"markdown", markdown}};
}

Json rule_descriptor(const Result& r, const RuleResult& rule, Lang lang) {
  Json j = {{"id", rule.rule}, {"shortDescription", message_text(ci::one_line(rule.texts->title.in(lang)))}};
  if (!rule.texts->rationale.in(lang).empty()) j["fullDescription"] = message_text(rule.texts->rationale.in(lang));
  Json h = help(r, rule, lang);
  if (!h["text"].get<std::string>().empty()) j["help"] = h;
  j["defaultConfiguration"] = {{"level", failure_level(rule.severity)}};
  Json tags = Json::array({"security", rule.category});
  for (const ReferenceGroup& g : reference_groups(rule.texts->refs))
    for (const std::string& id : g.ids) tags.push_back(fmt::format("{} {}", g.framework, id));
  j["properties"] = {{"tags", tags}};
  if (const char* score = security_severity(rule.severity)) j["properties"]["security-severity"] = score;
  return j;
}

Json physical_location(const std::string& path, int line) {
  Json artifact = {{"uri", path_uri(path)}};
  if (!is_absolute_path(path)) artifact["uriBaseId"] = "%SRCROOT%";
  Json j = {{"artifactLocation", artifact}};
  if (line > 0) j["region"] = {{"startLine", line}};
  return j;
}

// The waiver as an accepted suppression, located at the line it was written on ("file:12").
Json suppression(const RuleWaiver& w, Lang lang) {
  Json j = {{"kind", "external"}, {"status", "accepted"}, {"justification", waiver_text(w, lang)}};
  size_t colon = w.origin.rfind(':');
  if (colon != std::string::npos && colon > 0) {
    int line = std::atoi(w.origin.c_str() + colon + 1);
    if (line > 0) j["location"] = {{"physicalLocation", physical_location(w.origin.substr(0, colon), line)}};
  }
  return j;
}

Json result(const Result& r, const RuleResult& rule, size_t index, Lang lang) {
  bool unknown = rule.state == State::unknown;
  std::string title = ci::one_line(rule.texts->title.in(lang));
  std::string next = unknown ? labelled(Msg::label_questions, joined(ci::needed_questions(r, rule, lang), lang), lang)
                             : labelled(Msg::label_todo, rule.texts->recommendation.in(lang), lang);
  Json j = {{"ruleId", rule.rule},
            {"ruleIndex", index},
            {"level", unknown && rule.severity >= Severity::medium ? "warning" : failure_level(rule.severity)},
            {"message", linkless_message(title + "\n" + next)}};
  if (!r.answers_path.empty()) {
    const AnswerUsed* decided = ci::deciding_answer(rule);
    Json location = {{"physicalLocation", physical_location(r.answers_path, decided ? decided->line : 0)}};
    if (decided) location["message"] = linkless_message(answer_text(*decided, lang));
    j["locations"] = Json::array({location});
    Json related = Json::array();
    for (const AnswerUsed* a : answers_shown(rule))
      if (a->line > 0)
        related.push_back({{"id", related.size() + 1},
                           {"physicalLocation", physical_location(r.answers_path, a->line)},
                           {"message", linkless_message(answer_text(*a, lang))}});
    if (!related.empty()) j["relatedLocations"] = related;
  }
  j["partialFingerprints"] = {{"tenkenRule/v1", sha1_hex(rule.rule + "\n" + r.answers_path)}};
  if (counted_state(rule) == State::waived) j["suppressions"] = Json::array({suppression(*rule.waiver, lang)});
  j["properties"] = {{"state", format_as(rule.state)}, {"severity", format_as(rule.severity)},
                     {"category", rule.category}};
  if (rule.waiver && counted_state(rule) != State::waived)
    j["properties"]["waiver"] = waiver_text(*rule.waiver, lang);
  return j;
}

bool reported(const RuleResult& rule) {
  State s = counted_state(rule);
  return s == State::fail || s == State::unknown || s == State::waived;
}

}  // namespace

std::string render_sarif(const Result& r, const RenderOptions& o) {
  Json driver = {{"name", "tenken"}};
  if (!r.tool_version.empty()) driver["version"] = r.tool_version;
  driver["language"] = lang_code(o.lang);
  Json rules = Json::array(), results = Json::array();
  for (size_t i = 0; i < r.rules.size(); ++i) {
    rules.push_back(rule_descriptor(r, r.rules[i], o.lang));
    if (reported(r.rules[i])) results.push_back(result(r, r.rules[i], i, o.lang));
  }
  driver["rules"] = rules;
  Json run = {{"tool", {{"driver", driver}}}, {"language", lang_code(o.lang)}, {"results", results}};
  const WaiverCounts& w = r.summary.waivers;
  run["properties"] = {{"organization", r.organization.name},
                       {"assessmentDate", r.assessment.date},
                       {"score", std::round(r.summary.score * 100) / 100}};
  if (w.any())
    run["properties"]["scoreAfterWaivers"] = std::round(r.summary.score_after_waivers * 100) / 100;
  Json log = {{"$schema", kSchema}, {"version", "2.1.0"}, {"runs", Json::array({run})}};
  return log.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace tenken
