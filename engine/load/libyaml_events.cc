// libyaml's events into a yaml::Document; see libyaml_events.h.
#include "load/libyaml_events.h"

#include <yaml.h>

#include <string>
#include <string_view>

#include "load/yaml_tree_builder.h"
#include "tenken/utf8.h"

namespace tenken::yaml {
namespace {

// libyaml counts its marks in characters; an Origin is a byte offset. Marks arrive nearly in
// order, so the count goes forward from the last one, and starts over for one before it.
class CharacterOffsets {
 public:
  explicit CharacterOffsets(std::string_view text) : text_(text) {}

  uint32_t byte_offset(size_t characters) {
    if (characters < characters_) characters_ = bytes_ = 0;
    while (characters_ < characters && bytes_ < text_.size()) {
      ++bytes_;
      while (bytes_ < text_.size() && utf8::is_continuation(text_[bytes_])) ++bytes_;
      ++characters_;
    }
    return static_cast<uint32_t>(bytes_);
  }

 private:
  std::string_view text_;
  size_t characters_ = 0, bytes_ = 0;
};

struct LibyamlParser {
  yaml_parser_t parser;
  LibyamlParser(std::string_view text) {
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  }
  ~LibyamlParser() { yaml_parser_delete(&parser); }
  LibyamlParser(const LibyamlParser&) = delete;
  LibyamlParser& operator=(const LibyamlParser&) = delete;
};

struct Event {
  yaml_event_t event;
  ~Event() { yaml_event_delete(&event); }
};

std::string text_of(const yaml_char_t* s) { return s ? reinterpret_cast<const char*>(s) : ""; }
std::string_view view_of(const yaml_char_t* s) { return s ? reinterpret_cast<const char*>(s) : ""; }

// Where yaml-cpp places a node with no content ("a:" followed by the next key): at the next
// token, past blanks, line breaks and comments. libyaml places it just after the ':' or '-'.
uint32_t next_token(std::string_view text, uint32_t offset) {
  bool comment = false;
  for (; offset < text.size(); ++offset) {
    char c = text[offset];
    if (c == '\n' || c == '\r') comment = false;
    else if (c == '#') comment = true;
    else if (!comment && c != ' ' && c != '\t') break;
  }
  return offset;
}

// As yaml-cpp reads it: a plain scalar without a tag that YAML's core schema calls null.
bool is_null(const yaml_event_t& e) {
  if (e.data.scalar.style != YAML_PLAIN_SCALAR_STYLE || e.data.scalar.tag) return false;
  std::string_view v(reinterpret_cast<const char*>(e.data.scalar.value), e.data.scalar.length);
  return v.empty() || v == "~" || v == "null" || v == "Null" || v == "NULL";
}

void scalar(TreeBuilder& builder, const Origin& at, const yaml_event_t& e) {
  std::string anchor = text_of(e.data.scalar.anchor);
  if (is_null(e) && e.data.scalar.length == 0)
    return builder.null({at.source, next_token(at.source->text(), at.offset)}, anchor);
  if (is_null(e)) return builder.null(at, anchor);
  std::string value(reinterpret_cast<const char*>(e.data.scalar.value), e.data.scalar.length);
  // Quoted, a block scalar, or plain under the non-specific tag "!": a text, never a number or yes.
  std::string_view tag = view_of(e.data.scalar.tag);
  builder.scalar(at, tag, anchor, std::move(value), e.data.scalar.style != YAML_PLAIN_SCALAR_STYLE || tag == "!");
}

enum class Next { event, end, invalid };

// Hands one event to the builder.
Next send(TreeBuilder& builder, const Origin& at, const yaml_event_t& e) {
  switch (e.type) {
    case YAML_STREAM_END_EVENT: return Next::end;
    case YAML_DOCUMENT_START_EVENT: builder.document_start(at); break;
    case YAML_ALIAS_EVENT:
      if (!builder.alias(at, text_of(e.data.alias.anchor))) return Next::invalid;  // libyaml leaves it to us
      break;
    case YAML_SCALAR_EVENT: scalar(builder, at, e); break;
    case YAML_SEQUENCE_START_EVENT:
      builder.sequence_start(at, view_of(e.data.sequence_start.tag), text_of(e.data.sequence_start.anchor));
      break;
    case YAML_MAPPING_START_EVENT:
      builder.mapping_start(at, view_of(e.data.mapping_start.tag), text_of(e.data.mapping_start.anchor));
      break;
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT: builder.collection_end(); break;
    default: break;
  }
  return Next::event;
}

}  // namespace

bool parse_with_libyaml(const std::shared_ptr<const Source>& source, Document& doc, Diagnostics& diags) {
  std::string_view text = source->text();
  LibyamlParser p(text);
  CharacterOffsets offsets(text);
  TreeBuilder builder(doc, diags);
  for (;;) {
    Event e;
    if (!yaml_parser_parse(&p.parser, &e.event)) {
      e.event.type = YAML_NO_EVENT;  // nothing to free
      return false;
    }
    Origin at{source, offsets.byte_offset(e.event.start_mark.index)};
    try {
      if (Next next = send(builder, at, e.event); next != Next::event) return next == Next::end;
    } catch (const LimitExceeded& limit) {
      diags.error(limit.at, limit.message);
      return true;
    }
  }
}

}  // namespace tenken::yaml
