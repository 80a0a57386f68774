#pragma once

// Pieces of SQL shared by the files of ReportQueries (core/store only).

#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"

#include <QSqlQuery>
#include <QVariantMap>

namespace candor::report_sql {

// Annotations of one schema on items in scope; the scope table joins first so a narrow filter reads little.
inline constexpr const char *kScopedRows = " FROM report_scope r JOIN items i ON i.id = r.item_id"
                                           " JOIN annotations a ON a.item_id = r.item_id"
                                           " JOIN labels l ON l.id = a.label_id"
                                           " JOIN label_schemas s ON s.id = l.schema_id WHERE s.name = :schema";

// The same with the row's post (NULL for a row on the item itself): a row on a thread's post happened on the post's
// date, not the thread's.
inline constexpr const char *kScopedRowsWithPosts
    = " FROM report_scope r JOIN items i ON i.id = r.item_id"
      " JOIN annotations a ON a.item_id = r.item_id"
      " LEFT JOIN posts p ON p.id = a.post_id"
      " JOIN labels l ON l.id = a.label_id"
      " JOIN label_schemas s ON s.id = l.schema_id WHERE s.name = :schema";

// A curator's row wins over a person's, a person's over gold, gold over a model's (what the window's stance
// timeline calls the reference).
inline constexpr const char *kOriginRank
    = "CASE a.origin WHEN 'curated' THEN 0 WHEN 'human' THEN 1 WHEN 'gold' THEN 2 ELSE 3 END";

inline QSqlQuery run(const ProjectStore &store, const QString &statement, const QVariantMap &binds = {})
{
    QSqlQuery query = sql::prepare(storeConnection(store), statement);
    query.setForwardOnly(true);
    for (auto it = binds.constBegin(); it != binds.constEnd(); ++it)
        query.bindValue(it.key(), it.value());
    sql::exec(query);
    return query;
}

} // namespace candor::report_sql
