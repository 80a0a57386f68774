#pragma once

#include <QSqlDatabase>
#include <QString>

namespace candor {

class StatementCache;

// Hands out one named QSqlDatabase connection per (project file, thread), opened in the calling thread with
// Candor's pragmas (WAL, foreign keys, busy timeout). A connection must never cross threads (Qt's rule); the
// per-thread registry closes a thread's connections when that thread ends.
class Database
{
public:
    // How long a writer waits for another to release the project's write lock before failing.
    static constexpr int busyTimeoutMs = 10000;

    static QSqlDatabase connection(const QString &path);
    // Closes this thread's connection to `path` (tests and "close project" use it before touching the file).
    static void close(const QString &path);
    // Closes every connection this thread holds.
    static void closeAll();
    // The statement cache of a connection this registry opened in this thread; null for any other connection.
    static StatementCache *statementCache(const QSqlDatabase &db);
};

} // namespace candor
