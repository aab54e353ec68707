// Figures, facts and notes shared by the trend formats (trend_text.h).
#include "trend/trend_text.h"

#include <fmt/format.h>

#include <cmath>

#include "common/messages.h"
#include "tenken/organization_profile.h"

namespace tenken::cmp {
namespace {

// The change as it is shown: one decimal, and never "-0.0".
double shown(double x) {
  double r = std::round(x * 10) / 10;
  return r == 0 ? 0.0 : r;
}

}  // namespace

std::string figure(const std::optional<double>& x) { return x ? fmt::format("{:.1f}", shown(*x)) : "-"; }

std::string percent(double x) { return fmt::format("{:.1f}%", shown(x)); }

std::string change_text(const std::optional<double>& change, Lang lang) {
  if (!change) return "-";
  double c = shown(*change);
  if (c > 0) return fmt::format("▲ +{:.1f} {}", c, word(Word::up, lang));
  if (c < 0) return fmt::format("▼ {:.1f} {}", c, word(Word::down, lang));
  return fmt::format("= 0.0 {}", word(Word::same, lang));
}

const char* change_class(const std::optional<double>& change) {
  if (!change) return "none";
  double c = shown(*change);
  return c > 0 ? "up" : c < 0 ? "down" : "same";
}

std::string changes_text(const TrendPoint& p, Lang lang) {
  if (!p.changes) return "-";
  return say(Word::changes_value, lang, p.changes->resolved, p.changes->new_gap, p.changes->regressed);
}

std::string sector_name(const std::string& id, Lang lang) {
  const Sector* s = find_sector(id);
  return s ? s->name.in(lang) : id;
}

std::vector<Fact> summary_facts(const Trend& t, Lang lang) {
  std::vector<Fact> facts = {{Word::results, fmt::format("{}", t.results)},
                             {Word::organizations, fmt::format("{}", t.organizations.size())}};
  if (t.files_skipped) facts.push_back({Word::files_skipped, say(Word::files_skipped_value, lang, t.files_skipped)});
  size_t worse = 0;
  for (const OrganizationTrend& o : t.organizations) worse += o.worse_in_latest;
  facts.push_back({Word::worse, say(Word::worse_value, lang, worse, t.organizations.size())});
  return facts;
}

std::vector<Fact> organization_facts(const OrganizationTrend& o, Lang lang) {
  std::vector<Fact> facts;
  if (!o.sector.empty()) facts.push_back({Word::sector, sector_name(o.sector, lang), find_sector(o.sector) == nullptr});
  std::string first = format_date(o.assessments.front().date, lang), last = format_date(o.assessments.back().date, lang);
  facts.push_back({Word::assessments, o.assessments.size() == 1
                                          ? say(Word::assessments_one, lang, last)
                                          : say(Word::assessments_value, lang, o.assessments.size(), first, last)});
  if (o.assessments.size() == 1)
    facts.push_back({Word::score, figure(o.assessments.back().score)});
  else
    facts.push_back({Word::score, say(Word::score_value, lang, figure(o.assessments.front().score),
                                      figure(o.assessments.back().score), change_text(o.score_change, lang))});
  return facts;
}

std::vector<ScoreRow> score_rows(const OrganizationTrend& o, Lang lang) {
  std::vector<ScoreRow> rows = {{word(Word::overall, lang), "overall", {}, o.score_change}};
  for (const TrendPoint& p : o.assessments) rows[0].scores.push_back(p.score);
  for (const CategoryTrend& c : o.categories) rows.push_back({c.title.in(lang), c.category, c.scores, c.change});
  return rows;
}

const std::vector<GapSection>& gap_sections() {
  static const std::vector<GapSection> kSections = {
      {GapKind::persistent, Word::persistent_heading}, {GapKind::regressed, Word::regressed_heading},
      {GapKind::new_gap, Word::new_heading},           {GapKind::still_open, Word::still_open_heading},
      {GapKind::resolved, Word::resolved_heading},     {GapKind::now_unknown, Word::now_unknown_heading}};
  return kSections;
}

std::string gap_note(const GapTrend& g, Lang lang) {
  std::vector<std::string> parts;
  switch (g.kind) {
    case GapKind::regressed:
      parts.push_back(say(Word::passed_then_failed, lang, format_date(g.last_passed, lang),
                          format_date(g.open_since, lang)));
      if (g.new_in_latest) parts.emplace_back(word(Word::new_in_latest, lang));
      break;
    case GapKind::persistent:
    case GapKind::new_gap:
    case GapKind::still_open: parts.push_back(say(Word::open_since, lang, format_date(g.open_since, lang))); break;
    case GapKind::resolved:
    case GapKind::now_unknown: parts.push_back(say(Word::last_failed, lang, format_date(g.last_failed, lang))); break;
  }
  if (g.waived_now) parts.emplace_back(word(Word::waived_now, lang));
  if (!g.former_ids.empty()) parts.push_back(say(Word::formerly, lang, joined(g.former_ids, lang)));
  return joined(parts, lang);
}

std::string category_title(const OrganizationTrend& o, const std::string& category, Lang lang) {
  for (const CategoryTrend& c : o.categories)
    if (c.category == category && !c.title.in(lang).empty()) return c.title.in(lang);
  return category;
}

std::string rule_and_title(const GapTrend& g, Lang lang) {
  const std::string& title = g.title.in(lang);
  return title.empty() ? g.rule : g.rule + " — " + title;
}

}  // namespace tenken::cmp
