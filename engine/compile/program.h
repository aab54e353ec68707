// Program: a type-checked condition compiled for evaluation. Question ids are already resolved to
// answer slots and choice literals to choice indices (or bit masks), so evaluating a Program does
// no string look-ups. Shared by the compile and evaluate stages; not part of the public API.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tenken::expr {

enum class Type { boolean, number, text, date, choice, set, list };

enum class Code : uint8_t {
  constant_bool,    // boolean
  constant_number,  // number
  read,             // the value in `slot`
  and_, or_, not_,  // a, b
  equal_bool,       // a == b (both boolean)
  compare_number,   // a <cmp> b
  equal_choice,     // value of a == choice index `index`
  in_choices,       // value of a is in `mask`
  equal_text,       // value of a == `text`
  in_texts,         // value of a is one of `texts`
  in_numbers,       // value of a is one of `numbers`
  contains,         // set a has the bit `index`
  days_since,       // days from date a to the assessment date
  answered,         // slot has a value
  count,            // number of choices in set a, of `index` options
};

enum class Compare : uint8_t { eq, ne, lt, le, gt, ge };

struct Instr {
  Code code = Code::constant_bool;
  Compare compare = Compare::eq;
  bool negate = false;  // for equal_* / in_*: the != / "not in" form
  bool boolean = false;
  int slot = -1;
  int a = -1, b = -1;
  int index = -1;
  uint64_t mask = 0;
  double number = 0;
  std::string text;
  std::vector<std::string> texts;
  std::vector<double> numbers;
};

struct Program {
  std::vector<Instr> code;
  int root = -1;
  std::vector<int> reads;  // slots read, in order of first appearance

  bool empty() const { return root < 0; }
};

}  // namespace tenken::expr
