#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace candor {

// A read-only transaction for as long as the object lives: every query in it reads one snapshot (a file's, or a
// server's at REPEATABLE READ), ended with COMMIT whatever happens (reads have nothing to roll back).
class ReadTransaction
{
public:
    ReadTransaction(QSqlDatabase db, const QString &begin);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

    // A server's snapshot for one project: the transfer and the working copy's catch-up read in it.
    static QString serverSnapshot() { return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); }

private:
    QSqlDatabase m_db;
};

// A project file's columns of a table, in declaration order: a copy names them on both sides, so columns only the
// server has (row versions, search vectors) keep their defaults and are never read back. Throws for a table the
// file does not have.
QStringList fileColumns(const QSqlDatabase &file, const QString &table);

} // namespace candor
