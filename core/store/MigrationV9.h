#pragma once

#include <QSqlDatabase>

namespace candor {

// Schema version 9: the `curated` origin. A curator settles what several annotators marked (issue 14's
// adjudication); the settled rows are their own layer, above human rows in "best", so the annotators' rows stay as
// they were and agreement is still computed on them.
// The annotations table's CHECK on origin gains 'curated'. SQLite cannot ALTER a CHECK, and rebuilding the table
// would fire its summary triggers and cascade; widening a CHECK changes no stored row, so the table's SQL text is
// edited in place (writable_schema, SQLite's documented procedure for loosening a constraint, with the schema cookie
// bumped so every open connection rereads it and an integrity check after).
void migrateToVersion9(const QSqlDatabase &db);

} // namespace candor
