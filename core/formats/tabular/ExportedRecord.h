#pragma once

#include "core/domain/Item.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace candor {

class ImportContext;
class ProjectStore;

// Candor's own JSON Lines export (JsonlExporter), read back: a record with "source", "kind" and "annotations"
// is one item as the export wrote it, restored as it was rather than mapped like a foreign file.
//  - The item keeps its source, id, kind, split (as exported, unless the options name one), text, language,
//    time, author and metadata; thread posts come back with their ids, parents, times, texts and metadata.
//  - Annotations keep their schema, label, code-point span, post, origin, status, annotator, score and times.
//    Gold rows are unique already; a human or model row identical to one the item has is not added again, so a
//    second import adds nothing. A model row needs its model version in this project (matched by task, name and
//    creation time, which the export writes): the export carries no model files, so in another project those
//    rows are left out and counted (modelRowsLeftOut).
//  - Images: the export writes each image's SHA-256, not its bytes; an image this project holds is linked again,
//    another is reported and its description kept in the metadata ("image").
class ExportedRecordWriter
{
public:
    // `annotator`: the name a human row without one is stored under (empty: it stays unnamed).
    ExportedRecordWriter(
        ProjectStore &store, ImportContext &context, QString path, QString split, QString annotator = {});

    static bool isExportedRecord(const QJsonObject &record);
    // Throws candor::Error for a record that does not read back (wrong types, unknown labels, spans out of range).
    void write(const QJsonObject &record, const QString &recordName);
    qint64 modelRowsLeftOut() const { return m_modelRowsLeftOut; }

private:
    std::optional<qint64> linkImage(const QJsonValue &image, const QString &recordName, QJsonObject &metadata);
    void addAnnotations(qint64 itemId, const QJsonArray &annotations, const QString &itemText,
        const QHash<QString, std::pair<qint64, QString>> &posts);

    ProjectStore &m_store;
    ImportContext &m_context;
    QString m_path;
    QString m_split;
    QString m_annotator;
    QHash<QString, qint64> m_modelVersions; // "task\nname\ncreated_at" -> id in this project
    qint64 m_modelRowsLeftOut = 0;
};

} // namespace candor
