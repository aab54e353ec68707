// The YAML answer-file writer: whole files for every answer form, the quoting of single
// strings, and round trips of hostile text (quotes, colons, '#', line breaks, leading blanks,
// YAML words, control characters, Japanese) through the engine's own load_answers().
#include "answering/interview/answer_writer.h"

#include <doctest/doctest.h>

#include "tests/engine_fixtures.h"

namespace tenken::answering {
namespace {

RawScalar raw(std::string text, bool quoted = false) {
  RawScalar r;
  r.text = std::move(text);
  r.quoted = quoted;
  return r;
}

Answer value(std::string id, std::vector<RawScalar> items, bool list = false) {
  Answer a;
  a.question = std::move(id);
  a.raw = std::move(items);
  a.is_list = list;
  return a;
}

Answers header() {
  Answers a;
  a.organization = {"水道局", "water"};
  a.assessment.date = "2026-04-01";
  a.assessment.assessor = "佐藤";
  return a;
}

const Checklist& checklist() {
  static const Checklist c = [] {
    Diagnostics diags;
    return load_library({testing::source("checklist.yaml", testing::kChecklist)}, diags).checklist;
  }();
  return c;
}

// Writes, then reads back with the engine; fails the test on any diagnostic.
Answers round_trip(const Answers& in) {
  Diagnostics diags;
  std::string text = write_answers_yaml(in, checklist());
  std::optional<Answers> out = load_answers(testing::source("a.yaml", text), diags);
  INFO(text);
  INFO(testing::render(diags));
  REQUIRE(out);
  REQUIRE(diags.items().empty());
  return *out;
}

TEST_CASE("answer writer: every form of answer, in checklist order") {
  Answers a = header();
  a.organization.size = "1000_to_9999";
  a.assessment.scope = "本院: 情報システム";
  Answer owner = value("backup.owner", {raw("情報システム課長", true)});
  owner.comment = "年1回見直し";
  owner.evidence = {"体制図.pdf", "議事録 2025"};
  a.answers.push_back(owner);
  a.answers.push_back(value("backup.taken", {raw("yes")}));
  Answer gens;
  gens.question = "backup.generations";
  gens.form = AnswerForm::dont_know;
  a.answers.push_back(gens);
  a.answers.push_back(value("backup.location", {raw("other_server", true)}));
  Answer media = value("backup.media", {raw("tape", true)}, true);
  media.is_partial = true;
  media.lacks = {raw("cloud", true)};
  a.answers.push_back(media);
  a.answers.push_back(value("backup.tested_on", {raw("2025-06")}));
  Answer na;
  na.question = "vpn.mfa";
  na.form = AnswerForm::not_applicable;
  na.na_reason = "VPN は使っていない";
  a.answers.push_back(na);
  Answer alt;
  alt.question = "vpn.patched_on";
  alt.form = AnswerForm::alternative;
  alt.alternative = "保守業者が月次で更新: 報告書あり";
  alt.comment = "2025年度";
  a.answers.push_back(alt);
  a.answers.push_back(value("remote.vpn_used", {raw("no")}));
  CHECK(write_answers_yaml(a, checklist(), "written by a test") ==
        "# written by a test\n"
        "organization: {name: 水道局, sector: water, size: 1000_to_9999}\n"
        "assessment: {date: 2026-04-01, assessor: 佐藤, scope: \"本院: 情報システム\"}\n"
        "answers:\n"
        "  backup.taken: yes\n"
        "  backup.generations: unknown\n"
        "  backup.location: other_server\n"
        "  backup.media: {has: [tape], lacks: [cloud]}\n"
        "  backup.tested_on: 2025-06\n"
        "  backup.owner: {value: 情報システム課長, comment: 年1回見直し, evidence: [体制図.pdf, 議事録 2025]}\n"
        "  remote.vpn_used: no\n"
        "  vpn.mfa: {na: VPN は使っていない}\n"
        "  vpn.patched_on: {alternative: \"保守業者が月次で更新: 報告書あり\", comment: \"2025年度\"}\n");
}

TEST_CASE("answer writer: lists, partial lists, no answers, never, don't know with a comment") {
  Answers a = header();
  a.assessment.assessor.clear();
  CHECK(write_answers_yaml(a, checklist()) ==
        "organization: {name: 水道局, sector: water}\n"
        "assessment: {date: 2026-04-01}\n"
        "answers: {}\n");
  a.answers.push_back(value("backup.media", {}, true));
  a.answers.push_back(value("vpn.patched_on", {raw("never")}));
  Answer dk;
  dk.question = "vpn.mfa";
  dk.form = AnswerForm::dont_know;
  dk.comment = "担当者に確認中";
  a.answers.push_back(dk);
  CHECK(write_answers_yaml(a, checklist()) ==
        "organization: {name: 水道局, sector: water}\n"
        "assessment: {date: 2026-04-01}\n"
        "answers:\n"
        "  backup.media: []\n"
        "  vpn.mfa: {value: unknown, comment: 担当者に確認中}\n"
        "  vpn.patched_on: never\n");
  Answer lacks = value("backup.media", {}, true);
  lacks.is_partial = true;
  lacks.lacks = {raw("tape", true), raw("disk", true)};
  CHECK(yaml_answer(lacks) == "{lacks: [tape, disk]}");
  lacks.lacks.clear();
  CHECK(yaml_answer(lacks) == "{has: []}");
}

Answer range(std::optional<RawScalar> at_least, std::optional<RawScalar> at_most) {
  Answer a;
  a.question = "backup.generations";
  a.is_range = true;
  a.at_least = std::move(at_least);
  a.at_most = std::move(at_most);
  return a;
}

TEST_CASE("answer writer: an approximate number, short or with a comment") {
  CHECK(yaml_answer(range(raw("30"), raw("60"))) == "{at_least: 30, at_most: 60}");
  CHECK(yaml_answer(range(raw("3"), std::nullopt)) == "{at_least: 3}");
  CHECK(yaml_answer(range(std::nullopt, raw("2.5"))) == "{at_most: 2.5}");
  CHECK(yaml_answer(range(std::nullopt, std::nullopt)) == "{at_least: ~}");
  // A bound typed wrongly is kept as typed, for the engine to refuse.
  CHECK(yaml_answer(range(raw("many"), raw("a: b"))) == "{at_least: many, at_most: \"a: b\"}");
  CHECK(yaml_answer(range(raw("30", true), std::nullopt)) == "{at_least: \"30\"}");
  Answer noted = range(raw("30"), raw("60"));
  noted.comment = "台帳では 40 前後";
  noted.evidence = {"台帳.xlsx"};
  CHECK(yaml_answer(noted) == "{at_least: 30, at_most: 60, comment: 台帳では 40 前後, evidence: [台帳.xlsx]}");
}

TEST_CASE("answer writer: an approximate number in any form the loader takes reads back as written") {
  Diagnostics diags;
  std::string forms[] = {
      "  backup.generations: {at_least: 3, at_most: 7}\n",
      "  backup.generations: {value: {at_least: 3, at_most: 7}}\n",
      "  backup.generations:\n    value: {at_most: 7}\n    comment: 概数\n    evidence: [台帳]\n",
      "  backup.generations: {at_least: 3, comment: 概数}\n",
  };
  std::string written[] = {
      "{at_least: 3, at_most: 7}",
      "{at_least: 3, at_most: 7}",
      "{at_most: 7, comment: 概数, evidence: [台帳]}",
      "{at_least: 3, comment: 概数}",
  };
  for (size_t i = 0; i < std::size(forms); ++i) {
    INFO(forms[i]);
    std::optional<Answers> in = load_answers(testing::source("a.yaml", testing::answers_yaml(forms[i])), diags);
    REQUIRE(in);
    REQUIRE(in->answers.size() == 1);
    CHECK(yaml_answer(in->answers[0]) == written[i]);
    Answers back = round_trip(*in);
    CHECK(yaml_answer(back.answers[0]) == written[i]);
  }
  CHECK(testing::render(diags) == "");
}

TEST_CASE("answer writer: a string is plain only when it reads back as that string") {
  struct Case {
    std::string text, yaml;
  };
  std::vector<Case> cases = {
      {"情報システム課", "情報システム課"},
      {"A. Auditor", "A. Auditor"},
      {"", "\"\""},
      {"yes", "\"yes\""},
      {"No", "\"No\""},
      {"null", "\"null\""},
      {"~", "\"~\""},
      {"unknown", "\"unknown\""},
      {"never", "\"never\""},
      {"3", "\"3\""},
      {"2024-10-01", "\"2024-10-01\""},
      {"-1", "\"-1\""},
      {".5", "\".5\""},
      {"a: b", "\"a: b\""},
      {"a #b", "\"a #b\""},
      {"#tag", "\"#tag\""},
      {"say \"hi\"", "\"say \\\"hi\\\"\""},
      {"it's", "it's"},
      {"'quoted'", "\"'quoted'\""},
      {"[x]", "\"[x]\""},
      {"a, b", "\"a, b\""},
      {"- item", "\"- item\""},
      {"  leading", "\"  leading\""},
      {"trailing ", "\"trailing \""},
      {"two\nlines", "\"two\\nlines\""},
      {"tab\there", "\"tab\\there\""},
      {"back\\slash", "back\\slash"},
      {"bell\x07", "\"bell\\x07\""},
      {"esc\x1b[31m", "\"esc\\x1B[31m\""},
      {"nbsp\u00a0", "\"nbsp\\xA0\""},
      {"line\u2028sep", "\"line\\u2028sep\""},
      {"\xef\xbb\xbf" "bom", "\"\\uFEFFbom\""},
      {"全角　スペース", "全角　スペース"},
      {"＃全角", "＃全角"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(yaml_string(c.text) == c.yaml);
  }
}

TEST_CASE("answer writer: a scalar keeps its meaning: plain stays plain, quoted stays a string") {
  CHECK(yaml_raw(raw("yes")) == "yes");
  CHECK(yaml_raw(raw("yes", true)) == "\"yes\"");
  CHECK(yaml_raw(raw("2024-10-01")) == "2024-10-01");
  CHECK(yaml_raw(raw("3")) == "3");
  CHECK(yaml_raw(raw("same_server", true)) == "same_server");
  CHECK(yaml_raw(raw("unknown", true)) == "\"unknown\"");
  CHECK(yaml_raw(raw("a: b")) == "\"a: b\"");
  CHECK(yaml_raw(raw("null")) == "\"null\"");
  CHECK(yaml_raw(raw("~")) == "\"~\"");
  RawScalar null;
  null.null = true;
  CHECK(yaml_raw(null) == "~");
}

const std::vector<std::string>& hostile_texts() {
  static const std::vector<std::string> texts = {
      "plain",
      "with \"double\" and 'single' quotes",
      "colon: here",
      "ends with colon:",
      "hash # comment?",
      "#starts with hash",
      "line one\nline two\n",
      "\nstarts with a line break",
      "  two leading spaces",
      "trailing spaces  ",
      "\ttab first",
      "yes", "no", "Yes", "NO", "true", "off", "null", "Null", "~", "unknown", "never",
      "123", "1e3", "0x1F", "2024-10-01", "-", "--- ", "...", "? what", "! tag", "& anchor", "* alias",
      "| block", "> folded", "% directive", "@ at", "` backtick", "{ a: 1 }", "[1, 2]", "a,b",
      "back\\slash \\n not a break",
      "control \x01\x02\x7f chars",
      "c1 \u0085 next line",
      "情報システム課「長」：佐藤、#1",
      "全角スペース　で始まる",
      "　",
      "emoji 🚒 and combining e\u0301",
      "\u2028\u2029",
  };
  return texts;
}

TEST_CASE("answer writer: hostile text round-trips through load_answers exactly") {
  for (const std::string& text : hostile_texts()) {
    INFO(text);
    Answers a;
    a.organization = {text, "government", "10000_or_more"};
    a.assessment = {"2026-04-01", text, text, {}};
    Answer owner = value("backup.owner", {raw(text, true)});
    owner.comment = text;
    owner.evidence = {text, text};
    a.answers.push_back(owner);
    Answer na;
    na.question = "vpn.mfa";
    na.form = AnswerForm::not_applicable;
    na.na_reason = text;
    na.comment = text;
    a.answers.push_back(na);
    Answer alt;
    alt.question = "vpn.patched_on";
    alt.form = AnswerForm::alternative;
    alt.alternative = text;
    a.answers.push_back(alt);
    Answers back = round_trip(a);
    CHECK(back.organization.name == text);
    CHECK(back.organization.sector == "government");
    CHECK(back.organization.size == "10000_or_more");
    CHECK(back.assessment.assessor == text);
    CHECK(back.assessment.scope == text);
    REQUIRE(back.answers.size() == 3);
    CHECK(back.answers[0].form == AnswerForm::value);
    REQUIRE(back.answers[0].raw.size() == 1);
    CHECK(back.answers[0].raw[0].text == text);
    CHECK(back.answers[0].comment == text);
    CHECK(back.answers[0].evidence == std::vector<std::string>{text, text});
    CHECK(back.answers[1].form == AnswerForm::not_applicable);
    CHECK(back.answers[1].na_reason == text);
    CHECK(back.answers[1].comment == text);
    CHECK(back.answers[2].form == AnswerForm::alternative);
    CHECK(back.answers[2].alternative == text);
  }
}

TEST_CASE("answer writer: a text answer that reads as a YAML word binds as that text") {
  Diagnostics diags;
  CompiledLibraryPtr lib = testing::compile_texts({{"checklist.yaml", testing::kChecklist}}, diags);
  REQUIRE(lib);
  for (const std::string& text : hostile_texts()) {
    if (text.find_first_not_of(" \t\n") == std::string::npos) continue;
    INFO(text);
    Answers a = header();
    a.answers.push_back(value("backup.owner", {raw(text, true)}));
    Answers back = round_trip(a);
    AnswerSetPtr bound = bind_answers(*lib, back, diags);
    CHECK(bound);
    CHECK(back.answers[0].form == AnswerForm::value);
  }
  CHECK(testing::render(diags) == "");
}

TEST_CASE("answer writer: same answers, same bytes") {
  Answers a = header();
  a.answers.push_back(value("remote.vpn_used", {raw("no")}));
  a.answers.push_back(value("backup.taken", {raw("yes")}));
  CHECK(write_answers_yaml(a, checklist()) == write_answers_yaml(round_trip(a), checklist()));
}

}  // namespace
}  // namespace tenken::answering
