// The reference frameworks rules cite, with every identifier each one defines, so that a
// reference to a control that does not exist is an error when the rules load.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tenken {

struct Framework {
  const char* key;    // "csf2"
  const char* name;   // "NIST CSF 2.0"
  const char* shape;  // "a NIST CSF 2.0 subcategory such as PR.DS-11"
  std::vector<std::string> ids;  // every identifier, in the framework's order
};

// csf2 (NIST CSF 2.0 subcategories), iso27001_2022 (ISO/IEC 27001:2022 Annex A controls),
// cis_v8 (CIS Controls v8 safeguards).
const std::vector<Framework>& frameworks();
const Framework* find_framework(std::string_view key);

}  // namespace tenken
