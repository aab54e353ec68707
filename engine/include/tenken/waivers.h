// Waivers: risks an organisation has accepted for a time. A waiver names a rule, says why the gap
// is accepted (justification, required), who approved it and until when. Waivers are applied to a
// Result after evaluation (so a saved Result can be re-rendered with this year's waivers): a
// waived rule keeps its own state and counts as waived; an expired waiver is ignored and reported.
//
// The file is YAML:
//
//   waivers:
//     - rule: backup-isolated-copy
//       justification: An offline copy is ordered; until May the tapes are kept off site.
//       approved_by: CISO
//       expires: 2027-03-31        # the last day it holds; judged against the assessment date
//
// or, for those who keep them in a spreadsheet, CSV (RFC 4180, UTF-8, a header row naming the
// columns rule, justification, approved_by, expires in any order). A file whose name ends in
// ".csv" is read as CSV.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tenken/diagnostic.h"
#include "tenken/result.h"
#include "tenken/source.h"

namespace tenken {

struct Waiver {
  std::string rule;
  std::string justification;
  std::string approved_by;  // empty when not given
  std::string expires;      // YYYY-MM-DD; empty: no expiry date
  Origin origin;            // the waiver (its first field)
  Origin rule_origin;
  Origin expires_origin;
};

struct Waivers {
  std::string path;
  std::vector<Waiver> waivers;  // in file order
};

// Loads a waivers file: every problem is reported (missing justification, a date that is not a
// date, an unknown field with did-you-mean, a rule waived twice). nullopt after any error.
std::optional<Waivers> load_waivers(const std::shared_ptr<const Source>& file, Diagnostics& diags);

// Applies waivers to a Result, replacing any it had, and works its counts and scores out again.
// Each waiver is judged on the assessment date: expired when its expiry date is before it;
// otherwise active for a rule that fails, is unknown or needs an auditor, and not needed for one
// that passes, does not apply or is in error. Errors: a waiver for a rule the Result does not
// have (with did-you-mean). Warnings: expired waivers, waivers not needed, waivers that expire
// within `warn_expiring_days` days of the assessment date (none when negative), and waivers that
// name a rule by an id it had before a rename. Returns false, leaving `result` as it was, on
// any error.
bool apply_waivers(Result& result, const Waivers& waivers, int warn_expiring_days,
                   Diagnostics& diags);

}  // namespace tenken
