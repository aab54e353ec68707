// The catalog beside the rules: the categories rules report under, and the incident cases whose
// lessons the rules teach (rules/categories.yaml, rules/cases/*.yaml).
#pragma once

#include <string>
#include <vector>

#include "tenken/source.h"
#include "tenken/text.h"

namespace tenken {

struct Category {
  std::string id;  // "backup"
  LocalizedText title;
  Origin origin;
};

// One lesson of a case, and the rules that teach it.
struct Lesson {
  LocalizedText title;
  LocalizedText text;
  std::vector<std::string> rules;
  std::vector<Origin> rule_origins;  // parallel to `rules`
  Origin origin;
};

struct CaseSource {
  LocalizedText report;  // "2021年度 重要インフラにおける補完調査（…）"
  int number = 0;        // the case's number in that report (事例6 → 6)
};

// An incident case, told in the six parts of the NISC reports.
struct Case {
  std::string id;  // "nisc-2021-06"
  LocalizedText title;
  CaseSource source;
  LocalizedText summary, background, detection, response, cause, measures;
  std::vector<Lesson> lessons;
  std::vector<LocalizedText> discussion;  // questions for a workshop
  Origin origin;
};

}  // namespace tenken
