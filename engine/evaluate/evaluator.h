// Evaluates a compiled Program against bound answers. No string look-ups, no allocation.
#pragma once

#include <vector>

#include "compile/program.h"
#include "evaluate/answer_set.h"
#include "evaluate/value.h"

namespace tenken::eval {

Value evaluate(const expr::Program& p, const std::vector<SlotAnswer>& slots, int today);

}  // namespace tenken::eval
