// The Markdown form of a trend (render_trend_markdown), for the annual report to management or
// an auditor's working papers: the summary, then per organisation its facts, the assessments, the
// category × assessment table headed by the dates, and one table per kind of gap. Written with
// the gap report's Markdown writer (markdown_doc.h). Every text from the Results is escaped.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "markdown/markdown_doc.h"
#include "tenken/reports/escape.h"
#include "tenken/reports/render_trend.h"
#include "trend/trend_text.h"

namespace tenken {
namespace {

using namespace cmp;
using md::Doc;

void write_facts(Doc& doc, const std::vector<Fact>& facts) {
  for (const Fact& f : facts)
    doc.field(doc.say(Msg::md_label, word(f.label, doc.lang)), f.from_result ? markdown_escape(f.text) : f.text);
}

void write_assessments(Doc& doc, const OrganizationTrend& o) {
  Lang lang = doc.lang;
  doc.heading(3, word(Word::assessments_heading, lang));
  std::vector<std::vector<std::string>> rows = {
      {word(Word::column_date, lang), word(Word::column_file, lang), word(Word::column_changes, lang),
       word(Word::column_score, lang), word(Word::column_coverage, lang), word(Word::column_fail, lang),
       word(Word::column_unknown, lang)}};
  for (const TrendPoint& p : o.assessments)
    rows.push_back({markdown_escape(p.date), markdown_escape(p.file), changes_text(p, lang), figure(p.score),
                    percent(p.coverage), fmt::format("{}", p.fail), fmt::format("{}", p.unknown)});
  doc.table(rows, 3);
  for (const std::string& date : o.repeated_dates) doc.paragraph(markdown_escape(say(Word::repeated_date, lang, date)));
}

void write_categories(Doc& doc, const OrganizationTrend& o) {
  Lang lang = doc.lang;
  doc.heading(3, word(Word::categories_heading, lang));
  std::vector<std::vector<std::string>> rows = {{message(Msg::column_category, lang)}};
  for (const TrendPoint& p : o.assessments) rows[0].push_back(markdown_escape(p.date));
  rows[0].push_back(word(Word::column_change, lang));
  for (const ScoreRow& r : score_rows(o, lang)) {
    rows.push_back({markdown_escape(r.label)});
    for (const std::optional<double>& s : r.scores) rows.back().push_back(figure(s));
    rows.back().push_back(change_text(r.change, lang));
  }
  doc.table(rows);
}

void write_gaps(Doc& doc, const OrganizationTrend& o) {
  Lang lang = doc.lang;
  if (o.gaps.empty()) {
    doc.paragraph(word(Word::no_gaps, lang));
    return;
  }
  for (const GapSection& s : gap_sections()) {
    std::vector<const GapTrend*> gaps = gaps_of(o, s.kind);
    if (gaps.empty()) continue;
    doc.heading(3, say(s.heading, lang, gaps.size()));
    std::vector<std::vector<std::string>> rows = {{bare_label(Msg::label_severity, lang), word(Word::column_rule, lang),
                                                   bare_label(Msg::label_category, lang), word(Word::column_history, lang)}};
    for (const GapTrend* g : gaps)
      rows.push_back({severity_name(g->severity, lang),
                      markdown_escape(rule_and_title(*g, lang)),
                      markdown_escape(category_title(o, g->category, lang)), markdown_escape(gap_note(*g, lang))});
    doc.table(rows, rows[0].size());
  }
}

}  // namespace

std::string render_trend_markdown(const Trend& t, const RenderOptions& o) {
  Doc doc(o.lang);
  doc.heading(1, word(Word::title, o.lang));
  write_facts(doc, summary_facts(t, o.lang));
  for (const OrganizationTrend& org : t.organizations) {
    doc.heading(2, org.name.empty() ? "-" : markdown_escape(org.name));
    write_facts(doc, organization_facts(org, o.lang));
    write_assessments(doc, org);
    write_categories(doc, org);
    write_gaps(doc, org);
  }
  doc.heading(2, word(Word::method_heading, o.lang));
  doc.paragraph(word(Word::method_text, o.lang));
  return doc.take();
}

}  // namespace tenken
