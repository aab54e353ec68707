// The fixed lists an answer file describes its organisation with: the sector (organization.sector,
// Japan's 15 critical-infrastructure sectors and `other`) and the size (organization.size, bands of
// staff numbers). Answer files of many organisations are compared by them (`tenken aggregate`), so
// the interview, the template and the form offer exactly these.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tenken/text.h"

namespace tenken {

struct Sector {
  std::string id;  // what the answer file holds: "medical"
  LocalizedText name;
};

// In the order of the national cybersecurity policy for critical infrastructure, `other` last.
const std::vector<Sector>& sectors();

struct SizeBand {
  std::string id;  // what the answer file holds: "100_to_999"
  LocalizedText name;
};

// Smallest first.
const std::vector<SizeBand>& size_bands();

// The entry with this id, or nullptr.
const Sector* find_sector(std::string_view id);
const SizeBand* find_size_band(std::string_view id);

// The entry `written` names: its id or its name in either language, compared without regard to
// the case of letters, full-width forms (Ａ, １, ～), spaces and digit-group commas, and a name's
// note in parentheses may be left out (政府・行政サービス). nullptr when none.
const Sector* sector_named(std::string_view written);
const SizeBand* size_band_named(std::string_view written);

}  // namespace tenken
