// The frame of the questionnaire page (form_page.h): head with the policy and the stylesheet, a
// masthead, a message for browsers without script, the data element and the scripts. form.js
// builds everything else from the data. The policy's hashes are computed from the very bytes
// written into the page (sha256_base64, tenken/sha256.h), so the two cannot disagree.
#include <fmt/format.h>

#include "answering/form/form_assets.h"
#include "answering/form/form_page.h"
#include "answering/form/form_text.h"
#include "tenken/engine.h"
#include "tenken/reports/escape.h"
#include "tenken/sha256.h"

namespace tenken::answering {
namespace {

// js-yaml's licence (MIT), which asks that it travel with every copy.
constexpr std::string_view kJsYamlLicence = R"(
(The MIT License)

Copyright (C) 2011-2015 by Vitaly Puzrin

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
THE SOFTWARE.
)";

std::string text(std::string_view key, Lang lang) { return html_escape(form_text(key, lang)); }

std::string head(Lang lang) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"tenken {}\">\n<title>{}</title>\n<style>{}</style>\n"
      "</head>\n",
      lang_code(lang), html_escape(form_content_security_policy()), tenken_version(), text("title", lang),
      form_style());
}

// What shows before the script has run: the title, and why nothing else shows without script.
std::string masthead(Lang lang) {
  return fmt::format(
      "<header class=\"masthead\"><div class=\"masthead-inner\">\n"
      "<p class=\"eyebrow\">tenken {}</p>\n<h1 data-text=\"title\">{}</h1>\n"
      "<p class=\"lead\" data-text=\"lead\">{}</p>\n</div></header>\n"
      "<noscript><p class=\"noscript\" lang=\"ja\">{}</p><p class=\"noscript\" lang=\"en\">{}</p></noscript>\n",
      tenken_version(), text("title", lang), text("lead", lang), text("noscript", Lang::ja),
      text("noscript", Lang::en));
}

std::string scripts(std::string_view data) {
  return fmt::format(
      "<script type=\"application/json\" id=\"tenken-questionnaire\">{}</script>\n"
      "<!-- js-yaml {} (https://github.com/nodeca/js-yaml) reads the YAML answer files opened in "
      "this page.\n{}-->\n<script>{}</script>\n<script>{}</script>\n",
      data, js_yaml_version(), kJsYamlLicence, js_yaml_script(), form_script());
}

}  // namespace

std::string form_content_security_policy() {
  return fmt::format(
      "default-src 'none'; style-src 'sha256-{}'; script-src 'sha256-{}' 'sha256-{}'; "
      "base-uri 'none'; form-action 'none'",
      sha256_base64(form_style()), sha256_base64(js_yaml_script()), sha256_base64(form_script()));
}

std::string render_form_page(const Checklist& checklist, const FormOptions& options) {
  return head(options.lang) + "<body>\n" + masthead(options.lang) + "<div id=\"app\" hidden></div>\n" +
         scripts(script_safe_json(form_data_json(checklist, options))) + "</body>\n</html>\n";
}

}  // namespace tenken::answering
