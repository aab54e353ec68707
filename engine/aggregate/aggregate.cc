// aggregate() (aggregate.h): each organisation's latest record kept, then the statistics, the
// position of each organisation, the gaps and the groups. Everything is ordered by content
// (group, score, name, rule id), never by the order in which files were read.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "tenken/aggregate.h"
#include "tenken/organization_profile.h"

namespace tenken {
namespace {

// Ids that only some records hold are added to the keys (sorted, so that the order of the
// records does not matter), and every record's vectors are widened to the keys.
void fold_other_ids(std::vector<OrganizationRecord>& records, AggregateKeys& keys) {
  std::set<std::string> rules, categories;
  for (const OrganizationRecord& r : records) {
    for (const auto& [id, state] : r.other_rules) rules.insert(id);
    for (const auto& [id, score] : r.other_categories) categories.insert(id);
  }
  for (const std::string& id : rules) keys.add_rule(id);
  for (const std::string& id : categories) keys.add_category(id);
  for (OrganizationRecord& r : records) {
    r.rules.resize(keys.rules().size(), kRuleAbsent);
    r.categories.resize(keys.categories().size(), std::nan(""));
    for (const auto& [id, state] : r.other_rules) r.rules[keys.rule(id)] = state;
    for (const auto& [id, score] : r.other_categories) r.categories[keys.category(id)] = score;
    r.other_rules.clear();
    r.other_categories.clear();
  }
}

// The same organisation is the same organization.name; a Result without a name stands alone.
std::string identity(const OrganizationRecord& r) { return r.name.empty() ? "\x1f" + r.file : r.name; }

// Indexes of the records that count (each organisation's latest), with how many were set aside.
std::vector<std::pair<size_t, int>> latest_records(const std::vector<OrganizationRecord>& records) {
  std::vector<std::pair<size_t, int>> kept;
  std::unordered_map<std::string, size_t> slot;  // identity → index into kept
  for (size_t i = 0; i < records.size(); ++i) {
    auto [it, fresh] = slot.emplace(identity(records[i]), kept.size());
    if (fresh) {
      kept.emplace_back(i, 0);
      continue;
    }
    auto& [best, set_aside] = kept[it->second];
    ++set_aside;
    const OrganizationRecord& a = records[best];
    const OrganizationRecord& b = records[i];
    if (std::tie(b.date, b.file) > std::tie(a.date, a.file)) best = i;
  }
  return kept;
}

uint64_t fnv1a(std::string_view text) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
  return h;
}

size_t sector_rank(const std::string& id) {
  const std::vector<Sector>& list = sectors();
  for (size_t i = 0; i < list.size(); ++i)
    if (list[i].id == id) return i;
  return list.size();
}

size_t size_rank(const std::string& id) {
  const std::vector<SizeBand>& list = size_bands();
  for (size_t i = 0; i < list.size(); ++i)
    if (list[i].id == id) return i;
  return list.size();  // not stated: last
}

// Pseudonyms numbered by sector, then score (highest first), then a hash of the name.
void give_pseudonyms(std::vector<OrganizationScore>& orgs) {
  std::vector<OrganizationScore*> order;
  for (OrganizationScore& o : orgs) order.push_back(&o);
  auto key = [](const OrganizationScore* o) {
    return std::tuple(sector_rank(o->sector), -o->score, fnv1a(o->name), std::string_view(o->name));
  };
  std::sort(order.begin(), order.end(), [&](auto* a, auto* b) { return key(a) < key(b); });
  size_t width = std::max<size_t>(4, fmt::format("{}", orgs.size()).size());
  for (size_t i = 0; i < order.size(); ++i) {
    order[i]->name = fmt::format("org-{:0{}}", i + 1, width);
    order[i]->file.clear();
  }
}

OrganizationScore organization_of(const OrganizationRecord& r, int set_aside, Breakdown by) {
  OrganizationScore o;
  o.name = r.name.empty() ? r.file : r.name;
  o.file = r.file;
  o.sector = find_sector(r.sector) ? r.sector : "other";
  o.size = find_size_band(r.size) ? r.size : "";
  o.group = by == Breakdown::sector ? o.sector : o.size.empty() ? std::string(kUnknownSize) : o.size;
  o.date = r.date;
  o.score = r.score;
  o.set_aside = set_aside;
  return o;
}

size_t group_rank(const std::string& group, Breakdown by) {
  return by == Breakdown::sector ? sector_rank(group) : size_rank(group);
}

// The groups of the fixed list, in its order, that hold any organisation.
std::vector<Group> groups_of(const std::vector<OrganizationScore>& orgs, size_t categories, Breakdown by) {
  std::vector<Group> groups;
  if (by == Breakdown::sector)
    for (const Sector& s : sectors()) groups.push_back({s.id, s.name});
  else {
    for (const SizeBand& s : size_bands()) groups.push_back({s.id, s.name});
    groups.push_back({std::string(kUnknownSize), unknown_size_name()});
  }
  std::vector<Group> found;
  for (Group& g : groups) {
    std::vector<double> scores;
    std::vector<std::vector<double>> by_category(categories);
    for (const OrganizationScore& o : orgs) {
      if (o.group != g.id) continue;
      scores.push_back(o.score);
      for (size_t c = 0; c < categories; ++c)
        if (o.categories[c]) by_category[c].push_back(*o.categories[c]);
    }
    if (scores.empty()) continue;
    Statistics s = describe(scores);
    g.count = s.count;
    g.mean = s.mean;
    g.median = s.median;
    for (std::vector<double>& values : by_category)
      g.category_means.push_back(values.empty() ? std::nullopt : std::optional(describe(values).mean));
    found.push_back(std::move(g));
  }
  return found;
}

std::vector<RuleGap> gaps_of(const std::vector<OrganizationRecord>& records,
                             const std::vector<std::pair<size_t, int>>& kept, const AggregateKeys& keys) {
  std::vector<RuleGap> gaps;
  for (size_t k = 0; k < keys.rules().size(); ++k) {
    const AggregateKeys::RuleKey& key = keys.rules()[k];
    RuleGap g{key.id, key.title, key.severity};
    for (const auto& [i, set_aside] : kept) {
      uint8_t state = records[i].rules[k];
      if (state == kRuleAbsent) continue;
      ++g.assessed;
      g.fail += state == static_cast<uint8_t>(State::fail);
      g.unknown += state == static_cast<uint8_t>(State::unknown);
    }
    if (g.fail + g.unknown > 0) gaps.push_back(std::move(g));
  }
  std::sort(gaps.begin(), gaps.end(), [](const RuleGap& a, const RuleGap& b) {
    return std::tie(b.fail, b.unknown, a.rule) < std::tie(a.fail, a.unknown, b.rule);
  });
  return gaps;
}

}  // namespace

