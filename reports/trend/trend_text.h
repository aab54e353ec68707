// What every trend format shows the same way: figures as text, the change with its direction, the
// facts at the head of the report and of each organisation, the rows of the category table and
// the note under a gap. Plain text: each format escapes it for itself. Internal to reports/trend/.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tenken/trend.h"
#include "trend/trend_words.h"

namespace tenken::cmp {

// A figure with one decimal ("62.5"); "-" for none.
std::string figure(const std::optional<double>& x);
// "85.7%".
std::string percent(double x);
// The change as shown with one decimal, with its sign and its direction in words:
// "▲ +12.5 up", "▼ -5.0 down", "= 0.0 no change"; "-" for none.
std::string change_text(const std::optional<double>& change, Lang lang);
// The same as a class name for HTML: "up", "down", "same", "none".
const char* change_class(const std::optional<double>& change);
// "1 resolved, 2 new, 0 regressed"; "-" for the first assessment.
std::string changes_text(const TrendPoint& p, Lang lang);
// The sector's name in the language; the id as written when it is not in the list.
std::string sector_name(const std::string& id, Lang lang);

// A label and its text.
struct Fact {
  Word label;
  std::string text;
  bool from_result = false;  // text as a Result has it (to escape), not made of words and figures
};
// Results read, organisations, files skipped (when any), new gaps or regressions.
std::vector<Fact> summary_facts(const Trend& t, Lang lang);
// Sector (when stated), assessments (count and dates), overall score first → latest (change;
// the score alone for one assessment).
std::vector<Fact> organization_facts(const OrganizationTrend& o, Lang lang);

// One row of the category table: "Overall" or a category's title, its score in each assessment
// and the change from the first to the latest.
struct ScoreRow {
  std::string label;
  std::string id;  // the category id; "overall" for the overall score
  std::vector<std::optional<double>> scores;
  std::optional<double> change;
};
std::vector<ScoreRow> score_rows(const OrganizationTrend& o, Lang lang);

// The gap lists in the order they are shown, each with its heading.
struct GapSection {
  GapKind kind;
  Word heading;
};
const std::vector<GapSection>& gap_sections();
// "open since 1 April 2022; waived now; formerly old-id", the dates as the language writes them.
std::string gap_note(const GapTrend& g, Lang lang);
// The title of a category as the organisation's Results name it; the id when none does.
std::string category_title(const OrganizationTrend& o, const std::string& category, Lang lang);
// "remote-vpn-mfa — Use MFA on the VPN"; the id alone when the rule has no title.
std::string rule_and_title(const GapTrend& g, Lang lang);

}  // namespace tenken::cmp
