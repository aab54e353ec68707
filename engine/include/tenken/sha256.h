// SHA-256: for the Content-Security-Policy of tenken's HTML pages (the reports and the
// questionnaire page), which names each inline <style> and <script> it allows by the hash of its
// bytes; and for the digest that names a rule library in a saved Result. Not for secrets: nothing
// here is meant to resist an attacker's timing.
#pragma once

#include <string>
#include <string_view>

namespace tenken {

// The SHA-256 (FIPS 180-4) of the bytes, base64-encoded, as a Content-Security-Policy source
// expects it after "sha256-".
std::string sha256_base64(std::string_view bytes);

// The same digest as 64 lowercase hexadecimal digits.
std::string sha256_hex(std::string_view bytes);

}  // namespace tenken
