// Writing and reading the library image (library_image.h). One description of the layout, visit(),
// serves both directions: a Writer appends what it visits, a Reader fills it in, so the two
// cannot drift apart.
#include "builtin/library_image.h"

#include <fmt/format.h>

#include <cstring>
#include <map>
#include <type_traits>
#include <unordered_map>
#include <utility>

namespace tenken {
namespace {

constexpr std::string_view kMagic = "tenken library image\n";

// --- the two archives -------------------------------------------------------------------------

class Writer {
 public:
  explicit Writer(const std::vector<std::shared_ptr<const Source>>& sources) {
    for (size_t i = 0; i < sources.size(); ++i) index_[sources[i].get()] = static_cast<uint32_t>(i + 1);
  }

  void number(uint32_t& v) {
    for (int shift = 0; shift < 32; shift += 8) out_.push_back(static_cast<char>((v >> shift) & 0xFF));
  }
  void count(uint32_t& n) { number(n); }
  void real(double& d) {
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    uint32_t low = static_cast<uint32_t>(bits), high = static_cast<uint32_t>(bits >> 32);
    number(low);
    number(high);
  }
  void bytes(std::string& s) {
    uint32_t n = static_cast<uint32_t>(s.size());
    number(n);
    out_ += s;
  }
  void origin(Origin& o) {
    uint32_t file = 0;
    if (o.source) {
      auto it = index_.find(o.source.get());
      if (it == index_.end()) {
        if (error_.empty()) error_ = fmt::format("an origin in '{}' is outside the library's files", o.path());
      } else {
        file = it->second;
      }
    }
    number(file);
    number(o.offset);
  }
  void enumerated(uint32_t& v, uint32_t) { number(v); }

  const std::string& error() const { return error_; }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
  std::unordered_map<const Source*, uint32_t> index_;
  std::string error_;
};

class Reader {
 public:
  Reader(std::string_view image, const std::vector<std::shared_ptr<const Source>>& sources)
      : in_(image), sources_(sources) {}

  void number(uint32_t& v) {
    v = 0;
    if (!need(4)) return;
    for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(static_cast<unsigned char>(in_[at_ + i])) << (8 * i);
    at_ += 4;
  }
  // A list's length: each item takes at least one byte, so a length beyond the bytes left is damage.
  void count(uint32_t& n) {
    number(n);
    if (n > in_.size() - at_) fail(fmt::format("a list of {} items with {} bytes left", n, in_.size() - at_));
    if (!error_.empty()) n = 0;
  }
  void real(double& d) {
    uint32_t low = 0, high = 0;
    number(low);
    number(high);
    uint64_t bits = (static_cast<uint64_t>(high) << 32) | low;
    std::memcpy(&d, &bits, sizeof d);
  }
  void bytes(std::string& s) {
    uint32_t n = 0;
    number(n);
    if (!need(n)) return;
    s.assign(in_.substr(at_, n));
    at_ += n;
  }
  void origin(Origin& o) {
    uint32_t file = 0, offset = 0;
    number(file);
    number(offset);
    if (file == 0) return;
    if (file > sources_.size() || offset > sources_[file - 1]->text().size()) {
      fail(fmt::format("a position in file {} at byte {} that the library's files do not have", file, offset));
      return;
    }
    o = {sources_[file - 1], offset};
  }
  void enumerated(uint32_t& v, uint32_t values) {
    number(v);
    if (v >= values) fail(fmt::format("the value {} where {} kinds are known", v, values));
  }

  bool need(size_t n) {
    if (!error_.empty()) return false;
    if (n <= in_.size() - at_) return true;
    error_ = fmt::format("cut short at byte {}", in_.size());
    return false;
  }
  void fail(std::string what) {
    if (error_.empty()) error_ = fmt::format("{} at byte {}", what, at_);
  }
  bool at_end() const { return at_ == in_.size(); }
  size_t at() const { return at_; }
  const std::string& error() const { return error_; }

