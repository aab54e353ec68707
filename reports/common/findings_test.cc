// Tests of the plain text every gap report shares (findings.h) and of the words they say it in
// (messages.h): references, category titles and inline lists.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "common/findings.h"
#include "common/messages.h"
#include "common/sample_result_test.h"

namespace tenken {
namespace {

TEST_CASE("reference_texts: one per framework in framework order, unknown keys last") {
  RuleResult r = testing::sample_backup();
  testing::edit(r).refs["zz_custom"] = {"X-1", "X-2"};
  testing::edit(r).refs["cis_v8"] = {};
  CHECK(reference_texts(r.texts->refs) ==
        std::vector<std::string>{"NIST CSF 2.0 PR.DS-11", "ISO/IEC 27001:2022 A.8.13", "zz_custom X-1, X-2"});
}

TEST_CASE("category_title: the title in the language, else the id") {
  Result r = testing::sample_result();
  r.summary.categories[1].title.en = "";
  CHECK(category_title(r, "backup", Lang::en) == "Backup and recovery");
  CHECK(category_title(r, "backup", Lang::ja) == "バックアップと復旧");
  CHECK(category_title(r, "endpoint", Lang::en) == "endpoint");
  CHECK(category_title(r, "unknown-category", Lang::ja) == "unknown-category");
}

TEST_CASE("joined and Speaker::say follow the language") {
  CHECK(joined({"a", "b"}, Lang::en) == "a, b");
  CHECK(joined({"a", "b"}, Lang::ja) == "a、b");
  CHECK(joined({}, Lang::en) == "");
  Speaker ja{Lang::ja};
  CHECK(std::string(ja.say(Msg::diff_before)) == "前回");
  CHECK(ja.say(Msg::gaps_heading, 3) == "不備（3件）");
}

}  // namespace
}  // namespace tenken
