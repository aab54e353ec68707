// The frame of an HTML page (html_page.h): head, policy, foot and badges. The policy names the
// stylesheet and the script by their SHA-256 hashes (sha256.h), computed here from the very bytes
// written into the page, so the two can never disagree.
#include "html/html_page.h"

#include <fmt/format.h>

#include <string>

#include "common/messages.h"
#include "tenken/reports/escape.h"
#include "tenken/sha256.h"

namespace tenken {

std::string html_content_security_policy() {
  return fmt::format(
      "default-src 'none'; style-src 'sha256-{}'; script-src 'sha256-{}'; base-uri 'none'; "
      "form-action 'none'",
      sha256_base64(html_style()), sha256_base64(html_script()));
}

namespace {

std::string head(std::string_view policy, std::string_view title, std::string_view style, Lang lang) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"tenken\">\n<title>{}</title>\n<style>{}</style>\n"
      "</head>\n<body>\n",
      lang_code(lang), html_escape(policy), html_escape(title), style);
}

}  // namespace

std::string html_head(std::string_view title, Lang lang) {
  return head(html_content_security_policy(), title, html_style(), lang);
}

std::string html_head_without_script(std::string_view title, std::string_view style, Lang lang) {
  std::string policy = fmt::format("default-src 'none'; style-src 'sha256-{}'; base-uri 'none'; form-action 'none'",
                                   sha256_base64(style));
  return head(policy, title, style, lang);
}

std::string html_foot() {
  return fmt::format("<script>{}</script>\n</body>\n</html>\n", html_script());
}

std::string html_state_badge(State s, Lang lang) {
  return fmt::format("<span class=\"badge state-{}\">{}</span>", format_as(s), state_name(s, lang));
}

std::string html_severity_badge(Severity s, Lang lang) {
  return fmt::format("<span class=\"badge sev-{}\">{}</span>", format_as(s),
                     severity_name(s, lang));
}

}  // namespace tenken
