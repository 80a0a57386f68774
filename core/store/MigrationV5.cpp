#include "core/store/MigrationV5.h"

#include "core/store/Sql.h"

#include <QStringList>

namespace candor {

namespace {

// The facet row of an items row (`row` is new or old) and its id.
QString facetOf(const QString &row)
{
    return QStringLiteral("kind = %1.kind AND language = %1.language AND source = %1.source AND split = %1.split")
        .arg(row);
}

QString facetIdOf(const QString &row)
{
    return QStringLiteral("(SELECT id FROM facets WHERE ") + facetOf(row) + QStringLiteral(")");
}

QString countIn(const QString &row)
{
    return QStringLiteral("INSERT INTO facets(kind, language, source, split, item_count)"
                          " VALUES (%1.kind, %1.language, %1.source, %1.split, 1)"
                          " ON CONFLICT(kind, language, source, split) DO UPDATE SET item_count = item_count + 1;")
        .arg(row);
}

// An emptied facet goes away, so the facet list stays the combinations that exist.
QString countOut(const QString &row)
{
    return QStringLiteral("UPDATE facets SET item_count = item_count - 1 WHERE ") + facetOf(row)
        + QStringLiteral("; DELETE FROM facets WHERE item_count = 0 AND ") + facetOf(row) + QStringLiteral(";");
}

} // namespace

void migrateToVersion5(const QSqlDatabase &db)
{
    const QStringList statements = {
        QStringLiteral("CREATE TABLE facets(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, language TEXT NOT NULL,"
                       " source TEXT NOT NULL, split TEXT NOT NULL, item_count INTEGER NOT NULL CHECK(item_count >= 0),"
                       " UNIQUE(kind, language, source, split))"),
        // No REFERENCES: the summary row of a deleted item goes by cascade while the delete trigger empties its
        // facet, and a foreign key check per inserted item would only repeat what the triggers guarantee.
        QStringLiteral("ALTER TABLE item_summary ADD COLUMN facet_id INTEGER"),
        QStringLiteral(
            "INSERT INTO facets(kind, language, source, split, item_count)"
            " SELECT kind, language, source, split, count(*) FROM items GROUP BY kind, language, source, split"),
        QStringLiteral("UPDATE item_summary SET facet_id = (SELECT f.id FROM items i JOIN facets f ON f.kind = i.kind"
                       " AND f.language = i.language AND f.source = i.source AND f.split = i.split"
                       " WHERE i.id = item_summary.item_id)"),
        // Ends with the rowid (item id): one facet's items come back in id order, several merge by id.
        QStringLiteral("CREATE INDEX item_summary_facet ON item_summary(facet_id)"),
        QStringLiteral("DROP TRIGGER items_summary_insert"),
        QStringLiteral("CREATE TRIGGER items_summary_insert AFTER INSERT ON items BEGIN ")
            + countIn(QStringLiteral("new"))
            + QStringLiteral(" INSERT INTO item_summary(item_id, facet_id) VALUES (new.id, ")
            + facetIdOf(QStringLiteral("new")) + QStringLiteral("); END"),
        QStringLiteral("CREATE TRIGGER items_facet_delete AFTER DELETE ON items BEGIN ")
            + countOut(QStringLiteral("old")) + QStringLiteral(" END"),
        // upsertItem rewrites every column of a changed item; only a real change of the facet moves the counts.
        QStringLiteral(
            "CREATE TRIGGER items_facet_update AFTER UPDATE OF kind, language, source, split ON items"
            " WHEN old.kind IS NOT new.kind OR old.language IS NOT new.language OR old.source IS NOT new.source"
            " OR old.split IS NOT new.split BEGIN ")
            + countIn(QStringLiteral("new")) + countOut(QStringLiteral("old"))
            + QStringLiteral(" UPDATE item_summary SET facet_id = ") + facetIdOf(QStringLiteral("new"))
            + QStringLiteral(" WHERE item_id = new.id; END"),
    };
    for (const QString &statement : statements)
        sql::exec(db, statement);
}

} // namespace candor
