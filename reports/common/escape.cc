// Escaping for HTML, XML, Markdown and CSV (escape.h).
#include "tenken/reports/escape.h"

#include <cctype>

namespace tenken {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
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

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::string escaped = html_escape(text);
  for (size_t i = 0; i < escaped.size(); ++i) {
    char c = escaped[i];
    auto u = static_cast<unsigned char>(c);
    // U+FFFE and U+FFFF (EF BF BE / EF BF BF) are not XML characters either.
    bool nonchar = u == 0xEF && i + 2 < escaped.size() && static_cast<unsigned char>(escaped[i + 1]) == 0xBF &&
                   (static_cast<unsigned char>(escaped[i + 2]) & 0xFE) == 0xBE;
    if (nonchar) {
      out += "\xEF\xBF\xBD";
      i += 2;
    } else if ((u < 0x20 && c != '\t' && c != '\n' && c != '\r') || u == 0x7f) {
      out += "\xEF\xBF\xBD";
    } else {
      out += c;
    }
  }
  return out;
}

std::string markdown_escape(std::string_view text) {
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
      default:
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f) {
          out += "\xEF\xBF\xBD";
        } else if (static_cast<unsigned char>(c) == 0xC2 && i + 1 < text.size() &&
                   static_cast<unsigned char>(text[i + 1]) >= 0x80 && static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
          out += "\xEF\xBF\xBD";  // a C1 control (U+0080–U+009F), such as CSI
          ++i;
        } else {
          out += c;
        }
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
  std::string value = looks_like_formula(text) ? "'" + std::string(text) : std::string(text);
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace tenken
