#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace candor {

// Offsets at every edge of Candor are Unicode code points (Python string semantics, as in the SemEval and PAN
// files). Qt strings index UTF-16 code units; these helpers convert, and only Qt views ever see UTF-16 offsets.
// A lone surrogate counts as one code point (as Python would count it after surrogateescape decoding).
class CodePointMap
{
public:
    explicit CodePointMap(QStringView text);

    int length() const { return int(m_utf16Of.size()) - 1; }   // code points
    qsizetype utf16Length() const { return m_utf16Of.last(); }
    // Code point index -> UTF-16 index; cp == length() maps to the end. Returns -1 when out of range.
    qsizetype toUtf16(int codePoint) const;
    // UTF-16 index -> code point index; an index inside a surrogate pair maps to the pair's code point.
    int toCodePoint(qsizetype utf16Index) const;
    // The substring [start, end) in code points; empty for an invalid range.
    QString mid(QStringView text, int start, int end) const;

private:
    QList<qsizetype> m_utf16Of;   // code point -> UTF-16 start, plus one entry for the end
};

int codePointLength(QStringView text);

} // namespace candor
