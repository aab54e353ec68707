// Status and StatusOr: the channel for I/O and internal faults (a file that cannot be read,
// an output that cannot be written). Problems in an author's or operator's text travel
// separately, as Diagnostics (diagnostic.h), so that one run can report all of them.
// No exception crosses the engine's API.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace tenken {

class Status {
 public:
  static Status ok() { return Status(); }
  static Status io_error(std::string message) { return Status(std::move(message)); }

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
