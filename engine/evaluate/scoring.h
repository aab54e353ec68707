// Scores and coverage, XCCDF style. A rule scores if it passed, failed or is still unknown
// (unknown counts as not met, as in CSET and XCCDF's default model); notapplicable, notchecked,
// and error rules do not score. Scores are worked out twice: before waivers, and after them,
// when a rule under an active waiver no longer scores (an accepted risk, as if not applicable). Per category: weight met / weight scored × 100. Overall
// ("default" model): the mean of the category scores of categories that score anything.
// "Flat" model: weight met / weight scored over all rules.
#pragma once

#include <vector>

#include "evaluate/answer_set.h"
#include "tenken/catalog.h"
#include "tenken/result.h"

namespace tenken {

// `categories` gives the order and names of the categories.
Summary summarize(const std::vector<RuleResult>& rules, const std::vector<SlotAnswer>& slots,
                  const std::vector<Category>& categories);

// Works out the counts and scores of r.summary again from r.rules (after waivers were applied),
// keeping the coverage and the order and titles of the categories.
void rescore(Result& r);

// The title of category `id` as the library declares it; the id in both languages if undeclared.
LocalizedText category_title(const std::string& id, const std::vector<Category>& categories);

}  // namespace tenken
