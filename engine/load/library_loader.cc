// Finding the YAML files of a library folder and assembling a Library from checklist, rule and
// catalog files.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "load/fields.h"
#include "load/loaders.h"
#include "load/yaml_document.h"
#include "tenken/engine.h"
#include "tenken/sha256.h"

namespace tenken {
namespace {

// Only the error_code forms of std::filesystem are called here: the throwing forms would carry an
// exception across the engine's API.
namespace fs = std::filesystem;

bool is_yaml(const fs::path& p) { return p.extension() == ".yaml" || p.extension() == ".yml"; }

// A folder to walk into; not through a symbolic link, as recursive_directory_iterator does not.
bool is_folder(const fs::directory_entry& entry) {
  std::error_code ec;
  return entry.is_directory(ec) && !entry.is_symlink(ec);
}

// A regular file, or one whose type cannot be read: read_source() then says why it cannot be read.
bool may_be_file(const fs::directory_entry& entry) {
  std::error_code ec;
  return entry.is_regular_file(ec) || ec;
}

// Adds the paths of the YAML files under `folder` to `paths`. A folder that cannot be read is
// reported and skipped, so that the walk never ends silently and the other folders are still read.
void collect_yaml_files(const fs::path& folder, std::vector<std::string>& paths, Diagnostics& diags) {
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    if (is_folder(*it)) collect_yaml_files(it->path(), paths, diags);
    else if (is_yaml(it->path()) && may_be_file(*it)) paths.push_back(it->path().string());
  }
  if (ec) diags.file_error(folder.string(), bilingual("cannot read the folder: {}", "フォルダーを読めません: {}", ec.message()));
}

}  // namespace

std::vector<std::shared_ptr<const Source>> sources_in_directory(const std::string& dir,
                                                                Diagnostics& diags) {
  std::vector<std::shared_ptr<const Source>> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    diags.file_error(dir, {"YAML ファイルのフォルダーが必要ですが、存在しないか、フォルダーではありません",
                           "expected a directory of YAML files; it does not exist or is not a directory"});
    return out;
  }
  std::vector<std::string> paths;
  collect_yaml_files(dir, paths, diags);
  std::sort(paths.begin(), paths.end());
  for (const auto& p : paths)
    if (auto s = read_source(p, diags)) out.push_back(std::move(s));
  return out;
}

namespace {
// The keys a library file may have at its top. In Japanese without the "or": each message ends the
// list with 「のいずれか」.
const LocalizedText kTopKeys = {
    "'sections:'（チェックリスト）、'rules:'（ルール）、'categories:'、'cases:'（事例カタログ）、"
    "'actions:'（対策の一覧）",
    "'sections:' (a checklist), 'rules:' (rules), 'categories:', 'cases:' (the case catalog) or "
    "'actions:' (the action plan)"};

// Replaces the entry with the same id, or adds one.
template <typename T>
void replace_or_add(std::vector<T>& base, std::vector<T>& overlay) {
  for (T& item : overlay) {
    auto it = std::find_if(base.begin(), base.end(), [&](const T& b) { return b.id == item.id; });
    if (it != base.end()) *it = std::move(item);
    else base.push_back(std::move(item));
  }
}
}  // namespace

Library load_library(const std::vector<std::shared_ptr<const Source>>& files, Diagnostics& diags) {
  Library lib;
  std::string content;
  for (const auto& file : files) content += fmt::format("{}\n", file->text().size()).append(file->text());
  lib.digest = "sha256:" + sha256_hex(content);
  for (const auto& file : files) {
    yaml::Document doc;
    if (!yaml::parse(file, doc, diags)) continue;
    if (!doc.root) {
      diags.error({file, 0}, bilingual("expected a mapping with {}, found an empty file",
                                       "{} のいずれかを持つマッピングが必要ですが、ファイルが空です", kTopKeys));
      continue;
    }
    const LocalizedText a_library_file{"ライブラリファイル", "a library file"};
    if (!load::expect_map(*doc.root, a_library_file, diags)) continue;
    load::MapReader r(*doc.root, a_library_file, diags, {"sections", "rules", "categories", "cases", "actions"});
    const yaml::Node* sections = r.optional("sections");
    const yaml::Node* rules = r.optional("rules");
    const yaml::Node* categories = r.optional("categories");
    const yaml::Node* cases = r.optional("cases");
    const yaml::Node* actions = r.optional("actions");
    r.finish();
    if (!sections && !rules && !categories && !cases && !actions)
      diags.error(doc.root->origin, bilingual("expected {} at the top of a library file, found none "
                                              "of them",
                                              "ライブラリファイルの最上位には {} のいずれかが必要ですが、どれも"
                                              "書かれていません",
                                              kTopKeys));
    if (sections) load::load_sections(*sections, lib.checklist, diags);
    if (rules) load::load_rules(*rules, lib.rules, diags);
    if (categories) load::load_categories(*categories, lib.categories, diags);
    if (cases) load::load_cases(*cases, lib.cases, diags);
    if (actions) load::load_actions(*actions, lib.actions, diags);
  }
  return lib;
}

void overlay_library(Library& base, Library overlay) {
  base.digest = "sha256:" + sha256_hex(base.digest + "\n" + overlay.digest);
  replace_or_add(base.rules, overlay.rules);
  replace_or_add(base.categories, overlay.categories);
  replace_or_add(base.cases, overlay.cases);
  replace_or_add(base.actions, overlay.actions);
  std::sort(base.cases.begin(), base.cases.end(),
            [](const Case& a, const Case& b) { return a.id < b.id; });
  Checklist& cl = base.checklist;
  for (Section& s : overlay.checklist.sections) {
    auto same = [&](const Section& b) { return b.id == s.id; };
    auto it = std::find_if(cl.sections.begin(), cl.sections.end(), same);
    if (it == cl.sections.end()) {
      cl.sections.push_back(s);
      it = cl.sections.end() - 1;
      it->question_ids.clear();
    } else {
      it->title = s.title;
      if (!s.ask_if.empty()) it->ask_if = s.ask_if;  // adding questions must not drop the skip logic
      it->origin = s.origin;
    }
    for (const std::string& qid : s.question_ids) {
      const Question* q = overlay.checklist.find(qid);
      auto qit = std::find_if(cl.questions.begin(), cl.questions.end(),
                              [&](const Question& b) { return b.id == qid; });
      if (qit != cl.questions.end()) {
        *qit = *q;
      } else {
        // After the section's last question, so that `questions` stays in questionnaire order.
        auto last = std::find_if(cl.questions.rbegin(), cl.questions.rend(),
                                 [&](const Question& b) { return b.section == it->id; });
        cl.questions.insert(last == cl.questions.rend() ? cl.questions.end() : last.base(), *q);
        it->question_ids.push_back(qid);
      }
    }
  }
}

}  // namespace tenken
