#include "core/store/MigrationV10.h"

#include "core/store/Sql.h"

namespace candor {

void migrateToVersion10(const QSqlDatabase &db)
{
    sql::exec(db,
        QStringLiteral("ALTER TABLE label_schemas ADD COLUMN usage TEXT NOT NULL DEFAULT 'both'"
                       " CHECK(usage IN ('items','spans','both'))"));
    sql::exec(db,
        QStringLiteral("ALTER TABLE labels ADD COLUMN retired INTEGER NOT NULL DEFAULT 0 CHECK(retired IN (0, 1))"));
    sql::exec(db,
        QStringLiteral("CREATE TABLE label_aliases(schema_id INTEGER NOT NULL REFERENCES label_schemas(id) ON DELETE "
                       "CASCADE, name TEXT NOT NULL, label_id INTEGER NOT NULL REFERENCES labels(id) ON DELETE CASCADE,"
                       " PRIMARY KEY(schema_id, name))"));
}

} // namespace candor
