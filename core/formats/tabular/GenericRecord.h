#pragma once

#include "core/domain/Item.h"
#include "core/formats/common/Importer.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace candor {

// How a generic JSONL or CSV record becomes an item: which column holds what (ImportOptions::mapping), and a
// few fixed values. Column keys (default column name in brackets): id [id], text [text], image [image],
// labels [labels], spans [spans], language [language], author [author], created_at [created_at],
// split [split]. Value keys: schema (label schema of `labels`, default persuasion-22), span_schema (default:
// schema), separator (between labels in one cell, default "|"), source (default: the file's base name),
// kind (meme|post|thread|message, default post), delimiter (CSV only: a character or "tab", default ",").
// Thread posts: naming a `thread` column makes each record one post of the thread its id names (see
// GenericRecordWriter); then post [post_id], parent [parent_id] and thread_labels [thread_labels] are columns
// and thread_schema (default veracity-3) the schema of the thread labels.
// Columns no key names are kept in the item's (or post's) metadata.
struct GenericMapping
{
    QString id, text, image, labels, spans, language, author, createdAt, split;
    QString thread, post, parent, threadLabels;
    QString schema, spanSchema, threadSchema, separator, source;
    ItemKind kind = ItemKind::Post;

    // Throws candor::Error for an unknown key, schema or kind.
    static GenericMapping fromOptions(const ImportOptions &options, const QString &path);
    bool isMappedColumn(const QString &column) const;
    bool threadPosts() const { return !thread.isEmpty(); }
};

// Writes one generic record (already parsed into column -> value) with its image and gold labels.
//  - Without a thread column: one item per record.
//  - With one: the record is a post of the thread item whose id the column holds (kind thread, same source); the
//    post's id and parent come from the post and parent columns (a missing post id is the record's row number;
//    an empty parent makes it the root). The thread item takes the root post's text, author, time and language
//    (the first post's until the root is read). `labels` and `spans` annotate the post, `thread_labels` the thread.
// Ids are text end to end: a number is kept as written (JsonlImporter passes numbers' own digits, so ids beyond
// 2^53 stay exact). Throws candor::Error for a bad record (wrong types, offsets out of range, unknown labels,
// a time outside the years 1-9999, an id or a thread's post id given twice in the file); a missing or broken image is
// recorded as an issue and the record imported without it.
class GenericRecordWriter
{
public:
    GenericRecordWriter(ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context);

    // `row` is the record's 1-based position, the id when the record has no id column.
    void write(const QJsonObject &record, qint64 row, const QString &recordName);
    const GenericMapping &mapping() const { return m_mapping; }

private:
    struct Fields
    {
        QString text, language, author, split;
        QDateTime createdAt;
        QJsonObject metadata;
        std::optional<qint64> mediaId;
    };
    Fields readFields(const QJsonObject &record, const QString &recordName);
    void writeThreadPost(const QJsonObject &record, qint64 row, const QString &recordName);
    std::optional<qint64> storeImage(const QString &relative, const QString &recordName, QJsonObject &metadata);
    void addLabels(qint64 itemId, std::optional<qint64> postRowId, const QJsonValue &labels, const QString &schema,
        const QString &column);
    void addSpans(qint64 itemId, std::optional<qint64> postRowId, const QJsonValue &spans, const QString &text);

    ProjectStore &m_store;
    QString m_path;
    QString m_folder;
    QString m_split;
    ImportContext &m_context;
    GenericMapping m_mapping;
    QSet<QString> m_idsRead; // item ids written from this file
    QHash<QString, qint64> m_threads; // thread id -> item row, threads met in this import
    QSet<QString> m_rootsRead; // threads whose root post was read
    QHash<QString, QSet<QString>> m_postsRead; // thread id -> post ids read, to refuse a second post with one id
};

} // namespace candor
