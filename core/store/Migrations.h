#pragma once

#include <QSqlDatabase>

namespace candor {

// The project schema grows in numbered steps. A file records its version in meta('schema_version'); opening
// an older file runs each later step in order, each in its own transaction, so an interrupted upgrade leaves
// the file at the last complete version.
class Migrations
{
public:
    static constexpr int latestVersion = 10;

    // 0 for an empty database; throws when the file is not a Candor project.
    static int currentVersion(const QSqlDatabase &db);
    // Brings the schema to `target` (default: latest). Throws for files newer than this build.
    static void migrate(const QSqlDatabase &db, int target = latestVersion);
};

} // namespace candor
