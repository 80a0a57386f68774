#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <atomic>
#include <functional>

namespace candor {

class ServerAddress;

// What a push or pull moved: rows per project table, in copy order.
struct TransferReport
{
    QString from;
    QString to;
    QList<QPair<QString, qint64>> rows;
    // Pull only: the server snapshot the rows were read in (pg_current_snapshot()), from which a working copy
    // later reads exactly the changes it did not see.
    QString serverSnapshot;
    qint64 totalRows() const;
    QJsonObject toJson() const;
};

// Moves a whole project between a project file and a PostgreSQL database, row for row with the same ids, in one
// transaction on the receiving side: a failure or a cancel leaves the receiver as it was (no server tables, no
// file). The file's derived tables (summaries, facets, the FTS5 index) are rebuilt by its own triggers on pull.
class ProjectTransfer
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Copies the project file (upgraded to the latest schema first, as opening it would) into an empty database
    // on the server, installing the schema, roles and policies there when missing. Refuses a database that holds
    // a project with items, annotations or schemas already (pushing is not merging).
    static TransferReport push(const QString &projectPath, const ServerAddress &server, const Progress &progress = {},
        const std::atomic_bool *cancel = nullptr);
    // Writes the server's project into a new project file (which must not exist yet), from one consistent snapshot
    // of the server, so edits others make meanwhile are either wholly in it or not at all.
    static TransferReport pull(const ServerAddress &server, const QString &projectPath, const Progress &progress = {},
        const std::atomic_bool *cancel = nullptr);
};

} // namespace candor
