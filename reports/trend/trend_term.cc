// The terminal form of a trend (render_trend_terminal): the summary, then per organisation its
// facts, the assessments (numbered), the category × assessment table (columns numbered as the
// assessments, so that ten assessments stay within 100 columns) and the gap lists, laid out like
// the terminal diff (term_page.h). Names, paths and titles from the Results are made printable
// (no control character reaches the terminal); long ones are cut to their column.
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tenken/reports/render_trend.h"
#include "tenken/reports/text_layout.h"
#include "tenken/utf8.h"
#include "term/term_page.h"
#include "trend/trend_text.h"

namespace tenken {
namespace {

using namespace cmp;
using term::Page;

void write_facts(Page& page, const std::vector<Fact>& facts) {
  int column = 0;
  for (const Fact& f : facts) column = std::max(column, layout::display_width(word(f.label, page.lang)));
  for (const Fact& f : facts) term::field(page, term::kIndent, word(f.label, page.lang), f.text, column + 4);
}

void subheading(Page& page, std::string_view text) {
  page.line();
  page.line(std::string(term::kIndent, ' ') + page.paint(text, term::kBold));
}

void write_assessments(Page& page, const OrganizationTrend& o) {
  Lang lang = page.lang;
  subheading(page, word(Word::assessments_heading, lang));
  std::vector<std::vector<std::string>> rows = {{"#", word(Word::column_date, lang), word(Word::column_score, lang),
                                                 word(Word::column_coverage, lang), word(Word::column_fail, lang),
                                                 word(Word::column_unknown, lang), word(Word::column_changes, lang)}};
  for (size_t k = 0; k < o.assessments.size(); ++k) {
    const TrendPoint& p = o.assessments[k];
    rows.push_back({fmt::format("{}", k + 1), layout::printable(p.date), figure(p.score), percent(p.coverage),
                    fmt::format("{}", p.fail), fmt::format("{}", p.unknown), changes_text(p, lang)});
  }
  term::write_table(page, rows, 2, true);
  subheading(page, word(Word::files_heading, lang));
  for (size_t k = 0; k < o.assessments.size(); ++k)
    page.line(fmt::format("{:>{}}{}  {}", "", term::kIndent, k + 1, term::clip(o.assessments[k].file, 90, true)));
  for (const std::string& date : o.repeated_dates)
    page.hanging(std::string(term::kIndent, ' '), term::kIndent, say(Word::repeated_date, lang, date), term::kIndent);
}

void write_categories(Page& page, const OrganizationTrend& o) {
  Lang lang = page.lang;
  subheading(page, word(Word::categories_heading, lang));
  std::vector<std::vector<std::string>> rows = {{message(Msg::column_category, lang)}};
  for (size_t k = 0; k < o.assessments.size(); ++k) rows[0].push_back(fmt::format("{}", k + 1));
  rows[0].push_back(word(Word::column_change, lang));
  for (const ScoreRow& r : score_rows(o, lang)) {
    rows.push_back({term::clip(r.label, 24)});
    for (const std::optional<double>& s : r.scores) rows.back().push_back(figure(s));
    rows.back().push_back(change_text(r.change, lang));
  }
  term::write_table(page, rows, 1, true);
}

void write_gap(Page& page, const GapTrend& g, int column) {
  std::string tag = fmt::format("[{}]", severity_name(g.severity, page.lang));
  std::string rule = layout::printable(g.rule);
  std::string prefix = fmt::format("{:>{}}", "", column - term::kIndent);
  std::string plain = fmt::format("{}{} {}  ", prefix, tag, rule);
  std::string shown = fmt::format("{}{} {}  ", prefix, page.paint(tag, term::severity_colour(g.severity)),
                                  page.paint(rule, term::kBold));
  // A wrapped title continues under its start (or, after a long id, further in than the note), so
  // that it never lines up with the note below it.
  int title_column = layout::display_width(plain);
  page.hanging(shown, title_column, g.title.in(page.lang), title_column <= 60 ? title_column : column + 2);
  page.hanging(std::string(column, ' '), column, gap_note(g, page.lang), column);
}

void write_gaps(Page& page, const OrganizationTrend& o) {
  if (o.gaps.empty()) {
    subheading(page, word(Word::no_gaps, page.lang));
    return;
  }
  for (const GapSection& s : gap_sections()) {
    std::vector<const GapTrend*> gaps = gaps_of(o, s.kind);
    if (gaps.empty()) continue;
    subheading(page, say(s.heading, page.lang, gaps.size()));
    for (const GapTrend* g : gaps) write_gap(page, *g, 2 * term::kIndent);
  }
}

}  // namespace

std::string render_trend_terminal(const Trend& t, const RenderOptions& o) {
  Page page(o);
  page.heading(word(Word::title, o.lang), "=");
  page.line();
  write_facts(page, summary_facts(t, o.lang));
  for (const OrganizationTrend& org : t.organizations) {
    page.line();
    page.heading(term::clip(org.name.empty() ? "-" : org.name, term::kWidth));
    write_facts(page, organization_facts(org, o.lang));
    write_assessments(page, org);
    write_categories(page, org);
    write_gaps(page, org);
  }
  return page.take();
}

}  // namespace tenken
