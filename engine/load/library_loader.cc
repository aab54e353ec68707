// Reading files and assembling a Library from checklist and rule files.
#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "tenken/utf8.h"
#include "load/fields.h"
#include "load/loaders.h"
#include "load/yaml_document.h"
#include "tenken/engine.h"

namespace tenken {

std::shared_ptr<const Source> read_source(const std::string& path, Diagnostics& diags) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    diags.file_error(path, "expected a file, found a directory");
    return nullptr;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.file_error(path, fmt::format("cannot open: {}", std::strerror(errno)));
    return nullptr;
  }
  auto too_large = [&](std::string size) {
    diags.file_error(path, fmt::format("the file is {} bytes; tenken reads files of at most {} bytes "
                                       "({} MiB)", size, kMaxInputBytes, kMaxInputBytes >> 20));
    return nullptr;
  };
  if (std::filesystem::is_regular_file(path, ec)) {
    auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > static_cast<uintmax_t>(kMaxInputBytes)) return too_large(std::to_string(size));
  }
  // Read in chunks rather than trusting a size from seeking: a pipe, /dev/stdin or a /proc file
  // reports -1 or 0 there. The cap still holds for input whose size is not known in advance.
  std::string text, chunk(1 << 16, '\0');
  while (in.read(chunk.data(), static_cast<std::streamsize>(chunk.size())), in.gcount() > 0) {
    text.append(chunk.data(), static_cast<size_t>(in.gcount()));
    if (text.size() > static_cast<size_t>(kMaxInputBytes))
      return too_large(fmt::format("more than {}", kMaxInputBytes));
  }
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  auto source = std::make_shared<Source>(path, std::move(text));
  if (size_t bad = utf8::first_invalid(source->text()); bad != std::string_view::npos) {
    diags.error({source, static_cast<uint32_t>(bad)},
                fmt::format("expected UTF-8 text, found the byte 0x{:02X}; save the file as UTF-8",
                            static_cast<unsigned char>(source->text()[bad])));
    return nullptr;
  }
  return source;
}

std::vector<std::shared_ptr<const Source>> sources_in_directory(const std::string& dir,
                                                                Diagnostics& diags) {
  std::vector<std::shared_ptr<const Source>> out;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    diags.file_error(dir, "expected a directory of YAML files; it does not exist or is not a directory");
    return out;
  }
  std::vector<std::string> paths;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    auto ext = it->path().extension();
    if (it->is_regular_file() && (ext == ".yaml" || ext == ".yml")) paths.push_back(it->path().string());
  }
  std::sort(paths.begin(), paths.end());
  for (const auto& p : paths)
    if (auto s = read_source(p, diags)) out.push_back(std::move(s));
  return out;
}

namespace {
constexpr const char* kTopKeys =
    "'sections:' (a checklist), 'rules:' (rules), 'categories:' or 'cases:' (the case catalog)";

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
  for (const auto& file : files) {
    yaml::Document doc;
    if (!yaml::parse(file, doc, diags)) continue;
    if (!doc.root) {
      diags.error({file, 0}, fmt::format("expected a mapping with {}, found an empty file", kTopKeys));
      continue;
    }
    if (!load::expect_map(*doc.root, "a library file", diags)) continue;
    load::MapReader r(*doc.root, "a library file", diags, {"sections", "rules", "categories", "cases"});
    const yaml::Node* sections = r.optional("sections");
    const yaml::Node* rules = r.optional("rules");
    const yaml::Node* categories = r.optional("categories");
    const yaml::Node* cases = r.optional("cases");
    r.finish();
    if (!sections && !rules && !categories && !cases)
      diags.error(doc.root->origin, fmt::format("expected {} at the top of a library file, found none "
                                                "of them", kTopKeys));
    if (sections) load::load_sections(*sections, lib.checklist, diags);
    if (rules) load::load_rules(*rules, lib.rules, diags);
    if (categories) load::load_categories(*categories, lib.categories, diags);
    if (cases) load::load_cases(*cases, lib.cases, diags);
  }
  return lib;
}

void overlay_library(Library& base, Library overlay) {
  replace_or_add(base.rules, overlay.rules);
  replace_or_add(base.categories, overlay.categories);
  replace_or_add(base.cases, overlay.cases);
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
