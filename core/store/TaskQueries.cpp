#include "core/store/TaskQueries.h"

#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace candor {

namespace {

// Reference rows on the item itself (not on a post): gold or human-confirmed, never rejected or ignored.
const char *const kReferenceRow
    = " FROM annotations a JOIN labels l ON l.id = a.label_id JOIN label_schemas s ON s.id = l.schema_id"
      " JOIN items i ON i.id = a.item_id WHERE s.name = :schema AND i.split = :split AND a.post_id IS NULL"
      " AND a.status NOT IN ('rejected', 'ignored') AND (a.origin <> 'model' OR a.status = 'accepted')";

QSqlQuery run(const ProjectStore &store, const QString &statement, const QVariantMap &binds = {})
{
    QSqlQuery query = sql::prepare(storeConnection(store), statement);
    query.setForwardOnly(true);
    for (auto it = binds.constBegin(); it != binds.constEnd(); ++it)
        query.bindValue(it.key(), it.value());
    sql::exec(query);
    return query;
}

bool exists(const ProjectStore &store, const QString &statement, const QVariantMap &binds)
{
    QSqlQuery query = run(store, QStringLiteral("SELECT EXISTS(%1)").arg(statement), binds);
    return query.next() && query.value(0).toBool();
}

QList<ItemSplit> itemSplits(QSqlQuery query)
{
    QList<ItemSplit> items;
    while (query.next())
        items.append({query.value(0).toLongLong(), query.value(1).toString()});
    return items;
}

} // namespace

bool TaskQueries::hasReferenceRow(const QString &schema, const QString &split, Level level, const QString &kind) const
{
    QString statement = QStringLiteral("SELECT 1") + QLatin1String(kReferenceRow)
        + (level == Level::Span ? QStringLiteral(" AND a.start_cp IS NOT NULL")
                                : QStringLiteral(" AND a.start_cp IS NULL"));
    QVariantMap binds{{QStringLiteral(":schema"), schema}, {QStringLiteral(":split"), split}};
    if (!kind.isEmpty()) {
        statement += QStringLiteral(" AND i.kind = :kind");
        binds.insert(QStringLiteral(":kind"), kind);
    }
    return exists(m_store, statement, binds);
}

bool TaskQueries::hasSubtaskListing(const QString &split, int subtask) const
{
    return exists(m_store,
        QStringLiteral("SELECT 1 FROM items i WHERE i.kind = 'meme' AND i.split = :split AND EXISTS("
                       "SELECT 1 FROM json_each(i.metadata, '$.subtasks') WHERE value = :subtask)"),
        {{QStringLiteral(":split"), split}, {QStringLiteral(":subtask"), subtask}});
}

bool TaskQueries::hasLabelledThread(const QString &split) const
{
    // Stance rows sit on posts, veracity rows on the thread item: any reference row of the two schemas counts.
    return exists(m_store,
        QStringLiteral(
            "SELECT 1 FROM annotations a JOIN labels l ON l.id = a.label_id JOIN label_schemas s ON s.id = l.schema_id"
            " JOIN items i ON i.id = a.item_id WHERE i.kind = 'thread' AND i.split = :split"
            " AND s.name IN ('stance-4', 'veracity-3') AND a.status NOT IN ('rejected', 'ignored')"
            " AND (a.origin <> 'model' OR a.status = 'accepted')"),
        {{QStringLiteral(":split"), split}});
}

int TaskQueries::countMemesWithImages(const QString &split, int cap) const
{
    QSqlQuery query = run(m_store,
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM items WHERE kind = 'meme' AND split = :split AND media_id "
                       "IS NOT NULL LIMIT :cap)"),
        {{QStringLiteral(":split"), split}, {QStringLiteral(":cap"), cap}});
    return query.next() ? query.value(0).toInt() : 0;
}

QList<ItemSplit> TaskQueries::itemsOfKind(const QString &kind) const
{
    return itemSplits(run(m_store, QStringLiteral("SELECT id, split FROM items WHERE kind = :kind ORDER BY id"),
        {{QStringLiteral(":kind"), kind}}));
}

QList<ItemSplit> TaskQueries::allItems() const
{
    return itemSplits(run(m_store, QStringLiteral("SELECT id, split FROM items ORDER BY id"), {}));
}

QList<ItemSplit> TaskQueries::itemsWithReference(const QString &schema, const QString &alsoKind) const
{
    QString statement = QStringLiteral(
        "SELECT i.id, i.split FROM items i WHERE EXISTS (SELECT 1 FROM annotations a JOIN labels l ON l.id = a.label_id"
        " JOIN label_schemas s ON s.id = l.schema_id WHERE a.item_id = i.id AND s.name = :schema"
        " AND a.status NOT IN ('rejected', 'ignored') AND (a.origin <> 'model' OR a.status = 'accepted'))");
    QVariantMap binds{{QStringLiteral(":schema"), schema}};
    if (!alsoKind.isEmpty()) {
        statement += QStringLiteral(" OR i.kind = :kind");
        binds.insert(QStringLiteral(":kind"), alsoKind);
    }
    return itemSplits(run(m_store, statement + QStringLiteral(" ORDER BY i.id"), binds));
}

QList<ThreadItemRow> TaskQueries::threadItems() const
{
    QSqlQuery query = run(m_store,
        QStringLiteral("SELECT id, split, external_id, source, metadata FROM items WHERE kind = 'thread' ORDER BY id"));
    QList<ThreadItemRow> rows;
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), QJsonDocument::fromJson(query.value(4).toByteArray()).object()});
    return rows;
}

QList<MemeImageRow> TaskQueries::memesWithImages() const
{
    QSqlQuery query = run(m_store,
        QStringLiteral(
            "SELECT i.id, i.split, i.text, i.media_id, m.sha256 FROM items i JOIN media m ON m.id = i.media_id"
            " WHERE i.kind = 'meme' ORDER BY i.id"));
    QList<MemeImageRow> rows;
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toLongLong(), query.value(4).toString()});
    return rows;
}

std::vector<std::string> TaskQueries::allTexts() const
{
    QSqlQuery query = run(m_store,
        QStringLiteral("SELECT text FROM items WHERE text <> '' UNION ALL SELECT text FROM posts WHERE text <> ''"));
    std::vector<std::string> texts;
    while (query.next())
        texts.push_back(query.value(0).toString().toStdString());
    return texts;
}

QList<qint64> TaskQueries::itemIdsOfSource(const QString &source) const
{
    QSqlQuery query = run(m_store, QStringLiteral("SELECT id FROM items WHERE source = :source ORDER BY id"),
        {{QStringLiteral(":source"), source}});
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

qint64 TaskQueries::itemOfKind(const QString &kind, const QString &externalId) const
{
    QSqlQuery query = run(m_store,
        QStringLiteral("SELECT id FROM items WHERE kind = :kind AND external_id = :id ORDER BY id LIMIT 1"),
        {{QStringLiteral(":kind"), kind}, {QStringLiteral(":id"), externalId}});
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace candor
