#include "core/text/CodePoints.h"

namespace candor {

namespace {

std::u16string_view utf16Of(QStringView text)
{
    return {reinterpret_cast<const char16_t *>(text.utf16()), size_t(text.size())};
}

} // namespace

CodePointMap::CodePointMap(QStringView text)
    : m_offsets(text::CodePointOffsets::ofUtf16(utf16Of(text)))
{
}

QString CodePointMap::mid(QStringView text, int start, int end) const
{
    if (start < 0 || end < start || end > length())
        return {};
    return text.mid(toUtf16(start), toUtf16(end) - toUtf16(start)).toString();
}

int codePointLength(QStringView text)
{
    return text::utf16CodePointCount(utf16Of(text));
}

} // namespace candor
