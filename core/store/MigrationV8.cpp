#include "core/store/MigrationV8.h"

#include "core/store/Sql.h"

#include <QStringList>

namespace candor {

void migrateToVersion8(const QSqlDatabase &db)
{
    const QStringList statements = {
        QStringLiteral("CREATE TABLE fact_checks(item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,"
                       " claim TEXT NOT NULL CHECK(length(trim(claim)) > 0),"
                       " rating TEXT NOT NULL CHECK(rating IN ('true','mostly-true','mixed','mostly-false','false',"
                       "'unverifiable')),"
                       " note TEXT NOT NULL DEFAULT '', annotator TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX fact_checks_rating ON fact_checks(rating)"),
        // OR IGNORE: a project seeded since "unsure" became built in has the label already (UNIQUE(schema, name)).
        QStringLiteral("INSERT OR IGNORE INTO labels(schema_id, position, name, colour, shortcut, ignored)"
                       " SELECT s.id, (SELECT ifnull(max(l.position), -1) + 1 FROM labels l WHERE l.schema_id = s.id),"
                       " 'unsure', '#9e9e9e', 'Shift+U', 1 FROM label_schemas s WHERE s.name = 'fake-2'"),
    };
    for (const QString &statement : statements)
        sql::exec(db, statement);
}

} // namespace candor
