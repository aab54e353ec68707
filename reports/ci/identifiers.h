// Identifiers that formats for other tools need, derived from content alone: a SHA-1 digest, a
// name-based UUID (for OSCAL, which names every object by UUID; for SARIF fingerprints) and a
// file path written as a URI reference. Nothing random and no clock, so the same Result always
// gives the same ids, and the same finding keeps its id from one assessment run to the next.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace tenken {

// SHA-1 (FIPS 180-4) of the bytes, as 40 lower-case hex digits. For ids, not for security.
std::string sha1_hex(std::string_view data);

// A name-based UUID, version 5 (RFC 4122 section 4.3): the SHA-1 of tenken's namespace UUID and
// the name. tenken's namespace is itself the version 5 UUID of "urn:tenken" in the URL namespace,
// 9e56f24c-74f0-5a9f-bfec-b5c8fca20456; Python's uuid.uuid5(that namespace, name) gives the same.
std::string name_uuid(std::string_view name);

// Name-based UUIDs of many names that start alike, such as every object of one OSCAL document,
// whose names all begin with the organisation's name: the namespace and the common prefix are
// hashed once, here, so that each UUID then costs only its own suffix, however long the prefix.
// NameUuids(prefix)(suffix) == name_uuid(prefix + suffix), byte for byte.
class NameUuids {
 public:
  explicit NameUuids(std::string_view prefix);
  std::string operator()(std::string_view suffix) const;

 private:
  // The SHA-1 state after the prefix's whole 64-byte blocks, the bytes after them, and the length.
  std::array<uint32_t, 5> hash_{};
  std::string pending_;
  uint64_t length_ = 0;
};

// A file path as a URI reference (RFC 3986): a relative path stays relative ("answers/a.yaml"),
// an absolute one becomes a file URI ("file:///srv/a.yaml"). Every byte but letters, digits,
// "-._~" and "/" is percent-encoded, so spaces, Japanese names, "#" and ":" cannot change what
// the reference means.
std::string path_uri(std::string_view path);

// True for a path path_uri() writes as an absolute file URI.
bool is_absolute_path(std::string_view path);

}  // namespace tenken
