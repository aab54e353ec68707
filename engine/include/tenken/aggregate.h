// Aggregate: the sector view a regulator or an ISAC asks for over many organisations' saved
// Results (`tenken aggregate`). Each Result is first reduced to a small OrganizationRecord (its
// organisation, date, scores and the counted state of each rule), so that ten thousand Results
// never need to be in memory at once; aggregate() then keeps each organisation's latest
// assessment and computes the statistics: the overall score and each category's score across
// organisations, each organisation's position, the most common gaps, and a breakdown by sector or
// by size. Plain data in, plain data out: no files, no clock, no rendering, nothing rounded.
// The same records in the same order give the same Aggregate.
//
// Statistics (docs/aggregate.md):
//   mean, population standard deviation σ = sqrt(Σ(x − mean)² / n);
//   quartiles and the median by linear interpolation between closest ranks: the p-quantile of
//   the sorted values x[0..n−1] is x[h] at h = (n − 1)·p, interpolated between x[⌊h⌋] and
//   x[⌊h⌋+1] (Excel's QUARTILE.INC, R's type 7, numpy's default); Q1 is p = 0.25, the median
//   p = 0.5, Q3 p = 0.75;
//   percentile rank of x: 100 · (below + equal / 2) / n, where `equal` counts x itself;
//   deviation score (偏差値) of x: 50 + 10 · (x − mean) / σ, and 50 when σ = 0.
// A category counts for an organisation only when its Result scores something in it (weight
// scored above 0); a category that scores nothing is "not scored", not 0.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "tenken/engine.h"
#include "tenken/result.h"
#include "tenken/rule.h"
#include "tenken/text.h"

namespace tenken {

// The version of the aggregate's JSON form (docs/aggregate.schema.json).
inline constexpr int kAggregateFormatVersion = 1;

// The rules and categories a record's vectors are indexed by: the library's (categories in its
// order, rules sorted by id), then ids met only in Results, added by aggregate(). Reading keys
// is safe from several threads at once; adding is not.
class AggregateKeys {
 public:
  struct RuleKey {
    std::string id;
    LocalizedText title;                // empty for a rule the library does not hold
    std::optional<Severity> severity;   // from the library; none for a rule it does not hold
  };
  struct CategoryKey {
    std::string id;
    LocalizedText title;  // the id in both languages for a category the library does not declare
  };

  AggregateKeys() = default;
  explicit AggregateKeys(const Library& library);

  // The index of an id, or -1.
  int rule(std::string_view id) const;
  int category(std::string_view id) const;
  // Adds an id not yet known (no title) and returns its index; the index of a known id as it is.
  int add_rule(const std::string& id);
  int add_category(const std::string& id);

  const std::vector<RuleKey>& rules() const { return rules_; }
  const std::vector<CategoryKey>& categories() const { return categories_; }

 private:
  // Looked up by string_view without making a string: a Result holds a hundred rule ids.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Index = std::unordered_map<std::string, int, Hash, std::equal_to<>>;

