#include "core/store/VerdictNeighbours.h"

#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace candor {

QList<qint64> VerdictNeighbours::judgedItemIds(const ProjectStore &store)
{
    QSqlQuery query = sql::prepare(storeConnection(store),
        QStringLiteral("SELECT a.item_id FROM annotations a JOIN labels l ON l.id = a.label_id"
                       " JOIN label_schemas s ON s.id = l.schema_id WHERE s.name = 'fake-2'"
                       " AND a.origin IN ('gold', 'human') AND a.status NOT IN ('rejected', 'ignored')"
                       " AND a.start_cp IS NULL AND a.post_id IS NULL"
                       " UNION SELECT item_id FROM fact_checks ORDER BY 1"));
    query.setForwardOnly(true);
    sql::exec(query);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QList<qint64> VerdictNeighbours::itemIds(const ProjectStore &store, const SimilarityOptions &options)
{
    SimilarityOptions all = options;
    all.limit = std::numeric_limits<int>::max();
    QSet<qint64> near;
    for (const qint64 judged : judgedItemIds(store))
        for (const SimilarItem &item : SimilarItems::of(store, judged, all))
            near.insert(item.itemId);
    QList<qint64> ids(near.begin(), near.end());
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace candor
