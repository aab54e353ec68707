// Workshop packs for consultants (tenken workshop): for each chosen incident case, what happened,
// why, its lessons, discussion questions beside the organisation's own answers, the rules of the
// case it fails or has not answered, and a tabletop exercise with timed injects; then a one-page
// facilitator's guide (purpose, who attends, an agenda timed from the injects, how to run them,
// ground rules, a debrief template).
//
// Unlike the gap report (render.h), a pack reads the library as well as the Result: the cases'
// stories, discussion items and tabletop exercises are in the case catalog, and a question's text
// and choice labels in the checklist. Without a Result the pack is generic: a line to write on
// where the organisation's answers would be. Pure, like every renderer: the same inputs give the
// same bytes, no file is written and no clock read. Every text from a file is escaped for the
// format (escape.h).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "tenken/engine.h"
#include "tenken/reports/render.h"
#include "tenken/result.h"

namespace tenken {

// The cases a pack takes from a Result when none are named.
inline constexpr size_t kWorkshopDefaultCases = 3;

// The cases behind an organisation's gaps, at most `limit`, in the order a workshop takes them:
// first the cases cited by rules that fail (waived or not: the gap is real), by the highest
// severity among them, then by how many such rules cite the case; then, while there is room,
// the cases cited only by rules still unknown, ordered the same way; ties by case id. Only cases
// in `library` are taken. Empty when no failing or unknown rule cites a catalogued case.
std::vector<const Case*> cases_behind_gaps(const Result& result, const Library& library,
                                           size_t limit = kWorkshopDefaultCases);

// What a pack is made from. The pointers must outlive the rendering.
struct WorkshopPack {
  const Library* library = nullptr;  // question texts and choice labels; never null
  std::vector<const Case*> cases;    // in the order told
  const Result* result = nullptr;    // the organisation's Result; null for a generic pack
  bool chosen = false;               // the cases were named (--cases) rather than taken from the gaps
};

// The pack as GitHub-flavoured Markdown, clean to paste into a document.
std::string render_workshop_markdown(const WorkshopPack& pack, const RenderOptions& o);
// The pack as one self-contained, printable HTML page: inline CSS, no script, nothing fetched
// (the Content-Security-Policy allows the page's own stylesheet and nothing else); each case and
// the guide start on a new printed page, and nothing has a dark background.
std::string render_workshop_html(const WorkshopPack& pack, const RenderOptions& o);

}  // namespace tenken
