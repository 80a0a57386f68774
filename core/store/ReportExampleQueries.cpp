// ReportQueries: example passages and the thread reads (stance mix, most denied threads).
#include "core/domain/LabelSchema.h"
#include "core/store/ReportQueries.h"
#include "core/store/ReportSql.h"

namespace candor {

using report_sql::kOriginRank;
using report_sql::kScopedRows;
using report_sql::run;

namespace {

// The stance each post in scope carries: its best-ranked live row, of reference origin or of the model.
QString stanceRows(const QString &live, bool modelOnly)
{
    return QStringLiteral("WITH ranked AS (SELECT a.item_id, a.post_id, l.name AS stance, row_number() OVER"
                          " (PARTITION BY a.post_id ORDER BY %1, a.id DESC) AS pick")
               .arg(QLatin1String(kOriginRank))
        + QLatin1String(kScopedRows) + QStringLiteral(" AND a.post_id IS NOT NULL AND ") + live
        + (modelOnly ? QStringLiteral(" AND a.origin = 'model'") : QStringLiteral(" AND a.origin <> 'model'"))
        + QStringLiteral("), stance AS (SELECT item_id, post_id, stance FROM ranked WHERE pick = 1) ");
}

// The veracity a thread item carries (the reference row first); "" when none.
QString veracityOf(const QString &item, const QString &live)
{
    return QStringLiteral("ifnull((SELECT l.name FROM annotations a JOIN labels l ON l.id = a.label_id"
                          " JOIN label_schemas s ON s.id = l.schema_id WHERE a.item_id = %1 AND a.post_id IS NULL"
                          " AND s.name = 'veracity-3' AND %2 ORDER BY %3 LIMIT 1), '')")
        .arg(item, live, QLatin1String(kOriginRank));
}

} // namespace

QList<SpanExcerpt> ReportQueries::examples(
    const QString &schema, const QString &label, int limit, int context, int spanMax, ExampleOrder order) const
{
    const QLatin1String rank(order == ExampleOrder::ModelFirst
            ? "CASE a.origin WHEN 'model' THEN 0 WHEN 'human' THEN 1 ELSE 2 END"
            : kOriginRank);
    // One passage per item (its best row), so a long post with many spans of one label does not fill the list.
    // Item-level rows rank after spans: a passage with its span marked says more than a whole text.
    const QString ranked
        = QStringLiteral("WITH ranked AS (SELECT a.item_id, i.source, i.external_id, a.origin, a.score,"
                         " ifnull(a.start_cp, 0) AS start_cp, ifnull(a.end_cp, 0) AS end_cp,"
                         " a.start_cp IS NULL AS whole, %1 AS origin_rank, row_number() OVER (PARTITION BY"
                         " a.item_id ORDER BY a.start_cp IS NULL, %1, a.score DESC, a.start_cp) AS pick")
              .arg(rank)
        + QLatin1String(kScopedRows) + QStringLiteral(" AND l.name = :label AND a.post_id IS NULL AND ")
        + liveCondition() + QStringLiteral(")");
    // Whole-text rows keep the first spanMax code points as their "before" part, nothing highlighted.
    const QString columns = QStringLiteral(
        " SELECT x.item_id, x.source, x.external_id, x.origin, x.score, x.whole,"
        " CASE WHEN x.whole THEN substr(i.text, 1, %2)"
        " ELSE substr(i.text, max(x.start_cp - %1, 0) + 1, x.start_cp - max(x.start_cp - %1, 0)) END,"
        " CASE WHEN x.whole THEN '' ELSE substr(i.text, x.start_cp + 1, min(x.end_cp - x.start_cp, %2)) END,"
        " CASE WHEN x.whole THEN '' ELSE substr(i.text, x.end_cp + 1, %1) END,"
        " NOT x.whole AND x.start_cp > %1, NOT x.whole AND x.end_cp - x.start_cp > %2,"
        " CASE WHEN x.whole THEN length(i.text) > %2 ELSE length(i.text) > x.end_cp + %1 END"
        " FROM ranked x JOIN items i ON i.id = x.item_id WHERE x.pick = 1"
        " ORDER BY x.whole, x.origin_rank, x.score DESC, x.item_id LIMIT %3")
                                .arg(context)
                                .arg(spanMax)
                                .arg(limit);
    QSqlQuery rows
        = run(m_store, ranked + columns, {{QStringLiteral(":schema"), schema}, {QStringLiteral(":label"), label}});
    QList<SpanExcerpt> excerpts;
    while (rows.next()) {
        SpanExcerpt excerpt;
        excerpt.itemId = rows.value(0).toLongLong();
        excerpt.source = rows.value(1).toString();
        excerpt.externalId = rows.value(2).toString();
        excerpt.label = label;
        excerpt.origin = originFromName(rows.value(3).toString());
        if (!rows.value(4).isNull())
            excerpt.score = rows.value(4).toDouble();
        excerpt.before = rows.value(6).toString();
        excerpt.span = rows.value(7).toString();
        excerpt.after = rows.value(8).toString();
        excerpt.cutBefore = rows.value(9).toBool();
        excerpt.cutSpan = rows.value(10).toBool();
        excerpt.cutAfter = rows.value(11).toBool();
        excerpts.append(excerpt);
    }
    return excerpts;
}

QList<StanceVeracityCount> ReportQueries::stanceByVeracity(bool *modelOnly) const
{
    const QVariantMap binds{{QStringLiteral(":schema"), Schemas::Stance4}};
    const auto counts = [&](bool model) {
        QSqlQuery rows = run(m_store,
            stanceRows(liveCondition(), model) + QStringLiteral("SELECT ")
                + veracityOf(QStringLiteral("t.item_id"), liveCondition())
                + QStringLiteral(", t.stance, count(*) FROM stance t GROUP BY 1, 2 ORDER BY 1, 2"),
            binds);
        QList<StanceVeracityCount> result;
        while (rows.next())
            result.append({rows.value(0).toString(), rows.value(1).toString(), rows.value(2).toLongLong()});
        return result;
    };
    QList<StanceVeracityCount> result = counts(false);
    const bool fallback = result.isEmpty();
    if (fallback)
        result = counts(true);
    if (modelOnly)
        *modelOnly = fallback && !result.isEmpty();
    return result;
}

QList<DeniedThread> ReportQueries::mostDenied(int limit, int textMax, bool modelOnly) const
{
    QSqlQuery rows = run(m_store,
        stanceRows(liveCondition(), modelOnly)
            + QStringLiteral("SELECT i.id, i.source, i.external_id, %1, substr(i.text, 1, %2), length(i.text) > %2,"
                             " (SELECT count(*) FROM posts p WHERE p.item_id = i.id AND p.parent_post_id <> ''),"
                             " d.denies FROM (SELECT item_id, count(*) AS denies FROM stance WHERE stance = 'deny'"
                             " GROUP BY item_id) d JOIN items i ON i.id = d.item_id"
                             " ORDER BY d.denies DESC, i.id LIMIT %3")
                  .arg(veracityOf(QStringLiteral("i.id"), liveCondition()))
                  .arg(textMax)
                  .arg(limit),
        {{QStringLiteral(":schema"), Schemas::Stance4}});
    QList<DeniedThread> threads;
    while (rows.next()) {
        DeniedThread thread;
        thread.itemId = rows.value(0).toLongLong();
        thread.source = rows.value(1).toString();
        thread.externalId = rows.value(2).toString();
        thread.veracity = rows.value(3).toString();
        thread.text = rows.value(4).toString();
        thread.cut = rows.value(5).toBool();
        thread.replies = rows.value(6).toLongLong();
        thread.denies = rows.value(7).toLongLong();
        threads.append(thread);
    }
    return threads;
}

} // namespace candor
