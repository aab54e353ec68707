// Trends over N assessments (trend.h): groups Results by organisation, orders them, follows each
// rule through the consecutive diffs (diff_results, so renames count as `diff` counts them) and
// classifies the gaps by how their states ran.
#include "tenken/trend.h"

#include <algorithm>
#include <map>
#include <set>
#include <span>
#include <tuple>

namespace tenken {
namespace {

std::optional<double> change(const std::optional<double>& first, const std::optional<double>& last) {
  return first && last ? std::optional<double>(*last - *first) : std::nullopt;
}

TrendPoint point_of(const SavedResult& saved) {
  const Result& r = saved.result;
  const auto& counts = r.summary.counts;
  TrendPoint p;
  p.file = saved.file;
  p.date = r.assessment.date;
  p.score = overall_score(r.summary, false);
  p.score_after_waivers = overall_score(r.summary, true);
  p.coverage = r.summary.coverage.percent;
  p.fail = counts[static_cast<size_t>(State::fail)];
  p.unknown = counts[static_cast<size_t>(State::unknown)];
  p.waived = counts[static_cast<size_t>(State::waived)];
  return p;
}

ChangeCounts counts_of(const ResultDiff& d) {
  auto n = [&](Change kind) { return static_cast<int>(changes_of(d, kind).size()); };
  return {n(Change::resolved), n(Change::new_gap), n(Change::regressed), n(Change::still_open), n(Change::now_unknown)};
}

// Categories in the latest Result's order, then those only earlier Results hold, by id.
std::vector<CategoryTrend> category_trends(std::span<const SavedResult> rs) {
  std::vector<CategoryTrend> out;
  std::map<std::string, size_t> index;
  auto add = [&](const CategoryScore& c) {
    auto [it, added] = index.emplace(c.category, out.size());
    if (added) out.push_back({c.category, c.title, std::vector<std::optional<double>>(rs.size()), std::nullopt});
    return it->second;
  };
  for (const CategoryScore& c : rs.back().result.summary.categories) add(c);
  std::set<std::string> earlier_only;
  for (const SavedResult& s : rs)
    for (const CategoryScore& c : s.result.summary.categories)
      if (!index.count(c.category)) earlier_only.insert(c.category);
  // Titles of earlier-only categories from the latest Result holding each.
  for (const std::string& id : earlier_only)
    for (size_t k = rs.size(); k-- > 0;) {
      const auto& cats = rs[k].result.summary.categories;
      auto it = std::find_if(cats.begin(), cats.end(), [&](const CategoryScore& c) { return c.category == id; });
      if (it != cats.end()) {
        add(*it);
        break;
      }
    }
  for (size_t k = 0; k < rs.size(); ++k)
    for (const CategoryScore& c : rs[k].result.summary.categories)
      out[index.at(c.category)].scores[k] = score_of(c);
  for (CategoryTrend& c : out) c.change = change(c.scores.front(), c.scores.back());
  return out;
}

// One rule's states through the assessments, as the diffs link them.
struct History {
  std::vector<std::string> ids;  // every id it had, oldest first
  std::vector<std::optional<State>> states;
  bool waived_now = false;
  Severity severity = Severity::medium;
  std::string category;
  LocalizedText title;
};

void record(History& h, size_t k, const std::string& id, State state, bool waived, Severity severity,
            const std::string& category, const LocalizedText& title) {
  if (h.ids.empty() || h.ids.back() != id) h.ids.push_back(id);
  h.states[k] = state;
  h.waived_now = waived;
  h.severity = severity;
  h.category = category;
  h.title = title;
}

// Follows the rules from the first Result through each diff; fills the points' change counts.
std::vector<History> follow_rules(std::span<const SavedResult> rs, std::vector<TrendPoint>& points) {
  std::vector<History> histories;
  std::map<std::string, size_t> current;  // id in the latest Result read → history
  auto start = [&] {
    histories.emplace_back().states.resize(rs.size());
    return histories.size() - 1;
  };
  for (const RuleResult& r : rs.front().result.rules) {
    current[r.rule] = start();
    record(histories.back(), 0, r.rule, r.state, counted_state(r) == State::waived, r.severity, r.category,
           r.texts->title);
  }
  for (size_t k = 1; k < rs.size(); ++k) {
    ResultDiff d = diff_results(rs[k - 1].result, rs[k].result);
    points[k].changes = counts_of(d);
    std::map<std::string, size_t> next;
    for (const RuleChange& c : d.rules) {
      if (c.change == Change::removed || !c.new_state) continue;
      const std::string& before = c.old_rule.empty() ? c.rule : c.old_rule;
      auto it = c.old_state ? current.find(before) : current.end();
      size_t h = it != current.end() ? it->second : start();
      record(histories[h], k, c.rule, *c.new_state, c.new_waived, c.severity, c.category, c.title);
      next[c.rule] = h;
    }
    current = std::move(next);
  }
  return histories;
}

bool fails(const std::optional<State>& s) { return s == State::fail; }

// The gap a history shows, if any (trend.h: GapKind).
std::optional<GapTrend> gap_of(const History& h, const std::vector<TrendPoint>& points) {
  const auto& s = h.states;
  size_t n = s.size();
  if (!s.back()) return std::nullopt;  // not in the latest Result
  GapTrend g;
  if (fails(s.back())) {
    size_t start = n - 1;
    while (start > 0 && fails(s[start - 1])) --start;
    g.open_since = points[start].date;
    for (size_t i = start; i-- > 0;)
      if (s[i] == State::pass) {
        g.last_passed = points[i].date;
        break;
      }
    g.new_in_latest = n >= 2 && !fails(s[n - 2]);
    g.kind = start == 0                ? GapKind::persistent
             : !g.last_passed.empty() ? GapKind::regressed
             : g.new_in_latest        ? GapKind::new_gap
                                      : GapKind::still_open;
  } else {
    for (size_t i = n - 1; i-- > 0 && g.last_failed.empty();)
      if (fails(s[i])) g.last_failed = points[i].date;
    bool now_met = s.back() == State::pass || s.back() == State::notapplicable;
    if (now_met && !g.last_failed.empty())
      g.kind = GapKind::resolved;
    else if (n >= 2 && fails(s[n - 2]))
      g.kind = GapKind::now_unknown;
    else
      return std::nullopt;
  }
  g.rule = h.ids.back();
  g.former_ids.assign(h.ids.begin(), h.ids.end() - 1);
  g.severity = h.severity;
  g.category = h.category;
  g.title = h.title;
  g.states = h.states;
  g.waived_now = h.waived_now;
  return g;
}

std::vector<std::string> repeated_dates(const std::vector<TrendPoint>& points) {
  std::vector<std::string> out;
  for (size_t k = 1; k < points.size(); ++k)
    if (points[k].date == points[k - 1].date && (out.empty() || out.back() != points[k].date))
      out.push_back(points[k].date);
  return out;
}

// `rs`: one organisation's Results, oldest first.
OrganizationTrend organization_trend(std::span<const SavedResult> rs) {
  OrganizationTrend o;
  o.name = rs.back().result.organization.name;
  o.sector = rs.back().result.organization.sector;
  for (const SavedResult& s : rs) o.assessments.push_back(point_of(s));
  o.score_change = change(o.assessments.front().score, o.assessments.back().score);
  o.categories = category_trends(rs);
  for (const History& h : follow_rules(rs, o.assessments))
    if (std::optional<GapTrend> g = gap_of(h, o.assessments)) o.gaps.push_back(std::move(*g));
  std::sort(o.gaps.begin(), o.gaps.end(), [](const GapTrend& a, const GapTrend& b) {
    return std::tuple(a.kind, b.severity, a.rule) < std::tuple(b.kind, a.severity, b.rule);
  });
  const std::optional<ChangeCounts>& latest = o.assessments.back().changes;
  o.worse_in_latest = latest && latest->new_gap + latest->regressed > 0;
  o.repeated_dates = repeated_dates(o.assessments);
  return o;
}

}  // namespace

const char* format_as(GapKind k) {
  switch (k) {
    case GapKind::persistent: return "persistent";
    case GapKind::regressed: return "regressed";
    case GapKind::new_gap: return "new_gap";
    case GapKind::still_open: return "still_open";
    case GapKind::resolved: return "resolved";
    case GapKind::now_unknown: return "now_unknown";
  }
  return "?";
}

Result trend_essentials(const Result& r) {
  Result out;
  out.format_version = r.format_version;
  out.tool_version = r.tool_version;
  out.library_digest = r.library_digest;
  out.answers_path = r.answers_path;
  out.waivers_path = r.waivers_path;
  out.organization = r.organization;
  out.assessment = r.assessment;
  out.summary = r.summary;
  out.texts = r.texts;
  out.rules.reserve(r.rules.size());
  for (const RuleResult& rule : r.rules) {
    RuleResult kept;
    kept.rule = rule.rule;
    kept.state = rule.state;
    kept.severity = rule.severity;
    kept.category = rule.category;
    kept.weight = rule.weight;
    kept.texts = rule.texts;
    kept.waiver = rule.waiver;
    out.rules.push_back(std::move(kept));
  }
  return out;
}

Trend compare_trends(std::vector<SavedResult> results) {
  std::sort(results.begin(), results.end(), [](const SavedResult& a, const SavedResult& b) {
    return std::tie(a.result.organization.name, a.result.assessment.date, a.file) <
           std::tie(b.result.organization.name, b.result.assessment.date, b.file);
  });
  Trend t;
  t.results = static_cast<int>(results.size());
  for (size_t first = 0; first < results.size();) {
    size_t end = first + 1;
    while (end < results.size() && results[end].result.organization.name == results[first].result.organization.name)
      ++end;
    t.organizations.push_back(organization_trend(std::span<const SavedResult>(results).subspan(first, end - first)));
    t.worse_in_latest |= t.organizations.back().worse_in_latest;
    first = end;
  }
  return t;
}

std::vector<const GapTrend*> gaps_of(const OrganizationTrend& o, GapKind kind) {
  std::vector<const GapTrend*> out;
  for (const GapTrend& g : o.gaps)
    if (g.kind == kind) out.push_back(&g);
  return out;
}

}  // namespace tenken
