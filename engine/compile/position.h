// Maps a byte offset inside a condition back to where that character is written in the YAML file,
// so that errors in conditions point at the right column whether the scalar was plain, quoted,
// folded over several lines or written as a block scalar.
#pragma once

#include "tenken/checklist.h"
#include "tenken/source.h"

namespace tenken::expr {

Origin origin_in(const Expression& e, size_t offset);

}  // namespace tenken::expr
