// A Markdown document being written, for the Markdown gap report and the Markdown diff: headings,
// paragraphs, list items, bold-labelled fields and tables, with the blank lines Markdown needs
// between blocks and none inside a list. Tables are padded so that their columns also line up as
// plain text. Text given to Doc is already escaped: escape anything from a Result with
// markdown_escape (escape.h) first.
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

#include "common/messages.h"

namespace tenken::md {

// A label ending in a colon, bold, ready for its value: "**Why:** ", and "**理由**：" in Japanese,
// whose full-width colon must stay outside the bold for Markdown to see the closing "**".
std::string bold_label(std::string_view label);

class Doc : public Speaker {
 public:
  explicit Doc(Lang l) : Speaker{l} {}

  void heading(int level, std::string_view text);
  void paragraph(std::string_view text);
  // A list item, nested `depth` levels deep; consecutive items make one list.
  void item(std::string_view text, int depth = 0);
  // "3. text": an item of a numbered list; consecutive ones make one list.
  void numbered(int number, std::string_view text);
  // "- **Why:** text"; nothing when the text is empty.
  void field(std::string_view label, std::string_view text, int depth = 0);
  // "- **Organization:** text", the label a word without a colon (Msg::organization); nothing
  // when the text is empty.
  void field(Msg label, std::string_view text);
  // "- **Cases:**" and the items nested under it; nothing when there are none.
  void field_list(std::string_view label, const std::vector<std::string>& items);
  // A table whose first row is the header: the first `text_columns` columns left-aligned (text),
  // the others right-aligned (numbers).
  void table(const std::vector<std::vector<std::string>>& rows, size_t text_columns = 1);

  std::string take() { return std::move(out_); }

 private:
  void start_block();

  std::string out_;
  bool in_list_ = false;
};

}  // namespace tenken::md
