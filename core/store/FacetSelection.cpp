#include "core/store/FacetSelection.h"

#include "core/store/ItemQuery.h"
#include "core/store/Sql.h"

#include <QStringList>

namespace candor {

bool FacetSelection::narrow() const
{
    return double(itemCount) * double(itemCount) <= kNarrowFactor * kPageRows * double(projectItems);
}

FacetSelection FacetSelection::resolve(const QSqlDatabase &db, const ItemQuery &query)
{
    FacetSelection selection;
    QStringList conditions;
    QVariantList binds;
    const auto equals = [&](const char *column, const QString &value) {
        if (value.isEmpty())
            return;
        conditions.append(QLatin1String(column) + QStringLiteral(" = ?"));
        binds.append(value);
    };
    equals("kind", query.kind);
    equals("language", query.language);
    equals("source", query.source);
    equals("split", query.split);
    selection.constrained = !conditions.isEmpty();

    QSqlQuery facets = sql::prepare(db,
        QStringLiteral("SELECT id, item_count, ")
            + (conditions.isEmpty() ? QStringLiteral("1") : conditions.join(QStringLiteral(" AND ")))
            + QStringLiteral(" FROM facets ORDER BY id"));
    facets.setForwardOnly(true);
    for (int i = 0; i < binds.size(); ++i)
        facets.bindValue(i, binds[i]);
    sql::exec(facets);
    // One pass over every facet gives both the project total and the matching ones (the table is tiny).
    while (facets.next()) {
        const qint64 count = facets.value(1).toLongLong();
        selection.projectItems += count;
        if (facets.value(2).toBool() && selection.constrained) {
            selection.ids.append(facets.value(0).toLongLong());
            selection.itemCount += count;
        }
    }
    if (!selection.constrained)
        selection.itemCount = selection.projectItems;
    return selection;
}

} // namespace candor
