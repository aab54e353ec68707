// Tests of the content-derived identifiers: SHA-1 against the FIPS 180 test vectors and lengths
// around the padding boundary, name-based UUIDs against Python's uuid.uuid5 with tenken's
// namespace, and file paths as URI references.
#include <doctest/doctest.h>

#include <regex>
#include <string>
#include <vector>

#include "ci/identifiers.h"

namespace tenken {
namespace {

TEST_CASE("sha1_hex: the FIPS 180 vectors and the lengths around a block boundary") {
  CHECK(sha1_hex("") == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  CHECK(sha1_hex("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d");
  CHECK(sha1_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
  CHECK(sha1_hex(std::string(55, 'a')) == "c1c8bbdc22796e28c0e15163d20899b65621d65a");
  CHECK(sha1_hex(std::string(56, 'a')) == "c2db330f6083854c99d4b5bfb6e8f29f201be699");
  CHECK(sha1_hex(std::string(64, 'a')) == "0098ba824b5c16427bd7a1122a5a442a25ec644d");
  CHECK(sha1_hex(std::string(1000000, 'a')) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
  CHECK(sha1_hex("点検") == "f73f37e071bae2198732773376fae177138a2b38");
}

TEST_CASE("name_uuid: version 5 in tenken's namespace, as Python's uuid.uuid5 computes it") {
  CHECK(name_uuid("hello") == "199dc1f1-343b-50d8-9b96-89c8e3a7a676");
  CHECK(name_uuid("") == "217fc263-bb86-5cee-974f-8d7ff12fc5ee");
  CHECK(name_uuid("みなと水道企業団") == "23346c4d-937b-5e14-9105-de9473506fc3");
  CHECK(name_uuid(std::string(100, 'x')) == "b29fe67d-c336-54ea-9c7a-afd8fe9e87a7");
  // OSCAL's UUID pattern: version 4 or 5, the RFC 4122 variant.
  std::regex oscal("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$");
  for (const char* name : {"a", "b", "finding\nbackup-isolated-copy", "\xff"}) CHECK(std::regex_match(name_uuid(name), oscal));
  CHECK(name_uuid("a") != name_uuid("b"));
}

TEST_CASE("NameUuids: the same UUIDs as name_uuid of the whole name, whatever the prefix's length") {
  // Prefixes ending on either side of SHA-1's 64-byte blocks, once the 16-byte namespace is before them.
  for (size_t length : {0, 1, 47, 48, 49, 55, 56, 63, 64, 111, 112, 113, 1000}) {
    std::string prefix(length, 'p');
    NameUuids uuids(prefix);
    for (const std::string& suffix :
         std::vector<std::string>{"", "x", "finding\nbackup-isolated-copy", std::string(200, 's')})
      CHECK(uuids(suffix) == name_uuid(prefix + suffix));
  }
  NameUuids org("みなと水道企業団\n2026-04-01\n浄水場\n");
  CHECK(org("finding\nbackup-isolated-copy") ==
        name_uuid("みなと水道企業団\n2026-04-01\n浄水場\nfinding\nbackup-isolated-copy"));
  CHECK(org("a") != org("b"));
  std::string long_prefix(1000000, 'n');
  CHECK(NameUuids(long_prefix)("risk\nr") == name_uuid(long_prefix + "risk\nr"));
}

TEST_CASE("path_uri: relative paths stay relative, absolute ones become file URIs, the rest is encoded") {
  CHECK(path_uri("answers/minato-2026.yaml") == "answers/minato-2026.yaml");
  CHECK(path_uri("a_b~c.d") == "a_b~c.d");
  CHECK(path_uri("/srv/answers.yaml") == "file:///srv/answers.yaml");
  CHECK(path_uri("答え 2026.yaml") == "%E7%AD%94%E3%81%88%202026.yaml");
  // ":" would make "c:" a scheme, "#" a fragment, "?" a query, "%" an escape.
  CHECK(path_uri("c:x#1?q=%.yaml") == "c%3Ax%231%3Fq%3D%25.yaml");
  CHECK(path_uri("a\\b\n") == "a%5Cb%0A");
  CHECK(path_uri("") == "");
  CHECK(is_absolute_path("/a"));
  CHECK_FALSE(is_absolute_path("a/b"));
  CHECK_FALSE(is_absolute_path(""));
}

}  // namespace
}  // namespace tenken
