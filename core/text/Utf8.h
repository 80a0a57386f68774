#pragma once

// UTF-8 <-> code points, strictly (RFC 3629): no overlong forms, no surrogates, nothing beyond U+10FFFF. The one
// decoder of the code base; Qt code uses QString's own, everything in plain C++ (models/, tools) uses this.

#include <cstddef>
#include <string>
#include <string_view>

namespace candor::text {

// Length (1-4) of the valid sequence starting at utf8[at], its code point stored in `codePoint`; 0 when the
// bytes there are not valid UTF-8 (bad lead or continuation byte, truncated, overlong, surrogate, > U+10FFFF).
size_t decodeUtf8At(std::string_view utf8, size_t at, char32_t &codePoint);

// Throws std::runtime_error("invalid UTF-8 at byte N") naming the start of the first invalid sequence.
std::u32string decodeUtf8(std::string_view utf8);
bool isValidUtf8(std::string_view utf8);

// `codePoint` must be a Unicode scalar value (not a surrogate, at most U+10FFFF).
void appendUtf8(std::string &out, char32_t codePoint);
std::string encodeUtf8(std::u32string_view codePoints);

// The longest prefix of `utf8` that is at most `maxBytes` long and ends on a character boundary.
size_t utf8PrefixLength(std::string_view utf8, size_t maxBytes);

// `bytes` with every byte that is not part of a valid UTF-8 sequence written as \xNN, so it can go in a message.
std::string escapeInvalidUtf8(std::string_view bytes);

} // namespace candor::text
