// JsonWriter: writes JSON straight into a string, for the Result (json_report.cc), which tenken
// batch writes thousands of times a second. Containers are written across lines, indented by two
// spaces, or on one line ("inline") for small records; strings are escaped as JSON requires, and
// each byte that is not part of a whole UTF-8 sequence is written as U+FFFD. The caller writes a
// well-formed sequence of calls.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tenken::json {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  // An inline container writes its members on one line, as do all containers inside it.
  void begin_object(bool on_one_line = false) { open('{', on_one_line); }
  void end_object() { close('}'); }
  void begin_array(bool on_one_line = false) { open('[', on_one_line); }
  void end_array() { close(']'); }
  void key(std::string_view name);

  void value(std::string_view text);
  void value(const char* text) { value(std::string_view(text)); }
  void value(int number);
  void value(bool flag);
  // Rounded to 2 decimals and written in the shortest form that reads back the same: 6, 85.71.
  void value_rounded(double number);

  // key(name) then value(v).
  template <class T>
  void member(std::string_view name, const T& v) {
    key(name);
    value(v);
  }
  void strings(const std::vector<std::string>& items);  // an inline array of strings

 private:
  struct Level {
    bool on_one_line = false;
    bool empty = true;
  };
  void open(char bracket, bool on_one_line);
  void close(char bracket);
  void before_value();
  void new_line();

  std::string& out_;
  std::vector<Level> levels_;
  bool after_key_ = false;
};

// `text` as a JSON string literal, quotes included.
void append_json_string(std::string& out, std::string_view text);

}  // namespace tenken::json
