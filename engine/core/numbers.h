// Numbers as checklists, catalogs and answer files write them: an integer or a decimal with an
// optional sign (3, -2.5, +7), never 1e3, .5 or 0x10. Shared by load (question bounds, rule
// weights, a case's number in its report) and evaluate (number answers), so that both accept
// the same text.
#pragma once

#include <optional>
#include <string_view>

namespace tenken::numbers {

// Parses a plain scalar as a number; nullopt if it is not of the form above or is not finite.
std::optional<double> parse_number(std::string_view text);

}  // namespace tenken::numbers
