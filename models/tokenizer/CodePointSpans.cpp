#include "models/tokenizer/CodePointSpans.h"

#include <algorithm>
#include <stdexcept>

namespace candor::models {

bool isTokenWhitespace(char32_t c)
{
    switch (c) {
    case U'\t': case U'\n': case U'\v': case U'\f': case U'\r': case U' ':
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

CodePointIndex::CodePointIndex(const std::string &utf8)
{
    const size_t n = utf8.size();
    m_indexOfByte.resize(n + 1);
    m_startsCharacter.assign(n + 1, false);
    m_startsCharacter[n] = true;
    size_t i = 0;
    while (i < n) {
        const auto byte = [&](size_t k) { return k < n ? (unsigned char)utf8[k] : 0u; };
        const unsigned c = byte(i);
        size_t length = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            length = 1;
            cp = c;
        } else if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            cp = c & 0x07;
        }
        for (size_t k = 1; k < length; ++k) {
            if ((byte(i + k) & 0xC0) != 0x80) {
                length = 0;
                break;
            }
            cp = (cp << 6) | (byte(i + k) & 0x3F);
        }
        const bool overlong = (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
        if (length == 0 || overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            throw std::runtime_error("invalid UTF-8 at byte " + std::to_string(i));
        const int index = int(m_codePoints.size());
        m_codePoints.push_back(cp);
        m_startsCharacter[i] = true;
        for (size_t k = 0; k < length; ++k)
            m_indexOfByte[i + k] = index;
        i += length;
    }
    m_indexOfByte[n] = int(m_codePoints.size());
}

CodePointSpan CodePointIndex::surfaceSpan(size_t begin, size_t end) const
{
    const size_t n = m_indexOfByte.size() - 1;
    begin = std::min(begin, n);
    end = std::clamp(end, begin, n);
    CodePointSpan span;
    span.start = m_indexOfByte[begin];
    span.end = m_indexOfByte[end] + (m_startsCharacter[end] ? 0 : 1);
    while (span.start < span.end && isTokenWhitespace(m_codePoints[size_t(span.start)]))
        ++span.start;
    while (span.end > span.start && isTokenWhitespace(m_codePoints[size_t(span.end - 1)]))
        --span.end;
    return span;
}

size_t utf8PrefixLength(const std::string &utf8, size_t maxBytes)
{
    if (utf8.size() <= maxBytes)
        return utf8.size();
    size_t length = maxBytes;
    while (length > 0 && ((unsigned char)utf8[length] & 0xC0) == 0x80)
        --length;
    return length;
}

} // namespace candor::models
