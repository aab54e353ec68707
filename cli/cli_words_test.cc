// The command line's word table and the choice of its language (cli_words.h).
#include "cli/cli_words.h"

#include <doctest/doctest.h>
#include <fmt/args.h>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <set>

namespace tenken::cli {
namespace {

// The argument indices a format string reads: {} counts up from 0, {2} is index 2.
std::set<int> fields_of(std::string_view text) {
  std::set<int> fields;
  int next = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '{') continue;
    if (i + 1 < text.size() && text[i + 1] == '{') {
      ++i;
      continue;
    }
    size_t end = text.find_first_of(":}", i);
    std::string_view index = text.substr(i + 1, end - i - 1);
    fields.insert(index.empty() ? next++ : std::stoi(std::string(index)));
  }
  return fields;
}

bool has_non_ascii(std::string_view text) {
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

// Sets an environment variable for the life of the object, restoring it after.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    value ? setenv(name, value, 1) : unsetenv(name);
  }
  ~ScopedEnv() { old_ ? setenv(name_, old_->c_str(), 1) : unsetenv(name_); }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

}  // namespace

TEST_CASE("cli words: every word in both languages, with the same replacement fields") {
  for (int i = 0; i < static_cast<int>(CliWord::count_); ++i) {
    auto w = static_cast<CliWord>(i);
    std::string_view en = word(w, Lang::en), ja = word(w, Lang::ja);
    CAPTURE(i);
    CAPTURE(en);
    CHECK(!en.empty());
    CHECK(!ja.empty());
    CHECK(has_non_ascii(ja));  // written in Japanese, not left in English
    std::set<int> en_fields = fields_of(en), ja_fields = fields_of(ja);
    // Japanese may leave out an English plural's "s", never read an argument English does not pass.
    CHECK(std::includes(en_fields.begin(), en_fields.end(), ja_fields.begin(), ja_fields.end()));
    if (!en_fields.empty()) CHECK(*en_fields.rbegin() == static_cast<int>(en_fields.size()) - 1);
    // Both format with as many arguments as the English reads.
    std::vector<std::string> args(en_fields.size(), "x");
    fmt::dynamic_format_arg_store<fmt::format_context> store;
    for (const std::string& a : args) store.push_back(a);
    CHECK_NOTHROW((void)fmt::vformat(en, store));
    CHECK_NOTHROW((void)fmt::vformat(ja, store));
  }
}

TEST_CASE("cli words: say and did-you-mean in the command line's language") {
  set_ui_lang(Lang::ja);
  CHECK(say(CliWord::unknown_rule, "backup-ofline", did_you_mean_hint("backup-ofline", {"backup-offline", "vpn-mfa"})) ==
        "'backup-ofline' というルールはありません。もしかして 'backup-offline' ですか？");
  CHECK(join_list({"a", "b"}) == "a、b");
  set_ui_lang(Lang::en);
  CHECK(say(CliWord::unknown_rule, "backup-ofline", did_you_mean_hint("backup-ofline", {"backup-offline", "vpn-mfa"})) ==
        "unknown rule 'backup-ofline'; did you mean 'backup-offline'?");
  CHECK(did_you_mean_hint("zzzz", {"backup-offline"}).empty());
  CHECK(join_list({"a", "b"}) == "a, b");
}

TEST_CASE("cli words: --lang found anywhere before --") {
  using Args = std::vector<std::string_view>;
  struct Case {
    Args args;
    std::optional<Lang> lang;
  };
  const Case cases[] = {
      {{}, std::nullopt},
      {{"check", "a.yaml"}, std::nullopt},
      {{"--lang", "ja", "check", "a.yaml"}, Lang::ja},
      {{"check", "a.yaml", "--lang", "ja"}, Lang::ja},
      {{"check", "--lang=en", "a.yaml"}, Lang::en},
      {{"check", "--lang", "ja", "--lang", "en"}, Lang::en},  // the last one, as the option keeps it
      {{"check", "--lang", "fr"}, std::nullopt},              // CLI11 refuses it, in the locale's language
      {{"check", "--lang"}, std::nullopt},
      {{"check", "--", "--lang", "ja"}, std::nullopt},        // after --, a file named --lang
      {{"check", "--language", "ja"}, std::nullopt},
  };
  for (const Case& c : cases) {
    CAPTURE(c.args.size());
    CHECK(lang_in_arguments(c.args) == c.lang);
  }
}

TEST_CASE("cli words: the locale when --lang is not given") {
  const char* argv_plain[] = {"tenken", "check", "a.yaml"};
  const char* argv_en[] = {"tenken", "check", "a.yaml", "--lang", "en"};
  ScopedEnv lc_all("LC_ALL", nullptr), lc_messages("LC_MESSAGES", nullptr), lang("LANG", "ja_JP.UTF-8");
  CHECK(lang_of_command_line(3, argv_plain) == Lang::ja);
  CHECK(lang_of_command_line(5, argv_en) == Lang::en);
  {
    ScopedEnv all("LC_ALL", "C.UTF-8");  // LC_ALL wins over LANG
    CHECK(lang_of_command_line(3, argv_plain) == Lang::en);
  }
  {
    ScopedEnv messages("LC_MESSAGES", "ja_JP.UTF-8");
    ScopedEnv lang_en("LANG", "en_GB.UTF-8");
    CHECK(lang_of_command_line(3, argv_plain) == Lang::ja);
  }
  ScopedEnv none("LANG", nullptr);
  CHECK(lang_of_command_line(3, argv_plain) == Lang::en);
}

}  // namespace tenken::cli
