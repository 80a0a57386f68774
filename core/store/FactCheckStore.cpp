#include "core/store/FactCheckStore.h"

#include "core/domain/Error.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"

#include <QSqlQuery>
#include <QVariant>

namespace candor {

namespace {

const QString kColumns
    = QStringLiteral("f.item_id, f.claim, f.rating, f.note, f.annotator, f.created_at, f.updated_at");

FactCheck readRow(const ProjectStore &store, const QSqlQuery &query)
{
    FactCheck record;
    record.itemId = query.value(0).toLongLong();
    record.claim = query.value(1).toString();
    const QString rating = query.value(2).toString();
    const std::optional<FactCheckRating> known = factCheckRatingFromName(rating);
    if (!known) // the table's CHECK rules this out unless another tool wrote the file
        throw Error(Error::tr("project '%1': the fact check of item %2 has an unknown rating '%3'")
                        .arg(store.path())
                        .arg(record.itemId)
                        .arg(rating));
    record.rating = *known;
    record.note = query.value(3).toString();
    record.annotator = query.value(4).toString();
    record.createdAt = fromIsoUtc(query.value(5).toString());
    record.updatedAt = fromIsoUtc(query.value(6).toString());
    return record;
}

} // namespace

std::optional<FactCheck> factCheck(const ProjectStore &store, qint64 itemId)
{
    QSqlQuery query = sql::prepare(
        storeConnection(store), QStringLiteral("SELECT %1 FROM fact_checks f WHERE f.item_id = ?").arg(kColumns));
    query.bindValue(0, itemId);
    sql::exec(query);
    if (!query.next())
        return std::nullopt;
    return readRow(store, query);
}

FactCheck putFactCheck(ProjectStore &store, const FactCheck &record)
{
    if (record.problems().isEmpty() && !store.item(record.itemId)) // a bad record is named by writeFactCheck
        throw Error(Error::tr("project '%1' has no item %2: the fact check was not saved")
                        .arg(store.path())
                        .arg(record.itemId));
    sql::Transaction transaction(storeConnection(store));
    writeFactCheck(store, record);
    transaction.commit();
    // As read back: the stored times have millisecond precision.
    return *factCheck(store, record.itemId);
}

void writeFactCheck(ProjectStore &store, const FactCheck &record)
{
    const QStringList problems = record.problems();
    if (!problems.isEmpty())
        throw Error(Error::tr("project '%1', item %2: the fact check was not saved. %3")
                        .arg(store.path())
                        .arg(record.itemId)
                        .arg(problems.join(QLatin1Char(' '))));
    const QSqlDatabase db = storeConnection(store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    FactCheck stored = record;
    if (!stored.createdAt.isValid()) {
        const std::optional<FactCheck> earlier = factCheck(store, record.itemId);
        stored.createdAt = earlier ? earlier->createdAt : now;
    }
    if (!stored.updatedAt.isValid())
        stored.updatedAt = now;
    QSqlQuery upsert = sql::prepare(db,
        QStringLiteral("INSERT INTO fact_checks(item_id, claim, rating, note, annotator, created_at, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(item_id) DO UPDATE SET claim = excluded.claim,"
                       " rating = excluded.rating, note = excluded.note, annotator = excluded.annotator,"
                       " created_at = excluded.created_at, updated_at = excluded.updated_at"));
    upsert.bindValue(0, stored.itemId);
    upsert.bindValue(1, stored.claim);
    upsert.bindValue(2, factCheckRatingName(stored.rating));
    upsert.bindValue(3, sql::text(stored.note));
    upsert.bindValue(4, sql::text(stored.annotator));
    upsert.bindValue(5, toIsoUtc(stored.createdAt));
    upsert.bindValue(6, toIsoUtc(stored.updatedAt));
    sql::exec(upsert);
}

bool removeFactCheck(ProjectStore &store, qint64 itemId)
{
    QSqlQuery remove
        = sql::prepare(storeConnection(store), QStringLiteral("DELETE FROM fact_checks WHERE item_id = ?"));
    remove.bindValue(0, itemId);
    sql::exec(remove);
    return remove.numRowsAffected() > 0;
}

QList<FactCheck> factChecks(const ProjectStore &store, const QString &split)
{
    QString statement = QStringLiteral("SELECT %1 FROM fact_checks f").arg(kColumns);
    if (!split.isEmpty())
        statement += QStringLiteral(" JOIN items i ON i.id = f.item_id WHERE i.split = ?");
    QSqlQuery query = sql::prepare(storeConnection(store), statement + QStringLiteral(" ORDER BY f.item_id"));
    query.setForwardOnly(true);
    if (!split.isEmpty())
        query.bindValue(0, split);
    sql::exec(query);
    QList<FactCheck> records;
    while (query.next())
        records.append(readRow(store, query));
    return records;
}

} // namespace candor
