#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace candor::sql {

// Every statement goes through these: a failure throws candor::Error with the driver's message and the SQL,
// so no error is ever dropped on the floor.
QSqlQuery prepare(const QSqlDatabase &db, const QString &statement);
void exec(QSqlQuery &query);
void exec(const QSqlDatabase &db, const QString &statement);
// Runs a query expected to return one row and returns its first column (invalid QVariant when no row).
QVariant scalar(const QSqlDatabase &db, const QString &statement);
QVariant scalar(QSqlQuery &query);

// A null QString binds as SQL NULL; NOT NULL text columns take this instead ("" for null strings).
inline QString text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }

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

    void release();
    void rollback();

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_active = false;
};

} // namespace candor::sql
