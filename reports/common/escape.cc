// Escaping for HTML, XML, Markdown and CSV (escape.h).
#include "tenken/reports/escape.h"

#include <cctype>

#include "tenken/utf8.h"

namespace tenken {

const std::u32string_view kKeptControls = U"\t\n\r";

std::string html_escape(std::string_view text) {
  std::string visible = utf8::make_visible(text, kKeptControls);
  std::string out;
  out.reserve(visible.size());
  for (char c : visible) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string xml_escape(std::string_view text) { return html_escape(text); }

std::string markdown_escape(std::string_view raw) {
  std::string visible = utf8::make_visible(raw, kKeptControls);
  std::string_view text = visible;
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  // What would start a heading, list, quote or rule at the start of a line is escaped there.
  if (!text.empty() && std::string_view("#+-=").find(text.front()) != std::string_view::npos)
    out += '\\';
  size_t digits = text.find_first_not_of("0123456789");  // "1. " or "1) " starts a list
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (i == digits && i > 0 && (c == '.' || c == ')')) out += '\\';
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        out += "<br>";
        break;
      case '\n': out += "<br>"; break;
      case '_':  // inside a word (backup.offline_copy) it cannot start emphasis: left as it is
        if (i > 0 && i + 1 < text.size() && std::isalnum(static_cast<unsigned char>(text[i - 1])) &&
            std::isalnum(static_cast<unsigned char>(text[i + 1])))
          out += c;
        else
          out += "\\_";
        break;
      case '\\': case '`': case '*': case '[': case ']': case '|': case '~':
        out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  return out;
}

bool looks_like_formula(std::string_view text) {
  if (text.empty()) return false;
  char c = text.front();
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

std::string csv_field(std::string_view text) {
  std::string value = utf8::make_visible(text, kKeptControls);
  if (looks_like_formula(value)) value = std::string("'") + value;
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace tenken
