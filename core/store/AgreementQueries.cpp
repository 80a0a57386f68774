#include "core/store/AgreementQueries.h"

#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"

#include <QSqlQuery>

namespace candor {

QList<HumanAnnotationRow> AgreementQueries::humanRows(const QString &schema, Level level) const
{
    QSqlQuery query = sql::prepare(storeConnection(m_store),
        QStringLiteral("SELECT a.id, a.item_id, ifnull(a.post_id, 0), a.annotator, l.name, a.start_cp, a.end_cp,"
                       // SQLite's length() of a text value counts characters, that is code points.
                       " CASE WHEN a.post_id IS NULL THEN length(i.text) ELSE length(p.text) END"
                       " FROM annotations a JOIN labels l ON l.id = a.label_id"
                       " JOIN label_schemas s ON s.id = l.schema_id JOIN items i ON i.id = a.item_id"
                       " LEFT JOIN posts p ON p.id = a.post_id"
                       " WHERE s.name = :schema AND a.origin = 'human' AND a.status NOT IN ('rejected', 'ignored')"
                       " AND a.start_cp IS %1 NULL"
                       " ORDER BY a.item_id, ifnull(a.post_id, 0), a.annotator, a.id")
            .arg(level == Level::Span ? QStringLiteral("NOT") : QString()));
    query.setForwardOnly(true);
    query.bindValue(QStringLiteral(":schema"), schema);
    sql::exec(query);
    QList<HumanAnnotationRow> rows;
    while (query.next()) {
        HumanAnnotationRow row;
        row.id = query.value(0).toLongLong();
        row.itemId = query.value(1).toLongLong();
        row.postRowId = query.value(2).toLongLong();
        row.annotator = query.value(3).toString();
        row.label = query.value(4).toString();
        if (!query.value(5).isNull()) {
            row.start = query.value(5).toInt();
            row.end = query.value(6).toInt();
        }
        row.textLength = query.value(7).toInt();
        rows.append(row);
    }
    return rows;
}

} // namespace candor
