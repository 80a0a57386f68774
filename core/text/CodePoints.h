#pragma once

// The Qt face of core/text/CodePointOffsets: QString indexes UTF-16 code units, Candor's edges use code points,
// and only Qt views ever see UTF-16 offsets. A lone surrogate counts as one code point (as Python would count it
// after surrogateescape decoding).

#include "core/text/CodePointOffsets.h"

#include <QString>
#include <QStringView>

namespace candor {

class CodePointMap
{
public:
    explicit CodePointMap(QStringView text);

    int length() const { return m_offsets.length(); } // code points
    qsizetype utf16Length() const { return qsizetype(m_offsets.unitLength()); }
    // Code point index -> UTF-16 index; cp == length() maps to the end. Returns -1 when out of range.
    qsizetype toUtf16(int codePoint) const { return qsizetype(m_offsets.toUnit(codePoint)); }
    // UTF-16 index -> code point index; an index inside a surrogate pair maps to the pair's code point.
    int toCodePoint(qsizetype utf16Index) const { return m_offsets.toCodePoint(std::ptrdiff_t(utf16Index)); }
    // The substring [start, end) in code points; empty for an invalid range.
    QString mid(QStringView text, int start, int end) const;

private:
    text::CodePointOffsets m_offsets;
};

int codePointLength(QStringView text);

} // namespace candor
