#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace candor {

// The prepared statements of one connection, kept by statement text so a loop of upserts parses each statement
// once instead of once per row (sqlite3_prepare is a large part of one small insert). A statement is lent to one
// user at a time (sql::Statement) and reset when it comes back: a cached SELECT left mid-result would hold a WAL
// read snapshot open, so this connection would keep reading old data and checkpoints could not finish.
// Owned by Database's per-thread registry; dropped before its connection closes.
class StatementCache
{
public:
    struct Entry
    {
        QSqlQuery query;
        bool lent = false;
    };

    // At most this many statements stay prepared; generated statements (IN lists, filters) would otherwise
    // grow the cache without bound. Past it the oldest statement that is not lent is finalised.
    static constexpr qsizetype maxStatements = 64;

    // The cached statement for `text`, marked lent, or null when it is lent already (nested use of the same
    // text: the caller prepares its own). Throws candor::Error when the statement does not prepare.
    std::shared_ptr<Entry> borrow(const QSqlDatabase &db, const QString &text);
    static void giveBack(Entry &entry);

    qsizetype size() const { return m_entries.size(); }

private:
    QHash<QString, std::shared_ptr<Entry>> m_entries;
    QList<QString> m_order; // oldest first, for eviction
};

} // namespace candor
