// Trends over N assessments (`tenken compare`): for each organisation, how its scores moved and
// which gaps stayed open across its annual self-checks. Results are grouped by organization.name
// and ordered by assessment date (then by file name); consecutive Results are compared with
// diff_results (diff.h), so rules are followed through renames (`formerly`) exactly as `diff`
// follows them. Plain data in, plain data out: no files, no clock, no rendering, nothing rounded.
// The same Results give the same Trend whatever order they come in.
//
// Gaps are judged on the rules' own states, as in diff.h: a waived failure is still a gap (its
// waiver is noted beside it).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tenken/diff.h"
#include "tenken/result.h"

namespace tenken {

// The version of the comparison's JSON form (docs/compare.schema.json).
inline constexpr int kTrendFormatVersion = 1;

// A saved Result and the file it was read from (as given on the command line).
struct SavedResult {
  std::string file;
  Result result;
};

// A copy of `r` that keeps only what compare_trends reads: organisation, assessment, summary,
// the texts, and each rule's id, state, severity, category, weight, texts and waiver. For a caller
// that holds many Results at once.
Result trend_essentials(const Result& r);

// How a gap's Result states ran, for the gaps listed. The kinds of an open gap are exclusive,
// tried in this order.
enum class GapKind {
  persistent,   // fails in every assessment: open since the first
  regressed,    // fails in the latest; passed in an earlier assessment
  new_gap,      // fails in the latest, not in the previous one, and never passed
  still_open,   // fails in the latest and in the previous one, not in all, and never passed
  resolved,     // failed in an earlier assessment; passes or no longer applies in the latest
  now_unknown,  // failed in the previous assessment; unknown (or for an auditor) in the latest
};
const char* format_as(GapKind k);  // "persistent", "regressed", ...

// One rule across an organisation's assessments, followed through renames.
struct GapTrend {
  GapKind kind = GapKind::persistent;
  std::string rule;  // the id in the latest Result that holds it
  std::vector<std::string> former_ids;  // ids it had in earlier Results, oldest first
  Severity severity = Severity::medium;  // as in the latest Result that holds it
  std::string category;
  LocalizedText title;
  std::vector<std::optional<State>> states;  // by assessment; none: not in that Result
  bool waived_now = false;  // under an active waiver in the latest assessment
  // Dates (YYYY-MM-DD) of assessments. open_since: the first of the unbroken run of failures
  // that reaches the latest (open gaps). last_passed: the latest assessment before the run where
  // it passed (regressed). last_failed: the latest assessment where it failed (resolved,
  // now_unknown). Empty where they do not apply.
  std::string open_since, last_passed, last_failed;
  // Fails in the latest assessment and did not in the previous one: what `diff` of the last two
  // calls a new gap or a regression, and what makes `compare` exit 2.
  bool new_in_latest = false;
};

// Counts of the changes from the previous assessment (diff_results of the two).
struct ChangeCounts {
  int resolved = 0, new_gap = 0, regressed = 0, still_open = 0, now_unknown = 0;
};

// One assessment of an organisation.
struct TrendPoint {
  std::string file;
  std::string date;  // assessment.date, YYYY-MM-DD
  std::optional<double> score;                // summary.score; none when nothing is scored
  std::optional<double> score_after_waivers;  // summary.score_after_waivers; likewise
  double coverage = 0;  // summary.coverage.percent
  int fail = 0;         // rules counted as fail (a waived failure counts as waived)
  int unknown = 0;      // rules counted as unknown
  int waived = 0;       // rules under an active waiver
  std::optional<ChangeCounts> changes;  // from the previous assessment; none for the first
};

// One category across the assessments.
struct CategoryTrend {
  std::string category;
  LocalizedText title;  // from the latest Result that holds it
  std::vector<std::optional<double>> scores;  // by assessment; none: not scored there
  std::optional<double> change;  // latest − first; none when either is not scored
};

struct OrganizationTrend {
  std::string name;    // organization.name
  std::string sector;  // organization.sector of the latest assessment, as written
  std::vector<TrendPoint> assessments;  // oldest first: by date, then by file name
  std::optional<double> score_change;   // latest − first overall score; none when either is missing
  // In the latest Result's category order, then categories only earlier Results score, by id.
  std::vector<CategoryTrend> categories;
  // By kind (GapKind order), most severe first, then rule id.
  std::vector<GapTrend> gaps;
  // Some rule fails in the latest assessment and did not in the previous one (a new gap or a
  // regression, as `diff` of the two says).
  bool worse_in_latest = false;
  // Dates held by more than one of its Results, each once, oldest first.
  std::vector<std::string> repeated_dates;
};

struct Trend {
  int results = 0;        // Results compared
  int files_skipped = 0;  // input files that could not be read (set by the caller)
  std::vector<OrganizationTrend> organizations;  // by name (byte order)
  bool worse_in_latest = false;  // some organisation's is
};

// Groups, orders and compares. Results holding the same file name twice count twice: the caller
// gives each file once.
Trend compare_trends(std::vector<SavedResult> results);

// The gaps of one kind, in Trend order.
std::vector<const GapTrend*> gaps_of(const OrganizationTrend& o, GapKind kind);

}  // namespace tenken
