// The sectors an organisation states in its answer file (organization.sector): Japan's 15
// critical-infrastructure sectors and `other`, with their names, so that answer files of many
// organisations can be compared by sector. The engine does not check the sector; the interview
// offers exactly these.
#pragma once

#include <string>
#include <vector>

#include "tenken/text.h"

namespace tenken::answering {

struct Sector {
  std::string id;  // what the answer file holds: "medical"
  LocalizedText name;
};

// In the order of the national cybersecurity policy for critical infrastructure, `other` last.
const std::vector<Sector>& sectors();

}  // namespace tenken::answering
