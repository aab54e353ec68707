// The workshop pack as Markdown (render_workshop_markdown): clean to paste into a document — one
// heading per case and per part, lists and tables only, no HTML. Every text from a file (case,
// rule, question, answer, organisation) goes through markdown_escape; the pack's own words are
// written as they are.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "markdown/markdown_doc.h"
#include "tenken/organization_profile.h"
#include "tenken/reports/escape.h"
#include "tenken/reports/render_workshop.h"
#include "workshop/workshop_text.h"

namespace tenken {
namespace {

using ws::Word;

std::string esc(std::string_view text) { return markdown_escape(text); }

// "Look for:" / "着目点：".
std::string colon(Word w, Lang lang) { return fmt::format("{}{}", ws::word(w, lang), lang == Lang::ja ? "：" : ":"); }
// The same, bold, ready for its text.
std::string label(Word w, Lang lang) { return md::bold_label(colon(w, lang)); }
// The same, bold, on a line of its own.
std::string label_line(Word w, Lang lang) {
  std::string bold = label(w, lang);
  while (bold.ends_with(' ')) bold.pop_back();
  return bold;
}

// Lines indented under an item of an ordered list, so that they stay inside it.
std::string indented(std::string_view text) { return fmt::format("   {}\n", text); }

void write_header(md::Doc& doc, const WorkshopPack& pack, Lang lang) {
  doc.heading(1, esc(ws::pack_title(pack, lang)));
  if (pack.result) {
    const Result& r = *pack.result;
    const Sector* sector = find_sector(r.organization.sector);
    doc.field(colon(Word::label_organization, lang), esc(r.organization.name));
    doc.field(colon(Word::label_sector, lang), sector ? sector->name.in(lang) : esc(r.organization.sector));
    doc.field(colon(Word::label_assessment_date, lang), esc(format_date(r.assessment.date, lang)));
  }
  Word intro = !pack.result ? Word::intro_generic : pack.chosen ? Word::intro_chosen : Word::intro_gaps;
  doc.paragraph(ws::word(intro, lang));
  doc.heading(2, ws::word(Word::contents_heading, lang));
  for (size_t i = 0; i < pack.cases.size(); ++i)
    doc.item(ws::say(Word::case_heading, lang, i + 1, esc(pack.cases[i]->title.in(lang))));
  doc.item(ws::word(Word::guide_heading, lang));
}

void write_lessons(md::Doc& doc, const Case& c, Lang lang) {
  doc.heading(3, ws::word(Word::lessons, lang));
  std::string list;
  for (size_t i = 0; i < c.lessons.size(); ++i) {
    list += fmt::format("{}. **{}**\n", i + 1, esc(c.lessons[i].title.in(lang)));
    list += indented(esc(c.lessons[i].text.in(lang)));
  }
  if (list.empty()) return;
  list.pop_back();
  doc.paragraph(list);
}

void write_standing(md::Doc& doc, const ws::CaseView& v, Lang lang) {
  doc.heading(3, ws::word(Word::standing_heading, lang));
  if (v.standing.empty()) {
    doc.paragraph(ws::word(Word::standing_none, lang));
  } else {
    doc.paragraph(ws::word(Word::standing_intro, lang));
    for (const ws::StandingRule& r : v.standing)
      doc.item(ws::say(Word::rule_line, lang, esc(r.severity), esc(r.rule), esc(r.title), esc(r.state)));
  }
  for (const std::string& note : ws::standing_notes(v, lang)) doc.paragraph(note);
}

// An ordered list whose items hold a question and, after a blank line, the answers to it: a
// loose list, so that the label and the answers stay inside their item in every renderer.
void write_discussion(md::Doc& doc, const ws::CaseView& v, bool generic, Lang lang) {
  if (v.discussion.empty()) return;
  doc.heading(3, ws::word(Word::discussion, lang));
  std::string list;
  for (size_t i = 0; i < v.discussion.size(); ++i) {
    const ws::DiscussionView& d = v.discussion[i];
    if (i > 0) list += "\n";
    list += fmt::format("{}. {}\n", i + 1, esc(d.text));
    if (generic && d.answers.empty()) list += "\n" + indented(ws::word(Word::blank_notes, lang));
    if (d.answers.empty()) continue;
    list += "\n" + indented(label_line(generic ? Word::discussion_write : Word::discussion_answers, lang)) + "\n";
    for (const ws::AnswerLine& a : d.answers)
      list += indented(fmt::format("- {}", ws::say(Word::answer_line, lang, esc(a.question), esc(a.question_text),
                                                   generic ? ws::word(Word::blank_answer, lang) : esc(a.answer))));
  }
  list.pop_back();
  doc.paragraph(list);
}

void write_tabletop(md::Doc& doc, const Case& c, Lang lang) {
  doc.heading(3, ws::word(Word::tabletop, lang));
  if (c.tabletop.empty()) {
    doc.paragraph(ws::word(Word::no_tabletop, lang));
    return;
  }
  doc.paragraph(ws::say(Word::tabletop_intro, lang, c.tabletop.size(), ws::tabletop_minutes(c)));
  for (size_t i = 0; i < c.tabletop.size(); ++i) {
    const Inject& inject = c.tabletop[i];
    doc.heading(4, ws::say(Word::inject_heading, lang, i + 1, esc(inject.at.in(lang)), inject.minutes));
    doc.paragraph(esc(inject.inject.in(lang)));
    doc.paragraph(label_line(Word::facilitator_asks, lang));
    for (const LocalizedText& q : inject.questions) doc.item(esc(q.in(lang)));
    doc.paragraph(label(Word::look_for, lang) + esc(inject.look_for.in(lang)));
  }
}

void write_case(md::Doc& doc, const WorkshopPack& pack, const ws::CaseView& v, Lang lang) {
  const Case& c = *v.c;
  doc.heading(2, ws::say(Word::case_heading, lang, v.number, esc(c.title.in(lang))));
  doc.paragraph(
      fmt::format("*{}*", ws::say(Word::case_id_source, lang, esc(c.id), esc(c.source.report.in(lang)), c.source.number)));
  doc.heading(3, ws::word(Word::what_happened, lang));
  doc.paragraph(esc(c.summary.in(lang)));
  doc.heading(3, ws::word(Word::why_it_happened, lang));
  doc.paragraph(esc(c.cause.in(lang)));
  write_lessons(doc, c, lang);
  if (pack.result) write_standing(doc, v, lang);
  write_discussion(doc, v, !pack.result, lang);
  write_tabletop(doc, c, lang);
}

void write_guide(md::Doc& doc, const WorkshopPack& pack, Lang lang) {
  doc.heading(2, ws::word(Word::guide_heading, lang));
  doc.heading(3, ws::word(Word::purpose, lang));
  doc.paragraph(esc(ws::purpose_text(pack, lang)));
  doc.heading(3, ws::word(Word::attend, lang));
  for (Word role : ws::kRoles) doc.item(ws::word(role, lang));
  doc.heading(3, ws::word(Word::agenda, lang));
  std::vector<std::vector<std::string>> rows = {
      {ws::word(Word::column_time, lang), ws::word(Word::column_item, lang), ws::word(Word::column_minutes, lang)}};
  int end = 0;
  for (const ws::AgendaRow& row : ws::agenda(pack, lang)) {
    rows.push_back({fmt::format("{}–{}", ws::clock(row.start), ws::clock(row.start + row.minutes)), esc(row.item),
                    fmt::format("{}", row.minutes)});
    end = row.start + row.minutes;
  }
  doc.table(rows, 2);
  doc.paragraph(ws::say(Word::agenda_total, lang, ws::duration_text(end, lang)));
  doc.heading(3, ws::word(Word::running_injects, lang));
  for (Word w : ws::kRunningInjects) doc.item(ws::word(w, lang));
  doc.heading(3, ws::word(Word::ground_rules, lang));
  for (Word w : ws::kGroundRules) doc.item(ws::word(w, lang));
  doc.heading(3, ws::word(Word::debrief, lang));
  for (Word w : {Word::debrief_went_well, Word::debrief_gaps})
    doc.table({{"#", ws::word(w, lang)}, {"1", ""}, {"2", ""}, {"3", ""}}, 2);
  std::vector<std::vector<std::string>> actions = {{"#", ws::word(Word::column_action, lang),
                                                    ws::word(Word::column_owner, lang), ws::word(Word::column_due, lang)}};
  for (int i = 1; i <= 5; ++i) actions.push_back({fmt::format("{}", i), "", "", ""});
  doc.table(actions, 4);
}

}  // namespace

std::string render_workshop_markdown(const WorkshopPack& pack, const RenderOptions& o) {
  md::Doc doc(o.lang);
  write_header(doc, pack, o.lang);
  for (const ws::CaseView& v : ws::case_views(pack, o.lang)) write_case(doc, pack, v, o.lang);
  write_guide(doc, pack, o.lang);
  return doc.take();
}

}  // namespace tenken
