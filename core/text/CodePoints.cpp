#include "core/text/CodePoints.h"

#include <algorithm>

namespace candor {

CodePointMap::CodePointMap(QStringView text)
{
    m_utf16Of.reserve(text.size() + 1);
    for (qsizetype i = 0; i < text.size(); ++i) {
        m_utf16Of.append(i);
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
    }
    m_utf16Of.append(text.size());
}

qsizetype CodePointMap::toUtf16(int codePoint) const
{
    if (codePoint < 0 || codePoint > length())
        return -1;
    return m_utf16Of[codePoint];
}

int CodePointMap::toCodePoint(qsizetype utf16Index) const
{
    if (utf16Index <= 0)
        return 0;
    if (utf16Index >= m_utf16Of.last())
        return length();
    // The last code point whose UTF-16 start is <= utf16Index.
    const auto it = std::upper_bound(m_utf16Of.cbegin(), m_utf16Of.cend(), utf16Index);
    return int(it - m_utf16Of.cbegin()) - 1;
}

QString CodePointMap::mid(QStringView text, int start, int end) const
{
    if (start < 0 || end < start || end > length())
        return {};
    return text.mid(m_utf16Of[start], m_utf16Of[end] - m_utf16Of[start]).toString();
}

int codePointLength(QStringView text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

} // namespace candor
