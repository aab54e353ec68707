// Applies waivers to a Result (waivers.h): finds each waiver's rule, judges it on the assessment
// date, records it on the rule and works the scores out again. Reads no clock.
#include <fmt/format.h>

#include <algorithm>

#include "core/dates.h"
#include "evaluate/scoring.h"
#include "tenken/waivers.h"

namespace tenken {
namespace {

// The rule a waiver names: by id, or by an id the rule had before a rename (with a warning).
RuleResult* find_rule(Result& result, const Waiver& w, Diagnostics& diags) {
  for (RuleResult& r : result.rules)
    if (r.rule == w.rule) return &r;
  for (RuleResult& r : result.rules)
    if (std::find(r.formerly.begin(), r.formerly.end(), w.rule) != r.formerly.end()) {
      diags.warning(w.rule_origin, fmt::format("rule '{}' is now called '{}'; the waiver applies to it, "
                                               "but write the new id", w.rule, r.rule));
      return &r;
    }
  std::vector<std::string> ids;
  for (const RuleResult& r : result.rules) ids.push_back(r.rule);
  diags.error(w.rule_origin, fmt::format("waiver for an unknown rule '{}'{}", w.rule, did_you_mean(w.rule, ids)));
  return nullptr;
}

bool waivable(State s) { return s == State::fail || s == State::unknown || s == State::notchecked; }

WaiverStatus judge(const Waiver& w, const RuleResult& r, int today) {
  if (!w.expires.empty() && *dates::parse_date(w.expires) < today) return WaiverStatus::expired;
  return waivable(r.state) ? WaiverStatus::active : WaiverStatus::not_needed;
}

void warn(const Waiver& w, const RuleResult& r, WaiverStatus status, int today, int warn_days,
          const std::string& date, Diagnostics& diags) {
  if (status == WaiverStatus::expired) {
    diags.warning(w.expires_origin, fmt::format("the waiver for '{}' expired on {}, before the assessment "
                                                "date {}: it is ignored and the rule counts as {}",
                                                w.rule, w.expires, date, format_as(r.state)));
  } else if (status == WaiverStatus::not_needed) {
    diags.warning(w.rule_origin, fmt::format("the waiver for '{}' is not needed: the rule's result is {}; remove it",
                                             w.rule, format_as(r.state)));
  } else if (warn_days >= 0 && !w.expires.empty()) {
    int left = *dates::parse_date(w.expires) - today;
    if (left <= warn_days)
      diags.warning(w.expires_origin, fmt::format("the waiver for '{}' expires on {}, {} day{} after the "
                                                  "assessment date {}", w.rule, w.expires, left,
                                                  left == 1 ? "" : "s", date));
  }
}

std::string where(const Waiver& w) {
  return fmt::format("{}:{}", w.origin.path(), w.origin.where().line);
}

}  // namespace

bool apply_waivers(Result& result, const Waivers& waivers, int warn_expiring_days, Diagnostics& diags) {
  std::optional<int> today = dates::parse_date(result.assessment.date);
  if (!today) {
    diags.error({}, fmt::format("cannot judge waivers: the Result's assessment date '{}' is not a date",
                                result.assessment.date));
    return false;
  }
  Result waived = result;
  for (RuleResult& r : waived.rules) r.waiver.reset();
  int errors_before = diags.error_count();
  for (const Waiver& w : waivers.waivers) {
    RuleResult* rule = find_rule(waived, w, diags);
    if (!rule) continue;
    if (rule->waiver) {  // two waivers, one under the rule's old id
      diags.error(w.rule_origin, fmt::format("rule '{}' is waived twice (first at {})", rule->rule,
                                             rule->waiver->origin));
      continue;
    }
    WaiverStatus status = judge(w, *rule, *today);
    warn(w, *rule, status, *today, warn_expiring_days, result.assessment.date, diags);
    rule->waiver = RuleWaiver{w.justification, w.approved_by, w.expires, status, where(w)};
  }
  if (diags.error_count() > errors_before) return false;
  waived.waivers_path = waivers.path;
  rescore(waived);
  result = std::move(waived);
  return true;
}

}  // namespace tenken
