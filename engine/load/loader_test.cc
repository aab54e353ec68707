// Tests of loading: the YAML reader's limits (depth, alias expansion, one document), finding the
// files of a library folder, and the checklist, rule and answer loaders' messages, each compared
// whole. (Reading one file: core/source_test.cc.)
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "compile/compiled_library.h"
#include "load/yaml_document.h"
#include "tenken/engine.h"
#include "tests/engine_fixtures.h"

namespace tenken {
namespace {

using testing::render;
using testing::source;

// Messages from loading one library file.
std::string load_messages(const std::string& text, const std::string& path = "lib.yaml") {
  Diagnostics diags;
  load_library({source(path, text)}, diags);
  return render(diags);
}

// Messages from loading one answer file; `loaded` tells whether load_answers returned a value.
std::string answers_messages(const std::string& text, bool* loaded = nullptr) {
  Diagnostics diags;
  std::optional<Answers> a = load_answers(source("answers.yaml", text), diags);
  if (loaded) *loaded = a.has_value();
  return render(diags);
}

// A temporary folder, removed with what it holds when the test ends.
class TempFolder {
 public:
  TempFolder() : path_(std::filesystem::temp_directory_path() / fmt::format("{}.tenken_test", getpid())) {
    std::filesystem::create_directories(path_);
  }
  ~TempFolder() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string path() const { return path_.string(); }
  std::string path(const std::string& relative) const { return (path_ / relative).string(); }
  void write(const std::string& relative, const std::string& text) const {
    std::filesystem::create_directories((path_ / relative).parent_path());
    std::ofstream(path_ / relative, std::ios::binary) << text;
  }

 private:
  std::filesystem::path path_;
};

// A folder that this process cannot read while the object lives, also when the tests run as root:
// the folder gets mode 000, and the capabilities that let root read it anyway are dropped from
// this thread's effective set (and given back at the end).
class UnreadableFolder {
 public:
  explicit UnreadableFolder(std::string path) : path_(std::move(path)) {
    std::filesystem::permissions(path_, std::filesystem::perms::none);
    syscall(SYS_capget, &header_, saved_);
    __user_cap_data_struct dropped[2] = {saved_[0], saved_[1]};
    dropped[0].effective &= ~(1u << CAP_DAC_OVERRIDE | 1u << CAP_DAC_READ_SEARCH);
    syscall(SYS_capset, &header_, dropped);
  }
  ~UnreadableFolder() {
    syscall(SYS_capset, &header_, saved_);
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all);
  }

