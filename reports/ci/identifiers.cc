// SHA-1, name-based UUIDs and file URIs (identifiers.h).
#include "ci/identifiers.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>

namespace tenken {
namespace {

uint32_t rotl(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }

struct Sha1 {
  std::array<uint32_t, 5> h = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};

  void block(const unsigned char* p) {
    std::array<uint32_t, 80> w{};
    for (int i = 0; i < 16; ++i)
      w[i] = uint32_t(p[4 * i]) << 24 | uint32_t(p[4 * i + 1]) << 16 | uint32_t(p[4 * i + 2]) << 8 |
             uint32_t(p[4 * i + 3]);
    for (int i = 16; i < 80; ++i) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; ++i) {
      uint32_t f = i < 20   ? ((b & c) | (~b & d)) + 0x5A827999
                   : i < 40 ? (b ^ c ^ d) + 0x6ED9EBA1
                   : i < 60 ? ((b & c) | (b & d) | (c & d)) + 0x8F1BBCDC
                            : (b ^ c ^ d) + 0xCA62C1D6;  // the round function plus its constant
      uint32_t t = rotl(a, 5) + f + e + w[i];
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = t;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e;
  }
};

// SHA-1 fed in pieces: update() hashes each whole 64-byte block as soon as it is complete and
// keeps the rest, so a state can be copied after a long prefix and finished with many suffixes.
struct Sha1Stream {
  Sha1 state;
  std::string pending;  // fewer than 64 bytes not yet hashed
  uint64_t length = 0;  // bytes given so far

  void update(std::string_view data) {
    length += data.size();
    if (!pending.empty()) {
      size_t take = std::min(data.size(), 64 - pending.size());
      pending.append(data.substr(0, take));
      data.remove_prefix(take);
      if (pending.size() < 64) return;
      state.block(reinterpret_cast<const unsigned char*>(pending.data()));
      pending.clear();
    }
    for (; data.size() >= 64; data.remove_prefix(64))
      state.block(reinterpret_cast<const unsigned char*>(data.data()));
    pending.assign(data);
  }

  // The 20-byte digest: the message, a 1 bit, zeros, and the length in bits (64-bit big-endian).
  std::array<unsigned char, 20> finish() && {
    uint64_t bits = length * 8;
    std::string tail = "\x80";
    tail.append((119 - pending.size()) % 64, '\0');  // so that pending + tail + 8 is a block boundary
    for (int i = 7; i >= 0; --i) tail += static_cast<char>((bits >> (8 * i)) & 0xff);
    update(tail);
    std::array<unsigned char, 20> out{};
    for (int i = 0; i < 20; ++i) out[i] = static_cast<unsigned char>(state.h[i / 4] >> (24 - 8 * (i % 4)));
    return out;
  }
};

std::array<unsigned char, 20> sha1(std::string_view data) {
  Sha1Stream s;
  s.update(data);
  return std::move(s).finish();
}

std::string hex(const unsigned char* bytes, size_t n) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (size_t i = 0; i < n; ++i) {
    out += kDigits[bytes[i] >> 4];
    out += kDigits[bytes[i] & 15];
  }
  return out;
}

constexpr unsigned char kNamespace[16] = {0x9e, 0x56, 0xf2, 0x4c, 0x74, 0xf0, 0x5a, 0x9f,
                                          0xbf, 0xec, 0xb5, 0xc8, 0xfc, 0xa2, 0x04, 0x56};

}  // namespace

std::string sha1_hex(std::string_view data) {
  auto digest = sha1(data);
  return hex(digest.data(), digest.size());
}

NameUuids::NameUuids(std::string_view prefix) {
  Sha1Stream s;
  s.update(std::string_view(reinterpret_cast<const char*>(kNamespace), sizeof kNamespace));
  s.update(prefix);
  hash_ = s.state.h;
  pending_ = std::move(s.pending);
  length_ = s.length;
}

std::string NameUuids::operator()(std::string_view suffix) const {
  Sha1Stream s{{hash_}, pending_, length_};
  s.update(suffix);
  auto d = std::move(s).finish();
  d[6] = static_cast<unsigned char>((d[6] & 0x0f) | 0x50);  // version 5
  d[8] = static_cast<unsigned char>((d[8] & 0x3f) | 0x80);  // the RFC 4122 variant
  return hex(&d[0], 4) + "-" + hex(&d[4], 2) + "-" + hex(&d[6], 2) + "-" + hex(&d[8], 2) + "-" +
         hex(&d[10], 6);
}

std::string name_uuid(std::string_view name) { return NameUuids({})(name); }

bool is_absolute_path(std::string_view path) { return !path.empty() && path.front() == '/'; }

std::string path_uri(std::string_view path) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string out = is_absolute_path(path) ? "file://" : "";
  for (char c : path) {
    auto u = static_cast<unsigned char>(c);
    bool plain = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                 c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (plain) {
      out += c;
    } else {
      out += '%';
      out += kDigits[u >> 4];
      out += kDigits[u & 15];
    }
  }
  return out;
}

}  // namespace tenken
