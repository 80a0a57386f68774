#pragma once

// Offsets at every edge of Candor are Unicode code points (Python string semantics, as in the SemEval and PAN
// files). Encoded text is indexed in code units instead: UTF-8 bytes (sentencepiece, the engine's strings) or
// UTF-16 units (QString). CodePointOffsets records where each code point starts in those units and converts
// both ways.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace candor::text {

class CodePointOffsets
{
public:
    // Throws std::runtime_error("invalid UTF-8 at byte N"). `codePoints`, when given, receives the decoded text.
    static CodePointOffsets ofUtf8(std::string_view utf8, std::u32string *codePoints = nullptr);
    // A lone surrogate counts as one code point (as Python counts it after surrogateescape decoding).
    static CodePointOffsets ofUtf16(std::u16string_view utf16);

    int length() const { return int(m_unitOf.size()) - 1; } // code points
    size_t unitLength() const { return m_unitOf.back(); } // bytes or UTF-16 units

    // Code point index -> index of its first unit; length() maps to unitLength(). -1 when out of range.
    std::ptrdiff_t toUnit(int codePoint) const;
    // Unit index -> the code point it belongs to (a unit inside a character maps to that character); indexes
    // before the start map to 0, at or past the end to length().
    int toCodePoint(std::ptrdiff_t unit) const;
    // True when a code point starts at `unit` (and at unitLength()).
    bool startsCodePoint(size_t unit) const;

private:
    explicit CodePointOffsets(std::vector<size_t> unitOf)
        : m_unitOf(std::move(unitOf))
    {
    }

    std::vector<size_t> m_unitOf; // code point -> first unit, plus one entry for the end
};

// The number of code points of UTF-16 text, counted as CodePointOffsets::ofUtf16 counts them.
int utf16CodePointCount(std::u16string_view utf16);

} // namespace candor::text
