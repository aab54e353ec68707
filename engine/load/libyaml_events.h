// The fast path of yaml::parse(): libyaml's event API, which reads a YAML file several times
// faster than yaml-cpp. Its events go to the same TreeBuilder as yaml-cpp's, so the tree, its
// positions and every message about content or limits are the same whichever parser read it.
#pragma once

#include <memory>

#include "load/yaml_document.h"

namespace tenken::yaml {

// Parses `source` into `doc`. False when libyaml finds that the text is not valid YAML: the caller
// then reads it with yaml-cpp, whose messages tenken explains. True otherwise, with any limit
// broken, tag, duplicate key or over-long text reported in `diags`.
bool parse_with_libyaml(const std::shared_ptr<const Source>& source, Document& doc, Diagnostics& diags);

}  // namespace tenken::yaml
