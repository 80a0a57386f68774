#include "core/store/ReportQueries.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/store/ItemQuery.h"
#include "core/store/ProjectStore.h"
#include "core/store/ReportSql.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"

#include <QSqlQuery>
#include <QVariantMap>

namespace candor {

using report_sql::kScopedRows;
using report_sql::run;

namespace {

QList<KeyLabelCount> keyLabelCounts(QSqlQuery query)
{
    QList<KeyLabelCount> counts;
    while (query.next())
        counts.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong()});
    return counts;
}

} // namespace

ReportQueries::ReportQueries(
    const ProjectStore &store, const ItemQuery &scope, const QStringList &sources, double modelThreshold)
    : m_store(store)
    , m_threshold(modelThreshold)
{
    const QSqlDatabase db = storeConnection(store);
    sql::exec(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS report_scope(item_id INTEGER PRIMARY KEY)"));
    sql::exec(db, QStringLiteral("DELETE FROM report_scope"));
    QVariantList binds;
    QSqlQuery fill = sql::prepare(db, QStringLiteral("INSERT INTO report_scope(item_id) ") + scope.idStatement(binds));
    for (const QVariant &bind : binds)
        fill.addBindValue(bind);
    sql::exec(fill);
    if (!sources.isEmpty()) {
        // More than one source is beyond the browser's filter: the report narrows the scope afterwards.
        QStringList marks;
        for (qsizetype i = 0; i < sources.size(); ++i)
            marks.append(QStringLiteral("?"));
        QSqlQuery narrow = sql::prepare(db,
            QStringLiteral("DELETE FROM report_scope WHERE item_id IN (SELECT id FROM items WHERE source NOT IN (%1))")
                .arg(marks.join(QLatin1Char(','))));
        for (const QString &source : sources)
            narrow.addBindValue(source);
        sql::exec(narrow);
    }
}

ReportQueries::~ReportQueries()
{
    try {
        sql::exec(storeConnection(m_store), QStringLiteral("DROP TABLE IF EXISTS temp.report_scope"));
    } catch (const Error &) {
        // The temporary table goes with the connection anyway; a destructor must not throw.
    }
}

QString ReportQueries::liveCondition() const
{
    // The threshold is the report's own number, not text from the data: written into the SQL so the statement
    // can use it in several places without repeating a named bind.
    return QStringLiteral("a.status NOT IN ('rejected', 'ignored') AND (a.origin <> 'model' OR a.score IS NULL"
                          " OR a.score >= %1)")
        .arg(m_threshold, 0, 'g', 17);
}

qint64 ReportQueries::itemCount() const
{
    QSqlQuery query = run(m_store, QStringLiteral("SELECT count(*) FROM report_scope"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

QList<KeyCount> ReportQueries::itemsBy(Facet facet) const
{
    static const char *const columns[] = {"kind", "source", "language", "split"};
    QSqlQuery query = run(m_store,
        QStringLiteral("SELECT i.%1, count(*) FROM report_scope r JOIN items i ON i.id = r.item_id GROUP BY 1"
                       " ORDER BY 2 DESC, 1")
            .arg(QLatin1String(columns[int(facet)])));
    QList<KeyCount> counts;
    while (query.next())
        counts.append({query.value(0).toString(), query.value(1).toLongLong()});
    return counts;
}

qint64 ReportQueries::threadPostCount() const
{
    QSqlQuery query
        = run(m_store, QStringLiteral("SELECT count(*) FROM report_scope r JOIN posts p ON p.item_id = r.item_id"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

bool ReportQueries::hasLiveRows(const QString &schema, bool spansOnly) const
{
    QSqlQuery query = run(m_store,
        QStringLiteral("SELECT EXISTS(SELECT 1") + QLatin1String(kScopedRows) + QStringLiteral(" AND ")
            + liveCondition() + (spansOnly ? QStringLiteral(" AND a.start_cp IS NOT NULL") : QString())
            + QStringLiteral(")"),
        {{QStringLiteral(":schema"), schema}});
    return query.next() && query.value(0).toBool();
}

QList<KeyCount> ReportQueries::annotatorProgress(int limit) const
{
    QSqlQuery query = run(m_store,
        QStringLiteral("SELECT coalesce(a.annotator, ''), count(DISTINCT a.item_id) FROM report_scope r"
                       " JOIN annotations a ON a.item_id = r.item_id WHERE a.origin = 'human' GROUP BY 1"
                       " ORDER BY 2 DESC, 1 LIMIT %1")
            .arg(limit));
    QList<KeyCount> counts;
    while (query.next())
        counts.append({query.value(0).toString(), query.value(1).toLongLong()});
    return counts;
}

QList<LabelOriginCount> ReportQueries::labelsByOrigin(const QString &schema) const
{
    QSqlQuery query = run(m_store,
        QStringLiteral("SELECT l.name, a.origin, count(DISTINCT a.item_id)") + QLatin1String(kScopedRows)
            + QStringLiteral(" AND ") + liveCondition()
            + QStringLiteral(" GROUP BY l.position, a.origin ORDER BY l.position"),
        {{QStringLiteral(":schema"), schema}});
    QList<LabelOriginCount> counts;
    while (query.next()) {
        const QString label = query.value(0).toString();
        if (counts.isEmpty() || counts.last().label != label)
            counts.append({label, 0, 0, 0});
        const qint64 count = query.value(2).toLongLong();
        switch (originFromName(query.value(1).toString())) {
        case Origin::Gold: counts.last().gold = count; break;
        case Origin::Human: counts.last().human += count; break;
        case Origin::Curated: counts.last().human += count; break; // people's answers: the report's human column
        case Origin::Model: counts.last().model = count; break;
        }
    }
    return counts;
}

QList<KeyLabelCount> ReportQueries::labelsBy(const QString &schema, Facet facet) const
{
    static const char *const columns[] = {"kind", "source", "language", "split"};
    return keyLabelCounts(run(m_store,
        QStringLiteral("SELECT i.%1, l.name, count(DISTINCT a.item_id)").arg(QLatin1String(columns[int(facet)]))
            + QLatin1String(kScopedRows) + QStringLiteral(" AND ") + liveCondition()
            + QStringLiteral(" GROUP BY 1, l.position ORDER BY 1, l.position"),
        {{QStringLiteral(":schema"), schema}}));
}

QList<KeyLabelCount> ReportQueries::labelsByMonth(const QString &schema) const
{
    return keyLabelCounts(run(m_store,
        QStringLiteral("SELECT substr(coalesce(p.created_at, i.created_at), 1, 7), l.name, count(DISTINCT a.item_id)")
            + QLatin1String(report_sql::kScopedRowsWithPosts) + QStringLiteral(" AND ") + liveCondition()
            + QStringLiteral(" AND coalesce(p.created_at, i.created_at) IS NOT NULL GROUP BY 1, l.position"
                             " ORDER BY 1, l.position"),
        {{QStringLiteral(":schema"), schema}}));
}

QList<KeyLabelCount> ReportQueries::cooccurrence(const QString &schema) const
{
    // The diagonal (a label with itself) is the label's item count: the heat map's scale.
    return keyLabelCounts(run(m_store,
        QStringLiteral("WITH live AS (SELECT DISTINCT a.item_id, l.position, l.name") + QLatin1String(kScopedRows)
            + QStringLiteral(" AND ") + liveCondition()
            + QStringLiteral(") SELECT x.name, y.name, count(*) FROM live x JOIN live y ON y.item_id = x.item_id"
                             " AND y.position >= x.position GROUP BY x.position, y.position"
                             " ORDER BY x.position, y.position"),
        {{QStringLiteral(":schema"), schema}}));
}

} // namespace candor
