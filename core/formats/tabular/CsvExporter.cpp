#include "core/formats/tabular/TabularExporters.h"

#include "core/formats/tabular/ExportSupport.h"
#include "core/store/ProjectStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace candor {

QString CsvExporter::csvCell(const QString &value)
{
    QString cell = value;
    // A spreadsheet runs a cell starting with one of these as a formula (CSV injection); a leading quote makes it text.
    if (!cell.isEmpty()) {
        const QChar first = cell.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
            || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            cell.prepend(QLatin1Char('\''));
    }
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
                       QStringLiteral("language"), QStringLiteral("created_at"), QStringLiteral("author"),
                       QStringLiteral("text"), QStringLiteral("image_sha256"), QStringLiteral("post_count")};
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
                << (spans.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(spans).toJson(QJsonDocument::Compact)));
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
