#include "core/store/MigrationV6.h"

#include "core/store/Sql.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace candor {

namespace {

// One file at a time: a project can hold hundreds of MB of checkpoints, never all in memory at once.
void hashStoredModelFiles(const QSqlDatabase &db)
{
    QSqlQuery keys = sql::prepare(db, QStringLiteral("SELECT model_version_id, name FROM model_files"));
    sql::exec(keys);
    QList<QPair<qint64, QString>> files;
    while (keys.next())
        files.append({keys.value(0).toLongLong(), keys.value(1).toString()});
    QSqlQuery read
        = sql::prepare(db, QStringLiteral("SELECT bytes FROM model_files WHERE model_version_id = ? AND name = ?"));
    QSqlQuery write
        = sql::prepare(db, QStringLiteral("UPDATE model_files SET sha256 = ? WHERE model_version_id = ? AND name = ?"));
    for (const auto &[version, name] : std::as_const(files)) {
        read.bindValue(0, version);
        read.bindValue(1, name);
        const QByteArray bytes = sql::scalar(read).toByteArray();
        write.bindValue(0, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        write.bindValue(1, version);
        write.bindValue(2, name);
        sql::exec(write);
    }
}

} // namespace

void migrateToVersion6(const QSqlDatabase &db)
{
    sql::exec(db, QStringLiteral("ALTER TABLE model_files ADD COLUMN sha256 TEXT"));
    hashStoredModelFiles(db);
    // SQLite cannot change a CHECK constraint in place: the job log is copied into a new table.
    const QStringList statements = {
        QStringLiteral(
            "CREATE TABLE jobs_v6(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, started_at TEXT NOT NULL,"
            " finished_at TEXT,"
            " status TEXT NOT NULL CHECK(status IN ('running','finished','failed','cancelled','interrupted')),"
            " parameters TEXT NOT NULL DEFAULT '{}', result TEXT NOT NULL DEFAULT '{}',"
            " owner_host TEXT, owner_pid INTEGER, owner_started TEXT)"),
        QStringLiteral("INSERT INTO jobs_v6(id, kind, started_at, finished_at, status, parameters, result)"
                       " SELECT id, kind, started_at, finished_at,"
                       " CASE status WHEN 'running' THEN 'interrupted' ELSE status END, parameters, result FROM jobs"),
        QStringLiteral("DROP TABLE jobs"),
        QStringLiteral("ALTER TABLE jobs_v6 RENAME TO jobs"),
        // The open-time sweep for dead jobs reads only the running ones.
        QStringLiteral("CREATE INDEX jobs_running ON jobs(status) WHERE status = 'running'"),
    };
    for (const QString &statement : statements)
        sql::exec(db, statement);
}

} // namespace candor
