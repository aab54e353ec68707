// Tests of the JSON writer (json_writer.h): layout, escaping, numbers.
#include <doctest/doctest.h>

#include <string>

#include "json/json_writer.h"

namespace tenken::json {
namespace {

std::string quoted(std::string_view text) {
  std::string out;
  append_json_string(out, text);
  return out;
}

TEST_CASE("strings: JSON escapes, control characters, and U+FFFD for bytes that are not UTF-8") {
  CHECK(quoted("plain 水道") == "\"plain 水道\"");
  CHECK(quoted("\"q\" \\ /") == "\"\\\"q\\\" \\\\ /\"");
  CHECK(quoted("\b\f\n\r\t\x01\x1f\x7f") == "\"\\b\\f\\n\\r\\t\\u0001\\u001f\x7f\"");
  // A stray byte; a sequence cut short: each byte not in a whole sequence becomes one U+FFFD.
  CHECK(quoted("a\xff" "b\xe6\xb0" "c") == "\"a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD" "c\"");
  CHECK(quoted("\xEF\xBF\xBD") == "\"\xEF\xBF\xBD\"");  // a real U+FFFD stays one
  CHECK(quoted("\xF0\x9F\x98\x80") == "\"\xF0\x9F\x98\x80\"");
}

TEST_CASE("containers across lines or on one line; numbers rounded to 2 decimals") {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.member("n", 3);
  w.key("scores");
  w.begin_array(true);
  for (double x : {50.0 / 3, 6.0, 0.005, -0.001, 1e300 * 1e300}) w.value_rounded(x);
  w.end_array();
  w.key("empty");
  w.begin_array();
  w.end_array();
  w.key("rows");
  w.begin_array();
  w.begin_object(true);
  w.member("ok", true);
  w.key("inner");
  w.begin_object();  // inside a one-line container: on one line too
  w.member("s", "x");
  w.end_object();
  w.end_object();
  w.end_array();
  w.end_object();
  CHECK(out ==
        "{\n"
        "  \"n\": 3,\n"
        "  \"scores\": [16.67, 6, 0.01, 0, 0],\n"
        "  \"empty\": [],\n"
        "  \"rows\": [\n"
        "    {\"ok\": true, \"inner\": {\"s\": \"x\"}}\n"
        "  ]\n"
        "}\n");
}

}  // namespace
}  // namespace tenken::json
