// JsonWriter; see json_writer.h.
#include "json/json_writer.h"

#include <fmt/format.h>

#include <cmath>

#include "tenken/utf8.h"

namespace tenken::json {

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  size_t i = 0;
  while (i < text.size()) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {  // a sequence, copied when valid, U+FFFD when not
      size_t start = i;
      char32_t cp = utf8::decode(text, i);
      if (cp == 0xFFFD && text.substr(start, i - start) != "\xEF\xBF\xBD") out += "\xEF\xBF\xBD";
      else out.append(text.substr(start, i - start));
      continue;
    }
    ++i;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) fmt::format_to(std::back_inserter(out), "\\u{:04x}", c);
        else out += static_cast<char>(c);
    }
  }
  out += '"';
}

void JsonWriter::new_line() {
  out_ += '\n';
  out_.append(2 * levels_.size(), ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;
  Level& level = levels_.back();
  if (!level.empty) out_ += level.on_one_line ? ", " : ",";
  if (!level.on_one_line) new_line();
  level.empty = false;
}

void JsonWriter::open(char bracket, bool on_one_line) {
  before_value();
  out_ += bracket;
  bool outer_inline = !levels_.empty() && levels_.back().on_one_line;
  levels_.push_back({on_one_line || outer_inline, true});
}

void JsonWriter::close(char bracket) {
  Level level = levels_.back();
  levels_.pop_back();
  if (!level.on_one_line && !level.empty) new_line();
  out_ += bracket;
  if (levels_.empty()) out_ += '\n';
}

void JsonWriter::key(std::string_view name) {
  before_value();
  append_json_string(out_, name);
  out_ += ": ";
  after_key_ = true;
}

void JsonWriter::value(std::string_view text) {
  before_value();
  append_json_string(out_, text);
}

void JsonWriter::value(int number) {
  before_value();
  fmt::format_to(std::back_inserter(out_), "{}", number);
}

void JsonWriter::value(bool flag) {
  before_value();
  out_ += flag ? "true" : "false";
}

void JsonWriter::value_rounded(double number) {
  before_value();
  double rounded = std::round(number * 100) / 100;
  if (!std::isfinite(rounded)) rounded = 0;
  fmt::format_to(std::back_inserter(out_), "{}", rounded == 0 ? 0.0 : rounded);  // never -0
}

void JsonWriter::strings(const std::vector<std::string>& items) {
  begin_array(true);
  for (const std::string& s : items) value(s);
  end_array();
}

}  // namespace tenken::json
