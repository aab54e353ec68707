// tenken explain / tenken cases / the coverage table: see catalog_views.h.
#include "tenken/reports/catalog_views.h"

#include <fmt/format.h>

#include <algorithm>

#include "common/findings.h"
#include "term/term_page.h"
#include "workshop/workshop_words.h"

namespace tenken {
namespace {

using namespace term;

const Case* find_case(const Library& lib, const std::string& id) {
  for (const Case& c : lib.cases)
    if (c.id == id) return &c;
  return nullptr;
}

std::string category_text(const Library& lib, const std::string& id, Lang lang) {
  for (const Category& c : lib.categories)
    if (c.id == id) return fmt::format("{} ({})", c.title.in(lang), id);
  return id;
}

// "backup.taken: Do you back up ...?" for each question id.
std::vector<std::string> question_lines(const std::vector<std::string>& ids, const Library& lib, const Page& page) {
  std::vector<std::string> lines;
  for (const std::string& id : ids)
    if (const Question* q = lib.checklist.find(id)) lines.push_back(page.say(Msg::question_with_text, id, q->text.in(page.lang)));
  return lines;
}

// The lessons of a case that list the rule, "Lesson 4: ..." each.
std::vector<std::string> lessons_taught(const Case& c, const std::string& rule, const Page& page) {
  std::vector<std::string> out;
  for (size_t i = 0; i < c.lessons.size(); ++i)
    if (std::find(c.lessons[i].rules.begin(), c.lessons[i].rules.end(), rule) != c.lessons[i].rules.end())
      out.push_back(page.say(Msg::lesson_line, i + 1, c.lessons[i].title.in(page.lang)));
  return out;
}

void paragraph(Page& page, const LocalizedText& text) {
  page.hanging(std::string(kIndent, ' '), kIndent, text.in(page.lang), kIndent);
}

// The case's tabletop exercise: each inject with its moment, minutes, questions and what to
// look for (the words are the workshop pack's: workshop/workshop_words.h).
void write_tabletop(Page& page, const Case& c) {
  page.line();
  page.heading(ws::word(ws::Word::tabletop, page.lang));
  std::string look_for = ws::word(ws::Word::look_for, page.lang);
  look_for += page.lang == Lang::ja ? "：" : ":";
  for (size_t i = 0; i < c.tabletop.size(); ++i) {
    const Inject& inject = c.tabletop[i];
    if (i > 0) page.line();
    page.hanging("", 0, ws::say(ws::Word::inject_heading, page.lang, i + 1, inject.at.in(page.lang), inject.minutes),
                 kIndent);
    paragraph(page, inject.inject);
    for (const LocalizedText& q : inject.questions) page.hanging("  - ", 4, q.in(page.lang), 4);
    field(page, kIndent, look_for, inject.look_for.in(page.lang), kIndent + layout::display_width(look_for) + 1);
  }
}

}  // namespace

std::string render_rule_list(const Library& lib, const RenderOptions& o) {
  Page page(o);
  std::vector<std::string> categories;
  for (const Category& c : lib.categories) categories.push_back(c.id);
  for (const Rule& r : lib.rules)
    if (std::find(categories.begin(), categories.end(), r.category) == categories.end()) categories.push_back(r.category);
  size_t id_width = 0;
  for (const Rule& r : lib.rules) id_width = std::max(id_width, r.id.size());
  int column = kIndent + static_cast<int>(id_width) + 2;
  for (const std::string& category : categories) {
    std::vector<const Rule*> rules;
    for (const Rule& r : lib.rules)
      if (r.category == category) rules.push_back(&r);
    if (rules.empty()) continue;
    if (!page.empty()) page.line();
    page.heading(category_text(lib, category, page.lang));
    for (const Rule* r : rules) {
      std::string prefix = std::string(kIndent, ' ') + layout::pad_right(r->id, static_cast<int>(id_width) + 2);
      page.hanging(prefix, column,
                   fmt::format("[{}] {}", severity_name(r->severity, page.lang), r->title.in(page.lang)), column);
    }
  }
  return page.take();
}

std::string render_rule_explanation(const Rule& r, const Library& lib, const std::vector<std::string>& questions,
                                    const RenderOptions& o) {
  Page page(o);
  page.heading(fmt::format("{}  {}", r.id, r.title.in(page.lang)), "=");
  int column = field_column(page, {Msg::label_category, Msg::label_severity, Msg::label_applies_if,
                                   Msg::label_expect, Msg::label_check, Msg::label_why, Msg::label_todo,
                                   Msg::label_evidence, Msg::label_references, Msg::label_questions});
  field(page, kIndent, page.say(Msg::label_category), category_text(lib, r.category, page.lang), column);
  field(page, kIndent, page.say(Msg::label_severity),
        page.say(Msg::severity_value, severity_name(r.severity, page.lang), r.weight), column);
  field(page, kIndent, page.say(Msg::label_applies_if), r.applies_if.text, column);
  if (r.check == CheckKind::manual) field(page, kIndent, page.say(Msg::label_check), page.say(Msg::check_manual), column);
  else field(page, kIndent, page.say(Msg::label_expect), r.expect.text, column);
  page.line();
  field(page, kIndent, page.say(Msg::label_why), r.rationale.in(page.lang), column);
  field(page, kIndent, page.say(Msg::label_todo), r.recommendation.in(page.lang), column);
  field(page, kIndent, page.say(Msg::label_evidence), r.evidence.in(page.lang), column);
  field_lines(page, page.say(Msg::label_references), reference_texts(r.refs), column);
  field_lines(page, page.say(Msg::label_questions), question_lines(questions, lib, page), column);
  for (const std::string& id : r.cases) {
    page.line();
    const Case* c = find_case(lib, id);
    if (!c) {
      page.heading(id);
      continue;
    }
    page.heading(page.say(Msg::case_heading, c->id, c->title.in(page.lang)));
    paragraph(page, c->summary);
    for (const std::string& lesson : lessons_taught(*c, r.id, page)) page.hanging("  - ", 4, lesson, 4);
  }
  return page.take();
}

std::string render_case(const Case& c, const Library& lib, const RenderOptions& o) {
  Page page(o);
  page.heading(page.say(Msg::case_heading, c.id, c.title.in(page.lang)), "=");
  page.hanging(std::string(page.say(Msg::label_source)) + " ", layout::display_width(page.say(Msg::label_source)) + 1,
               page.say(Msg::source_value, c.source.report.in(page.lang), c.source.number), kIndent);
  const std::pair<Msg, const LocalizedText*> parts[] = {
      {Msg::part_summary, &c.summary},     {Msg::part_background, &c.background},
      {Msg::part_detection, &c.detection}, {Msg::part_response, &c.response},
      {Msg::part_cause, &c.cause},         {Msg::part_measures, &c.measures}};
  for (const auto& [title, text] : parts) {
    page.line();
    page.heading(page.say(title));
    paragraph(page, *text);
  }
  page.line();
  page.heading(page.say(Msg::part_lessons));
  for (size_t i = 0; i < c.lessons.size(); ++i) {
    const Lesson& lesson = c.lessons[i];
    if (i > 0) page.line();
    page.hanging("", 0, page.say(Msg::lesson_line, i + 1, lesson.title.in(page.lang)), kIndent);
    paragraph(page, lesson.text);
    std::vector<std::string> rules;
    for (const std::string& id : lesson.rules) {
      auto it = std::find_if(lib.rules.begin(), lib.rules.end(), [&](const Rule& r) { return r.id == id; });
      rules.push_back(it == lib.rules.end() ? id : fmt::format("{}: {}", id, it->title.in(page.lang)));
    }
    field_lines(page, page.say(Msg::label_rules), rules, field_column(page, {Msg::label_rules}));
  }
  if (!c.discussion.empty()) {
    page.line();
    page.heading(page.say(Msg::part_discussion));
    for (const DiscussionItem& q : c.discussion) page.hanging("  - ", 4, q.text.in(page.lang), 4);
  }
  if (!c.tabletop.empty()) write_tabletop(page, c);
  return page.take();
}

std::string render_case_list(const Library& lib, const RenderOptions& o) {
  Page page(o);
  page.heading(page.say(Msg::cases_list_heading, lib.cases.size()), "=");
  size_t id_width = 0;
  for (const Case& c : lib.cases) id_width = std::max(id_width, c.id.size());
  for (const Case& c : lib.cases) {
    std::string prefix = layout::pad_right(c.id, static_cast<int>(id_width) + 2);
    page.hanging(prefix, static_cast<int>(id_width) + 2,
                 fmt::format("{} ({})", c.title.in(page.lang), page.say(Msg::lessons_count, c.lessons.size())),
                 static_cast<int>(id_width) + 2);
  }
  return page.take();
}

std::string render_coverage_markdown(const Library& lib) {
  std::string out =
      "# Coverage: case → lesson → rules\n\n"
      "Generated by `tenken cases --coverage` from the case catalog (rules/cases/); a test fails when\n"
      "this file differs from what the library says. Every lesson of every case is taught by at least\n"
      "one rule.\n\n";
  size_t lessons = 0;
  for (const Case& c : lib.cases) lessons += c.lessons.size();
  out += fmt::format("{} cases, {} lessons, {} rules.\n", lib.cases.size(), lessons, lib.rules.size());
  auto cell = [](std::string s) {  // library text, but keep the table whole whatever it holds
    std::string escaped;
    for (char ch : s) escaped += ch == '|' ? std::string("\\|") : ch == '\n' ? std::string(" ") : std::string(1, ch);
    return escaped;
  };
  for (const Case& c : lib.cases) {
    out += fmt::format("\n## {} {}\n\n{}\n\nSource: {}, case {}.\n\n| # | Lesson | 教訓 | Rules |\n|---|---|---|---|\n",
                       c.id, cell(c.title.en), cell(c.title.ja), cell(c.source.report.en), c.source.number);
    for (size_t i = 0; i < c.lessons.size(); ++i) {
      std::string rules;
      for (const std::string& id : c.lessons[i].rules) rules += (rules.empty() ? "" : ", ") + ("`" + id + "`");
      out += fmt::format("| {} | {} | {} | {} |\n", i + 1, cell(c.lessons[i].title.en), cell(c.lessons[i].title.ja),
                         rules);
    }
    std::string also;
    for (const Rule& r : lib.rules) {
      bool cited = std::find(r.cases.begin(), r.cases.end(), c.id) != r.cases.end();
      bool listed = std::any_of(c.lessons.begin(), c.lessons.end(), [&](const Lesson& l) {
        return std::find(l.rules.begin(), l.rules.end(), r.id) != l.rules.end();
      });
      if (cited && !listed) also += (also.empty() ? "" : ", ") + ("`" + r.id + "`");
    }
    if (!also.empty()) out += "\nAlso cited, as part of the story rather than for a lesson: " + also + ".\n";
  }
  return out;
}

}  // namespace tenken