const char* format_as(Breakdown b) { return b == Breakdown::sector ? "sector" : "size"; }

const LocalizedText& unknown_size_name() {
  static const LocalizedText name{"不明", "Not stated"};
  return name;
}

Aggregate aggregate(std::vector<OrganizationRecord> records, AggregateKeys keys, const AggregateOptions& o) {
  fold_other_ids(records, keys);
  Aggregate a;
  a.by = o.by;
  a.anonymised = o.anonymise;
  a.results = static_cast<int>(records.size());
  a.files_skipped = o.files_skipped;
  std::vector<std::pair<size_t, int>> kept = latest_records(records);

  // The categories any organisation scores, and where each key's category lands among them.
  std::vector<int> column(keys.categories().size(), -1);
  for (size_t c = 0; c < keys.categories().size(); ++c) {
    std::vector<double> values;
    for (const auto& [i, set_aside] : kept)
      if (!std::isnan(records[i].categories[c])) values.push_back(records[i].categories[c]);
    if (values.empty()) continue;
    column[c] = static_cast<int>(a.categories.size());
    a.categories.push_back({keys.categories()[c].id, keys.categories()[c].title, describe(values)});
  }

  for (const auto& [i, set_aside] : kept) {
    const OrganizationRecord& r = records[i];
    OrganizationScore org = organization_of(r, set_aside, o.by);
    org.categories.resize(a.categories.size());
    for (size_t c = 0; c < column.size(); ++c)
      if (column[c] >= 0 && !std::isnan(r.categories[c])) org.categories[column[c]] = r.categories[c];
    a.set_aside += set_aside;
    if (!r.date.empty() && (a.first_date.empty() || r.date < a.first_date)) a.first_date = r.date;
    if (r.date > a.last_date) a.last_date = r.date;
    a.organizations.push_back(std::move(org));
  }
  if (o.anonymise) give_pseudonyms(a.organizations);
  std::sort(a.organizations.begin(), a.organizations.end(), [&](const auto& x, const auto& y) {
    return std::tuple(group_rank(x.group, o.by), -x.score, std::string_view(x.name), std::string_view(x.file)) <
           std::tuple(group_rank(y.group, o.by), -y.score, std::string_view(y.name), std::string_view(y.file));
  });

  std::vector<double> scores;
  for (const OrganizationScore& org : a.organizations) scores.push_back(org.score);
  a.overall = describe(scores);
  std::sort(scores.begin(), scores.end());
  for (OrganizationScore& org : a.organizations) {
    org.percentile = percentile_rank(scores, org.score);
    org.deviation = deviation_score(org.score, a.overall);
  }
  a.gaps = gaps_of(records, kept, keys);
  a.groups = groups_of(a.organizations, a.categories.size(), o.by);
  return a;
}

}  // namespace tenken
