// The library image: the embedded image is the built-in library as its YAML says (so it can never
// be stale), every field and position survives the round trip, and a damaged image is refused
// with the byte where.
#include "builtin/library_image.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "builtin/builtin_files.h"
#include "tests/engine_fixtures.h"

namespace tenken {
namespace {

using testing::render;
using testing::source;

std::string_view embedded_image() {
  return {reinterpret_cast<const char*>(builtin::kImage), builtin::kImageSize};
}

// A small library with every kind of field: bounds, choices, `never`, skip logic, references,
// former ids, a category and a case with a lesson.
struct SmallLibrary {
  std::vector<std::shared_ptr<const Source>> sources;
  Library library;

  SmallLibrary() {
    sources = {source("checklist.yaml", testing::kChecklist),
               source("rules.yaml",
                      testing::rules_yaml({{.id = "backup-offsite",
                                            .expect = "backup.location == 'offsite'",
                                            .applies_if = "backup.taken",
                                            .extra = "    cases: [nisc-2021-06]\n"
                                                     "    refs: {csf2: [PR.DS-11], cis_v8: [\"11.4\"]}\n"
                                                     "    formerly: [backup-remote]\n"
                                                     "    weight: 2.5\n"}})),
               source("catalog.yaml",
                      "categories:\n"
                      "  - {id: backup, title: {ja: バックアップ, en: Backup}}\n"
                      "cases:\n"
                      "  - id: nisc-2021-06\n"
                      "    title: {ja: 病院, en: A hospital}\n"
                      "    source: {report: {ja: 報告書, en: The report}, number: 6}\n"
                      "    summary: {ja: 概要, en: Summary}\n"
                      "    background: {ja: 背景, en: Background}\n"
                      "    detection: {ja: 検知, en: Detection}\n"
                      "    response: {ja: 対応, en: Response}\n"
                      "    cause: {ja: 原因, en: Cause}\n"
                      "    measures: {ja: 対策, en: Measures}\n"
                      "    lessons:\n"
                      "      - title: {ja: 教訓, en: Lesson}\n"
                      "        text: {ja: 本文, en: Text}\n"
                      "        rules: [backup-offsite]\n"
                      "    discussion:\n"
                      "      - {ja: 問い, en: A question}\n"),
               source("actions.yaml", "actions:\n  - {id: move-backups, text: {ja: 移す, en: Move them}, "
                                      "rules: [backup-offsite]}\n")};
    Diagnostics diags;
    library = load_library(sources, diags);
    REQUIRE(render(diags) == "");
  }
};

std::string image_of(const Library& library, const std::vector<std::shared_ptr<const Source>>& sources) {
  StatusOr<std::string> image = write_library_image(library, sources);
  REQUIRE(image.is_ok());
  return image.value();
}

std::string read_error(std::string_view image, const std::vector<std::shared_ptr<const Source>>& sources) {
  StatusOr<Library> read = read_library_image(image, sources);
  return read.is_ok() ? "(read)" : read.status().message();
}

TEST_CASE("library image: the embedded image is exactly the built-in library's YAML, loaded") {
  std::vector<std::shared_ptr<const Source>> sources = builtin_sources();
  Diagnostics diags;
  Library parsed = load_library(sources, diags);
  REQUIRE(render(diags) == "");
  CHECK(image_of(parsed, sources) == embedded_image());

  StatusOr<Library> read = read_library_image(embedded_image(), sources);
  REQUIRE(read.is_ok());
  CHECK(image_of(read.value(), sources) == embedded_image());

  StatusOr<Library> builtin = builtin_library();
  REQUIRE(builtin.is_ok());
  CHECK(builtin->rules.size() == parsed.rules.size());
  CHECK(builtin->checklist.questions.size() == parsed.checklist.questions.size());
  CHECK(builtin->cases.size() == parsed.cases.size());
}

TEST_CASE("library image: every field and position survives the round trip") {
  SmallLibrary small;
  std::string image = image_of(small.library, small.sources);
  StatusOr<Library> read = read_library_image(image, small.sources);
  REQUIRE(read.is_ok());
  CHECK(image_of(read.value(), small.sources) == image);  // the same bytes: nothing lost or added

  const Library& lib = read.value();
  REQUIRE(lib.rules.size() == 1);
  const Rule& rule = lib.rules[0];
  CHECK(rule.expect.text == "backup.location == 'offsite'");
  CHECK(rule.expect.origin.path() == "rules.yaml");
  CHECK(rule.expect.origin.where().line == 7);
  CHECK(rule.expect.origin.where().column == 13);
  CHECK(rule.weight == 2.5);
  CHECK(rule.severity == Severity::high);
  CHECK(fmt::format("{}", fmt::join(rule.refs.at("cis_v8"), ",")) == "11.4");
  CHECK(rule.formerly == std::vector<std::string>{"backup-remote"});
  CHECK(rule.case_origins.at(0).where().line == 11);

  const Question* generations = lib.checklist.find("backup.generations");
  REQUIRE(generations);
  CHECK(generations->min == 0.0);
  CHECK(generations->max == 100.0);
  CHECK(generations->unit.ja == "世代");
  CHECK(generations->ask_if.origin.where().line == 10);
  const Question* owner = lib.checklist.find("backup.owner");
  REQUIRE(owner);
  CHECK_FALSE(owner->min.has_value());
  CHECK(lib.checklist.find("vpn.patched_on")->never.en == "Never updated");
  CHECK(lib.checklist.find("backup.location")->choices.at(2).id == "offsite");
  CHECK(lib.checklist.sections.at(2).ask_if.text == "remote.vpn_used");

  REQUIRE(lib.cases.size() == 1);
  CHECK(lib.cases[0].source.number == 6);
  CHECK(lib.cases[0].measures.en == "Measures");
  CHECK(lib.cases[0].lessons.at(0).rules == std::vector<std::string>{"backup-offsite"});
  CHECK(lib.cases[0].discussion.at(0).text.ja == "問い");
  CHECK(lib.categories.at(0).origin.where().line == 2);
  REQUIRE(lib.actions.size() == 1);
  CHECK(lib.actions[0].text.en == "Move them");
  CHECK(lib.actions[0].rules == std::vector<std::string>{"backup-offsite"});
  CHECK(lib.actions[0].rule_origins.at(0).where().column == 63);

  // What reads the image can compile it, as check does.
  Diagnostics diags;
  CHECK(compile(lib, diags) != nullptr);
  CHECK(render(diags) == "");
}

TEST_CASE("library image: a damaged image is refused, naming the byte") {
  SmallLibrary small;
  std::string image = image_of(small.library, small.sources);
  const std::string rebuild = "; rebuild tenken";

  CHECK(read_error(image.substr(0, 100), small.sources) ==
        "the built-in library image is damaged: cut short at byte 100" + rebuild);
  CHECK(read_error("", small.sources) ==
        "the built-in library image is damaged: it does not start with \"tenken library image\"" + rebuild);
  CHECK(read_error(image + "x", small.sources) ==
        fmt::format("the built-in library image is damaged: bytes after the library at byte {}", image.size()) +
            rebuild);

  std::string other_version = image;
  other_version[25] = 9;  // the version follows the 4-byte length and the 21 bytes of the magic line
  CHECK(read_error(other_version, small.sources) ==
        "the built-in library image is damaged: it is of version 9, this tenken reads version 3" + rebuild);

  std::string damaged_kind = image;
  // The rule's severity follows its id, its title (題名, Title), its category and the category's origin.
  size_t severity_at = image.find("backup-offsite") + 14 + (4 + 6) + (4 + 5) + (4 + 6) + 8;
  REQUIRE(damaged_kind[severity_at] == static_cast<char>(Severity::high));
  damaged_kind[severity_at] = 7;
  CHECK(read_error(damaged_kind, small.sources).starts_with("the built-in library image is damaged: the value 7 "
                                                            "where 5 kinds are known at byte "));

  std::vector<std::shared_ptr<const Source>> edited = small.sources;
  edited[1] = source("rules.yaml", std::string(small.sources[1]->text()) + "\n");
  CHECK(read_error(image, edited) ==
        fmt::format("the built-in library image is damaged: it was made from 'rules.yaml' of {} bytes, the "
                    "library's files have 'rules.yaml' of {} bytes",
                    small.sources[1]->text().size(), small.sources[1]->text().size() + 1) +
            rebuild);
  CHECK(read_error(image, {small.sources[0], small.sources[1]}) ==
        "the built-in library image is damaged: it was made from 'catalog.yaml' too, which the library's files do "
        "not have" + rebuild);
  std::vector<std::shared_ptr<const Source>> more = small.sources;
  more.push_back(source("z.yaml", "rules: []\n"));
  CHECK(read_error(image, more) ==
        "the built-in library image is damaged: it was not made from 'z.yaml', which the library's files have" +
            rebuild);
}

TEST_CASE("library image: an origin outside the files given cannot be written") {
  SmallLibrary small;
  StatusOr<std::string> image = write_library_image(small.library, {small.sources[0], small.sources[2]});
  REQUIRE_FALSE(image.is_ok());
  CHECK(image.status().message() ==
        "cannot write the library image: an origin in 'rules.yaml' is outside the library's files");
}

}  // namespace
}  // namespace tenken
