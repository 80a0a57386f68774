#pragma once

// UTF-8 <-> code points for models/ (no Qt here). Offsets in the engine are code-point indices into the
// decoded string, the same unit the project stores.

#include <string>

namespace candor::models {

// Throws std::runtime_error naming the byte offset of the first invalid sequence.
std::u32string decodeUtf8(const std::string &utf8);
void appendUtf8(std::string &out, char32_t codePoint);

bool isSpaceCodePoint(char32_t c);
// Letters and digits of any script: everything that is neither space, control nor ASCII/Latin-1/general punctuation.
bool isWordCodePoint(char32_t c);
// Lower-cases ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic; other code points are returned unchanged.
char32_t foldCase(char32_t c);

} // namespace candor::models
