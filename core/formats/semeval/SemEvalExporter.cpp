#include "core/formats/semeval/SemEvalExporter.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/formats/common/ExportSupport.h"
#include "core/store/ProjectStore.h"
#include "core/text/CodePoints.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace candor {

namespace {
QString imageSuffix(const QString &mime)
{
    return mime == QLatin1String("image/jpeg") ? QStringLiteral("jpg") : mime.section(QLatin1Char('/'), 1);
}
} // namespace

SemEvalExporter::SemEvalExporter(int subtask)
    : m_subtask(subtask)
{
    if (subtask < 1 || subtask > 3)
        throw Error(Error::tr("SemEval-2021 Task 6 has subtasks 1 to 3, not %1").arg(subtask));
}

QJsonObject SemEvalExporter::memeRecord(const ProjectStore &store, qint64 itemId, const ExportOptions &options) const
{
    const Item item = store.item(itemId).value();
    QJsonObject record{{QStringLiteral("id"), item.externalId}, {QStringLiteral("text"), item.text}};
    const QString schemaName = m_subtask == 3 ? Schemas::Persuasion22 : Schemas::Persuasion20;
    QList<Annotation> rows = options.selection.select(store, itemId, schemaName);
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                   [this](const Annotation &a) { return a.postRowId.has_value() || a.isSpan() != (m_subtask == 2); }),
        rows.end());
    QJsonArray labels;
    if (m_subtask == 2) {
        const CodePointMap map(item.text);
        std::sort(rows.begin(), rows.end(), [](const Annotation &a, const Annotation &b) {
            return std::tie(*a.start, *a.end, a.label) < std::tie(*b.start, *b.end, b.label);
        });
        QSet<QString> seen;
        for (const Annotation &span : rows) {
            const QString key = QStringLiteral("%1:%2:%3").arg(*span.start).arg(*span.end).arg(span.label);
            if (seen.contains(key) || *span.end > map.length())
                continue;
            seen.insert(key);
            labels.append(QJsonObject{{QStringLiteral("start"), *span.start}, {QStringLiteral("end"), *span.end},
                {QStringLiteral("technique"), span.label},
                {QStringLiteral("text_fragment"), map.mid(item.text, *span.start, *span.end)}});
        }
    } else {
        const LabelSchema schema = builtinSchema(schemaName);
        QStringList names;
        for (const Annotation &row : rows)
            if (!names.contains(row.label))
                names.append(row.label);
        std::sort(names.begin(), names.end(),
            [&schema](const QString &a, const QString &b) { return schema.indexOf(a) < schema.indexOf(b); });
        for (const QString &name : names)
            labels.append(name);
    }
    record.insert(QStringLiteral("labels"), labels);
    if (m_subtask == 3) {
        QString image = item.metadata.value(QLatin1String("image")).toString();
        if (image.isEmpty() && item.mediaId)
            if (const auto media = store.media(*item.mediaId))
                image = item.externalId + QLatin1Char('.') + imageSuffix(media->mime);
        if (!image.isEmpty())
            record.insert(QStringLiteral("image"), image);
    }
    return record;
}

qint64 SemEvalExporter::exportTo(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
    const ProgressFn &progress, const std::atomic_bool *cancel)
{
    const QList<qint64> ids = itemIdsForExport(store, ItemKind::Meme, options);
    JsonArrayWriter writer(outPath);
    qint64 written = 0;
    for (qint64 id : ids) {
        throwIfCancelled(cancel);
        writer.append(memeRecord(store, id, options));
        ++written;
        if (progress)
            progress(written, ids.size());
    }
    writer.commit();
    return written;
}

} // namespace candor
