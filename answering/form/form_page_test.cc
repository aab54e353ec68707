// Unit tests of the questionnaire page (form_page.h): the JSON made safe for a script element,
// the data a tiny checklist gives, the whole page's frame and policy, determinism, and that every
// text form.js asks for exists in both languages.
#include "answering/form/form_page.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "answering/form/form_assets.h"
#include "answering/form/form_text.h"
#include "tenken/engine.h"
#include "tenken/sha256.h"

namespace tenken::answering {
namespace {

// Two sections: a profile question whose answer skips the second section, and a section with a
// question of each other type, one quick.
Checklist tiny_checklist() {
  Checklist c;
  Section profile{"profile", {"概要", "Profile"}, {}, {"profile.vpn"}, {}};
  Section remote{"remote", {"リモート", "Remote </script><!-- & \xE2\x80\xA8"}, {"profile.vpn", {}},
                 {"remote.owner", "remote.protections", "remote.count", "remote.checked_on", "remote.note"}, {}};
  c.sections = {profile, remote};
  Question vpn;
  vpn.id = "profile.vpn";
  vpn.type = QuestionType::boolean;
  vpn.text = {"VPNはありますか", "Is there a VPN?"};
  vpn.section = "profile";
  vpn.quick = true;
  Question owner;
  owner.id = "remote.owner";
  owner.type = QuestionType::choice;
  owner.text = {"管理者", "Who runs it?"};
  owner.help = {"ヘルプ", "Help <b>"};
  owner.choices = {{"self", {"自組織", "We do"}, {}}, {"vendor", {"業者", "A vendor"}, {}}};
  owner.section = "remote";
  Question protections = owner;
  protections.id = "remote.protections";
  protections.type = QuestionType::multi_choice;
  protections.help = {};
  protections.ask_if = {"remote.owner == \"vendor\"", {}};
  Question count;
  count.id = "remote.count";
  count.type = QuestionType::number;
  count.text = {"台数", "How many?"};
  count.unit = {"台", "devices"};
  count.min = 0;
  count.max = 2.5;
  count.section = "remote";
  Question checked;
  checked.id = "remote.checked_on";
  checked.type = QuestionType::date;
  checked.text = {"確認日", "Checked on"};
  checked.never = {"確認したことがない", "never checked"};
  checked.section = "remote";
  Question note;
  note.id = "remote.note";
  note.type = QuestionType::text;
  note.text = {"メモ", "Note"};
  note.section = "remote";
  c.questions = {vpn, owner, protections, count, checked, note};
  return c;
}

std::string between(const std::string& text, const std::string& open, const std::string& close) {
  size_t from = text.find(open);
  REQUIRE(from != std::string::npos);
  from += open.size();
  size_t to = text.find(close, from);
  REQUIRE(to != std::string::npos);
  return text.substr(from, to - from);
}

TEST_CASE("script_safe_json escapes what could end the element or break a script line") {
  CHECK(script_safe_json(R"({"a":"</script><!-- & >"})") ==
        R"({"a":"\u003c/script\u003e\u003c!-- \u0026 \u003e"})");
  CHECK(script_safe_json("[\"\xE2\x80\xA8\xE2\x80\xA9\xE2\x80\xA7\"]") == "[\"\\u2028\\u2029\xE2\x80\xA7\"]");
  CHECK(script_safe_json("{\"ok\":\"点検\"}") == "{\"ok\":\"点検\"}");
  CHECK(script_safe_json("\xE2\x80") == "\xE2\x80");  // a cut-off sequence is left as it is
  // What it escapes reads back as the same text.
  std::string raw = nlohmann::json{{"t", "</script>&\xE2\x80\xA8"}}.dump();
  CHECK(nlohmann::json::parse(script_safe_json(raw)) == nlohmann::json::parse(raw));
}

TEST_CASE("form_data_json holds the checklist, the sectors, the sizes and the texts") {
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(form_data_json(tiny_checklist(), {Lang::ja, false}));
  CHECK(j["format"] == 1);
  CHECK(j["lang"] == "ja");
  CHECK(j["quick"] == false);
  CHECK(j["tenken"] == tenken_version());
  CHECK(j["sections"].dump() ==
        R"([{"id":"profile","title":{"ja":"概要","en":"Profile"},"questions":["profile.vpn"]},)"
        R"({"id":"remote","title":{"ja":"リモート","en":"Remote </script><!-- & )" "\xE2\x80\xA8" R"("},)"
        R"("ask_if":"profile.vpn","questions":["remote.owner","remote.protections","remote.count",)"
        R"("remote.checked_on","remote.note"]}])");
  CHECK(j["questions"][0].dump() ==
        R"({"id":"profile.vpn","section":"profile","type":"bool","text":{"ja":"VPNはありますか","en":"Is there a VPN?"},"quick":true})");
  CHECK(j["questions"][2].dump() ==
        R"({"id":"remote.protections","section":"remote","type":"multi_choice","text":{"ja":"管理者","en":"Who runs it?"},)"
        R"("choices":[{"id":"self","text":{"ja":"自組織","en":"We do"}},{"id":"vendor","text":{"ja":"業者","en":"A vendor"}}],)"
        R"("ask_if":"remote.owner == \"vendor\""})");
  CHECK(j["questions"][3].dump() ==
        R"({"id":"remote.count","section":"remote","type":"number","text":{"ja":"台数","en":"How many?"},)"
        R"("unit":{"ja":"台","en":"devices"},"min":0,"max":2.5})");
  CHECK(j["questions"][4]["never"].dump() == R"({"ja":"確認したことがない","en":"never checked"})");
  CHECK(j["sectors"][0].dump() ==
        R"({"id":"information_communications","text":{"ja":"情報通信","en":"Information and communications"}})");
  CHECK(j["sectors"].back()["id"] == "other");
  CHECK(j["sizes"].dump() ==
        R"([{"id":"under_100","text":{"ja":"100人未満","en":"Fewer than 100 staff"}},)"
        R"({"id":"100_to_999","text":{"ja":"100〜999人","en":"100 to 999 staff"}},)"
        R"({"id":"1000_to_9999","text":{"ja":"1,000〜9,999人","en":"1,000 to 9,999 staff"}},)"
        R"({"id":"10000_or_more","text":{"ja":"10,000人以上","en":"10,000 staff or more"}}])");
  CHECK(j["text"]["err_range"].dump() ==
        R"({"ja":"{min}〜{max}{unit}の数値を入力してください（入力: {found}）。","en":"Enter a number from {min} to {max}{unit}; found {found}."})");
  CHECK(j["text"].size() == form_texts().size());
}

TEST_CASE("the draft key names the questionnaire, not the language or the pass") {
  Checklist c = tiny_checklist();
  auto key = [](const Checklist& c, FormOptions o) {
    return nlohmann::json::parse(form_data_json(c, o))["draft_key"].get<std::string>();
  };
  std::string k = key(c, {Lang::en, false});
  CHECK(k.rfind("tenken-form:", 0) == 0);
  CHECK(k.size() == std::string("tenken-form:").size() + 44);
  CHECK(key(c, {Lang::ja, true}) == k);
  c.questions[1].choices.pop_back();
  CHECK(key(c, {Lang::en, false}) != k);
}

TEST_CASE("the page: frame, policy by hash, data that cannot end its element, deterministic") {
  Checklist c = tiny_checklist();
  std::string page = render_form_page(c, {Lang::en, true});
  CHECK(page == render_form_page(c, {Lang::en, true}));
  CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n", 0) == 0);
  CHECK(page.find("<title>Security self-assessment questionnaire</title>") != std::string::npos);
  CHECK(page.find("<h1 data-text=\"title\">Security self-assessment questionnaire</h1>") != std::string::npos);
  CHECK(page.find("<div id=\"app\" hidden></div>") != std::string::npos);
  CHECK(page.substr(page.size() - 16) == "</body>\n</html>\n");

  std::string policy = between(page, "<meta http-equiv=\"Content-Security-Policy\" content=\"", "\">");
  std::string style = between(page, "<style>", "</style>");
  CHECK(style == form_style());
  CHECK(policy == "default-src &#39;none&#39;; style-src &#39;sha256-" + sha256_base64(style) +
                      "&#39;; script-src &#39;sha256-" + sha256_base64(js_yaml_script()) +
                      "&#39; &#39;sha256-" + sha256_base64(form_script()) +
                      "&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;");
  CHECK(page.find("<script>" + std::string(js_yaml_script()) + "</script>\n<script>" +
                  std::string(form_script()) + "</script>\n</body>") != std::string::npos);
  CHECK(page.find("Copyright (C) 2011-2015 by Vitaly Puzrin") != std::string::npos);

  // The data: exactly one element, its text the escaped JSON of the checklist.
  std::string data = between(page, "<script type=\"application/json\" id=\"tenken-questionnaire\">", "</script>");
  CHECK(data == script_safe_json(form_data_json(c, {Lang::en, true})));
  CHECK(data.find('<') == std::string::npos);
  CHECK(data.find('&') == std::string::npos);
  CHECK(data.find("\xE2\x80\xA8") == std::string::npos);
  nlohmann::json j = nlohmann::json::parse(data);
  CHECK(j["quick"] == true);
  CHECK(j["sections"][1]["title"]["en"] == "Remote </script><!-- & \xE2\x80\xA8");
  CHECK(j["questions"][1]["help"]["en"] == "Help <b>");
  // Nothing but the data element, js-yaml and the form script is a script.
  size_t scripts = 0;
  for (size_t at = page.find("<script"); at != std::string::npos; at = page.find("<script", at + 1)) ++scripts;
  CHECK(scripts == 3);
}

TEST_CASE("the page in Japanese") {
  std::string page = render_form_page(tiny_checklist(), {Lang::ja, false});
  CHECK(page.find("<html lang=\"ja\">") != std::string::npos);
  CHECK(page.find("<title>セキュリティ自己点検 質問票</title>") != std::string::npos);
  CHECK(page.find("<noscript><p class=\"noscript\" lang=\"ja\">この質問票を使うには JavaScript が必要です。") !=
        std::string::npos);
}

// Text that could end a <style> or <script> element, or open a comment in one.
bool may_end_element(std::string_view asset) {
  std::string lower(asset);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return lower.find("</style") != std::string::npos || lower.find("</script") != std::string::npos ||
         lower.find("<!--") != std::string::npos || lower.find("<script") != std::string::npos;
}

TEST_CASE("the assets cannot end their elements") {
  CHECK_FALSE(may_end_element(form_style()));
  CHECK_FALSE(may_end_element(form_script()));
  CHECK_FALSE(may_end_element(js_yaml_script()));
  CHECK(js_yaml_script().rfind("/*! js-yaml " + std::string(js_yaml_version()), 0) == 0);
}

TEST_CASE("the texts: sorted by key, in both languages, no markup") {
  std::span<const FormText> texts = form_texts();
  for (size_t i = 1; i < texts.size(); ++i) CHECK(texts[i - 1].key < texts[i].key);
  for (const FormText& t : texts) {
    INFO(t.key);
    CHECK_FALSE(t.ja.empty());
    CHECK_FALSE(t.en.empty());
    CHECK(t.en.find('<') == std::string_view::npos);
  }
  CHECK(form_text("save", Lang::ja) == "回答を保存");
  CHECK(form_text("no-such-key", Lang::en).empty());
}

// The keys form.js names: t("key"), say: "key", button("key", ...), live(h("span"), "key") and
// message keys ("err_...", "warn_...", "open_...") in problem arrays.
std::set<std::string> keys_in_script(std::string_view js) {
  std::set<std::string> keys;
  auto take = [&](std::string_view prefix, bool keep_prefix) {
    for (size_t at = js.find(prefix); at != std::string_view::npos; at = js.find(prefix, at + 1)) {
      size_t from = at + prefix.size(), to = from;
      while (to < js.size() && (std::islower(static_cast<unsigned char>(js[to])) || js[to] == '_')) ++to;
      if (to < js.size() && js[to] == '"' && to > from)
        keys.insert((keep_prefix ? std::string(prefix.substr(1)) : "") + std::string(js.substr(from, to - from)));
    }
  };
  for (std::string_view p : {"t(\"", "say: \"", "button(\"", "live(h(\"span\"), \"", "live(langs, \"", "live(row, \"",
                             "live(h(\"option\", { value: \"\" }), \""})
    take(p, false);
  // field("org-name", "org_name", ...): the second argument.
  for (size_t at = js.find("field(\"org-"); at != std::string_view::npos; at = js.find("field(\"org-", at + 1)) {
    size_t from = js.find("\", \"", at) + 4, to = js.find('"', from);
    keys.insert(std::string(js.substr(from, to - from)));
  }
  for (std::string_view p : {"\"err_", "\"warn_", "\"open_"}) take(p, true);
  return keys;
}

TEST_CASE("every text form.js asks for exists") {
  std::set<std::string> keys = keys_in_script(form_script());
  CHECK(keys.size() > 40);
  for (const std::string& key : keys) {
    INFO(key);
    CHECK_FALSE(form_text(key, Lang::en).empty());
  }
}

}  // namespace
}  // namespace tenken::answering
