// Applies waivers to a Result (waivers.h): finds each waiver's rule, judges it on the assessment
// date, records it on the rule and works the scores out again. Reads no clock.
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "tenken/dates.h"
#include "evaluate/scoring.h"
#include "tenken/waivers.h"

namespace tenken {
namespace {

// The rules of a Result by id and by the ids they had before a rename, built once so that each
// waiver is found in constant time however many waivers and rules there are. Where two rules
// claim one id, the first in the Result wins, as a scan in order would find it.
class RuleIndex {
 public:
  explicit RuleIndex(Result& result) {
    for (RuleResult& r : result.rules) {
      by_id_.try_emplace(r.rule, &r);
      ids_.push_back(r.rule);
      longest_ = std::max(longest_, r.rule.size());
    }
    for (RuleResult& r : result.rules)
      for (const std::string& old : r.texts->formerly) by_former_id_.try_emplace(old, &r);
  }

  // The rule a waiver names: by id, or by an id the rule had before a rename (with a warning).
  RuleResult* find(const Waiver& w, Diagnostics& diags) const {
    if (auto it = by_id_.find(w.rule); it != by_id_.end()) return it->second;
    if (auto it = by_former_id_.find(w.rule); it != by_former_id_.end()) {
      RuleResult& r = *it->second;
      diags.warning(w.rule_origin, bilingual("rule '{}' is now called '{}'; the waiver applies to it, "
                                             "but write the new id",
                                             "ルール '{}' は今は '{}' という id です。免除はこのルールに適用しますが、"
                                             "新しい id を書いてください",
                                             w.rule, r.rule));
      return &r;
    }
    diags.error(w.rule_origin, bilingual("waiver for an unknown rule '{}'{}", "免除の対象の '{}' というルールはありません{}",
                                         w.rule, suggestion(w.rule, diags)));
    return nullptr;
  }

 private:
  // "; did you mean ...?" for an unknown id, computed only where it can be shown and can exist:
  // past the diagnostics a run keeps, a message is only counted; and a word over twice as long as
  // every id (plus 3) is more edits away from each than closest_match accepts (a third of the
  // word, at least 2), so its edit distances, which cost its length times theirs, are skipped.
  LocalizedText suggestion(const std::string& word, const Diagnostics& diags) const {
    if (diags.items().size() >= kMaxDiagnosticsKept || word.size() > 2 * longest_ + 3) return {};
    return did_you_mean(word, ids_);
  }

  std::unordered_map<std::string, RuleResult*> by_id_, by_former_id_;
  std::vector<std::string> ids_;
  size_t longest_ = 0;
};

bool waivable(State s) { return s == State::fail || s == State::unknown || s == State::notchecked; }

WaiverStatus judge(const Waiver& w, const RuleResult& r, int today) {
  if (!w.expires.empty() && *dates::parse_date(w.expires) < today) return WaiverStatus::expired;
  return waivable(r.state) ? WaiverStatus::active : WaiverStatus::not_needed;
}

void warn(const Waiver& w, const RuleResult& r, WaiverStatus status, int today, int warn_days,
          const std::string& date, Diagnostics& diags) {
  if (status == WaiverStatus::expired) {
    diags.warning(w.expires_origin, bilingual("the waiver for '{}' expired on {}, before the assessment "
                                              "date {}: it is ignored and the rule counts as {}",
                                              "'{0}' の免除は評価日 {2} より前の {1} に期限が切れています。この免除は"
                                              "使われず、ルールは {3} として数えます",
                                              w.rule, w.expires, date, format_as(r.state)));
  } else if (status == WaiverStatus::not_needed) {
    diags.warning(w.rule_origin, bilingual("the waiver for '{}' is not needed: the rule's result is {}; remove it",
                                           "'{}' の免除は不要です。ルールの結果は {} です。この免除を削除してください",
                                           w.rule, format_as(r.state)));
  } else if (warn_days >= 0 && !w.expires.empty()) {
    int left = *dates::parse_date(w.expires) - today;
    if (left <= warn_days)
      diags.warning(w.expires_origin, bilingual("the waiver for '{}' expires on {}, {} day{} after the "
                                                "assessment date {}",
                                                "'{0}' の免除は {1} に期限が切れます（評価日 {4} の {2} 日後）",
                                                w.rule, w.expires, left, left == 1 ? "" : "s", date));
  }
}

std::string where(const Waiver& w) {
  return fmt::format("{}:{}", w.origin.path(), w.origin.where().line);
}

}  // namespace

bool apply_waivers(Result& result, const Waivers& waivers, int warn_expiring_days, Diagnostics& diags) {
  std::optional<int> today = dates::parse_date(result.assessment.date);
  if (!today) {
    diags.error({}, bilingual("cannot judge waivers: the Result's assessment date '{}' is not a date",
                              "免除を判定できません。結果ファイルの評価日 '{}' が日付になっていません",
                              result.assessment.date));
    return false;
  }
  Result waived = result;
  for (RuleResult& r : waived.rules) r.waiver.reset();
  int errors_before = diags.error_count();
  RuleIndex rules(waived);
  for (const Waiver& w : waivers.waivers) {
    RuleResult* rule = rules.find(w, diags);
    if (!rule) continue;
    if (rule->waiver) {  // two waivers, one under the rule's old id
      diags.error(w.rule_origin, bilingual("rule '{}' is waived twice (first at {})",
                                           "ルール '{}' が二度免除されています（最初は {}）", rule->rule,
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
