// The parts of the OSCAL assessment-results document (render_oscal) and what they share: the
// Result and language, UUIDs derived from the assessment, and OSCAL's two kinds of text. OSCAL
// JSON writes markup-line and markup-multiline fields (titles, descriptions, remarks) as
// Markdown, so text from rules and answers is Markdown-escaped there; plain string fields (names,
// property values) must be one line without surrounding white space, so they go through
// ci::one_line. Internal to oscal_report.cc and oscal_findings.cc.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "ci/ci_text.h"
#include "ci/identifiers.h"
#include "tenken/result.h"

namespace tenken::oscal {

using Json = nlohmann::ordered_json;

// The namespace of tenken's own properties and facets (severity, category, score, framework
// references). OSCAL reserves properties without a namespace for names it defines.
inline constexpr const char* kNamespace = "urn:tenken:oscal";

// What every UUID of the assessment's objects starts with: the organisation, the assessment date
// and scope, each followed by a line break.
std::string uuid_prefix(const Result& r);

struct Doc : Speaker {
  const Result& r;
  // The common start of every name hashed once, not once per object: the organisation's name is
  // the answer file's text, and a long one would otherwise be hashed again for every rule.
  NameUuids uuids{uuid_prefix(r)};

  // A version 5 UUID for one object of this assessment, from the organisation, the assessment
  // date and scope, the kind of object and its name ("finding", rule id): the same object of the
  // same assessment keeps its UUID whatever the language or the answers.
  std::string uuid(std::string_view kind, std::string_view name = {}) const;
  // The assessment date as an OSCAL date-time, midnight UTC: "2026-04-01T00:00:00Z".
  std::string timestamp() const;
};

// markup-line: the text on one line, Markdown-escaped.
std::string markup_line(std::string_view text);
// markup-multiline: each line of the text a Markdown-escaped paragraph.
std::string markup_multiline(std::string_view text);
// A Markdown list, an item per line, each item on one line and escaped.
std::string markdown_list(const std::vector<std::string>& items);

// A tenken property; null when the value is empty once put on one line (OSCAL has no empty ones).
Json prop(std::string_view name, std::string_view value);
// Appends the property unless it is null.
void add_prop(Json& props, Json p);

// An OSCAL token from a tenken id: the id itself, with "_" before it when it does not start with
// a letter (a rule id may start with a digit, an OSCAL token may not).
std::string token(std::string_view id);

// origins: tenken, the tool that made the finding (the component in the assessment assets).
Json tool_origins(const Doc& d);
// The party who gave the answers: the assessor, or the organisation when none is named.
std::string answering_party_uuid(const Doc& d);
// The back-matter resource of each case, referred to by findings and risks.
std::string case_resource_uuid(const Doc& d, const std::string& case_id);
// The back-matter resource of the answer file, the evidence behind every observation.
std::string answers_resource_uuid(const Doc& d);

// results[0].observations, .risks and .findings: one observation per rule with answers, one risk
// per failed or waived rule, one finding per rule. Arrays may be empty (then leave them out).
struct RuleParts {
  Json observations = Json::array();
  Json risks = Json::array();
  Json findings = Json::array();
};
RuleParts rule_parts(const Doc& d);

}  // namespace tenken::oscal
