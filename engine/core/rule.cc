// Rules (rule.h): severities by name and their default weights.
#include "tenken/rule.h"

namespace tenken {

const char* format_as(Severity s) {
  switch (s) {
    case Severity::info: return "info";
    case Severity::low: return "low";
    case Severity::medium: return "medium";
    case Severity::high: return "high";
    case Severity::critical: return "critical";
  }
  return "?";
}

bool parse_severity(std::string_view word, Severity& out) {
  for (Severity s : {Severity::info, Severity::low, Severity::medium, Severity::high, Severity::critical})
    if (word == format_as(s)) {
      out = s;
      return true;
    }
  return false;
}

double default_weight(Severity s) {
  switch (s) {
    case Severity::info: return 0;
    case Severity::low: return 1;
    case Severity::medium: return 3;
    case Severity::high: return 6;
    case Severity::critical: return 10;
  }
  return 1;
}

}  // namespace tenken
