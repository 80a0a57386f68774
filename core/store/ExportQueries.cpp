#include "core/store/ExportQueries.h"

#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"

#include <QSqlQuery>
#include <QVariant>

namespace candor {

namespace {

QList<qint64> ids(QSqlQuery &query)
{
    sql::exec(query);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace

QList<qint64> ExportQueries::itemIds(ItemKind kind, const QString &split, const QString &language) const
{
    QSqlQuery query = sql::prepare(storeConnection(m_store),
        QStringLiteral("SELECT id FROM items WHERE kind = :kind AND (:split = '' OR split = :split)"
                       " AND (:language = '' OR language = :language) ORDER BY id"));
    query.setForwardOnly(true);
    query.bindValue(QStringLiteral(":kind"), itemKindName(kind));
    query.bindValue(QStringLiteral(":split"), sql::text(split));
    query.bindValue(QStringLiteral(":language"), sql::text(language));
    return ids(query);
}

QList<qint64> ExportQueries::itemIds(const QString &split) const
{
    QSqlQuery query = sql::prepare(
        storeConnection(m_store), QStringLiteral("SELECT id FROM items WHERE (? = '' OR split = ?) ORDER BY id"));
    query.setForwardOnly(true);
    query.addBindValue(sql::text(split));
    query.addBindValue(sql::text(split));
    return ids(query);
}

QStringList ExportQueries::schemasInUse(const QString &split) const
{
    QSqlQuery query = sql::prepare(storeConnection(m_store),
        QStringLiteral(
            "SELECT s.name FROM label_schemas s WHERE EXISTS (SELECT 1 FROM annotations a JOIN labels l ON l.id = "
            "a.label_id"
            " JOIN items i ON i.id = a.item_id WHERE l.schema_id = s.id AND (? = '' OR i.split = ?)) ORDER BY s.id"));
    query.addBindValue(sql::text(split));
    query.addBindValue(sql::text(split));
    sql::exec(query);
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

std::optional<qint64> ExportQueries::latestModelForSchema(qint64 itemId, const QString &schema) const
{
    QSqlQuery query = sql::prepare(storeConnection(m_store),
        QStringLiteral(
            "SELECT max(a.model_version_id) FROM annotations a JOIN labels l ON l.id = a.label_id"
            " JOIN label_schemas s ON s.id = l.schema_id WHERE a.origin = 'model' AND s.name = ? AND a.item_id = ?"));
    query.addBindValue(schema);
    query.addBindValue(itemId);
    const QVariant id = sql::scalar(query);
    return id.isNull() || !id.isValid() ? std::nullopt : std::optional<qint64>(id.toLongLong());
}

} // namespace candor
