#include "tenken/reports/escape.h"

#include <doctest/doctest.h>

namespace tenken {

TEST_CASE("html_escape turns markup into text") {
  CHECK(html_escape(R"(<script>alert("x")</script> & 'y')") ==
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
  CHECK(html_escape("バックアップ") == "バックアップ");
}

TEST_CASE("xml_escape also replaces characters XML 1.0 cannot hold") {
  CHECK(xml_escape("a\x01" "b\tc\nd<") == "a\xEF\xBF\xBD" "b\tc\nd&lt;");
  CHECK(xml_escape("\x7f") == "\xEF\xBF\xBD");
  CHECK(xml_escape("a\xEF\xBF\xBE" "b\xEF\xBF\xBF") == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
}

TEST_CASE("markdown_escape keeps text on its line and out of markup") {
  CHECK(markdown_escape("# *bold* [link](http://x) | `code` ~x~ a_b\\") ==
        "\\# \\*bold\\* \\[link\\](http://x) \\| \\`code\\` \\~x\\~ a_b\\\\");
  CHECK(markdown_escape("- item") == "\\- item");
  CHECK(markdown_escape("backup.offline_copy _x_") == "backup.offline_copy \\_x\\_");
  CHECK(markdown_escape("a\x1b[31m") == "a\xEF\xBF\xBD\\[31m");
  CHECK(markdown_escape("a\xC2\x9B" "31m é") == "a\xEF\xBF\xBD" "31m é");
  CHECK(markdown_escape("2024. Tapes") == "2024\\. Tapes");
  CHECK(markdown_escape("> quote") == "&gt; quote");
  CHECK(markdown_escape("line 1\nline 2\r\nline 3") == "line 1<br>line 2<br>line 3");
  CHECK(markdown_escape("<img src=x onerror=alert(1)>") ==
        "&lt;img src=x onerror=alert(1)&gt;");
  CHECK(markdown_escape("回答：はい") == "回答：はい");
}

TEST_CASE("csv_field quotes what needs quoting and neutralises formulas") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field("=HYPERLINK(\"http://evil\",\"x\")") == "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
  CHECK(csv_field("+1") == "'+1");
  CHECK(csv_field("-1") == "'-1");
  CHECK(csv_field("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_field("\tx") == "'\tx");
  CHECK(csv_field("") == "");
}

}  // namespace tenken
