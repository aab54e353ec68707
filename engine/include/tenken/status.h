// Status and StatusOr: how tenken reports a fault. The project has two channels, and every
// library (engine, reports, answering) and the cli keep to them:
//
//  - Problems in what a person gave tenken are Diagnostics (diagnostic.h): a checklist, rule,
//    answer, waiver or test file that is wrong, and an input file or folder named by the user
//    that cannot be read (reported against its path, since the fix is the user's), and a saved
//    Result given to `report` or `diff` (a user may have edited or truncated it). They are
//    collected with file:line:col, so that one run reports all of them; a function that could
//    not build its value returns an empty one (null, nullopt, false) after reporting.
//  - Faults of the run itself are a Status, or a StatusOr<T> when there is a value to return:
//    an output that cannot be written, a file tenken wrote that does not read back (a temporary
//    file), an internal failure. The message is whole: it names the path or
//    the thing and says why ("report.html: cannot write: Permission denied").
//
// Nothing throws across an API: exceptions of the libraries used (yaml-cpp, nlohmann_json,
// std::filesystem) are caught where they arise, or their non-throwing forms are called, and
// become one of the two.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace tenken {

class Status {
 public:
  static Status ok() { return Status(); }
  static Status io_error(std::string message) { return Status(std::move(message)); }
  // A fault of tenken itself (a damaged built-in library image): the message says what to do.
  static Status internal_error(std::string message) { return Status(std::move(message)); }

  bool is_ok() const { return !message_; }
  // The message for a failed status; empty for ok().
  const std::string& message() const {
    static const std::string none;
    return message_ ? *message_ : none;
  }

 private:
  Status() = default;
  explicit Status(std::string m) : message_(std::move(m)) {}
  std::optional<std::string> message_;
};

// A value or the Status saying why there is none.
template <class T>
class StatusOr {
 public:
  StatusOr(T value) : value_(std::move(value)), status_(Status::ok()) {}
  StatusOr(Status status) : status_(std::move(status)) {}

  bool is_ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace tenken
