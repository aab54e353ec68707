// Identifier lists of the reference frameworks. They are generated from each framework's
// structure (how many entries each group has) rather than typed out one by one.
#include "tenken/frameworks.h"

#include <fmt/format.h>

namespace tenken {
namespace {

// NIST CSF 2.0 (February 2024): 106 subcategories. Numbers withdrawn during the revision
// (ID.AM-06, PR.DS-03 ... PR.DS-09, DE.CM-04, ...) are not listed.
std::vector<std::string> csf2_ids() {
  struct Category {
    const char* id;
    std::vector<int> numbers;
  };
  const std::vector<Category> categories = {
      {"GV.OC", {1, 2, 3, 4, 5}},       {"GV.RM", {1, 2, 3, 4, 5, 6, 7}},
      {"GV.RR", {1, 2, 3, 4}},          {"GV.PO", {1, 2}},
      {"GV.OV", {1, 2, 3}},             {"GV.SC", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}},
      {"ID.AM", {1, 2, 3, 4, 5, 7, 8}}, {"ID.RA", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}},
      {"ID.IM", {1, 2, 3, 4}},          {"PR.AA", {1, 2, 3, 4, 5, 6}},
      {"PR.AT", {1, 2}},                {"PR.DS", {1, 2, 10, 11}},
      {"PR.PS", {1, 2, 3, 4, 5, 6}},    {"PR.IR", {1, 2, 3, 4}},
      {"DE.CM", {1, 2, 3, 6, 9}},       {"DE.AE", {2, 3, 4, 6, 7, 8}},
      {"RS.MA", {1, 2, 3, 4, 5}},       {"RS.AN", {3, 6, 7, 8}},
      {"RS.CO", {2, 3}},                {"RS.MI", {1, 2}},
      {"RC.RP", {1, 2, 3, 4, 5, 6}},    {"RC.CO", {3, 4}},
  };
  std::vector<std::string> ids;
  for (const auto& c : categories)
    for (int n : c.numbers) ids.push_back(fmt::format("{}-{:02}", c.id, n));
  return ids;
}

// ISO/IEC 27001:2022 Annex A: 93 controls in four themes (5 organizational 37, 6 people 8,
// 7 physical 14, 8 technological 34).
std::vector<std::string> iso27001_2022_ids() {
  std::vector<std::string> ids;
  const int counts[][2] = {{5, 37}, {6, 8}, {7, 14}, {8, 34}};
  for (auto [theme, count] : counts)
    for (int n = 1; n <= count; ++n) ids.push_back(fmt::format("A.{}.{}", theme, n));
  return ids;
}

// CIS Critical Security Controls v8: 153 safeguards in 18 controls.
std::vector<std::string> cis_v8_ids() {
  const int safeguards[] = {5, 7, 14, 12, 6, 8, 7, 12, 7, 7, 5, 8, 11, 9, 7, 14, 9, 5};
  std::vector<std::string> ids;
  for (int control = 1; control <= 18; ++control)
    for (int n = 1; n <= safeguards[control - 1]; ++n) ids.push_back(fmt::format("{}.{}", control, n));
  return ids;
}

}  // namespace

const std::vector<Framework>& frameworks() {
  static const std::vector<Framework> list = {
      {"csf2", "NIST CSF 2.0", "a NIST CSF 2.0 subcategory such as PR.DS-11", csf2_ids()},
      {"iso27001_2022", "ISO/IEC 27001:2022", "an ISO/IEC 27001:2022 Annex A control such as A.8.13",
       iso27001_2022_ids()},
      {"cis_v8", "CIS Controls v8", "a CIS Controls v8 safeguard such as 11.4", cis_v8_ids()},
  };
  return list;
}

const Framework* find_framework(std::string_view key) {
  for (const Framework& f : frameworks())
    if (key == f.key) return &f;
  return nullptr;
}

}  // namespace tenken
