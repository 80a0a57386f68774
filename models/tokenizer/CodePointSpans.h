#pragma once

// UTF-8 byte offsets (what sentencepiece reports) to code-point spans (what Candor stores everywhere).

#include <cstddef>
#include <string>
#include <vector>

namespace candor::models {

struct CodePointSpan
{
    int start = 0;
    int end = 0;
};

// Characters that sentencepiece's normalisation turns into its "▁" word marker (spaces, tabs, line breaks and
// the Unicode space separators NFKC folds to a space). They never belong to a token's surface.
bool isTokenWhitespace(char32_t c);

class CodePointIndex
{
public:
    // Throws std::runtime_error("invalid UTF-8 at byte N") on malformed input.
    explicit CodePointIndex(const std::string &utf8);

    int size() const { return int(m_codePoints.size()); }
    char32_t at(int index) const { return m_codePoints[size_t(index)]; }

    // The code points of bytes [begin, end) of the original text: a start inside a character moves back to it, an
    // end inside a character moves past it, and leading/trailing whitespace is left out (a piece made only of
    // whitespace gets an empty span where its whitespace ends).
    CodePointSpan surfaceSpan(size_t begin, size_t end) const;

private:
    std::vector<char32_t> m_codePoints;
    std::vector<int> m_indexOfByte;        // code point containing each byte; [size] = number of code points
    std::vector<bool> m_startsCharacter;   // per byte; [size] = true
};

// The longest prefix of `utf8` that is at most `maxBytes` long and ends on a character boundary.
size_t utf8PrefixLength(const std::string &utf8, size_t maxBytes);

} // namespace candor::models