 private:
  std::string path_;
  __user_cap_header_struct header_{_LINUX_CAPABILITY_VERSION_3, 0};
  __user_cap_data_struct saved_[2] = {};
};

// The paths of `sources`, relative to `folder`, one a line.
std::string paths_in(const TempFolder& folder, const std::vector<std::shared_ptr<const Source>>& sources) {
  std::string out;
  for (const auto& s : sources) out += std::filesystem::relative(s->path(), folder.path()).string() + "\n";
  return out;
}

std::string repeat(std::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// --- the YAML reader -------------------------------------------------------------------------

TEST_CASE("yaml: plain and quoted scalars are told apart, and every node keeps its position") {
  Diagnostics diags;
  yaml::Document doc;
  REQUIRE(yaml::parse(source("a.yaml", "a: no\nb: \"no\"\nc:\n  - |\n    text\n"), doc, diags));
  REQUIRE(doc.root);
  const yaml::Node* a = doc.root->get("a");
  const yaml::Node* b = doc.root->get("b");
  const yaml::Node* c = doc.root->get("c");
  CHECK_FALSE(a->quoted);
  CHECK(b->quoted);
  CHECK(c->items[0]->quoted);
  CHECK(c->items[0]->value == "text\n");
  CHECK(a->origin.where().line == 1);
  CHECK(a->origin.where().column == 4);
  CHECK(c->items[0]->origin.where().line == 4);
  CHECK(c->items[0]->origin.where().column == 5);
  CHECK(a->describe().en == "'no'");
  CHECK(a->describe().ja == "'no'");
  CHECK(b->describe().en == "the string \"no\"");
  CHECK(b->describe().ja == "文字列 \"no\"");
  CHECK(c->describe().en == "a list");
  CHECK(c->describe().ja == "リスト");
  CHECK(doc.root->describe().en == "a mapping");
  CHECK(doc.root->describe().ja == "マッピング");
}

TEST_CASE("yaml: malformed YAML is reported with its position") {
  CHECK(load_messages("rules: [a, b\n") ==
        "lib.yaml:2:1: error: invalid YAML: a '[' list is not closed with ']'\n");
  CHECK(load_messages("rules:\n  - id: a\n   title: b\n") ==
        "lib.yaml:3:4: error: invalid YAML: a list is not indented consistently\n"
        "     title: b\n"
        "     ^\n");
  CHECK(load_messages("title: {ja: なぜ, en: ?Why}\n") ==
        "lib.yaml:1:21: error: invalid YAML: unexpected text; inside { } or [ ], quote a text that contains '?', "
        "':', ',' or '#'\n"
        "  title: {ja: なぜ, en: ?Why}\n"
        "                        ^\n");
}

TEST_CASE("yaml: a '?' inside a plain text in { } is valid YAML and reads as written") {
  // yaml-cpp alone refused it; libyaml reads it, as YAML 1.2 says.
  yaml::Document doc;
  Diagnostics diags;
  CHECK(yaml::parse(testing::source("a.yaml", "title: {ja: なぜ, en: Why?}\n"), doc, diags));
  CHECK(doc.root->get("title")->get("en")->value == "Why?");
}

TEST_CASE("yaml: a duplicate key is an error, not a silent overwrite") {
  CHECK(load_messages("rules:\n  - id: a\n    id: b\n") ==
        "lib.yaml:3:5: error: duplicate key 'id' (first given on line 2)\n"
        "      id: b\n"
        "      ^\n");
}

TEST_CASE("yaml: only one document per file") {
  CHECK(load_messages("rules: []\n---\nrules: []\n") ==
        "lib.yaml:2:1: error: expected one YAML document, found a second one ('---')\n"
        "  ---\n"
        "  ^\n");
}

TEST_CASE("yaml: nesting 10,000 deep is refused cleanly, block or flow") {
  std::string block = repeat("- ", 10000) + "x\n";
  CHECK(load_messages(block) ==
        "lib.yaml:1:129: error: nesting deeper than 64 levels; tenken files are never nested this deep\n"
        "  ..." + repeat("- ", 50) + "...\n"
        "                                                       ^\n");
  std::string flow = "rules: " + repeat("[", 10000) + repeat("]", 10000) + "\n";
  CHECK(load_messages(flow) ==
        "lib.yaml:1:71: error: nesting deeper than 64 levels; tenken files are never nested this deep\n"
        "  ..." + repeat("[", 100) + "...\n"
        "                                                       ^\n");
  std::string maps = repeat("{a: ", 10000) + "1" + repeat("}", 10000) + "\n";
  CHECK(load_messages(maps) ==
        "lib.yaml:1:257: error: nesting deeper than 64 levels; tenken files are never nested this deep\n"
        "  ...: " + repeat("{a: ", 24) + "{a...\n"
        "                                                       ^\n");
  Diagnostics diags;
  CHECK_FALSE(load_answers(source("answers.yaml", "answers: " + repeat("[", 10000)), diags));
  CHECK(diags.error_count() == 1);
}

TEST_CASE("yaml: an alias bomb (billion laughs) is refused quickly") {
  std::string bomb = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (char c = 'b'; c <= 'i'; ++c) {
    char prev = static_cast<char>(c - 1);
    bomb += fmt::format("{0}: &{0} [*{1}, *{1}, *{1}, *{1}, *{1}, *{1}, *{1}, *{1}, *{1}, *{1}]\n", c, prev);
  }
  auto start = std::chrono::steady_clock::now();
  std::string messages = load_messages(bomb);
  auto elapsed = std::chrono::steady_clock::now() - start;
  CHECK(messages.find("error: the document expands to more than 200000 nodes; tenken refuses it (an alias "
                      "bomb?)\n") != std::string::npos);
  CHECK(messages.substr(0, messages.find(' ')) == "lib.yaml:6:8:");
  CHECK(elapsed < std::chrono::seconds(2));
}

TEST_CASE("yaml: an alias inside its own anchor is refused, not followed forever") {
  CHECK(load_messages("a: &x [1, *x]\n") ==
        "lib.yaml:1:11: error: unknown alias\n"
        "  a: &x [1, *x]\n"
        "            ^\n");
}

TEST_CASE("yaml: aliases are expanded, so each copy is checked like written text") {
  Diagnostics diags;
  Library lib = load_library({source("lib.yaml", testing::rules_yaml({{.id = "r", .expect = "backup.taken",
                                                                       .extra = "    cases: &c [nisc-2021-06]\n"},
                                                                      {.id = "s", .expect = "backup.taken",
                                                                       .extra = "    cases: *c\n"}}))},
                             diags);
  CHECK(render(diags) == "");
  REQUIRE(lib.rules.size() == 2);
  CHECK(lib.rules[1].cases == std::vector<std::string>{"nisc-2021-06"});
}

// --- library folders -------------------------------------------------------------------------

TEST_CASE("sources_in_directory: every .yaml and .yml file below the folder, sorted by path") {
  TempFolder folder;
  folder.write("b.yaml", "rules: []\n");
  folder.write("a/c.yml", "rules: []\n");
  folder.write("a/notes.txt", "not a library file\n");
  folder.write("z/deep/d.yaml", "rules: []\n");
  Diagnostics diags;
  CHECK(paths_in(folder, sources_in_directory(folder.path(), diags)) == "a/c.yml\nb.yaml\nz/deep/d.yaml\n");
  CHECK(render(diags) == "");
}

TEST_CASE("sources_in_directory: a file or folder that cannot be read is named, and the rest are read") {
  TempFolder folder;
  folder.write("a.yaml", "rules: []\n");
  folder.write("locked/b.yaml", "rules: []\n");
  folder.write("open/c.yaml", "rules: []\n");
  std::filesystem::create_symlink(folder.path("nowhere"), folder.path("gone.yaml"));
  Diagnostics diags;
  std::vector<std::shared_ptr<const Source>> sources;
  {
    UnreadableFolder locked(folder.path("locked"));
    sources = sources_in_directory(folder.path(), diags);
  }
  CHECK(paths_in(folder, sources) == "a.yaml\nopen/c.yaml\n");
  CHECK(render(diags) == fmt::format("{0}/gone.yaml: error: cannot open: No such file or directory\n"
                                     "{0}/locked: error: cannot read the folder: Permission denied\n",
                                     folder.path()));
}

TEST_CASE("sources_in_directory: a path that is not a folder") {
  TempFolder folder;
  folder.write("a.yaml", "rules: []\n");
  Diagnostics diags;
  CHECK(sources_in_directory(folder.path("a.yaml"), diags).empty());
  CHECK(sources_in_directory(folder.path("missing"), diags).empty());
  CHECK(render(diags) == fmt::format("{0}/a.yaml: error: expected a directory of YAML files; it does not exist or "
                                     "is not a directory\n"
                                     "{0}/missing: error: expected a directory of YAML files; it does not exist or "
                                     "is not a directory\n",
                                     folder.path()));
}

// --- library files ---------------------------------------------------------------------------

TEST_CASE("library: the file's shape") {
  CHECK(load_messages("") ==
        "lib.yaml:1:1: error: expected a mapping with 'sections:' (a checklist), 'rules:' (rules), "
        "'categories:', 'cases:' (the case catalog) or 'actions:' (the action plan), found an empty file\n");
  CHECK(load_messages("# only a comment\n") ==
        "lib.yaml:1:1: error: expected a mapping with 'sections:' (a checklist), 'rules:' (rules), "
        "'categories:', 'cases:' (the case catalog) or 'actions:' (the action plan), found an empty file\n"
        "  # only a comment\n"
        "  ^\n");
  CHECK(load_messages("- a\n- b\n") ==
        "lib.yaml:1:1: error: expected a mapping for a library file, found a list\n"
        "  - a\n"
        "  ^\n");
  CHECK(load_messages("version: 1\n") ==
        "lib.yaml:1:1: error: unknown key 'version' in a library file\n"
        "  version: 1\n"
        "  ^\n"
        "lib.yaml:1:1: error: expected 'sections:' (a checklist), 'rules:' (rules), 'categories:', 'cases:' "
        "(the case catalog) or 'actions:' (the action plan) at the top of a library file, found none of them\n"
        "  version: 1\n"
        "  ^\n");
  CHECK(load_messages("rule:\n  - id: a\n") ==
        "lib.yaml:1:1: error: unknown key 'rule' in a library file; did you mean 'rules'?\n"
        "  rule:\n"
        "  ^\n"
        "lib.yaml:1:1: error: expected 'sections:' (a checklist), 'rules:' (rules), 'categories:', 'cases:' "
        "(the case catalog) or 'actions:' (the action plan) at the top of a library file, found none of them\n"
        "  rule:\n"
        "  ^\n");
  CHECK(load_messages("rules:\n  id: a\n") ==
        "lib.yaml:2:3: error: expected a list for 'rules', found a mapping\n"
        "    id: a\n"
        "    ^\n");
  CHECK(load_messages("rules:\n  - [a, b]\n") ==
        "lib.yaml:2:5: error: expected a mapping for a rule, found a list\n"
        "    - [a, b]\n"
        "      ^\n");
}

std::string one_rule(const std::string& body) { return "rules:\n  - id: backup-copy\n" + body; }

const char* const kRuleBody =
    "    title: {ja: バックアップ, en: Backup}\n"
    "    category: backup\n"
    "    severity: high\n"
    "    expect: backup.taken\n"
    "    rationale: {ja: 理由, en: Why}\n"
    "    recommendation: {ja: 推奨, en: What to do}\n"
    "    evidence: {ja: 証跡, en: What to show}\n";

TEST_CASE("rules: a complete rule loads with all its fields") {
  Diagnostics diags;
  Library lib = load_library({source("lib.yaml", one_rule(std::string(kRuleBody) +
                                                          "    applies_if: remote.vpn_used\n"
                                                          "    weight: 2.5\n"
                                                          "    cases: [nisc-2021-06, nisc-2016-03]\n"
                                                          "    refs: {csf2: [PR.DS-11], iso27001_2022: [A.8.13], "
                                                          "cis_v8: [\"11.4\"]}\n"))},
                             diags);
  CHECK(render(diags) == "");
  REQUIRE(lib.rules.size() == 1);
  const Rule& r = lib.rules[0];
  CHECK(r.id == "backup-copy");
  CHECK(r.title.ja == "バックアップ");
  CHECK(r.severity == Severity::high);
  CHECK(r.weight == 2.5);
  CHECK(r.check == CheckKind::automatic);
  CHECK(r.applies_if.text == "remote.vpn_used");
  CHECK(r.expect.text == "backup.taken");
  CHECK(r.cases == std::vector<std::string>{"nisc-2021-06", "nisc-2016-03"});
  CHECK(r.refs.at("csf2") == std::vector<std::string>{"PR.DS-11"});
  CHECK(r.refs.at("iso27001_2022") == std::vector<std::string>{"A.8.13"});
  CHECK(r.refs.at("cis_v8") == std::vector<std::string>{"11.4"});
  CHECK(r.origin.where().line == 2);
}

TEST_CASE("rules: unknown keys, with did you mean") {
  CHECK(load_messages(one_rule(std::string(kRuleBody) + "    severty: low\n")) ==
        "lib.yaml:10:5: error: unknown key 'severty' in a rule; did you mean 'severity'?\n"
        "      severty: low\n"
        "      ^\n");
  CHECK(load_messages(one_rule(std::string(kRuleBody) + "    owner: 佐藤\n")) ==
        "lib.yaml:10:5: error: unknown key 'owner' in a rule\n"
        "      owner: 佐藤\n"
        "      ^\n");
}

TEST_CASE("rules: missing fields and translations") {
  CHECK(load_messages("rules:\n  - id: backup-copy\n    title: {ja: バックアップ}\n") ==
        "lib.yaml:2:5: error: missing 'category' in a rule\n"
        "    - id: backup-copy\n"
        "      ^\n"
        "lib.yaml:2:5: error: missing 'severity' in a rule\n"
        "    - id: backup-copy\n"
        "      ^\n"
        "lib.yaml:2:5: error: missing 'expect' in rule 'backup-copy' (a rule without one must say 'check: "
        "manual')\n"
        "    - id: backup-copy\n"
        "      ^\n"
        "lib.yaml:2:5: error: missing 'rationale' in a rule\n"
        "    - id: backup-copy\n"
        "      ^\n"
        "lib.yaml:2:5: error: missing 'recommendation' in a rule\n"
        "    - id: backup-copy\n"
        "      ^\n"
        "lib.yaml:2:5: error: missing 'evidence' in a rule\n"
        "    - id: backup-copy\n"
        "      ^\n"
        "lib.yaml:3:12: error: missing the English (en) text of 'title'\n"
        "      title: {ja: バックアップ}\n"
        "             ^\n");
  std::string body = kRuleBody;
  body.replace(body.find("{ja: 理由, en: Why}"), std::string("{ja: 理由, en: Why}").size(), "{en: Why}");
  CHECK(load_messages(one_rule(body)) ==
        "lib.yaml:7:16: error: missing the Japanese (ja) text of 'rationale'\n"
        "      rationale: {en: Why}\n"
        "                 ^\n");
  body = kRuleBody;
  body.replace(body.find("{ja: 理由, en: Why}"), std::string("{ja: 理由, en: Why}").size(),
               "{ja: \"\", en: Why}");
  CHECK(load_messages(one_rule(body)) ==
        "lib.yaml:7:21: error: the ja text of 'rationale' is empty\n"
        "      rationale: {ja: \"\", en: Why}\n"
        "                      ^\n");
  body = kRuleBody;
  body.replace(body.find("{ja: 理由, en: Why}"), std::string("{ja: 理由, en: Why}").size(), "Why");
  CHECK(load_messages(one_rule(body)) ==
        "lib.yaml:7:16: error: expected {ja: ..., en: ...} for 'rationale', found 'Why'\n"
        "      rationale: Why\n"
        "                 ^\n");
}

TEST_CASE("rules: bad ids, severities, weights and check kinds") {
  std::string body = kRuleBody;
  CHECK(load_messages("rules:\n  - id: Backup_Copy\n" + body) ==
        "lib.yaml:2:9: error: expected lower-case letters, digits and '-' (backup-offline-copy), found "
        "'Backup_Copy'\n"
        "    - id: Backup_Copy\n"
        "          ^\n");
  body.replace(body.find("category: backup"), 16, "category: Back-up");
  body.replace(body.find("severity: high"), 14, "severity: severe");
  CHECK(load_messages(one_rule(body + "    weight: -1\n    check: auto\n    cases: [NISC_2021]\n")) ==
        "lib.yaml:4:15: error: expected a lower-case word with digits and '_' (backup), found 'Back-up'\n"
        "      category: Back-up\n"
        "                ^\n"
        "lib.yaml:5:15: error: expected a severity (info, low, medium, high, critical), found 'severe'\n"
        "      severity: severe\n"
        "                ^\n"
        "lib.yaml:10:13: error: expected a weight of 0 or more, found -1\n"
        "      weight: -1\n"
        "              ^\n"
        "lib.yaml:11:12: error: expected 'automatic' or 'manual' for 'check', found 'auto'\n"
        "      check: auto\n"
        "             ^\n"
        "lib.yaml:12:13: error: expected lower-case letters, digits and '-' (backup-offline-copy), found "
        "'NISC_2021'\n"
        "      cases: [NISC_2021]\n"
        "              ^\n");
}

TEST_CASE("rules: references to frameworks") {
  CHECK(load_messages(one_rule(std::string(kRuleBody) + "    refs: {csf: [PR.DS-11]}\n")) ==
        "lib.yaml:10:12: error: unknown reference framework 'csf'; expected one of csf2, iso27001_2022, "
        "cis_v8; did you mean 'csf2'?\n"
        "      refs: {csf: [PR.DS-11]}\n"
        "             ^\n");
  CHECK(load_messages(one_rule(std::string(kRuleBody) + "    refs: {nist: [PR.DS-11]}\n")) ==
        "lib.yaml:10:12: error: unknown reference framework 'nist'; expected one of csf2, iso27001_2022, "
        "cis_v8\n"
        "      refs: {nist: [PR.DS-11]}\n"
        "             ^\n");
  CHECK(load_messages(one_rule(std::string(kRuleBody) +
                               "    refs:\n"
                               "      csf2: [PR.DS11, pr.ds-11]\n"
                               "      iso27001_2022: [A.13.1, 8.13]\n"
                               "      cis_v8: [11.4, \"11\"]\n")) ==
        "lib.yaml:11:14: error: expected a NIST CSF 2.0 subcategory such as PR.DS-11, found 'PR.DS11', which is not in NIST "
        "CSF 2.0; did you mean 'PR.DS-11'?\n"
        "        csf2: [PR.DS11, pr.ds-11]\n"
        "               ^\n"
        "lib.yaml:11:23: error: expected a NIST CSF 2.0 subcategory such as PR.DS-11, found 'pr.ds-11', which is not in NIST "
        "CSF 2.0\n"
        "        csf2: [PR.DS11, pr.ds-11]\n"
        "                        ^\n"
        "lib.yaml:12:23: error: expected an ISO/IEC 27001:2022 Annex A control such as A.8.13, found 'A.13.1', which is "
        "not in ISO/IEC 27001:2022; did you mean 'A.5.1'?\n"
        "        iso27001_2022: [A.13.1, 8.13]\n"
        "                        ^\n"
        "lib.yaml:12:31: error: expected an ISO/IEC 27001:2022 Annex A control such as A.8.13, found '8.13', which is not "
        "in ISO/IEC 27001:2022; did you mean 'A.8.13'?\n"
        "        iso27001_2022: [A.13.1, 8.13]\n"
        "                                ^\n"
        "lib.yaml:13:22: error: expected a CIS Controls v8 safeguard such as 11.4, found '11', which is not in CIS Controls v8; "
        "did you mean '1.1'?\n"
        "        cis_v8: [11.4, \"11\"]\n"
        "                       ^\n");
}

TEST_CASE("rules: references must exist in the framework, not only look like its ids") {
  // PR.DS-03 was withdrawn in CSF 2.0; Annex A of 2022 ends at A.5.37; CIS control 18 has 5.
  CHECK(load_messages(one_rule(std::string(kRuleBody) +
                               "    refs: {csf2: [PR.DS-03, PR.DS-11], iso27001_2022: [A.5.38], cis_v8: [\"18.6\", \"18.5\"]}\n")) ==
        "lib.yaml:10:19: error: expected a NIST CSF 2.0 subcategory such as PR.DS-11, found 'PR.DS-03', which is "
        "not in NIST CSF 2.0; did you mean 'PR.DS-01'?\n"
        "      refs: {csf2: [PR.DS-03, PR.DS-11], iso27001_2022: [A.5.38], cis_v8: [\"18.6\", \"18.5\"]}\n"
        "                    ^\n"
        "lib.yaml:10:56: error: expected an ISO/IEC 27001:2022 Annex A control such as A.8.13, found 'A.5.38', "
        "which is not in ISO/IEC 27001:2022; did you mean 'A.5.18'?\n"
        "      refs: {csf2: [PR.DS-03, PR.DS-11], iso27001_2022: [A.5.38], cis_v8: [\"18.6\", \"18.5\"]}\n"
        "                                                         ^\n"
        "lib.yaml:10:74: error: expected a CIS Controls v8 safeguard such as 11.4, found '18.6', which is not in "
        "CIS Controls v8; did you mean '10.6'?\n"
        "      refs: {csf2: [PR.DS-03, PR.DS-11], iso27001_2022: [A.5.38], cis_v8: [\"18.6\", \"18.5\"]}\n"
        "                                                                           ^\n");
}

TEST_CASE("rules: manual rules and expect") {
  std::string body = kRuleBody;
  body.erase(body.find("    expect: backup.taken\n"), std::string("    expect: backup.taken\n").size());
  CHECK(load_messages(one_rule(body)) ==
        "lib.yaml:2:5: error: missing 'expect' in rule 'backup-copy' (a rule without one must say 'check: "
        "manual')\n"
        "    - id: backup-copy\n"
        "      ^\n");
  CHECK(load_messages(one_rule(body + "    check: manual\n")) == "");
}

TEST_CASE("rules: a duplicate rule id names where the first one is") {
  std::string rule = one_rule(kRuleBody);
  std::string second = std::string("  - id: backup-copy\n") + kRuleBody;
  CHECK(load_messages(rule + second) ==
        "lib.yaml:10:9: error: duplicate rule id 'backup-copy' (first defined at lib.yaml:2)\n"
        "    - id: backup-copy\n"
        "          ^\n");
  Diagnostics diags;
  load_library({source("rules/a.yaml", rule), source("rules/b.yaml", rule)}, diags);
  CHECK(render(diags) ==
        "rules/b.yaml:2:9: error: duplicate rule id 'backup-copy' (first defined at rules/a.yaml:2)\n"
        "    - id: backup-copy\n"
        "          ^\n");
}

// --- checklists ------------------------------------------------------------------------------

std::string one_section(const std::string& questions) {
  return "sections:\n"
         "  - id: backup\n"
         "    title: {ja: バックアップ, en: Backup}\n"
         "    questions:\n" +
         questions;
}

TEST_CASE("checklist: the test checklist loads with every field") {
  Diagnostics diags;
  Library lib = load_library({source("checklist.yaml", testing::kChecklist)}, diags);
  CHECK(render(diags) == "");
  REQUIRE(lib.checklist.questions.size() == 9);
  REQUIRE(lib.checklist.sections.size() == 3);
  const Question& g = *lib.checklist.find("backup.generations");
  CHECK(g.type == QuestionType::number);
  CHECK(g.unit.en == "generations");
  CHECK(g.min == 0);
  CHECK(g.max == 100);
  CHECK(g.ask_if.text == "backup.taken");
  CHECK(g.section == "backup");
  CHECK(lib.checklist.find("backup.location")->choice_index("offsite") == 2);
  CHECK(lib.checklist.sections[2].ask_if.text == "remote.vpn_used");
  CHECK(lib.checklist.sections[2].question_ids == std::vector<std::string>{"vpn.mfa", "vpn.patched_on"});
  CHECK(lib.checklist.find("backup.nothing") == nullptr);
}

TEST_CASE("checklist: a duplicate question id names where the first one is") {
  std::string q = "      - id: backup.taken\n"
                  "        type: bool\n"
                  "        text: {ja: 取得, en: Taken}\n";
  CHECK(load_messages(one_section(q + q), "checklist.yaml") ==
        "checklist.yaml:8:13: error: duplicate question id 'backup.taken' (first defined at checklist.yaml:5)\n"
        "        - id: backup.taken\n"
        "              ^\n");
  Diagnostics diags;
  load_library({source("checklists/a.yaml", testing::kChecklist),
                source("checklists/b.yaml",
                       "sections:\n  - id: extra\n    title: {ja: 追加, en: Extra}\n    questions:\n" + q)},
               diags);
  CHECK(render(diags) ==
        "checklists/b.yaml:5:13: error: duplicate question id 'backup.taken' (first defined at "
        "checklists/a.yaml:5)\n"
        "        - id: backup.taken\n"
        "              ^\n");
}

TEST_CASE("checklist: types, choices and bounds") {
  CHECK(load_messages(one_section("      - id: backup.taken\n"
                                  "        type: boolean\n"
                                  "        text: {ja: 取得, en: Taken}\n")) ==
        "lib.yaml:6:15: error: expected a question type (bool, choice, multi_choice, number, date, text), found "
        "'boolean'\n"
        "          type: boolean\n"
        "                ^\n");
  CHECK(load_messages(one_section("      - id: backup.location\n"
                                  "        type: choice\n"
                                  "        text: {ja: 場所, en: Where}\n")) ==
        "lib.yaml:5:9: error: missing 'choices' in choice question 'backup.location'\n"
        "        - id: backup.location\n"
        "          ^\n");
  CHECK(load_messages(one_section("      - id: backup.location\n"
                                  "        type: choice\n"
                                  "        text: {ja: 場所, en: Where}\n"
                                  "        choices:\n"
                                  "          - {id: Same Server, text: {ja: 同じ, en: Same}}\n"
                                  "          - {id: offsite, text: {ja: 遠隔, en: Off site}}\n"
                                  "          - {id: offsite, text: {ja: 遠隔, en: Off site}}\n")) ==
        "lib.yaml:9:18: error: expected a choice id: lower-case letters, digits and '_' (same_server), found "
        "'Same Server'\n"
        "            - {id: Same Server, text: {ja: 同じ, en: Same}}\n"
        "                   ^\n"
        "lib.yaml:11:18: error: duplicate choice 'offsite' in question 'backup.location'\n"
        "            - {id: offsite, text: {ja: 遠隔, en: Off site}}\n"
        "                   ^\n");
  CHECK(load_messages(one_section("      - id: backup.location\n"
                                  "        type: choice\n"
                                  "        text: {ja: 場所, en: Where}\n"
                                  "        choices: [{id: only, text: {ja: 唯一, en: Only}}]\n")) ==
        "lib.yaml:8:18: error: expected 2 to 64 choices, found 1\n"
        "          choices: [{id: only, text: {ja: 唯一, en: Only}}]\n"
        "                   ^\n");
  CHECK(load_messages(one_section("      - id: backup.taken\n"
                                  "        type: bool\n"
                                  "        text: {ja: 取得, en: Taken}\n"
                                  "        max: 3\n"
                                  "        choices: []\n")) ==
        "lib.yaml:8:14: error: 'max' given for a bool question; only number questions have it\n"
        "          max: 3\n"
        "               ^\n"
        "lib.yaml:9:18: error: 'choices' given for a bool question; only choice and multi_choice questions have "
        "choices\n"
        "          choices: []\n"
        "                   ^\n");
  CHECK(load_messages(one_section("      - id: backup.generations\n"
                                  "        type: number\n"
                                  "        text: {ja: 世代, en: Generations}\n"
                                  "        min: 10\n"
                                  "        max: three\n")) ==
        "lib.yaml:9:14: error: expected a number for 'max', found 'three'\n"
        "          max: three\n"
        "               ^\n");
  CHECK(load_messages(one_section("      - id: backup.generations\n"
                                  "        type: number\n"
                                  "        text: {ja: 世代, en: Generations}\n"
                                  "        min: 10\n"
                                  "        max: 1\n")) ==
        "lib.yaml:5:9: error: 'min' (10) is greater than 'max' (1)\n"
        "        - id: backup.generations\n"
        "          ^\n");
}

TEST_CASE("checklist: bad question and section ids") {
  CHECK(load_messages(one_section("      - id: taken\n"
                                  "        type: bool\n"
                                  "        text: {ja: 取得, en: Taken}\n"
                                  "      - id: Backup.Taken\n"
                                  "        type: bool\n"
                                  "        text: {ja: 取得, en: Taken}\n")) ==
        "lib.yaml:5:13: error: expected a question id: lower-case words joined by dots, starting with the section "
        "(backup.offline_copy), found 'taken'\n"
        "        - id: taken\n"
        "              ^\n"
        "lib.yaml:8:13: error: expected a question id: lower-case words joined by dots, starting with the section "
        "(backup.offline_copy), found 'Backup.Taken'\n"
        "        - id: Backup.Taken\n"
        "              ^\n");
  CHECK(load_messages("sections:\n  - id: back up\n    title: {ja: a, en: a}\n    questions: []\n") ==
        "lib.yaml:2:9: error: expected a lower-case word with digits and '_' (backup), found 'back up'\n"
        "    - id: back up\n"
        "          ^\n");
}

TEST_CASE("checklist: a skip-logic cycle is reported once, with its path") {
  const char* checklist = "sections:\n"
                          "  - id: a\n"
                          "    title: {ja: 甲, en: A}\n"
                          "    questions:\n"
                          "      - {id: a.x, type: bool, ask_if: a.y, text: {ja: x, en: x}}\n"
                          "      - {id: a.y, type: bool, ask_if: a.x, text: {ja: y, en: y}}\n";
  Diagnostics diags;
  CHECK(testing::compile_texts({{"checklist.yaml", checklist}}, diags) == nullptr);
  CHECK(render(diags) ==
        "checklist.yaml:6:39: error: skip logic goes round in a circle: a.x → a.y → a.x\n"
        "        - {id: a.y, type: bool, ask_if: a.x, text: {ja: y, en: y}}\n"
        "                                        ^\n");

  const char* self = "sections:\n"
                     "  - id: a\n"
                     "    title: {ja: 甲, en: A}\n"
                     "    ask_if: a.x\n"
                     "    questions:\n"
                     "      - {id: a.x, type: bool, text: {ja: x, en: x}}\n";
  Diagnostics self_diags;
  CHECK(testing::compile_texts({{"checklist.yaml", self}}, self_diags) == nullptr);
  CHECK(render(self_diags) ==
        "checklist.yaml:4:13: error: skip logic goes round in a circle: a.x → a.x\n"
        "      ask_if: a.x\n"
        "              ^\n");
}

TEST_CASE("checklist: a long skip-logic chain is ordered without a deep call stack") {
  // a.q0 is asked only after a.q1, a.q1 after a.q2, and so on: the walk from a.q0 meets every
  // question before it can order the first one.
  constexpr int kChain = 10000;
  std::string checklist = "sections:\n  - id: a\n    title: {ja: 甲, en: A}\n    questions:\n";
  for (int i = 0; i < kChain; ++i)
    checklist += fmt::format("      - {{id: a.q{}, type: bool, {}text: {{ja: x, en: x}}}}\n", i,
                             i + 1 < kChain ? fmt::format("ask_if: a.q{}, ", i + 1) : "");
  Diagnostics diags;
  CompiledLibraryPtr compiled = testing::compile_texts({{"checklist.yaml", checklist}}, diags);
  CHECK(render(diags) == "");
  REQUIRE(compiled);
  REQUIRE(compiled->ask_order.size() == kChain);
  bool deepest_first = true;
  for (int i = 0; i < kChain; ++i) deepest_first = deepest_first && compiled->ask_order[i] == kChain - 1 - i;
  CHECK(deepest_first);

  // Closing the chain into a circle is reported once, naming its first and last questions.
  std::string circle = checklist;
  circle.replace(circle.rfind("text:"), 0, "ask_if: a.q0, ");
  Diagnostics circle_diags;
  CHECK(testing::compile_texts({{"checklist.yaml", circle}}, circle_diags) == nullptr);
  CHECK(render(circle_diags) ==
        fmt::format("checklist.yaml:{0}:43: error: skip logic goes round in a circle: a.q0 → a.q1 → a.q2 → a.q3 → "
                    "a.q4 → ({1} more) → a.q{2} → a.q{3} → a.q{4} → a.q{5} → a.q0\n"
                    "        - {{id: a.q{5}, type: bool, ask_if: a.q0, text: {{ja: x, en: x}}}}\n"
                    "                                            ^\n",
                    kChain + 4, kChain + 1 - 10, kChain - 4, kChain - 3, kChain - 2, kChain - 1));
}

// --- answer files ----------------------------------------------------------------------------

TEST_CASE("answers: a complete answer file") {
  Diagnostics diags;
  std::optional<Answers> a = load_answers(
      source("answers.yaml", testing::answers_yaml("  backup.taken: yes\n"
                                                   "  backup.generations: {value: 3, comment: 月次, evidence: [手順書.pdf]}\n"
                                                   "  backup.media: [tape, cloud]\n"
                                                   "  backup.owner: unknown\n"
                                                   "  backup.location: \"unknown\"\n"
                                                   "  vpn.mfa: {na: VPNなし}\n")),
      diags);
  CHECK(render(diags) == "");
  REQUIRE(a);
  CHECK(a->organization.name == "水道局");
  CHECK(a->organization.sector == "water");
  CHECK(a->assessment.date == "2026-04-01");
  CHECK(a->assessment.assessor == "佐藤");
  CHECK(a->path == "answers.yaml");
  REQUIRE(a->answers.size() == 6);
  std::string out;
  for (const Answer& x : a->answers) {
    std::string raw;
    for (const RawScalar& r : x.raw) raw += (r.quoted ? "\"" + r.text + "\"" : r.text) + " ";
    out += fmt::format("{}@{} form={} list={} raw=[{}] na={} comment={} evidence={}\n", x.question,
                       x.origin.where().line, static_cast<int>(x.form), x.is_list, raw, x.na_reason, x.comment,
                       fmt::join(x.evidence, "|"));
  }
  CHECK(out ==
        "backup.taken@4 form=0 list=false raw=[yes ] na= comment= evidence=\n"
        "backup.generations@5 form=0 list=false raw=[3 ] na= comment=月次 evidence=手順書.pdf\n"
        "backup.media@6 form=0 list=true raw=[tape cloud ] na= comment= evidence=\n"
        "backup.owner@7 form=1 list=false raw=[] na= comment= evidence=\n"
        "backup.location@8 form=0 list=false raw=[\"unknown\" ] na= comment= evidence=\n"
        "vpn.mfa@9 form=2 list=false raw=[] na=VPNなし comment= evidence=\n");
}

TEST_CASE("answers: the file's shape") {
  bool loaded = true;
  CHECK(answers_messages("", &loaded) ==
        "answers.yaml:1:1: error: expected an answer file (organization, assessment, answers), found an empty "
        "file\n");
  CHECK_FALSE(loaded);
  CHECK(answers_messages("- a\n") ==
        "answers.yaml:1:1: error: expected a mapping for the answer file, found a list\n"
        "  - a\n"
        "  ^\n");
  CHECK(answers_messages("answers: {}\n", &loaded) ==
        "answers.yaml:1:1: error: missing 'organization' in the answer file\n"
        "  answers: {}\n"
        "  ^\n"
        "answers.yaml:1:1: error: missing 'assessment' in the answer file\n"
        "  answers: {}\n"
        "  ^\n");
  CHECK_FALSE(loaded);
  CHECK(answers_messages("organisation: {name: x}\nassessment: {date: 2026-04-01}\n") ==
        "answers.yaml:1:1: error: missing 'organization' in the answer file\n"
        "  organisation: {name: x}\n"
        "  ^\n"
        "answers.yaml:1:1: error: unknown key 'organisation' in the answer file; did you mean 'organization'?\n"
        "  organisation: {name: x}\n"
        "  ^\n");
  CHECK(answers_messages("organization: {name: x}\nassessment: {date: 2026-02-29}\nanswers: [a]\n") ==
        "answers.yaml:2:20: error: expected the assessment date as YYYY-MM-DD, found '2026-02-29': February "
        "2026 has 28 days\n"
        "  assessment: {date: 2026-02-29}\n"
        "                     ^\n"
        "answers.yaml:3:10: error: expected a mapping for 'answers' (question id: answer), found a list\n"
        "  answers: [a]\n"
        "           ^\n");
  CHECK(answers_messages("organization: {name: x}\nassessment: {date: 2026-04-01}\n", &loaded) == "");
  CHECK(loaded);
}

// The organisation's sector and size of an answer file that gives them, as loaded: "sector/size".
std::string profile_of(const std::string& organization) {
  Diagnostics diags;
  std::optional<Answers> a =
      load_answers(source("answers.yaml", "organization: " + organization + "\nassessment: {date: 2026-04-01}\n"), diags);
  if (!a) return render(diags);
  return a->organization.sector + "/" + a->organization.size;
}

TEST_CASE("answers: the sector and size are ids of their lists, and their names are read as the ids") {
  CHECK(profile_of("{name: x, sector: medical, size: 100_to_999}") == "medical/100_to_999");
  CHECK(profile_of("{name: x, sector: 医療, size: 100〜999人}") == "medical/100_to_999");
  CHECK(profile_of("{name: x, sector: Medical, size: 100 to 999 staff}") == "medical/100_to_999");
  CHECK(profile_of("{name: x, sector: \"ＭＥＤＩＣＡＬ\", size: １００～９９９人}") == "medical/100_to_999");
  CHECK(profile_of("{name: x, sector: 政府・行政サービス（地方公共団体を含む）, size: 1000〜9999人}") ==
        "government/1000_to_9999");
  CHECK(profile_of("{name: x, sector: 政府・行政サービス, size: \"1,000 to 9,999 staff\"}") == "government/1000_to_9999");
  CHECK(profile_of("{name: x, sector: Government and administrative services, size: \"10,000人以上\"}") ==
        "government/10000_or_more");
  CHECK(profile_of("{name: x, sector: Credit cards, size: fewer than 100 staff}") == "credit/under_100");
  CHECK(profile_of("{name: x}") == "/");
  CHECK(profile_of("{name: x, sector: , size: \"\"}") == "/");
  CHECK(profile_of("{name: x, sector: ~, size: null}") == "/");
}

TEST_CASE("answers: a sector or size not in its list is named with the ids expected") {
  CHECK(profile_of("{name: x, sector: local_government, size: 500}") ==
        "answers.yaml:1:33: error: expected one of information_communications, finance, aviation, airport, railway, "
        "electricity, gas, government, medical, water, logistics, chemicals, credit, oil, port, other for "
        "'organization.sector', found 'local_government'\n"
        "  organization: {name: x, sector: local_government, size: 500}\n"
        "                                  ^\n"
        "answers.yaml:1:57: error: expected one of under_100, 100_to_999, 1000_to_9999, 10000_or_more for "
        "'organization.size', found '500'\n"
        "  organization: {name: x, sector: local_government, size: 500}\n"
        "                                                          ^\n");
  CHECK(profile_of("{name: x, sector: Chemical, size: 100_to_9999}") ==
        "answers.yaml:1:33: error: expected one of information_communications, finance, aviation, airport, railway, "
        "electricity, gas, government, medical, water, logistics, chemicals, credit, oil, port, other for "
        "'organization.sector', found 'Chemical'; did you mean 'chemicals'?\n"
        "  organization: {name: x, sector: Chemical, size: 100_to_9999}\n"
        "                                  ^\n"
        "answers.yaml:1:49: error: expected one of under_100, 100_to_999, 1000_to_9999, 10000_or_more for "
        "'organization.size', found '100_to_9999'; did you mean '1000_to_9999'?\n"
        "  organization: {name: x, sector: Chemical, size: 100_to_9999}\n"
        "                                                  ^\n");
  CHECK(profile_of("{name: x, sector: [medical], size: {staff: 500}}") ==
        "answers.yaml:1:33: error: expected a single value for 'organization.sector', found a list\n"
        "  organization: {name: x, sector: [medical], size: {staff: 500}}\n"
        "                                  ^\n"
        "answers.yaml:1:50: error: expected a single value for 'organization.size', found a mapping\n"
        "  organization: {name: x, sector: [medical], size: {staff: 500}}\n"
        "                                                   ^\n");
  CHECK(profile_of("{name: x, sectr: medical}") ==
        "answers.yaml:1:25: error: unknown key 'sectr' in 'organization'; did you mean 'sector'?\n"
        "  organization: {name: x, sectr: medical}\n"
        "                          ^\n");
}

// Loads answers that must load cleanly.
Answers loaded_answers(const std::string& text) {
  Diagnostics diags;
  std::optional<Answers> a = load_answers(source("answers.yaml", text), diags);
  REQUIRE(render(diags) == "");
  REQUIRE(a);
  return *a;
}

std::string texts(const std::vector<RawScalar>& raw) {
  std::string out;
  for (const RawScalar& r : raw) out += (out.empty() ? "" : ",") + r.text;
  return out;
}

TEST_CASE("answers: an empty value is a question not answered yet") {
  Answers a = loaded_answers(testing::answers_yaml("  backup.taken:\n  vpn.mfa: yes\n"));
  REQUIRE(a.answers.size() == 1);
  CHECK(a.answers[0].question == "vpn.mfa");
}

TEST_CASE("answers: partial multiple choice, alternative, and their comments") {
  Answers a = loaded_answers(testing::answers_yaml(
      "  backup.media: {has: [tape], lacks: [disk, cloud], comment: 棚卸し中}\n"
      "  remote.media: {value: {lacks: [cloud]}}\n"
      "  other.media: {has: []}\n"
      "  vpn.mfa: {alternative: 接続元を固定し、接続ごとに職員が承認している, evidence: [手順書]}\n"));
  REQUIRE(a.answers.size() == 4);
  const Answer& media = a.answers[0];
  CHECK((media.is_list && media.is_partial && media.form == AnswerForm::value));
  CHECK(texts(media.raw) == "tape");
  CHECK(texts(media.lacks) == "disk,cloud");
  CHECK(media.comment == "棚卸し中");
  CHECK((a.answers[1].is_partial && a.answers[1].raw.empty() && texts(a.answers[1].lacks) == "cloud"));
  CHECK((a.answers[2].is_partial && a.answers[2].raw.empty() && a.answers[2].lacks.empty()));
  CHECK(a.answers[3].form == AnswerForm::alternative);
  CHECK(a.answers[3].alternative == "接続元を固定し、接続ごとに職員が承認している");
  CHECK(a.answers[3].evidence == std::vector<std::string>{"手順書"});
}

TEST_CASE("answers: approximate numbers, at_least and at_most") {
  Answers a = loaded_answers(testing::answers_yaml(
      "  backup.generations: {at_least: 3, at_most: 7, comment: 世代数は設定画面で確認中}\n"
      "  backup.days: {value: {at_least: 30}}\n"
      "  backup.hours: {at_most: 24}\n"));
  REQUIRE(a.answers.size() == 3);
  const Answer& g = a.answers[0];
  CHECK((g.is_range && g.form == AnswerForm::value && g.raw.empty()));
  CHECK(g.at_least->text == "3");
  CHECK(g.at_most->text == "7");
  CHECK(g.comment == "世代数は設定画面で確認中");
  CHECK((a.answers[1].is_range && a.answers[1].at_least->text == "30" && !a.answers[1].at_most));
  CHECK((a.answers[2].is_range && !a.answers[2].at_least && a.answers[2].at_most->text == "24"));
  CHECK(answers_messages(testing::answers_yaml("  backup.generations: {at_least: 3, has: [tape]}\n")) ==
        "answers.yaml:4:42: error: the answer to 'backup.generations' has both 'at_least' and 'has'; give one\n"
        "    backup.generations: {at_least: 3, has: [tape]}\n"
        "                                           ^\n");
  CHECK(answers_messages(testing::answers_yaml("  backup.generations: {at_least: [3, 4]}\n")) ==
        "answers.yaml:4:34: error: expected a single value for 'at_least' (a number) in the answer to "
        "'backup.generations', found a list\n"
        "    backup.generations: {at_least: [3, 4]}\n"
        "                                   ^\n");
  CHECK(answers_messages(testing::answers_yaml("  backup.generations: {value: {at_least: 3, about: 5}}\n")) ==
        "answers.yaml:4:45: error: unknown key 'about' in the value of 'backup.generations'\n"
        "    backup.generations: {value: {at_least: 3, about: 5}}\n"
        "                                              ^\n");
}

TEST_CASE("answers: JSON files are known as JSON, for advice that fits") {
  CHECK(loaded_answers("{\"organization\": {\"name\": \"x\"}, \"assessment\": {\"date\": \"2026-04-01\"}}")
            .syntax == AnswerSyntax::json);
  CHECK(loaded_answers(testing::answers_yaml("  vpn.mfa: yes\n")).syntax == AnswerSyntax::yaml);
}

TEST_CASE("answers: the forms of one answer") {
  CHECK(answers_messages(testing::answers_yaml("  vpn.mfa: {alternative: 手順で補う, na: なし}\n")) ==
        "answers.yaml:4:37: error: the answer to 'vpn.mfa' has both 'alternative' and 'na'; give one\n"
        "    vpn.mfa: {alternative: 手順で補う, na: なし}\n"
        "                                           ^\n");
  CHECK(answers_messages(testing::answers_yaml("  vpn.mfa: {alternative: \"\"}\n")) ==
        "answers.yaml:4:26: error: expected 'alternative' (how the practice is met another way), found nothing\n"
        "    vpn.mfa: {alternative: \"\"}\n"
        "                           ^\n");
  CHECK(answers_messages(testing::answers_yaml("  backup.media: {has: tape}\n")) ==
        "answers.yaml:4:23: error: expected a list for 'has' (a list of choices) in the answer to 'backup.media', "
        "found 'tape'\n"
        "    backup.media: {has: tape}\n"
        "                        ^\n");
  CHECK(answers_messages(testing::answers_yaml("  backup.media: {value: [tape], lacks: [disk]}\n")) ==
        "answers.yaml:4:40: error: the answer to 'backup.media' has both 'value' and 'lacks'; give one\n"
        "    backup.media: {value: [tape], lacks: [disk]}\n"
        "                                         ^\n");
  CHECK(answers_messages(testing::answers_yaml("  backup.taken: {value: yes, na: なし}\n")) ==
        "answers.yaml:4:34: error: the answer to 'backup.taken' has both 'value' and 'na'; give one\n"
        "    backup.taken: {value: yes, na: なし}\n"
        "                                   ^\n");
  CHECK(answers_messages(testing::answers_yaml("  backup.taken: {comment: 未確認}\n")) ==
        "answers.yaml:4:17: error: expected 'value', 'na', 'alternative', 'has'/'lacks' or 'at_least'/'at_most' "
        "in the answer to 'backup.taken', found none of them\n"
        "    backup.taken: {comment: 未確認}\n"
        "                  ^\n");
  CHECK(answers_messages(testing::answers_yaml("  backup.taken: {valu: yes}\n")) ==
        "answers.yaml:4:17: error: expected 'value', 'na', 'alternative', 'has'/'lacks' or 'at_least'/'at_most' "
        "in the answer to 'backup.taken', found none of them\n"
        "    backup.taken: {valu: yes}\n"
        "                  ^\n"
        "answers.yaml:4:18: error: unknown key 'valu' in the answer to 'backup.taken'; did you mean 'value'?\n"
        "    backup.taken: {valu: yes}\n"
        "                   ^\n");
  CHECK(answers_messages(testing::answers_yaml("  backup.media: [tape, [disk]]\n")) ==
        "answers.yaml:4:24: error: expected a single value for an item of the answer to 'backup.media', found "
        "a list\n"
        "    backup.media: [tape, [disk]]\n"
        "                         ^\n");
  CHECK(answers_messages(testing::answers_yaml("  backup.taken: {value: {a: b}}\n")) ==
        "answers.yaml:4:25: error: expected a value for 'backup.taken', found a mapping\n"
        "    backup.taken: {value: {a: b}}\n"
        "                          ^\n");
}

// --- overlays (--rules DIR, extra checklists) --------------------------------------------------

TEST_CASE("overlay: rules and questions with a known id replace, others are added in order") {
  Diagnostics diags;
  Library base = load_library({source("checklist.yaml", testing::kChecklist),
                               source("rules.yaml", testing::rules_yaml({{.id = "a", .expect = "backup.taken"},
                                                                         {.id = "b", .expect = "vpn.mfa"}}))},
                              diags);
  Library extra = load_library(
      {source("org/checklist.yaml", "sections:\n"
                                    "  - id: backup\n"
                                    "    title: {ja: バックアップ, en: Backup}\n"
                                    "    questions:\n"
                                    "      - {id: backup.owner, type: bool, text: {ja: 担当, en: Owner}}\n"
                                    "      - {id: backup.encrypted, type: bool, text: {ja: 暗号化, en: Encrypted}}\n"
                                    "  - id: ot\n"
                                    "    title: {ja: 制御系, en: OT}\n"
                                    "    questions:\n"
                                    "      - {id: ot.segmented, type: bool, text: {ja: 分離, en: Segmented}}\n"),
       source("org/rules.yaml", testing::rules_yaml({{.id = "b", .expect = "not vpn.mfa", .severity = "low"},
                                                     {.id = "c", .expect = "ot.segmented"}}))},
      diags);
  REQUIRE(render(diags) == "");
  overlay_library(base, std::move(extra));
  std::string rules;
  for (const Rule& r : base.rules) rules += fmt::format("{}:{}:{} ", r.id, r.expect.text, format_as(r.severity));
  CHECK(rules == "a:backup.taken:high b:not vpn.mfa:low c:ot.segmented:high ");
  CHECK(fmt::format("{}", fmt::join(base.checklist.question_ids(), " ")) ==
        "backup.taken backup.generations backup.location backup.media backup.tested_on backup.owner "
        "backup.encrypted remote.vpn_used vpn.mfa vpn.patched_on ot.segmented");
  CHECK(base.checklist.find("backup.owner")->type == QuestionType::boolean);
  CHECK(base.checklist.sections.size() == 4);
  CHECK(fmt::format("{}", fmt::join(base.checklist.sections[0].question_ids, " ")) ==
        "backup.taken backup.generations backup.location backup.media backup.tested_on backup.owner "
        "backup.encrypted");
  CHECK(base.checklist.sections[3].question_ids == std::vector<std::string>{"ot.segmented"});
  Diagnostics compile_diags;
  CHECK(compile(std::move(base), compile_diags) != nullptr);
  CHECK(render(compile_diags) == "");
}

TEST_CASE("answers: a JSON answer file is read like YAML") {
  Diagnostics diags;
  std::optional<Answers> a = load_answers(
      source("answers.json", R"({"organization": {"name": "水道局"}, "assessment": {"date": "2026-04-01"},
 "answers": {"backup.taken": true, "backup.generations": 3, "backup.media": ["tape"],
             "vpn.mfa": {"na": "VPNなし"}}})"),
      diags);
  CHECK(render(diags) == "");
  REQUIRE(a);
  REQUIRE(a->answers.size() == 4);
  CHECK(a->answers[0].raw[0].text == "true");
  CHECK_FALSE(a->answers[0].raw[0].quoted);
  CHECK(a->answers[2].is_list);
  CHECK(a->answers[3].form == AnswerForm::not_applicable);
}

TEST_CASE("yaml: CRLF line endings give the same positions") {
  CHECK(load_messages("rules:\r\n  - id: a\r\n    id: b\r\n") ==
        "lib.yaml:3:5: error: duplicate key 'id' (first given on line 2)\n"
        "      id: b\n"
        "      ^\n");
}

}  // namespace
}  // namespace tenken