 private:
  std::string_view in_;
  size_t at_ = 0;
  const std::vector<std::shared_ptr<const Source>>& sources_;
  std::string error_;
};

// --- the layout --------------------------------------------------------------------------------

template <class E>
constexpr uint32_t kKinds = 0;
template <>
constexpr uint32_t kKinds<Severity> = 5;
template <>
constexpr uint32_t kKinds<CheckKind> = 2;
template <>
constexpr uint32_t kKinds<QuestionType> = 6;

template <class A>
void visit(A& a, std::string& s) { a.bytes(s); }
template <class A>
void visit(A& a, double& d) { a.real(d); }
template <class A>
void visit(A& a, Origin& o) { a.origin(o); }
template <class A>
void visit(A& a, int& i) {
  uint32_t v = static_cast<uint32_t>(i);
  a.number(v);
  i = static_cast<int>(v);
}
template <class A>
void visit(A& a, bool& b) {
  uint32_t v = b;
  a.enumerated(v, 2);
  b = v != 0;
}
template <class A, class E>
  requires std::is_enum_v<E>
void visit(A& a, E& e) {
  static_assert(kKinds<E> > 0, "say how many values the enum has");
  uint32_t v = static_cast<uint32_t>(e);
  a.enumerated(v, kKinds<E>);
  e = static_cast<E>(v);
}
template <class A>
void visit(A& a, std::optional<double>& d) {
  bool has = d.has_value();
  double v = d.value_or(0);
  visit(a, has);
  if (has) visit(a, v);
  d = has ? std::optional<double>(v) : std::nullopt;
}
template <class A, class T>
void visit(A& a, std::vector<T>& items);
template <class A, class K, class V>
void visit(A& a, std::pair<K, V>& p) {
  visit(a, p.first);
  visit(a, p.second);
}
template <class A, class V>
void visit(A& a, std::map<std::string, V>& m) {
  std::vector<std::pair<std::string, V>> entries(m.begin(), m.end());
  visit(a, entries);
  m = std::map<std::string, V>(std::make_move_iterator(entries.begin()), std::make_move_iterator(entries.end()));
}

// Visits each of a struct's fields, in the order the image holds them.
template <class A, class... Fields>
void fields(A& a, Fields&... each) {
  (visit(a, each), ...);
}

template <class A>
void visit(A& a, LocalizedText& t) {
  fields(a, t.ja, t.en);
}
template <class A>
void visit(A& a, Expression& e) {
  fields(a, e.text, e.origin);
}
template <class A>
void visit(A& a, Choice& c) {
  fields(a, c.id, c.text, c.origin);
}
template <class A>
void visit(A& a, Question& q) {
  fields(a, q.id, q.type, q.text, q.help, q.choices, q.unit, q.min, q.max, q.ask_if, q.never, q.quick, q.section,
         q.origin);
}
template <class A>
void visit(A& a, Section& s) {
  fields(a, s.id, s.title, s.ask_if, s.question_ids, s.origin);
}
template <class A>
void visit(A& a, Rule& r) {
  fields(a, r.id, r.title, r.category, r.category_origin, r.severity, r.weight, r.check, r.applies_if, r.expect,
         r.rationale, r.recommendation, r.evidence, r.cases, r.case_origins, r.refs, r.formerly, r.origin);
}
template <class A>
void visit(A& a, Category& c) {
  fields(a, c.id, c.title, c.origin);
}
template <class A>
void visit(A& a, Lesson& l) {
  fields(a, l.title, l.text, l.rules, l.rule_origins, l.origin);
}
template <class A>
void visit(A& a, DiscussionItem& d) {
  fields(a, d.text, d.questions, d.question_origins, d.origin);
}
template <class A>
void visit(A& a, Inject& i) {
  fields(a, i.at, i.minutes, i.inject, i.questions, i.look_for, i.origin);
}
template <class A>
void visit(A& a, Case& c) {
  fields(a, c.id, c.title, c.source.report, c.source.number, c.summary, c.background, c.detection, c.response,
         c.cause, c.measures, c.lessons, c.discussion, c.tabletop, c.tabletop_origin, c.origin);
}
template <class A>
void visit(A& a, Action& x) {
  fields(a, x.id, x.text, x.rules, x.rule_origins, x.origin);
}
template <class A>
void visit(A& a, Library& l) {
  fields(a, l.checklist.sections, l.checklist.questions, l.rules, l.categories, l.cases, l.actions, l.digest);
}

template <class A, class T>
void visit(A& a, std::vector<T>& items) {
  uint32_t n = static_cast<uint32_t>(items.size());
  a.count(n);
  items.resize(n);
  for (T& item : items) visit(a, item);
}

// The files an image was made from, as the image names them: path and size, in order.
struct FileEntry {
  std::string path;
  uint32_t size = 0;
};
template <class A>
void visit(A& a, FileEntry& f) {
  visit(a, f.path);
  a.number(f.size);
}

std::vector<FileEntry> entries_of(const std::vector<std::shared_ptr<const Source>>& sources) {
  std::vector<FileEntry> files;
  for (const auto& s : sources) files.push_back({s->path(), static_cast<uint32_t>(s->text().size())});
  return files;
}

}  // namespace

StatusOr<std::string> write_library_image(const Library& library,
                                          const std::vector<std::shared_ptr<const Source>>& sources) {
  Writer w(sources);
  std::string magic(kMagic);
  w.bytes(magic);
  uint32_t version = kLibraryImageVersion;
  w.number(version);
  std::vector<FileEntry> files = entries_of(sources);
  visit(w, files);
  visit(w, const_cast<Library&>(library));  // the Writer only reads what it visits
  if (!w.error().empty()) return Status::internal_error("cannot write the library image: " + w.error());
  return w.take();
}

StatusOr<Library> read_library_image(std::string_view image,
                                     const std::vector<std::shared_ptr<const Source>>& sources) {
  auto damaged = [](const std::string& why) {
    return Status::internal_error("the built-in library image is damaged: " + why + "; rebuild tenken");
  };
  Reader r(image, sources);
  std::string magic;
  r.bytes(magic);
  if (magic != kMagic) return damaged("it does not start with \"tenken library image\"");
  uint32_t version = 0;
  r.number(version);
  if (version != kLibraryImageVersion)
    return damaged(fmt::format("it is of version {}, this tenken reads version {}", version, kLibraryImageVersion));
  std::vector<FileEntry> files;
  visit(r, files);
  std::vector<FileEntry> expected = entries_of(sources);
  for (size_t i = 0; r.error().empty() && i < std::max(files.size(), expected.size()); ++i) {
    const FileEntry* made = i < files.size() ? &files[i] : nullptr;
    const FileEntry* have = i < expected.size() ? &expected[i] : nullptr;
    if (!have)
      return damaged(fmt::format("it was made from '{}' too, which the library's files do not have", made->path));
    if (!made) return damaged(fmt::format("it was not made from '{}', which the library's files have", have->path));
    if (made->path != have->path || made->size != have->size)
      return damaged(fmt::format("it was made from '{}' of {} bytes, the library's files have '{}' of {} bytes",
                                 made->path, made->size, have->path, have->size));
  }
  Library library;
  visit(r, library);
  if (r.error().empty() && !r.at_end()) r.fail("bytes after the library");
  if (!r.error().empty()) return damaged(r.error());
  return library;
}

}  // namespace tenken
