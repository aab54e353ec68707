// SHA-1, name-based UUIDs and file URIs (identifiers.h).
#include "ci/identifiers.h"

#include <array>
#include <cstdint>

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

// The 20-byte digest: the message, a 1 bit, zeros, and the length in bits (64-bit big-endian).
std::array<unsigned char, 20> sha1(std::string_view data) {
  std::string m(data);
  uint64_t bits = uint64_t(data.size()) * 8;
  m += '\x80';
  while (m.size() % 64 != 56) m += '\0';
  for (int i = 7; i >= 0; --i) m += static_cast<char>((bits >> (8 * i)) & 0xff);
  Sha1 s;
  for (size_t i = 0; i < m.size(); i += 64) s.block(reinterpret_cast<const unsigned char*>(m.data() + i));
  std::array<unsigned char, 20> out{};
  for (int i = 0; i < 20; ++i) out[i] = static_cast<unsigned char>(s.h[i / 4] >> (24 - 8 * (i % 4)));
  return out;
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

std::string name_uuid(std::string_view name) {
  std::string input(reinterpret_cast<const char*>(kNamespace), sizeof kNamespace);
  input += name;
  auto d = sha1(input);
  d[6] = static_cast<unsigned char>((d[6] & 0x0f) | 0x50);  // version 5
  d[8] = static_cast<unsigned char>((d[8] & 0x3f) | 0x80);  // the RFC 4122 variant
  return hex(&d[0], 4) + "-" + hex(&d[4], 2) + "-" + hex(&d[6], 2) + "-" + hex(&d[8], 2) + "-" +
         hex(&d[10], 6);
}

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
