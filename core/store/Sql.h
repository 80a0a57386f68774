#pragma once

#include "core/store/StatementCache.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace candor::sql {

// Every statement goes through these: a failure throws candor::Error with the driver's message and the SQL,
// so no error is ever dropped on the floor.
QSqlQuery prepare(const QSqlDatabase &db, const QString &statement);
void exec(QSqlQuery &query);
void exec(const QSqlDatabase &db, const QString &statement);
// Runs a query expected to return one row and returns its first column (invalid QVariant when no row).
QVariant scalar(const QSqlDatabase &db, const QString &statement);
QVariant scalar(QSqlQuery &query);

// A prepared statement borrowed from this connection's StatementCache for one use (bind, exec, read the rows);
// the destructor resets it and gives it back. For statements run once per record or row: parsing the SQL again
// each time costs more than a small insert. prepare() stays uncached because a QSqlQuery copy cannot say when
// its user is done with it. A connection that Database did not open, or a statement already lent (nested use of
// the same text), gets a statement of its own. Throws candor::Error like prepare() and exec().
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &text);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    QSqlQuery &query() { return m_entry ? m_entry->query : *m_own; }
    QSqlQuery *operator->() { return &query(); }
    void exec();
    QVariant scalar(); // exec, then the first column of the first row (invalid QVariant when no row)

private:
    std::shared_ptr<StatementCache::Entry> m_entry;
    std::optional<QSqlQuery> m_own;
};

// A null QString binds as SQL NULL; NOT NULL text columns take this instead ("" for null strings).
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// RAII transaction: BEGIN IMMEDIATE on construction (takes the write lock up front, so two writers queue on
// busy_timeout instead of deadlocking on lock upgrade), ROLLBACK on destruction unless commit() was called.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

// RAII savepoint inside a transaction: one bad record is rolled back alone, the batch goes on.
class Savepoint
{
public:
    Savepoint(QSqlDatabase db, const QString &name);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;
    // Movable so that a caller can hold one open across calls (an import batch); the moved-from one is inert.
    Savepoint(Savepoint &&other) noexcept
        : m_db(std::move(other.m_db))
        , m_name(std::move(other.m_name))
        , m_active(std::exchange(other.m_active, false))
    {
    }

    void release();
    void rollback();

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_active = false;
};

} // namespace candor::sql
