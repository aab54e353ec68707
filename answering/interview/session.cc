// The interview's state machine; see session.h. A step is one of the assessment's six fields
// or one question of the questionnaire (all of them, or the quick ones); which questions are
// asked is decided again before every step from the answers given so far.
#include "answering/interview/session.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "answering/interview/answer_writer.h"
#include "answering/interview/input.h"
#include "tenken/organization_profile.h"
#include "tenken/reports/text_layout.h"
#include "tenken/utf8.h"

namespace tenken::answering {
namespace {

// The assessment's fields, asked first, in the order of assessment_questions().
enum Field : size_t { org_name, org_sector, org_size, assessment_date, assessor, scope, kFieldSteps };
constexpr std::string_view kBlockMark = "\"\"\"";

enum class Move { next, back, quit, failed };
enum class Commit { accepted, refused, failed };

std::string trim(std::string_view text) {
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

class Interview {
 public:
  Interview(const CompiledLibrary& lib, SessionSetup setup, Console& console, const SaveAnswers& save)
      : lib_(lib), checklist_(library_of(lib).checklist), s_(std::move(setup)), console_(console), save_(save),
        answers_(std::move(s_.answers)) {
    answers_.syntax = AnswerSyntax::yaml;
    date_is_default_ = answers_.assessment.date.empty();
    if (date_is_default_) answers_.assessment.date = s_.today;
    for (size_t i = 0; i < checklist_.questions.size(); ++i)
      if (!s_.quick || checklist_.questions[i].quick) order_.push_back(static_cast<int>(i));
    last_warnings_ = check_answers(lib_, answers_, s_.path, s_.lang).warnings;
  }

  SessionEnd run() {
    introduce();
    size_t step = s_.resume ? resume_step() : 0;
    if (s_.resume && step == steps()) {
      write(say(msg::nothing_left, s_.lang, asked_total()) + "\n");
      return finish();
    }
    if (s_.resume) write(say(msg::resume_intro, s_.lang, s_.path, answered_total(), asked_total(), step_id(step)) + "\n");
    while (step < steps()) {
      switch (ask(step)) {
        case Move::next: step = next_step(step); break;
        case Move::back: step = previous_step(step); break;
        case Move::quit:
          write("\n" + say(msg::quit, s_.lang, s_.path, answers_.answers.size(), s_.resume_command) + "\n");
          return SessionEnd::quit;
        case Move::failed: return SessionEnd::save_failed;
      }
    }
    return finish();
  }

 private:
  // --- steps and skip logic -------------------------------------------------------------------
  size_t steps() const { return kFieldSteps + order_.size(); }
  const Question& question_at(size_t step) const { return checklist_.questions[order_[step - kFieldSteps]]; }
  std::string step_id(size_t step) const {
    return step < kFieldSteps ? assessment_questions()[step].id : question_at(step).id;
  }

  std::vector<bool> asked_now() const { return questions_asked(lib_, answers_); }
  bool asked(size_t step, const std::vector<bool>& flags) const {
    return step < kFieldSteps || flags.empty() || flags[order_[step - kFieldSteps]];
  }

  size_t next_step(size_t step) const {
    std::vector<bool> flags = asked_now();
    do ++step;
    while (step < steps() && !asked(step, flags));
    return step;
  }

  size_t previous_step(size_t step) {
    std::vector<bool> flags = asked_now();
    for (size_t s = step; s-- > 0;)
      if (asked(s, flags)) return s;
    write(say(msg::first_step, s_.lang) + "\n");
    return step;
  }

  // The first asked question without an answer; the name first if the file lacks one.
  size_t resume_step() const {
    if (trim(answers_.organization.name).empty()) return 0;
    std::vector<bool> flags = asked_now();
    for (size_t step = kFieldSteps; step < steps(); ++step)
      if (asked(step, flags) && !current(question_at(step).id)) return step;
    return steps();
  }

  int asked_total() const {
    std::vector<bool> flags = asked_now();
    int n = 0;
    for (size_t step = kFieldSteps; step < steps(); ++step) n += asked(step, flags);
    return n;
  }

  int answered_total() const {
    std::vector<bool> flags = asked_now();
    int n = 0;
    for (size_t step = kFieldSteps; step < steps(); ++step)
      n += asked(step, flags) && current(question_at(step).id) != nullptr;
    return n;
  }

  Progress progress(const Question& q) const {
    std::vector<bool> flags = asked_now();
    Progress p;
    int section = -1;
    for (size_t i = 0; i < checklist_.sections.size(); ++i)
      if (checklist_.sections[i].id == q.section) section = static_cast<int>(i);
    if (section >= 0) p.section = checklist_.sections[section].title.in(s_.lang);
    for (size_t step = kFieldSteps; step < steps(); ++step) {
      if (!asked(step, flags)) continue;
      const Question& other = question_at(step);
      bool before = &other <= &q;
      p.total++, p.overall += before;
      if (other.section == q.section) p.section_total++, p.in_section += before;
    }
    return p;
  }

  // --- answers ----------------------------------------------------------------------------------
  static const Answer* find(const Answers& in, const std::string& id) {
    for (const Answer& a : in.answers)
      if (a.question == id) return &a;
    return nullptr;
  }
  const Answer* current(const std::string& id) const { return find(answers_, id); }
  const Answer* previous(const std::string& id) const { return s_.last_year ? find(*s_.last_year, id) : nullptr; }

  Answers with(Answer a) const {
    Answers out = answers_;
    auto it = std::find_if(out.answers.begin(), out.answers.end(), [&](const Answer& x) { return x.question == a.question; });
    if (it != out.answers.end()) *it = std::move(a);
    else out.answers.push_back(std::move(a));
    return out;
  }

  // Checks the answers by the engine, shows what is new among its warnings, keeps and saves them.
  Commit commit(Answers candidate) {
    Verdict v = check_answers(lib_, candidate, s_.path, s_.lang);
    if (!v.errors.empty()) {
      for (const std::string& e : v.errors) write(s_.style.red(say(msg::refused, s_.lang, e)) + "\n");
      return Commit::refused;
    }
    for (const std::string& w : v.warnings)
      if (std::find(last_warnings_.begin(), last_warnings_.end(), w) == last_warnings_.end())
        write(s_.style.yellow(say(msg::note, s_.lang, w)) + "\n");
    answers_ = std::move(candidate);
    last_warnings_ = std::move(v.warnings);
    Status saved = save_(write_answers_yaml(answers_, checklist_, kAnswerFileComment));
    if (saved.is_ok()) return Commit::accepted;
    write(s_.style.red(say(msg::save_failed, s_.lang, saved.message())) + "\n");
    return Commit::failed;
  }

  // --- reading ----------------------------------------------------------------------------------
  void write(std::string_view text) { console_.write(text); }

  // A line typed after `prompt`; nullopt to quit. Text that is not UTF-8, or too long, is asked for again.
  std::optional<std::string> read(std::string_view prompt = "> ") {
    for (;;) {
      write(prompt);
      std::optional<std::string> line = console_.read_line();
      if (line && line->size() > kMaxLineBytes) write(s_.style.red(say(msg::too_long, s_.lang, kMaxLineBytes)) + "\n");
      else if (line && utf8::first_invalid(*line) != std::string::npos) write(s_.style.red(say(msg::not_utf8, s_.lang)) + "\n");
      else return line;
    }
  }

  // After a line `"""`: the lines up to the next such line, joined by line breaks.
  std::optional<std::string> read_block() {
    write(s_.style.dim(say(msg::multiline_end, s_.lang)) + "\n");
    std::string text;
    for (bool first = true;; first = false) {
      std::optional<std::string> line = read(": ");
      if (!line) return std::nullopt;
      if (normalize(*line) == kBlockMark) return text;
      text += (first ? "" : "\n") + *line;
    }
  }

  // Free text after a prompt line, a block if it starts with `"""`.
  std::optional<std::string> read_text(const LocalizedText& prompt) {
    write(say(prompt, s_.lang) + "\n");
    std::optional<std::string> line = read();
    if (line && normalize(*line) == kBlockMark) return read_block();
    return line;
  }

  // --- the assessment's fields ------------------------------------------------------------------
  // The field's text in `a` (Answers or const Answers).
  template <class A>
  static auto& field_of(A& a, size_t field) {
    switch (field) {
      case org_name: return a.organization.name;
      case org_sector: return a.organization.sector;
      case org_size: return a.organization.size;
      case assessment_date: return a.assessment.date;
      case assessor: return a.assessment.assessor;
      default: return a.assessment.scope;
    }
  }
  std::string field_value(const Answers& a, size_t field) const { return field_of(a, field); }

  Answers with_field(size_t field, std::string value) const {
    Answers out = answers_;
    field_of(out, field) = std::move(value);
    return out;
  }

  // The value Enter keeps: the file's, else last year's (never last year's date).
  std::string field_default(size_t field) const {
    std::string now = field_value(answers_, field);
    if (!now.empty() || field == assessment_date || !s_.last_year) return now;
    return field_value(*s_.last_year, field);
  }

  void show_field(size_t field) {
    const Question& q = assessment_questions()[field];
    if (last_section_ != q.section) write(section_banner(say(msg::about_assessment, s_.lang), s_.width, s_.style));
    last_section_ = q.section;
    Progress p{say(msg::about_assessment, s_.lang), static_cast<int>(field) + 1, static_cast<int>(kFieldSteps)};
    write(progress_line(p, q.id, s_.lang, s_.style) + question_body(q, s_.lang, s_.width, s_.style));
    std::string value = field_default(field);
    if (value.empty()) return;
    std::string shown = field == org_sector ? describe_listed(sectors(), value)
                        : field == org_size ? describe_listed(size_bands(), value)
                                            : layout::printable(value);
    bool from_last_year = field_value(answers_, field).empty();
    bool today = field == assessment_date && date_is_default_;
    write(say(today ? msg::default_value : from_last_year ? msg::last_year : msg::current_answer, s_.lang, shown) + "\n");
  }

  // "Medical (medical)": a sector or size as the list names it.
  template <class List>
  std::string describe_listed(const List& list, const std::string& id) const {
    for (const auto& e : list)
      if (e.id == id) return fmt::format("{} ({})", e.name.in(s_.lang), id);
    return layout::printable(id);
  }

  // The id of a sector or size typed as its id or as its name in either language (its number
  // parse_reply has already made the id); nullopt after saying what is expected. The loader reads
  // the names too, but the file is written with the id.
  template <class List, class Named>
  std::optional<std::string> listed_id(const List& list, Named named, const std::string& typed,
                                       const LocalizedText& problem) {
    if (const auto* e = named(typed)) return e->id;
    std::vector<std::string> ids;
    for (const auto& e : list) ids.push_back(e.id);
    write(s_.style.red(say(msg::refused, s_.lang, say(problem, s_.lang, layout::printable(typed), ids.size(),
                                                          did_you_mean(typed, ids).in(s_.lang)))) + "\n");
    return std::nullopt;
  }

  Move field_step(size_t field) {
    show_field(field);
    const Question& q = assessment_questions()[field];
    for (;;) {
      std::optional<std::string> line = read();
      if (!line) return Move::quit;
      Reply r = parse_reply(*line, q);
      std::string value;
      if (r.kind == Reply::Kind::command) {
        if (r.command == Command::back) return Move::back;
        if (r.command == Command::quit) return Move::quit;
        if (r.command == Command::help) write(full_help(s_.lang));
        else if (r.command == Command::skip && field != org_name) return Move::next;
        else write(say(r.command == Command::skip ? msg::required : msg::not_here, s_.lang) + "\n");
        continue;
      }
      if (r.kind == Reply::Kind::invalid) {
        write(s_.style.red(say(msg::refused, s_.lang, r.problem.in(s_.lang))) + "\n");
        continue;
      }
      if (r.kind == Reply::Kind::answer && r.answer.form != AnswerForm::value) {
        write(say(msg::not_here, s_.lang) + "\n");
        continue;
      }
      value = r.kind == Reply::Kind::empty ? field_default(field) : trim(r.answer.raw.front().text);
      if (value.empty()) {
        if (field != org_name) return Move::next;
        write(say(msg::required, s_.lang) + "\n");
        continue;
      }
      if (field == org_sector || field == org_size) {
        std::optional<std::string> id = field == org_sector ? listed_id(sectors(), sector_named, value, msg::sector_problem)
                                                            : listed_id(size_bands(), size_band_named, value, msg::size_problem);
        if (!id) continue;
        value = *id;
      }
      switch (commit(with_field(field, value))) {
        case Commit::accepted:
          if (field == assessment_date) date_is_default_ = false;
          return Move::next;
        case Commit::refused: continue;
        case Commit::failed: return Move::failed;
      }
    }
  }

  // --- questions --------------------------------------------------------------------------------
  const Answer* default_for(const Question& q) const {
    const Answer* now = current(q.id);
    return now ? now : previous(q.id);
  }

  void show_question(const Question& q) {
    if (last_section_ != q.section) {
      for (const Section& sec : checklist_.sections)
        if (sec.id == q.section) write(section_banner(sec.title.in(s_.lang), s_.width, s_.style));
      last_section_ = q.section;
    }
    write(progress_line(progress(q), q.id, s_.lang, s_.style));
    write(question_body(q, s_.lang, s_.width, s_.style));
    for (const std::string& line : layout::wrap(how_to_answer(q, s_.lang), s_.width, s_.width)) write(line + "\n");
    if (const Answer* d = default_for(q)) show_default(d == current(q.id) ? msg::current_answer : msg::last_year, describe_answer(*d, q, s_.lang));
    write(legend(s_.lang, std::min(s_.width, 80), s_.style));  // the same two lines on any wide terminal
  }

  // "Current answer: X (Enter keeps it)" and, below, the comment and evidence lines of X.
  void show_default(const LocalizedText& label, const std::string& described) {
    size_t end = described.find('\n');
    write(say(label, s_.lang, described.substr(0, end)) + "\n");
    if (end != std::string::npos) write(described.substr(end + 1) + "\n");
  }

  // A new answer keeps the comment and evidence of the one it replaces (or of last year's),
  // unless a comment was given at this question.
  Commit answer(const Question& q, Answer a, bool carry) {
    const Answer* base = default_for(q);
    if (carry && base) a.comment = base->comment, a.evidence = base->evidence;
    if (pending_comment_) a.comment = *pending_comment_;
    a.question = q.id;
    return commit(with(std::move(a)));
  }

  // na / alt: the reason or justification is required; an empty line cancels.
  std::optional<Commit> with_reason(const Question& q, AnswerForm form) {
    std::optional<std::string> reason = read_text(form == AnswerForm::not_applicable ? msg::na_prompt : msg::alt_prompt);
    if (!reason) return std::nullopt;
    if (trim(*reason).empty()) {
      write(say(msg::cancelled, s_.lang) + "\n");
      return Commit::refused;
    }
    Answer a;
    a.form = form;
    (form == AnswerForm::not_applicable ? a.na_reason : a.alternative) = *reason;
    return answer(q, std::move(a), true);
  }

  // c: the comment goes with the answer this question gets next.
  bool ask_comment(const Question& q) {
    const Answer* d = default_for(q);
    std::string now = pending_comment_ ? *pending_comment_ : d ? d->comment : "";
    if (!now.empty()) write(say(msg::comment_current, s_.lang, layout::printable(now)) + "\n");
    std::optional<std::string> text = read_text(msg::comment_prompt);
    if (!text) return false;
    if (trim(*text).empty()) {
      write(say(msg::cancelled, s_.lang) + "\n");
    } else if (trim(*text) == "-") {
      pending_comment_ = "";
      write(say(msg::comment_removed, s_.lang) + "\n");
    } else {
      pending_comment_ = *text;
      write(say(msg::comment_noted, s_.lang) + "\n");
    }
    return true;
  }

  // What a command does at a question; nullopt to ask again.
  std::optional<Move> command(const Question& q, Command c) {
    switch (c) {
      case Command::back: return Move::back;
      case Command::quit: return Move::quit;
      case Command::skip:
        if (pending_comment_ && !current(q.id)) write(say(msg::comment_dropped, s_.lang) + "\n");
        return Move::next;
      case Command::help: write(full_help(s_.lang)); return std::nullopt;
      case Command::comment: return ask_comment(q) ? std::nullopt : std::optional<Move>(Move::quit);
      case Command::not_applicable:
      case Command::alternative: {
        std::optional<Commit> done = with_reason(q, c == Command::not_applicable ? AnswerForm::not_applicable : AnswerForm::alternative);
        if (!done) return Move::quit;
        if (*done == Commit::refused) return std::nullopt;
        return *done == Commit::accepted ? Move::next : Move::failed;
      }
    }
    return std::nullopt;
  }

  std::optional<Commit> reply(const Question& q, const Reply& r) {
    switch (r.kind) {
      case Reply::Kind::empty: {
        const Answer* d = default_for(q);
        if (!d) {
          write(say(msg::need_answer, s_.lang) + "\n");
          return std::nullopt;
        }
        if (d == current(q.id) && !pending_comment_) return Commit::accepted;
        return answer(q, *d, false);
      }
      case Reply::Kind::invalid:
        write(s_.style.red(say(msg::refused, s_.lang, r.problem.in(s_.lang))) + "\n");
        return std::nullopt;
      case Reply::Kind::answer: return answer(q, r.answer, true);
      case Reply::Kind::command: break;
    }
    return std::nullopt;
  }

  Move question_step(const Question& q) {
    show_question(q);
    pending_comment_.reset();
    for (;;) {
      std::optional<std::string> line = read();
      if (line && q.type == QuestionType::text && normalize(*line) == kBlockMark) line = read_block();
      if (!line) return Move::quit;
      Reply r = parse_reply(*line, q);
      if (r.kind == Reply::Kind::command) {
        if (std::optional<Move> m = command(q, r.command)) return *m;
        continue;
      }
      std::optional<Commit> done = reply(q, r);
      if (done == Commit::accepted) return Move::next;
      if (done == Commit::failed) return Move::failed;
    }
  }

  Move ask(size_t step) { return step < kFieldSteps ? field_step(step) : question_step(question_at(step)); }

  // --- beginning and end ------------------------------------------------------------------------
  void introduce() {
    write(say(msg::intro, s_.lang, s_.path) + "\n");
    if (s_.last_year) write(say(msg::from_intro, s_.lang, s_.from_path) + "\n");
    if (s_.quick) write(say(msg::quick_intro, s_.lang, order_.size(), checklist_.questions.size()) + "\n");
  }

  SessionEnd finish() {
    int asked = asked_total(), answered = answered_total();
    write("\n" + say(msg::finished, s_.lang, answered, asked, asked - answered, s_.path, s_.check_command) + "\n");
    if (s_.quick) write(say(msg::finished_quick, s_.lang, s_.rest_command) + "\n");
    return SessionEnd::finished;
  }

  const CompiledLibrary& lib_;
  const Checklist& checklist_;
  SessionSetup s_;
  Console& console_;
  const SaveAnswers& save_;
  Answers answers_;
  std::vector<int> order_;  // the questions this session goes through, as indices of checklist_.questions
  std::vector<std::string> last_warnings_;
  std::string last_section_;
  std::optional<std::string> pending_comment_;
  bool date_is_default_ = false;  // the assessment date is today's, offered, not yet confirmed
};

}  // namespace

Verdict check_answers(const CompiledLibrary& library, const Answers& answers, const std::string& path,
                      Lang lang) {
  std::string text = write_answers_yaml(answers, library_of(library).checklist, kAnswerFileComment);
  Verdict v;
  if (text.size() > static_cast<size_t>(kMaxInputBytes)) {
    v.errors.push_back(bilingual("expected an answer file of at most {} bytes, found {}; shorten this answer",
                                 "回答ファイルは {} バイトまでですが、{} バイトになります。この回答を短くしてください",
                                 kMaxInputBytes, text.size())
                           .in(lang));
    return v;
  }
  Diagnostics diags;
  if (std::optional<Answers> loaded = load_answers(std::make_shared<Source>(path, std::move(text)), diags))
    bind_answers(library, *loaded, diags);
  for (const Diagnostic& d : diags.sorted()) (d.level == Level::error ? v.errors : v.warnings).push_back(d.message.in(lang));
  return v;
}

void prepare_loaded_answers(Answers& answers, const Checklist& checklist) {
  answers.syntax = AnswerSyntax::yaml;
  for (Answer& a : answers.answers) {
    const Question* q = checklist.find(a.question);
    if (!q) continue;
    bool quoted_unknown = a.form == AnswerForm::value && !a.is_list && a.raw.size() == 1 && a.raw[0].text == "unknown";
    if (quoted_unknown && q->type != QuestionType::text && q->choice_index("unknown") < 0) {
      a.form = AnswerForm::dont_know;
      a.raw.clear();
    }
    // Text and choice ids are strings whatever they look like (a CSV cell `null` is the text null).
    bool strings = q->type == QuestionType::text || q->type == QuestionType::choice || q->type == QuestionType::multi_choice;
    for (std::vector<RawScalar>* list : {&a.raw, &a.lacks})
      for (RawScalar& r : *list) r.quoted = r.quoted || (strings && !r.null);
  }
}

SessionEnd run_interview(const CompiledLibrary& library, SessionSetup setup, Console& console, const SaveAnswers& save) {
  Interview interview(library, std::move(setup), console, save);
  return interview.run();
}

}  // namespace tenken::answering
