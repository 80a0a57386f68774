#pragma once

#include "core/domain/Item.h"
#include "core/formats/common/Importer.h"

#include <QJsonObject>
#include <QString>

namespace candor {

// How a generic JSONL or CSV record becomes an item: which column holds what (ImportOptions::mapping), and a
// few fixed values. Column keys (default column name in brackets): id [id], text [text], image [image],
// labels [labels], spans [spans], language [language], author [author], created_at [created_at],
// split [split]. Value keys: schema (label schema of `labels`, default persuasion-22), span_schema (default:
// schema), separator (between labels in one cell, default "|"), source (default: the file's base name),
// kind (meme|post|thread|message, default post), delimiter (CSV only: a character or "tab", default ",").
// Columns no key names are kept in the item's metadata.
struct GenericMapping
{
    QString id, text, image, labels, spans, language, author, createdAt, split;
    QString schema, spanSchema, separator, source;
    ItemKind kind = ItemKind::Post;

    // Throws candor::Error for an unknown key, schema or kind.
    static GenericMapping fromOptions(const ImportOptions &options, const QString &path);
    bool isMappedColumn(const QString &column) const;
};

// Writes one generic record (already parsed into column -> value) as an item with its image and gold labels.
// Throws candor::Error for a bad record (wrong types, offsets out of range, unknown labels); a missing or
// broken image is recorded as an issue and the item is imported without it.
class GenericRecordWriter
{
public:
    GenericRecordWriter(ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context);

    // `row` is the record's 1-based position, the id when the record has no id column.
    void write(const QJsonObject &record, qint64 row, const QString &recordName);
    const GenericMapping &mapping() const { return m_mapping; }

private:
    std::optional<qint64> storeImage(const QString &relative, const QString &recordName, QJsonObject &metadata);
    void addLabels(qint64 itemId, const QJsonValue &labels);
    void addSpans(qint64 itemId, const QJsonValue &spans, const QString &text);

    ProjectStore &m_store;
    QString m_path;
    QString m_folder;
    QString m_split;
    ImportContext &m_context;
    GenericMapping m_mapping;
};

} // namespace candor
