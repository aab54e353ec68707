// The output formats of `tenken check` and `tenken report`, by name: what `--format NAME` and
// `--format NAME:PATH` accept. Every format renders through one signature that can fail, so a
// caller handles them all alike (only the workbook ever fails: render.h).
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "tenken/reports/render.h"

namespace tenken {

struct Format {
  std::string_view name;       // "md"
  std::string_view extension;  // ".md"
  bool binary;                 // not for a terminal: needs a path
  StatusOr<std::string> (*render)(const Result&, const RenderOptions&);
  std::string_view description;
};

// term, json, md, html, csv, xlsx, junit, sarif, oscal.
std::span<const Format> formats();
// Null when no format has that name.
const Format* find_format(std::string_view name);

}  // namespace tenken
