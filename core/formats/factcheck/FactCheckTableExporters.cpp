#include "core/formats/factcheck/FactCheckExporters.h"
#include "core/formats/factcheck/FactCheckRecords.h"
#include "core/formats/tabular/ExportSupport.h"
#include "core/formats/tabular/TabularExporters.h"
#include "core/store/ProjectStore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace candor {

namespace {

const QStringList kColumns{QStringLiteral("item_id"), QStringLiteral("source"), QStringLiteral("external_id"),
    QStringLiteral("url"), QStringLiteral("claim"), QStringLiteral("rating"), QStringLiteral("note"),
    QStringLiteral("annotator"), QStringLiteral("created_at"), QStringLiteral("updated_at")};

QStringList cells(const FactCheckRecord &record)
{
    const FactCheck &check = record.check;
    return {QString::number(check.itemId), record.item.source, record.item.externalId, record.url, check.claim,
        factCheckRatingName(check.rating), check.note, check.annotator, toIsoUtc(check.createdAt),
        toIsoUtc(check.updatedAt)};
}

// Writes every record through `line` (one output line each) into the file that appears on success only.
template <typename Line>
qint64 writeLines(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
    const Exporter::ProgressFn &progress, const std::atomic_bool *cancel, const QByteArray &header, Line line)
{
    ExportFile out(outPath);
    out.write(header);
    const QList<FactCheckRecord> records = factCheckRecords(store, options);
    qint64 written = 0;
    for (const FactCheckRecord &record : records) {
        out.checkCancelled(cancel);
        out.write(line(record));
        ++written;
        if (progress)
            progress(written, records.size());
    }
    out.checkCancelled(cancel);
    out.commit();
    return written;
}

} // namespace

qint64 FactCheckJsonlExporter::exportTo(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
    const ProgressFn &progress, const std::atomic_bool *cancel)
{
    return writeLines(store, outPath, options, progress, cancel, {}, [](const FactCheckRecord &record) -> QByteArray {
        const QStringList values = cells(record);
        QJsonObject object;
        for (int i = 0; i < kColumns.size(); ++i)
            object.insert(kColumns[i], values[i]);
        object.insert(QStringLiteral("item_id"), record.check.itemId);
        if (record.url.isEmpty())
            object.insert(QStringLiteral("url"), QJsonValue());
        return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    });
}

qint64 FactCheckCsvExporter::exportTo(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
    const ProgressFn &progress, const std::atomic_bool *cancel)
{
    const auto row = [](const QStringList &values) -> QByteArray {
        QStringList escaped;
        for (const QString &value : values)
            escaped.append(CsvExporter::csvCell(value));
        return escaped.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    return writeLines(store, outPath, options, progress, cancel, row(kColumns),
        [&row](const FactCheckRecord &record) -> QByteArray { return row(cells(record)); });
}

} // namespace candor
