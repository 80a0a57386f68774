// Label schemas and annotations of ProjectStore.
#include "core/domain/Error.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/server/ServerWorkingCopy.h"

#include <QSqlQuery>
#include <QVariant>

namespace candor {

qint64 ProjectStore::addAnnotation(const Annotation &a)
{
    if (ServerWorkingCopy::isOpenedWorkingCopy(m_path))
        return ServerWorkingCopy::addAnnotation(db(), a);
    if (a.start.has_value() != a.end.has_value())
        throw Error(Error::tr("span annotation needs both start and end"));
    if (a.isSpan() && (*a.start < 0 || *a.end < *a.start))
        throw Error(Error::tr("invalid span [%1, %2)").arg(*a.start).arg(*a.end));
    if (a.origin == Origin::Model && !a.modelVersionId)
        throw Error(Error::tr("a model annotation needs its model version"));
    const qint64 label = labelId(a.schema, a.label);
    const QString now = toIsoUtc(QDateTime::currentDateTimeUtc());
    // OR IGNORE only ever fires on the partial unique index over gold rows: re-imported gold adds nothing.
    sql::Statement statement(db(),
        QStringLiteral(
            "INSERT OR IGNORE INTO annotations(item_id, post_id, label_id, start_cp, end_cp, origin, annotator,"
            " model_version_id, score, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery &insert = statement.query();
    insert.bindValue(0, a.itemId);
    insert.bindValue(1, a.postRowId ? QVariant(*a.postRowId) : QVariant(QMetaType::fromType<qint64>()));
    insert.bindValue(2, label);
    insert.bindValue(3, a.start ? QVariant(*a.start) : QVariant(QMetaType::fromType<int>()));
    insert.bindValue(4, a.end ? QVariant(*a.end) : QVariant(QMetaType::fromType<int>()));
    insert.bindValue(5, originName(a.origin));
    insert.bindValue(6, sql::text(a.annotator));
    insert.bindValue(7, a.modelVersionId ? QVariant(*a.modelVersionId) : QVariant(QMetaType::fromType<qint64>()));
    insert.bindValue(8, a.score ? QVariant(*a.score) : QVariant(QMetaType::fromType<double>()));
    insert.bindValue(9, statusName(a.status));
    insert.bindValue(10, a.createdAt.isValid() ? toIsoUtc(a.createdAt) : now);
    insert.bindValue(11, a.updatedAt.isValid() ? toIsoUtc(a.updatedAt) : now);
    statement.exec();
    if (insert.numRowsAffected() == 0)
        return 0;
    return insert.lastInsertId().toLongLong();
}

QList<Annotation> ProjectStore::annotations(qint64 itemId, const AnnotationFilter &filter) const
{
    QString statement = QStringLiteral(
        "SELECT a.id, a.post_id, s.name, l.name, a.start_cp, a.end_cp, a.origin, a.annotator, a.model_version_id,"
        " a.score, a.status, a.created_at, a.updated_at FROM annotations a JOIN labels l ON l.id = a.label_id"
        " JOIN label_schemas s ON s.id = l.schema_id WHERE a.item_id = :item");
    if (filter.origin)
        statement += QStringLiteral(" AND a.origin = :origin");
    if (filter.modelVersionId)
        statement += QStringLiteral(" AND a.model_version_id = :model");
    if (!filter.schema.isEmpty())
        statement += QStringLiteral(" AND s.name = :schema");
    if (!filter.includeRejected)
        statement += QStringLiteral(" AND a.status <> 'rejected'");
    if (!filter.includeIgnored)
        statement += QStringLiteral(" AND a.status <> 'ignored'");
    statement += QStringLiteral(" ORDER BY a.post_id, a.start_cp, a.end_cp, l.position, a.id");
    QSqlQuery query = sql::prepare(db(), statement);
    query.bindValue(QStringLiteral(":item"), itemId);
    if (filter.origin)
        query.bindValue(QStringLiteral(":origin"), originName(*filter.origin));
    if (filter.modelVersionId)
        query.bindValue(QStringLiteral(":model"), *filter.modelVersionId);
    if (!filter.schema.isEmpty())
        query.bindValue(QStringLiteral(":schema"), filter.schema);
    sql::exec(query);
    QList<Annotation> result;
    while (query.next()) {
        Annotation a;
        a.id = query.value(0).toLongLong();
        a.itemId = itemId;
        if (!query.value(1).isNull())
            a.postRowId = query.value(1).toLongLong();
        a.schema = query.value(2).toString();
        a.label = query.value(3).toString();
        if (!query.value(4).isNull()) {
            a.start = query.value(4).toInt();
            a.end = query.value(5).toInt();
        }
        a.origin = originFromName(query.value(6).toString());
        a.annotator = query.value(7).toString();
        if (!query.value(8).isNull())
            a.modelVersionId = query.value(8).toLongLong();
        if (!query.value(9).isNull())
            a.score = query.value(9).toDouble();
        a.status = statusFromName(query.value(10).toString());
        a.createdAt = fromIsoUtc(query.value(11).toString());
        a.updatedAt = fromIsoUtc(query.value(12).toString());
        result.append(a);
    }
    return result;
}

void ProjectStore::setAnnotationStatus(qint64 annotationId, Status status)
{
    if (ServerWorkingCopy::isOpenedWorkingCopy(m_path))
        return ServerWorkingCopy::setAnnotationStatus(db(), annotationId, status);
    QSqlQuery query
        = sql::prepare(db(), QStringLiteral("UPDATE annotations SET status = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(statusName(status));
    query.addBindValue(toIsoUtc(QDateTime::currentDateTimeUtc()));
    query.addBindValue(annotationId);
    sql::exec(query);
    if (query.numRowsAffected() != 1)
        throw Error(Error::tr("annotation %1 does not exist").arg(annotationId));
}

void ProjectStore::deleteAnnotation(qint64 annotationId)
{
    if (ServerWorkingCopy::isOpenedWorkingCopy(m_path))
        return ServerWorkingCopy::deleteAnnotation(db(), annotationId);
    QSqlQuery query = sql::prepare(db(), QStringLiteral("DELETE FROM annotations WHERE id = ?"));
    query.addBindValue(annotationId);
    sql::exec(query);
}

QList<AnnotatorProgress> ProjectStore::annotatorProgress(int limit) const
{
    QSqlQuery query = sql::prepare(db(),
        QStringLiteral(
            "SELECT annotator, count(DISTINCT item_id) FROM annotations WHERE origin = 'human' GROUP BY annotator"
            " ORDER BY 2 DESC, annotator LIMIT ?"));
    query.addBindValue(limit);
    sql::exec(query);
    QList<AnnotatorProgress> progress;
    while (query.next())
        progress.append({query.value(0).toString(), query.value(1).toLongLong()});
    return progress;
}

} // namespace candor
