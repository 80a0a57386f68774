#include "core/report/HtmlText.h"

#include <QList>

namespace candor::html {

namespace {

bool isDirectionControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

} // namespace

QString text(const QString &data)
{
    QString out;
    out.reserve(data.size() + data.size() / 8);
    for (const char32_t c : data.toUcs4()) {
        switch (c) {
        case '&': out += QStringLiteral("&amp;"); continue;
        case '<': out += QStringLiteral("&lt;"); continue;
        case '>': out += QStringLiteral("&gt;"); continue;
        case '"': out += QStringLiteral("&quot;"); continue;
        case '\'': out += QStringLiteral("&#39;"); continue;
        case '\t':
        case '\n': out += QChar(c); continue;
        default: break;
        }
        if (isDirectionControl(c))
            out += QStringLiteral("[U+%1]").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
        else if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xFFFE || c == 0xFFFF || (c >= 0xD800 && c < 0xE000))
            out += QChar(0xFFFD);
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

QString shortText(const QString &data, int maxCodePoints)
{
    const QList<uint> codePoints = data.toUcs4();
    if (codePoints.size() <= maxCodePoints)
        return text(data);
    return text(QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), maxCodePoints))
        + QChar(0x2026);
}

} // namespace candor::html
