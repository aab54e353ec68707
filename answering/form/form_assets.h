// The questionnaire page's stylesheet and scripts, embedded in the binary at build time by
// answering/form/embed_assets.cmake: form.css and form.js of this folder, and js-yaml's browser
// build (Debian's node-js-yaml, /usr/share/nodejs/js-yaml/dist/js-yaml.min.js), which reads the
// YAML answer files an operator opens in the page. Each is returned exactly as it is written
// between its <style> or <script> tags, so that the page's Content-Security-Policy can name it
// by the hash of these bytes.
#pragma once

#include <string_view>

namespace tenken::answering {

std::string_view form_style();      // form.css
std::string_view form_script();     // form.js
std::string_view js_yaml_script();  // js-yaml.min.js
std::string_view js_yaml_version(); // "4.1.0", from the first line of js-yaml.min.js

}  // namespace tenken::answering
