#include "core/store/ItemReader.h"

#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"

#include <QSqlQuery>

namespace candor {

namespace {

QSqlQuery run(const ProjectStore &store, const QString &statement, const QVariantList &binds = {})
{
    QSqlQuery query = sql::prepare(storeConnection(store), statement);
    query.setForwardOnly(true);
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds[i]);
    sql::exec(query);
    return query;
}

ItemRow readRow(const QSqlQuery &query)
{
    ItemRow row;
    row.id = query.value(ItemQuery::Id).toLongLong();
    row.kind = query.value(ItemQuery::Kind).toString();
    row.preview = query.value(ItemQuery::Preview).toString().simplified();
    row.mediaId = query.value(ItemQuery::MediaId).toLongLong();
    row.createdAt = query.value(ItemQuery::CreatedAt).toString().left(10);
    row.gold = query.value(ItemQuery::GoldLabels).toString();
    row.human = query.value(ItemQuery::HumanLabels).toString();
    row.model = query.value(ItemQuery::ModelLabels).toString();
    row.bestScore = query.value(ItemQuery::BestScore);
    row.uncertainty = query.value(ItemQuery::Uncertainty);
    row.reviewed = query.value(ItemQuery::Reviewed).toBool();
    row.annotators = query.value(ItemQuery::Annotators).toString();
    return row;
}

std::optional<qint64> firstId(QSqlQuery query)
{
    return query.next() ? std::optional<qint64>(query.value(0).toLongLong()) : std::nullopt;
}

QStringList nonEmptyValues(QSqlQuery query)
{
    QStringList values;
    while (query.next())
        if (const QString value = query.value(0).toString(); !value.isEmpty())
            values.append(value);
    return values;
}

} // namespace

FacetSelection ItemReader::facets(const ItemQuery &query) const
{
    return FacetSelection::resolve(storeConnection(m_store), query);
}

QList<ItemRow> ItemReader::page(
    const ItemQuery &query, const FacetSelection &facets, int limit, std::optional<qint64> afterId, qint64 offset) const
{
    QVariantList binds;
    const QString statement = query.selectStatement(binds, limit, afterId, offset, &facets);
    QSqlQuery rows = run(m_store, statement, binds);
    QList<ItemRow> page;
    page.reserve(limit);
    while (rows.next())
        page.append(readRow(rows));
    return page;
}

qint64 ItemReader::count(const ItemQuery &query, const FacetSelection &facets) const
{
    QVariantList binds;
    const QString statement = query.countStatement(binds, &facets);
    QSqlQuery counted = run(m_store, statement, binds);
    return counted.next() ? counted.value(0).toLongLong() : 0;
}

std::optional<ItemRow> ItemReader::row(qint64 itemId) const
{
    QVariantList binds;
    const QString statement = ItemQuery::rowStatement(binds, itemId);
    QSqlQuery found = run(m_store, statement, binds);
    return found.next() ? std::optional<ItemRow>(readRow(found)) : std::nullopt;
}

QList<qint64> ItemReader::ids(const ItemQuery &query, const std::function<bool()> &cancelled) const
{
    const FacetSelection selection = facets(query);
    QVariantList binds;
    const QString statement = query.idStatement(binds, &selection);
    QSqlQuery rows = run(m_store, statement, binds);
    QList<qint64> ids;
    while (rows.next()) {
        if (cancelled && ids.size() % 1000 == 0 && cancelled())
            break;
        ids.append(rows.value(0).toLongLong());
    }
    return ids;
}

std::optional<qint64> ItemReader::nextUnreviewed(const ItemQuery &query, qint64 currentId) const
{
    const FacetSelection selection = facets(query);
    QVariantList binds;
    const QString statement = query.nextUnreviewedStatement(binds, currentId, &selection);
    return firstId(run(m_store, statement, binds));
}

std::optional<qint64> ItemReader::mostUncertain(const ItemQuery &query, qint64 currentId) const
{
    const FacetSelection selection = facets(query);
    QVariantList binds;
    const QString statement = query.mostUncertainStatement(binds, currentId, &selection);
    return firstId(run(m_store, statement, binds));
}

std::optional<qint64> ItemReader::nextDisagreement(ItemQuery query, qint64 currentId) const
{
    query.disagreement = true;
    const FacetSelection selection = facets(query);
    QVariantList binds;
    const QString statement = query.nextMatchStatement(binds, currentId, &selection);
    return firstId(run(m_store, statement, binds));
}

QStringList ItemReader::labelNames() const
{
    return nonEmptyValues(run(m_store,
        QStringLiteral(
            "SELECT DISTINCT l.name FROM labels l JOIN label_schemas s ON s.id = l.schema_id ORDER BY l.name")));
}

QStringList ItemReader::annotators(int limit) const
{
    return nonEmptyValues(run(m_store,
        QStringLiteral("SELECT DISTINCT annotator FROM annotations WHERE origin = 'human' ORDER BY 1 LIMIT ?"),
        {limit}));
}

QStringList ItemReader::languages() const
{
    return nonEmptyValues(run(m_store, QStringLiteral("SELECT DISTINCT language FROM facets ORDER BY 1 LIMIT 500")));
}

QStringList ItemReader::sources() const
{
    return nonEmptyValues(run(m_store, QStringLiteral("SELECT DISTINCT source FROM facets ORDER BY 1 LIMIT 500")));
}

} // namespace candor
