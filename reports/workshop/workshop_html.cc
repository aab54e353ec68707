// The workshop pack as one HTML page (render_workshop_html), made to be printed and handed out:
// black on white (no dark background anywhere, so that a printer spends no ink on one), each case
// and the facilitator's guide starting a new printed page, lines to write on in a generic pack.
// No script: the page is text, lists and tables. The Content-Security-Policy allows the page's
// own stylesheet (by its hash) and nothing else. Every text from a file is escaped (html_escape).
#include <fmt/format.h>

#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "html/html_page.h"
#include "tenken/organization_profile.h"
#include "tenken/reports/escape.h"
#include "tenken/reports/render_workshop.h"
#include "workshop/workshop_text.h"

namespace tenken {
namespace {

using ws::Word;

constexpr std::string_view kStyle = R"css(
:root{--ink:#1c2430;--muted:#5b6675;--line:#c9d1db;--accent:#1f3a5f;--wash:#f4f6f9}
*{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,"Hiragino Sans","Noto Sans CJK JP",sans-serif;
font-size:15px;line-height:1.65;color:var(--ink);background:#fff}
html:lang(ja){font-family:"Hiragino Sans","Hiragino Kaku Gothic ProN","BIZ UDPGothic",Meiryo,"Noto Sans CJK JP",sans-serif;
line-break:strict;overflow-wrap:anywhere}
body{margin:0}
.pack{max-width:860px;margin:0 auto;padding:28px 24px 48px}
h1{font-size:1.7rem;margin:0 0 12px;padding-bottom:6px;border-bottom:4px solid var(--accent)}
h2{font-size:1.35rem;margin:0 0 10px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:20px 0 6px;color:var(--accent)}
h4{font-size:1rem;margin:12px 0 4px}
p{margin:0 0 8px}
section{margin-top:44px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:0 0 12px}
dt{font-weight:600}dd{margin:0}
.source{color:var(--muted);font-size:.9rem}
.label{font-weight:600;margin:6px 0 2px}
ol,ul{margin:4px 0 10px;padding-left:1.6em}
li{margin:2px 0}
.answers{list-style:square}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.88em}
.write{display:block;height:1.9em;border-bottom:1px solid var(--ink)}
.inject{margin:12px 0;padding:6px 14px;border:1px solid var(--line);border-left:4px solid var(--accent)}
.look{padding:6px 10px;background:var(--wash);border-radius:4px}
table{width:100%;border-collapse:collapse;margin:6px 0 12px}
th,td{padding:4px 8px;border:1px solid var(--line);text-align:left;vertical-align:top}
th{background:var(--wash)}
td.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.blank td{height:2.2em}
@page{size:A4;margin:16mm}
@media print{html{font-size:10.5pt}.pack{max-width:none;padding:0}
section.case,section.guide{break-before:page;margin-top:0}
nav a{color:inherit;text-decoration:none}
h2,h3,h4,.label{break-after:avoid}li,.inject,tr{break-inside:avoid}
.guide{font-size:.92em}.guide section{margin:0}}
)css";

std::string esc(std::string_view text) { return html_escape(text); }
std::string w(Word word, Lang lang) { return html_escape(ws::word(word, lang)); }

void write_header(std::string& out, const WorkshopPack& pack, Lang lang) {
  out += fmt::format("<header>\n<h1>{}</h1>\n", esc(ws::pack_title(pack, lang)));
  if (pack.result) {
    const Result& r = *pack.result;
    const Sector* sector = find_sector(r.organization.sector);
    out += "<dl>\n";
    auto field = [&](Word label, const std::string& value) {
      if (!value.empty()) out += fmt::format("<dt>{}</dt><dd>{}</dd>\n", w(label, lang), esc(value));
    };
    field(Word::label_organization, r.organization.name);
    field(Word::label_sector, sector ? sector->name.in(lang) : r.organization.sector);
    field(Word::label_assessment_date, format_date(r.assessment.date, lang));
    out += "</dl>\n";
  }
  Word intro = !pack.result ? Word::intro_generic : pack.chosen ? Word::intro_chosen : Word::intro_gaps;
  out += fmt::format("<p>{}</p>\n<nav>\n<h2>{}</h2>\n<ol>\n", w(intro, lang), w(Word::contents_heading, lang));
  for (size_t i = 0; i < pack.cases.size(); ++i)
    out += fmt::format("<li><a href=\"#case-{}\">{}</a></li>\n", i + 1,
                       esc(ws::say(Word::case_heading, lang, i + 1, pack.cases[i]->title.in(lang))));
  out += fmt::format("<li><a href=\"#guide\">{}</a></li>\n</ol>\n</nav>\n</header>\n", w(Word::guide_heading, lang));
}

void write_lessons(std::string& out, const Case& c, Lang lang) {
  out += fmt::format("<h3>{}</h3>\n<ol>\n", w(Word::lessons, lang));
  for (const Lesson& l : c.lessons)
    out += fmt::format("<li><strong>{}</strong>\n{}\n</li>\n", esc(l.title.in(lang)), html_paragraphs(l.text.in(lang)));
  out += "</ol>\n";
}

void write_standing(std::string& out, const ws::CaseView& v, Lang lang) {
  out += fmt::format("<h3>{}</h3>\n", w(Word::standing_heading, lang));
  if (v.standing.empty()) {
    out += fmt::format("<p>{}</p>\n", w(Word::standing_none, lang));
  } else {
    out += fmt::format("<p>{}</p>\n<ul>\n", w(Word::standing_intro, lang));
    for (const ws::StandingRule& r : v.standing)
      out += fmt::format("<li>{}</li>\n", ws::say(Word::rule_line, lang, esc(r.severity),
                                                  "<code>" + esc(r.rule) + "</code>", esc(r.title), esc(r.state)));
    out += "</ul>\n";
  }
  for (const std::string& note : ws::standing_notes(v, lang)) out += fmt::format("<p>{}</p>\n", note);
}

void write_discussion(std::string& out, const ws::CaseView& v, bool generic, Lang lang) {
  if (v.discussion.empty()) return;
  out += fmt::format("<h3>{}</h3>\n<ol>\n", w(Word::discussion, lang));
  for (const ws::DiscussionView& d : v.discussion) {
    out += fmt::format("<li><p>{}</p>\n", esc(d.text));
    if (d.answers.empty() && generic) out += "<span class=\"write\"></span><span class=\"write\"></span>\n";
    if (!d.answers.empty()) {
      out += fmt::format("<p class=\"label\">{}</p>\n<ul class=\"answers\">\n",
                         w(generic ? Word::discussion_write : Word::discussion_answers, lang));
      for (const ws::AnswerLine& a : d.answers) {
        std::string answer = generic ? std::string("<span class=\"write\"></span>") : esc(a.answer);
        out += fmt::format("<li>{}</li>\n", ws::say(Word::answer_line, lang, "<code>" + esc(a.question) + "</code>",
                                                    esc(a.question_text), answer));
      }
      out += "</ul>\n";
    }
    out += "</li>\n";
  }
  out += "</ol>\n";
}

void write_tabletop(std::string& out, const Case& c, Lang lang) {
  out += fmt::format("<h3>{}</h3>\n", w(Word::tabletop, lang));
  if (c.tabletop.empty()) {
    out += fmt::format("<p>{}</p>\n", w(Word::no_tabletop, lang));
    return;
  }
  out += fmt::format("<p>{}</p>\n",
                     esc(ws::say(Word::tabletop_intro, lang, c.tabletop.size(), ws::tabletop_minutes(c))));
  for (size_t i = 0; i < c.tabletop.size(); ++i) {
    const Inject& inject = c.tabletop[i];
    out += fmt::format("<div class=\"inject\">\n<h4>{}</h4>\n{}\n",
                       esc(ws::say(Word::inject_heading, lang, i + 1, inject.at.in(lang), inject.minutes)),
                       html_paragraphs(inject.inject.in(lang)));
    out += fmt::format("<p class=\"label\">{}</p>\n<ol>\n", w(Word::facilitator_asks, lang));
    for (const LocalizedText& q : inject.questions) out += fmt::format("<li>{}</li>\n", esc(q.in(lang)));
    out += fmt::format("</ol>\n<p class=\"look\"><strong>{}</strong>{}{}</p>\n</div>\n", w(Word::look_for, lang),
                       lang == Lang::ja ? "：" : ": ", esc(inject.look_for.in(lang)));
  }
}

void write_case(std::string& out, const WorkshopPack& pack, const ws::CaseView& v, Lang lang) {
  const Case& c = *v.c;
  out += fmt::format("<section class=\"case\" id=\"case-{}\">\n<h2>{}</h2>\n<p class=\"source\">{}</p>\n", v.number,
                     esc(ws::say(Word::case_heading, lang, v.number, c.title.in(lang))),
                     esc(ws::say(Word::case_id_source, lang, c.id, c.source.report.in(lang), c.source.number)));
  out += fmt::format("<h3>{}</h3>\n{}\n", w(Word::what_happened, lang), html_paragraphs(c.summary.in(lang)));
  out += fmt::format("<h3>{}</h3>\n{}\n", w(Word::why_it_happened, lang), html_paragraphs(c.cause.in(lang)));
  write_lessons(out, c, lang);
  if (pack.result) write_standing(out, v, lang);
  write_discussion(out, v, !pack.result, lang);
  write_tabletop(out, c, lang);
  out += "</section>\n";
}

void write_list(std::string& out, Word heading, const Word* words, size_t count, Lang lang) {
  out += fmt::format("<h3>{}</h3>\n<ul>\n", w(heading, lang));
  for (size_t i = 0; i < count; ++i) out += fmt::format("<li>{}</li>\n", w(words[i], lang));
  out += "</ul>\n";
}

void write_agenda(std::string& out, const WorkshopPack& pack, Lang lang) {
  out += fmt::format("<h3>{}</h3>\n<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
                     w(Word::agenda, lang), w(Word::column_time, lang), w(Word::column_item, lang),
                     w(Word::column_minutes, lang));
  int end = 0;
  for (const ws::AgendaRow& row : ws::agenda(pack, lang)) {
    out += fmt::format("<tr><td class=\"n\">{}–{}</td><td>{}</td><td class=\"n\">{}</td></tr>\n", ws::clock(row.start),
                       ws::clock(row.start + row.minutes), esc(row.item), row.minutes);
    end = row.start + row.minutes;
  }
  out += fmt::format("</tbody>\n</table>\n<p>{}</p>\n", esc(ws::say(Word::agenda_total, lang, ws::duration_text(end, lang))));
}

// A table of `rows` numbered empty rows to fill in by hand.
void write_blank_table(std::string& out, const std::vector<Word>& columns, int rows, Lang lang) {
  out += "<table class=\"blank\">\n<thead><tr><th>#</th>";
  for (Word c : columns) out += fmt::format("<th>{}</th>", w(c, lang));
  out += "</tr></thead>\n<tbody>\n";
  for (int i = 1; i <= rows; ++i) {
    out += fmt::format("<tr><td class=\"n\">{}</td>", i);
    for (size_t c = 0; c < columns.size(); ++c) out += "<td></td>";
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
}

void write_guide(std::string& out, const WorkshopPack& pack, Lang lang) {
  out += fmt::format("<section class=\"guide\" id=\"guide\">\n<h2>{}</h2>\n<h3>{}</h3>\n<p>{}</p>\n",
                     w(Word::guide_heading, lang), w(Word::purpose, lang), esc(ws::purpose_text(pack, lang)));
  write_list(out, Word::attend, ws::kRoles, std::size(ws::kRoles), lang);
  write_agenda(out, pack, lang);
  write_list(out, Word::running_injects, ws::kRunningInjects, std::size(ws::kRunningInjects), lang);
  write_list(out, Word::ground_rules, ws::kGroundRules, std::size(ws::kGroundRules), lang);
  out += fmt::format("<h3>{}</h3>\n", w(Word::debrief, lang));
  write_blank_table(out, {Word::debrief_went_well}, 3, lang);
  write_blank_table(out, {Word::debrief_gaps}, 3, lang);
  write_blank_table(out, {Word::column_action, Word::column_owner, Word::column_due}, 5, lang);
  out += "</section>\n";
}

}  // namespace

std::string render_workshop_html(const WorkshopPack& pack, const RenderOptions& o) {
  Lang lang = o.lang;
  std::string out = html_head_without_script(ws::pack_title(pack, lang), kStyle, lang) + "<main class=\"pack\">\n";
  write_header(out, pack, lang);
  for (const ws::CaseView& v : ws::case_views(pack, lang)) write_case(out, pack, v, lang);
  write_guide(out, pack, lang);
  return out + "</main>\n</body>\n</html>\n";
}

}  // namespace tenken
