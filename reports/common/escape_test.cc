#include "tenken/reports/escape.h"

#include <doctest/doctest.h>

namespace tenken {

TEST_CASE("html_escape turns markup into text") {
  CHECK(html_escape(R"(<script>alert("x")</script> & 'y')") ==
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
  CHECK(html_escape("バックアップ") == "バックアップ");
}

TEST_CASE("every escape shows hidden characters visibly, by one rule") {
  // Controls as their pictures (XML 1.0 cannot hold them), bidirectional overrides named,
  // U+FFFE and U+FFFF (not characters, not in XML) as U+FFFD; tab and line breaks kept.
  CHECK(xml_escape("a\x01" "b\tc\nd<\r") == "a␁b\tc\nd&lt;\r");
  CHECK(xml_escape("\x7f\x1b]52;c;aGk=\x07") == "␡␛]52;c;aGk=␇");
  CHECK(xml_escape("a\xEF\xBF\xBE" "b\xEF\xBF\xBF") == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  CHECK(html_escape("invoice\u202Egpj.exe") == "invoice&lt;U+202E&gt;gpj.exe");
  CHECK(html_escape("a\xC2\x85" "b") == "a&lt;U+0085&gt;b");
  CHECK(markdown_escape("x\u2066y\u2069\u200F") == "x&lt;U+2066&gt;y&lt;U+2069&gt;&lt;U+200F&gt;");
  CHECK(csv_field("a\x1b[2Jb\u202E") == "a␛[2Jb<U+202E>");
  CHECK(csv_field("\x1b=1") == "␛=1");
}

TEST_CASE("markdown_escape keeps text on its line and out of markup") {
  CHECK(markdown_escape("# *bold* [link](http://x) | `code` ~x~ a_b\\") ==
        "\\# \\*bold\\* \\[link\\](http://x) \\| \\`code\\` \\~x\\~ a_b\\\\");
  CHECK(markdown_escape("- item") == "\\- item");
  CHECK(markdown_escape("backup.offline_copy _x_") == "backup.offline_copy \\_x\\_");
  CHECK(markdown_escape("a\x1b[31m") == "a␛\\[31m");
  CHECK(markdown_escape("a\xC2\x9B" "31m é") == "a&lt;U+009B&gt;31m é");
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
