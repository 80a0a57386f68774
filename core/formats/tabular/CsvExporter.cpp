#include "core/formats/tabular/ExportSupport.h"
#include "core/formats/tabular/TabularExporters.h"
#include "core/store/ProjectStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace candor {

namespace {

// A character a spreadsheet takes as the start of a formula: = + - @ and their full-width forms (＝ ＋ － ＠), which
// some spreadsheets fold to ASCII before they parse.
bool isFormulaStart(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case 0xFF1D:
    case 0xFF0B:
    case 0xFF0D:
    case 0xFF20: return true;
    default: return false;
    }
}

// Spreadsheets skip leading blanks before they look for a formula: spaces, NBSP, line breaks, tabs, zero-width
// and byte-order marks.
bool isSkippedBlank(QChar c)
{
    return c.isSpace() || c == QChar(0x200B) || c == QChar(0xFEFF) || c == QChar(0x2060);
}

bool needsNeutralising(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.at(0);
    if (first == QLatin1Char('\t') || first == QLatin1Char('\r') || first == QLatin1Char('\n'))
        return true; // a control character first is itself an injection vector (DDE, row splitting)
    qsizetype i = 0;
    while (i < cell.size() && isSkippedBlank(cell.at(i)))
        ++i;
    return i < cell.size() && isFormulaStart(cell.at(i));
}

} // namespace

QString CsvExporter::csvCell(const QString &value)
{
    QString cell = value;
    // A spreadsheet runs a cell starting with a formula character as a formula (CSV injection), even behind blanks; a
    // leading quote makes it text.
    if (needsNeutralising(cell))
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n'))
        || cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1String("\""), QLatin1String("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

qint64 CsvExporter::exportTo(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
    const ProgressFn &progress, const std::atomic_bool *cancel)
{
    ExportFile out(outPath);
    const QStringList schemas = schemasInUse(store, options.split);
    QStringList header{QStringLiteral("id"), QStringLiteral("source"), QStringLiteral("kind"), QStringLiteral("split"),
        QStringLiteral("language"), QStringLiteral("created_at"), QStringLiteral("author"), QStringLiteral("text"),
        QStringLiteral("image_sha256"), QStringLiteral("post_count")};
    for (const QString &schema : schemas)
        header << QStringLiteral("labels:") + schema << QStringLiteral("spans:") + schema;
    const auto writeRow = [&out](const QStringList &cells) {
        QStringList escaped;
        for (const QString &cell : cells)
            escaped.append(csvCell(cell));
        out.write(escaped.join(QLatin1Char(',')).toUtf8() + "\r\n");
    };
    writeRow(header);

    const QList<qint64> ids = exportedItemIds(store, options.split);
    qint64 written = 0;
    for (const qint64 id : ids) {
        out.checkCancelled(cancel);
        const std::optional<Item> item = store.item(id);
        if (!item)
            continue;
        const std::optional<MediaInfo> media = item->mediaId ? store.media(*item->mediaId) : std::nullopt;
        QStringList row{item->externalId, item->source, itemKindName(item->kind), item->split, item->language,
            toIsoUtc(item->createdAt), item->author, item->text, media ? media->sha256 : QString(),
            QString::number(store.posts(id).size())};
        for (const QString &schema : schemas) {
            QStringList labels;
            QJsonArray spans;
            for (const Annotation &a : options.selection.select(store, id, schema)) {
                if (a.postRowId)
                    continue;
                if (a.isSpan())
                    spans.append(QJsonObject{{QStringLiteral("start"), *a.start}, {QStringLiteral("end"), *a.end},
                        {QStringLiteral("label"), a.label}});
                else if (!labels.contains(a.label))
                    labels.append(a.label);
            }
            row << labels.join(QLatin1Char('|'))
                << (spans.isEmpty() ? QString()
                                    : QString::fromUtf8(QJsonDocument(spans).toJson(QJsonDocument::Compact)));
        }
        writeRow(row);
        ++written;
        if (progress)
            progress(written, ids.size());
    }
    out.checkCancelled(cancel);
    out.commit();
    return written;
}

} // namespace candor
