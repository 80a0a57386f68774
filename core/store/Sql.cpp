#include "core/store/Sql.h"

#include "core/domain/Error.h"
#include "core/store/Database.h"

#include <QSqlError>
#include <QVariant>

namespace candor::sql {

namespace {
[[noreturn]] void fail(const char *what, const QSqlError &error, const QString &statement)
{
    throw Error(Error::tr("database %1 failed: %2 (SQL: %3)")
                    .arg(QLatin1String(what), error.text(), statement.simplified().left(200)));
}
} // namespace

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.prepare(statement))
        fail("prepare", query.lastError(), statement);
    return query;
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        fail("statement", query.lastError(), query.lastQuery());
}

void exec(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        fail("statement", query.lastError(), statement);
}

QVariant scalar(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        fail("query", query.lastError(), statement);
    return query.next() ? query.value(0) : QVariant();
}

QVariant scalar(QSqlQuery &query)
{
    exec(query);
    return query.next() ? query.value(0) : QVariant();
}

Statement::Statement(const QSqlDatabase &db, const QString &text)
{
    if (StatementCache *cache = Database::statementCache(db))
        m_entry = cache->borrow(db, text);
    if (!m_entry)
        m_own.emplace(prepare(db, text));
}

Statement::~Statement()
{
    if (m_entry)
        StatementCache::giveBack(*m_entry);
}

void Statement::exec()
{
    sql::exec(query());
}

QVariant Statement::scalar()
{
    return sql::scalar(query());
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_active = true;
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK")); // best effort: a destructor must not throw
    }
}

void Transaction::commit()
{
    exec(m_db, QStringLiteral("COMMIT"));
    m_active = false;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    exec(m_db, QStringLiteral("ROLLBACK"));
}

Savepoint::Savepoint(QSqlDatabase db, const QString &name)
    : m_db(std::move(db))
    , m_name(name)
{
    Statement(m_db, QStringLiteral("SAVEPOINT ") + m_name).exec();
    m_active = true;
}

Savepoint::~Savepoint()
{
    if (m_active) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK TO ") + m_name);
        query.exec(QStringLiteral("RELEASE ") + m_name);
    }
}

void Savepoint::release()
{
    Statement(m_db, QStringLiteral("RELEASE ") + m_name).exec();
    m_active = false;
}

void Savepoint::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    exec(m_db, QStringLiteral("ROLLBACK TO ") + m_name);
    exec(m_db, QStringLiteral("RELEASE ") + m_name);
}

} // namespace candor::sql
