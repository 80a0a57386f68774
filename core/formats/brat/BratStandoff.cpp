#include "core/formats/brat/BratStandoff.h"

#include "core/formats/common/ImportReport.h"

#include <QRegularExpression>

namespace candor::brat {

namespace {

// "START END;START END" -> fragments; false when malformed or reversed.
bool parseFragments(const QString &text, QList<QPair<int, int>> &fragments)
{
    for (const QString &piece : text.split(QLatin1Char(';'))) {
        const QStringList bounds = piece.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (bounds.size() != 2)
            return false;
        bool startOk = false, endOk = false;
        const int start = bounds[0].toInt(&startOk);
        const int end = bounds[1].toInt(&endOk);
        if (!startOk || !endOk || start < 0 || end < start)
            return false;
        fragments.append({start, end});
    }
    return !fragments.isEmpty();
}

} // namespace

AnnFile parseAnn(const QString &content)
{
    AnnFile file;
    const QStringList lines = content.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const int number = i + 1;
        const QStringList fields = line.split(QLatin1Char('\t'));
        const QString id = fields.value(0);
        if (id.startsWith(QLatin1Char('T'))) {
            TextBound span;
            span.line = number;
            span.id = id;
            const QString typeAndOffsets = fields.value(1);
            const qsizetype space = typeAndOffsets.indexOf(QLatin1Char(' '));
            span.type = typeAndOffsets.left(space);
            if (fields.size() < 2 || space <= 0 || !parseFragments(typeAndOffsets.mid(space + 1), span.fragments)) {
                file.problems.append(
                    ImportIssue::tr("line %1: a text-bound annotation needs 'T<n><TAB>Type START END<TAB>text'")
                        .arg(number));
                continue;
            }
            span.text = fields.mid(2).join(QLatin1Char('\t'));
            file.spans.append(span);
        } else if (id.startsWith(QLatin1Char('#'))) {
            // "#1<TAB>AnnotatorNotes T1<TAB>note"
            const QStringList target = fields.value(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (target.size() == 2 && target[0] == QLatin1String("AnnotatorNotes"))
                file.notes.insert(target[1], fields.mid(2).join(QLatin1Char('\t')));
            else
                ++file.leftOut;
        } else if (!id.isEmpty() && QStringLiteral("RENAM*").contains(id.front())) {
            ++file.leftOut; // relations, events, attributes, normalisations, equivalences
        } else {
            file.problems.append(
                ImportIssue::tr("line %1: '%2' is no brat annotation id").arg(number).arg(id.left(40)));
        }
    }
    return file;
}

QString typeName(const QString &label)
{
    QString name;
    name.reserve(label.size());
    for (const QChar c : label)
        name.append(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ? c : QLatin1Char('_'));
    return name;
}

QString textBoundLine(int number, const QString &type, int start, int end, const QString &covered)
{
    // A newline or tab inside the covered text would break the line format; brat writes such spans as fragments,
    // Candor's spans are contiguous, so the quote shows them as spaces (the offsets stay exact).
    QString quote = covered;
    quote.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    quote.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return QStringLiteral("T%1\t%2 %3 %4\t%5").arg(number).arg(type).arg(start).arg(end).arg(quote);
}

} // namespace candor::brat
