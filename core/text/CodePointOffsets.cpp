#include "core/text/CodePointOffsets.h"

#include "core/text/Utf8.h"

#include <algorithm>
#include <stdexcept>

namespace candor::text {

namespace {

bool isHighSurrogate(char16_t u)
{
    return u >= 0xD800 && u <= 0xDBFF;
}
bool isLowSurrogate(char16_t u)
{
    return u >= 0xDC00 && u <= 0xDFFF;
}

// Units taken by the code point at utf16[i]: 2 for a surrogate pair, else 1.
size_t utf16Width(std::u16string_view utf16, size_t i)
{
    return isHighSurrogate(utf16[i]) && i + 1 < utf16.size() && isLowSurrogate(utf16[i + 1]) ? 2 : 1;
}

} // namespace

CodePointOffsets CodePointOffsets::ofUtf8(std::string_view utf8, std::u32string *codePoints)
{
    std::vector<size_t> unitOf;
    unitOf.reserve(utf8.size() + 1);
    if (codePoints) {
        codePoints->clear();
        codePoints->reserve(utf8.size());
    }
    for (size_t i = 0; i < utf8.size();) {
        char32_t cp = 0;
        const size_t length = decodeUtf8At(utf8, i, cp);
        if (length == 0)
            throw std::runtime_error("invalid UTF-8 at byte " + std::to_string(i));
        unitOf.push_back(i);
        if (codePoints)
            codePoints->push_back(cp);
        i += length;
    }
    unitOf.push_back(utf8.size());
    return CodePointOffsets(std::move(unitOf));
}

CodePointOffsets CodePointOffsets::ofUtf16(std::u16string_view utf16)
{
    std::vector<size_t> unitOf;
    unitOf.reserve(utf16.size() + 1);
    for (size_t i = 0; i < utf16.size(); i += utf16Width(utf16, i))
        unitOf.push_back(i);
    unitOf.push_back(utf16.size());
    return CodePointOffsets(std::move(unitOf));
}

std::ptrdiff_t CodePointOffsets::toUnit(int codePoint) const
{
    if (codePoint < 0 || codePoint > length())
        return -1;
    return std::ptrdiff_t(m_unitOf[size_t(codePoint)]);
}

int CodePointOffsets::toCodePoint(std::ptrdiff_t unit) const
{
    if (unit <= 0)
        return 0;
    if (size_t(unit) >= unitLength())
        return length();
    // The last code point whose first unit is <= unit.
    const auto it = std::upper_bound(m_unitOf.cbegin(), m_unitOf.cend(), size_t(unit));
    return int(it - m_unitOf.cbegin()) - 1;
}

bool CodePointOffsets::startsCodePoint(size_t unit) const
{
    return std::binary_search(m_unitOf.cbegin(), m_unitOf.cend(), unit);
}

int utf16CodePointCount(std::u16string_view utf16)
{
    int count = 0;
    for (size_t i = 0; i < utf16.size(); i += utf16Width(utf16, i))
        ++count;
    return count;
}

} // namespace candor::text
