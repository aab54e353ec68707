// Tests of numbers as written (numbers.h).
#include "core/numbers.h"

#include <doctest/doctest.h>

namespace tenken::numbers {
namespace {

TEST_CASE("numbers: integers and decimals with a sign, nothing else") {
  CHECK(parse_number("3") == 3);
  CHECK(parse_number("-2.5") == -2.5);
  CHECK(parse_number("+7") == 7);
  CHECK_FALSE(parse_number("1e3"));
  CHECK_FALSE(parse_number(".5"));
  CHECK_FALSE(parse_number("0x10"));
  CHECK_FALSE(parse_number(""));
}

}  // namespace
}  // namespace tenken::numbers
