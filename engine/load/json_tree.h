// JSON text read into the tree YAML files are read into (yaml_document.h), so that one loader
// reads answer files written in either. JSON is read by a JSON parser (tenken/json_document.h),
// not as YAML: what JSON forbids (a comma before '}', single quotes, comments) is refused with
// JSON's own words, and every value and key keeps its line and column. The limits of YAML files
// hold: nesting, the number of values, the length of a text and of a key.
#pragma once

#include <memory>
#include <string_view>

#include "load/yaml_document.h"

namespace tenken::load {

// Parses `source` as JSON into `doc`; `what` names the whole document, in both languages, for a
// text that is not JSON at all ("an answer file (organization, assessment, answers)" /
// 「回答ファイル（organization、assessment、answers）」). False after reporting.
bool parse_json_tree(const std::shared_ptr<const Source>& source, const LocalizedText& what, yaml::Document& doc,
                     Diagnostics& diags);

}  // namespace tenken::load
