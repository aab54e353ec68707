// Rule: one lesson written as a check against the answers, as loaded from rules/*.yaml.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "tenken/checklist.h"
#include "tenken/source.h"
#include "tenken/text.h"

namespace tenken {

enum class Severity { info, low, medium, high, critical };
const char* format_as(Severity s);  // "info" ... "critical"
// Parses "info" ... "critical"; false if the word is not a severity.
bool parse_severity(std::string_view word, Severity& out);

// How a rule is decided: by its `expect` expression, or by a person (state notchecked).
enum class CheckKind { automatic, manual };

struct Rule {
  std::string id;  // "backup-isolated-copy"
  LocalizedText title;
  std::string category;
  Origin category_origin;
  Severity severity = Severity::medium;
  double weight = 1.0;  // scoring weight; defaults by severity (see default_weight)
  CheckKind check = CheckKind::automatic;
  Expression applies_if;  // empty: always applies
  Expression expect;      // empty only for manual rules
  LocalizedText rationale;
  LocalizedText recommendation;
  LocalizedText evidence;
  std::vector<std::string> cases;  // "nisc-2021-06"
  std::vector<Origin> case_origins;  // parallel to `cases`
  // Framework → references: "csf2" → {"PR.DS-11"}, "iso27001_2022" → {"A.8.13"}, "cis_v8" → {"11.4"}.
  std::map<std::string, std::vector<std::string>> refs;
  std::vector<std::string> formerly;  // ids this rule had before it was renamed
  Origin origin;
};

// The weight a rule gets when it does not give one: critical 10, high 6, medium 3, low 1, info 0
// (informational rules are reported but do not move the score).
double default_weight(Severity s);

}  // namespace tenken
