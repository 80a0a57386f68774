#include "core/store/Database.h"

#include "core/domain/Error.h"
#include "core/store/Sql.h"
#include "core/store/StatementCache.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QThread>
#include <QThreadStorage>

namespace candor {

namespace {

// Lives in thread-local storage: when the thread ends its connections are removed with it.
struct ThreadConnections
{
    QSet<QString> names;
    QHash<QString, StatementCache> statements; // connection name -> its prepared statements
    ~ThreadConnections()
    {
        statements.clear(); // statements first: a connection closes cleanly only without live queries
        for (const QString &name : std::as_const(names)) {
            {
                QSqlDatabase::database(name, false).close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
};

QThreadStorage<ThreadConnections *> &registry()
{
    static QThreadStorage<ThreadConnections *> storage;
    return storage;
}

QString connectionName(const QString &path)
{
    const QString canonical = QFileInfo(path).absoluteFilePath();
    return QStringLiteral("candor:%1:%2").arg(canonical).arg(reinterpret_cast<quintptr>(QThread::currentThread()));
}

} // namespace

QSqlDatabase Database::connection(const QString &path)
{
    const QString name = connectionName(path);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    // busy_timeout: a second connection (worker thread, second process) waits for the writer instead of failing.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open())
        throw Error(Error::tr("cannot open project '%1': %2").arg(path, db.lastError().text()));
    if (!registry().hasLocalData())
        registry().setLocalData(new ThreadConnections);
    registry().localData()->names.insert(name);
    registry().localData()->statements.remove(name); // statements of an earlier opening are void

    sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    const QString mode = sql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL")).toString();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0
        && mode.compare(QLatin1String("memory"), Qt::CaseInsensitive) != 0)
        throw Error(Error::tr("cannot switch project '%1' to WAL journal (got '%2')").arg(path, mode));
    // NORMAL is durable across application crashes in WAL mode; only a power loss can drop the last commit.
    sql::exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    return db;
}

void Database::close(const QString &path)
{
    const QString name = connectionName(path);
    if (!QSqlDatabase::contains(name))
        return;
    if (registry().hasLocalData())
        registry().localData()->statements.remove(name);
    {
        QSqlDatabase::database(name, false).close();
    }
    QSqlDatabase::removeDatabase(name);
    if (registry().hasLocalData())
        registry().localData()->names.remove(name);
}

void Database::closeAll()
{
    if (!registry().hasLocalData())
        return;
    registry().localData()->statements.clear();
    const QSet<QString> names = registry().localData()->names;
    for (const QString &name : names) {
        {
            QSqlDatabase::database(name, false).close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    registry().localData()->names.clear();
}

StatementCache *Database::statementCache(const QSqlDatabase &db)
{
    if (!registry().hasLocalData())
        return nullptr;
    ThreadConnections *connections = registry().localData();
    const QString name = db.connectionName();
    if (!connections->names.contains(name) || !db.isOpen())
        return nullptr;
    return &connections->statements[name];
}

} // namespace candor