  std::vector<RuleKey> rules_;
  std::vector<CategoryKey> categories_;
  Index rule_index_, category_index_;
};

// A rule the Result does not hold.
inline constexpr uint8_t kRuleAbsent = 0xff;

// One Result reduced to what aggregate() reads.
struct OrganizationRecord {
  std::string name;    // organization.name
  std::string sector;  // organization.sector as written (may be empty or unlisted)
  std::string size;    // organization.size as written
  std::string date;    // assessment.date, YYYY-MM-DD
  std::string file;    // the Result file it was read from
  double score = 0;    // summary.score
  std::vector<double> categories;  // by AggregateKeys::categories(); NaN: not scored
  std::vector<uint8_t> rules;      // by AggregateKeys::rules(): the counted State, or kRuleAbsent
  // Ids the keys did not hold when the record was made (custom rules), with their values.
  std::vector<std::pair<std::string, double>> other_categories;
  std::vector<std::pair<std::string, uint8_t>> other_rules;
};

// The record of a Result. Only reads `keys`, so several threads may reduce at once.
OrganizationRecord reduce_result(const Result& r, const AggregateKeys& keys, std::string file);

// count, mean, median, σ (population), quartiles, min and max; all 0 when count is 0.
struct Statistics {
  int count = 0;
  double mean = 0, median = 0, stddev = 0, q1 = 0, q3 = 0, min = 0, max = 0;
};
// The statistics of the values (any order).
Statistics describe(std::vector<double> values);
// The p-quantile (0 ≤ p ≤ 1) of sorted values by linear interpolation at (n − 1)·p; 0 when empty.
double quantile(const std::vector<double>& sorted, double p);
// 100 · (below + equal / 2) / n over sorted values; 0 when empty.
double percentile_rank(const std::vector<double>& sorted, double x);
// 50 + 10 · (x − mean) / σ; 50 when σ is 0.
double deviation_score(double x, const Statistics& s);

enum class Breakdown { sector, size };
const char* format_as(Breakdown b);  // "sector", "size"

struct AggregateOptions {
  Breakdown by = Breakdown::sector;
  // Organisations become pseudonyms ("org-0001") and no file path is kept: numbered by sector
  // (in the fixed list's order), then score (highest first), then a hash of the name, so the
  // numbers reveal neither the input order nor the names.
  bool anonymise = false;
  int files_skipped = 0;  // input files that could not be read (reported by the caller)
};

// One organisation: its latest assessment and its position among all.
struct OrganizationScore {
  std::string name;    // or its pseudonym
  std::string file;    // the Result it comes from; empty when anonymised
  std::string sector;  // an id of sectors(); "other" when empty or unlisted
  std::string size;    // an id of size_bands(); empty when not stated or unlisted
  std::string group;   // the id of its Group
  std::string date;
  double score = 0;
  double percentile = 0;  // percentile rank of the score among all organisations
  double deviation = 50;  // 偏差値 of the score
  std::vector<std::optional<double>> categories;  // by Aggregate::categories; none: not scored
  int set_aside = 0;  // its earlier assessments, not counted
};

struct CategoryStatistics {
  std::string id;
  LocalizedText title;
  Statistics stats;  // over the organisations whose Result scores the category
};

// A rule that fails or is unknown in at least one organisation.
struct RuleGap {
  std::string rule;
  LocalizedText title;  // from the library; empty when the library does not hold the rule
  std::optional<Severity> severity;
  int fail = 0;      // organisations where it counts as fail
  int unknown = 0;   // organisations where it counts as unknown
  int assessed = 0;  // organisations whose Result holds the rule
};

// The organisations of one sector or one size band.
struct Group {
  std::string id;  // a sector id, a size band id, or "unknown" (size not stated)
  LocalizedText name;
  int count = 0;
  double mean = 0, median = 0;
  std::vector<std::optional<double>> category_means;  // by Aggregate::categories; none: not scored
};

struct Aggregate {
  Breakdown by = Breakdown::sector;
  bool anonymised = false;
  int results = 0;        // Results read
  int set_aside = 0;      // earlier assessments of an organisation, not counted
  int files_skipped = 0;  // files that could not be read
  std::string first_date, last_date;  // of the assessments counted
  Statistics overall;     // of summary.score
  std::vector<CategoryStatistics> categories;  // those any organisation scores, in key order
  // In group order, then highest score first, then by name (or pseudonym).
  std::vector<OrganizationScore> organizations;
  // Most failures first, then most unknown, then by rule id.
  std::vector<RuleGap> gaps;
  std::vector<Group> groups;  // in the order of the fixed list; groups without organisations left out
};

// The group a size band id falls in when it is empty or unlisted.
inline constexpr std::string_view kUnknownSize = "unknown";
// The name of that group: 不明 / Not stated.
const LocalizedText& unknown_size_name();

// Keeps each organisation's latest assessment (same organization.name; the later date counts,
// on the same date the later file name), then computes everything. Ids only some records hold
// are added to `keys` in sorted order first, so the result does not depend on record order
// beyond ties that the rules above decide.
Aggregate aggregate(std::vector<OrganizationRecord> records, AggregateKeys keys, const AggregateOptions& o);

}  // namespace tenken
