#include "core/store/Sql.h"

#include "core/domain/Error.h"
#include "core/store/Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace candor::sql {

namespace {

// The project file behind a driver: a query knows its driver, not its QSqlDatabase.
QString fileOf(const QSqlDriver *driver)
{
    const QVariant handle = driver ? driver->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return {};
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    const char *file = db ? sqlite3_db_filename(db, "main") : nullptr;
    return file ? QString::fromUtf8(file) : QString();
}

bool isBusy(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt();
    return (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED;
}

[[noreturn]] void fail(const char *what, const QSqlError &error, const QString &statement, const QSqlDriver *driver)
{
    const QString project = fileOf(driver);
    // A team server's errors (SQLSTATE codes, not SQLite's) are reported with the server's own words.
    if (project.isEmpty() && driver && driver->dbmsType() == QSqlDriver::PostgreSQL)
        throw Error(Error::tr("server: database %1 failed: %2 (SQL: %3)")
                        .arg(QLatin1String(what), error.text(), statement.simplified().left(200)));
    // A second writer waits busy_timeout for the first; the person needs to know which project and why.
    if (isBusy(error))
        throw Error(Error::tr("project '%1' is locked: another Candor window or candor-cli has been writing to it for "
                              "more than %2 s. Try again when that work has finished (%3).")
                        .arg(project)
                        .arg(Database::busyTimeoutMs / 1000)
                        .arg(error.text()));
    throw Error(Error::tr("project '%1': database %2 failed: %3 (SQL: %4)")
                    .arg(project, QLatin1String(what), error.text(), statement.simplified().left(200)));
}

[[noreturn]] void fail(const char *what, const QSqlQuery &query, const QString &statement)
{
    fail(what, query.lastError(), statement, query.driver());
}

} // namespace

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.prepare(statement))
        fail("prepare", query, statement);
    return query;
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        fail("statement", query, query.lastQuery());
}

void exec(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        fail("statement", query, statement);
}

QVariant scalar(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        fail("query", query, statement);
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
