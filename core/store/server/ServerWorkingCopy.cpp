#include "core/store/server/ServerWorkingCopy.h"

#include "core/domain/Error.h"
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"
#include "core/store/server/ReadTransaction.h"
#include "core/store/server/ServerAddress.h"
#include "core/store/server/ServerAnnotations.h"
#include "core/store/server/ServerSchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThreadStorage>
#include <QUuid>
#include <QVariant>

#include <memory>

namespace candor {

namespace {

const QString kUrlKey = QStringLiteral("server_url");
const QString kLoginKey = QStringLiteral("server_login");
// The server snapshot (pg_snapshot as text) whose committed changes the copy holds.
const QString kSnapshotKey = QStringLiteral("server_snapshot");
// Present in meta only inside the copy's own sync transactions: the guard triggers let those writes through.
const QString kSyncKey = QStringLiteral("working_copy_sync");

QString metaValue(const QSqlDatabase &file, const QString &key)
{
    QSqlQuery query = sql::prepare(file, QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.bindValue(0, key);
    return sql::scalar(query).toString();
}

void setMeta(const QSqlDatabase &file, const QString &key, const QString &value)
{
    QSqlQuery query = sql::prepare(file, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
    query.bindValue(0, key);
    query.bindValue(1, value);
    sql::exec(query);
}

// A write of the copy's own sync: a savepoint (so it nests in a caller's transaction) with the guard lifted.
class SyncWrite
{
public:
    explicit SyncWrite(const QSqlDatabase &file)
        : m_file(file)
        , m_savepoint(file, QStringLiteral("working_copy_sync"))
    {
        setMeta(m_file, kSyncKey, QStringLiteral("1"));
    }
    void commit()
    {
        QSqlQuery lift = sql::prepare(m_file, QStringLiteral("DELETE FROM meta WHERE key = ?"));
        lift.bindValue(0, kSyncKey);
        sql::exec(lift);
        m_savepoint.release();
    }

private:
    QSqlDatabase m_file;
    sql::Savepoint m_savepoint;
};

// One ServerAnnotations per server and thread (a connection never crosses threads), kept while the thread lives.
QThreadStorage<QHash<QString, std::shared_ptr<ServerAnnotations>> *> &serverEditors()
{
    static QThreadStorage<QHash<QString, std::shared_ptr<ServerAnnotations>> *> storage;
    return storage;
}

ServerAnnotations &editorFor(const QSqlDatabase &file)
{
    const QString url = metaValue(file, kUrlKey);
    if (url.isEmpty())
        throw Error(Error::tr("'%1' is not a working copy of a team project").arg(file.databaseName()));
    if (!serverEditors().hasLocalData())
        serverEditors().setLocalData(new QHash<QString, std::shared_ptr<ServerAnnotations>>);
    auto &editors = *serverEditors().localData();
    auto found = editors.find(url);
    if (found == editors.end())
        found = editors.insert(url, std::make_shared<ServerAnnotations>(ServerAddress::parse(url)));
    return **found;
}

QString idList(const QList<qint64> &ids)
{
    QStringList text;
    for (qint64 id : ids)
        text.append(QString::number(id));
    return text.join(QLatin1Char(','));
}

// Makes the copy's rows of `table` (annotations by id, fact checks by item) what the server holds now: rows the
// server no longer has are removed, the others replaced. Returns how many rows it looked at.
int applyRows(const QSqlDatabase &file, const QSqlDatabase &server, const QString &table, const QString &key,
    const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return 0;
    const QStringList columns = fileColumns(file, table);
    const bool versioned = table == QLatin1String("annotations");
    QSqlQuery read = sql::prepare(server,
        QStringLiteral("SELECT %1%2 FROM %3 WHERE %4 = ANY(?::BIGINT[])")
            .arg(columns.join(QStringLiteral(", ")), versioned ? QStringLiteral(", row_version") : QString(), table,
                key));
    read.bindValue(0, QString(QLatin1Char('{') + idList(ids) + QLatin1Char('}')));
    sql::exec(read);
    SyncWrite write(file);
    sql::exec(file, QStringLiteral("DELETE FROM %1 WHERE %2 IN (%3)").arg(table, key, idList(ids)));
    if (versioned)
        sql::exec(file, QStringLiteral("DELETE FROM server_versions WHERE annotation_id IN (%1)").arg(idList(ids)));
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery insert = sql::prepare(file,
        QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
            .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    QSqlQuery version
        = sql::prepare(file, QStringLiteral("INSERT INTO server_versions(annotation_id, row_version) VALUES (?, ?)"));
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            insert.bindValue(i, read.value(i));
        try {
            sql::exec(insert);
        } catch (const Error &error) {
            throw Error(Error::tr("the team project's content or schemas changed on the server: open it again to "
                                  "bring the working copy up to date (%1)")
                            .arg(error.message()));
        }
        if (versioned) {
            version.bindValue(0, read.value(0));
            version.bindValue(1, read.value(columns.size()));
            sql::exec(version);
        }
    }
    write.commit();
    return int(ids.size());
}

// The copy's file tables that only the server changes (meta and the job log stay the copy's own).
QStringList guardedTables()
{
    QStringList tables = ServerSchema::projectTables();
    tables.removeAll(QStringLiteral("meta"));
    tables.removeAll(QStringLiteral("jobs"));
    return tables;
}

// Row versions are read here after the pull, possibly newer than a pulled row; the catch-up that follows every pull
// reads each row changed since the pull's snapshot again, with its version, so the two agree before anyone edits.
void setUp(const QSqlDatabase &file, const QSqlDatabase &server, const ServerAddress &address, const QString &login,
    const QString &snapshot)
{
    sql::Transaction transaction(file);
    sql::exec(file,
        QStringLiteral("CREATE TABLE server_versions(annotation_id INTEGER PRIMARY KEY,"
                       " row_version INTEGER NOT NULL)"));
    QSqlQuery versions = sql::prepare(server, QStringLiteral("SELECT id, row_version FROM annotations"));
    versions.setForwardOnly(true);
    sql::exec(versions);
    QSqlQuery insert
        = sql::prepare(file, QStringLiteral("INSERT INTO server_versions(annotation_id, row_version) VALUES (?, ?)"));
    while (versions.next()) {
        insert.bindValue(0, versions.value(0));
        insert.bindValue(1, versions.value(1));
        sql::exec(insert);
    }
    const QString message = QStringLiteral(
        "this project is a working copy of a team project on a server: only annotations are edited here (they go to "
        "the server); imports, schemas, models and fact checks are changed on the server");
    for (const QString &table : guardedTables())
        for (const char *event : {"INSERT", "UPDATE", "DELETE"})
            sql::exec(file,
                QStringLiteral("CREATE TRIGGER working_copy_guard_%1_%2 BEFORE %3 ON %1"
                               " WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = '%4')"
                               " BEGIN SELECT RAISE(ABORT, '%5'); END")
                    .arg(table, QString::fromLatin1(event).toLower(), QLatin1String(event), kSyncKey, message));
    setMeta(file, kUrlKey, address.url());
    setMeta(file, kLoginKey, login);
    setMeta(file, kSnapshotKey, snapshot);
    transaction.commit();
}

QString copyPathFor(const QString &folder, const ServerAddress &address, const QString &login)
{
    QString name = QStringLiteral("%1_%2_%3_%4")
                       .arg(address.host().isEmpty() ? QStringLiteral("local") : address.host())
                       .arg(address.port())
                       .arg(address.database(), login);
    for (QChar &c : name)
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_') && c != QLatin1Char('.'))
            c = QLatin1Char('_');
    return QDir(folder).filePath(name + QStringLiteral(".candor"));
}

void removeFile(const QString &path)
{
    Database::close(path);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// Pulls a fresh copy under a temporary name, sets it up, and puts it in place of `path`.
void pullCopy(const ServerAddress &address, const QString &path, const QString &login,
    const ProjectTransfer::Progress &progress, const std::atomic_bool *cancel)
{
    ServerConnection server(address);
    const QString fresh = path + QStringLiteral(".new");
    removeFile(fresh);
    try {
        const TransferReport pulled = ProjectTransfer::pull(address, fresh, progress, cancel);
        setUp(Database::connection(fresh), server.db(), address, login, pulled.serverSnapshot);
        Database::close(fresh);
    } catch (...) {
        removeFile(fresh);
        throw;
    }
    removeFile(path);
    if (!QFile::rename(fresh, path))
        throw Error(Error::tr("cannot put the working copy in place at '%1'").arg(path));
}

} // namespace

QString ServerWorkingCopy::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/candor/team-projects");
}

QString ServerWorkingCopy::open(const ServerAddress &address, const QString &folder,
    const ProjectTransfer::Progress &progress, const std::atomic_bool *cancel)
{
    const QString where = folder.isEmpty() ? defaultFolder() : folder;
    if (!QDir().mkpath(where))
        throw Error(Error::tr("cannot create the folder for working copies '%1'").arg(where));
    QString login;
    {
        ServerConnection server(address);
        if (ServerSchema::installedVersion(server.db()) == 0)
            throw Error(Error::tr("%1 holds no Candor project yet (push one first)").arg(address.display()));
        login = sql::scalar(server.db(), QStringLiteral("SELECT current_user")).toString();
    }
    const QString path = copyPathFor(where, address, login);
    // One opening at a time in this process: two (a window's job and a second request) would pull over each other.
    static QMutex opening;
    const QMutexLocker lock(&opening);
    if (QFileInfo::exists(path)) {
        const QSqlDatabase file = Database::connection(path);
        const QString url = metaValue(file, kUrlKey);
        if (ServerAddress::parse(url).display() != address.display())
            throw Error(Error::tr("'%1' is the working copy of %2, not of %3").arg(path, url, address.display()));
        // A copy that cannot catch up (a change it cannot apply, a damaged file) is pulled again, not kept.
        try {
            if (!catchUp(file).structural)
                return path;
        } catch (const Error &) {
        }
    }
    // The catch-up after a pull also settles the row versions setUp read after the pull's snapshot. A change of
    // content meanwhile means a fresh pull (a copy whose versions outran its rows would let a stale edit through).
    for (int attempt = 0; attempt < 3; ++attempt) {
        pullCopy(address, path, login, progress, cancel);
        if (!catchUp(Database::connection(path)).structural)
            return path;
    }
    throw Error(Error::tr("the team project at %1 keeps changing its content while it is being copied; try again "
                          "later")
                    .arg(address.display()));
}

void ServerWorkingCopy::closeConnections()
{
    if (serverEditors().hasLocalData())
        serverEditors().localData()->clear();
}

bool ServerWorkingCopy::isWorkingCopy(const QSqlDatabase &file)
{
    return !metaValue(file, kUrlKey).isEmpty();
}

namespace {

QMutex openedMutex;
QSet<QString> openedCopies;

} // namespace

void ServerWorkingCopy::noteOpened(const QString &path, bool isWorkingCopy)
{
    const QMutexLocker lock(&openedMutex);
    if (isWorkingCopy)
        openedCopies.insert(path);
    else
        openedCopies.remove(path);
}

bool ServerWorkingCopy::isOpenedWorkingCopy(const QString &path)
{
    const QMutexLocker lock(&openedMutex);
    return openedCopies.contains(path);
}

CatchUpReport ServerWorkingCopy::catchUp(const QSqlDatabase &file)
{
    ServerAnnotations &editor = editorFor(file);
    const QSqlDatabase server = editor.connection();
    const QString login = metaValue(file, kLoginKey);
    CatchUpReport report;
    // One snapshot for the log and the rows: the rows read are those the log's entries describe, and the snapshot
    // stored at the end is exactly what the copy then holds.
    const ReadTransaction read(server, ReadTransaction::serverSnapshot());
    // The changes the copy's snapshot did not see: transactions at or above its xmin that it did not count as done.
    QSqlQuery changes = sql::prepare(server,
        QStringLiteral("SELECT id, table_name, row_id, changed_by FROM changes"
                       " WHERE xid >= pg_snapshot_xmin(?::pg_snapshot)"
                       " AND NOT pg_visible_in_snapshot(xid, ?::pg_snapshot) ORDER BY id"));
    const QString seen = metaValue(file, kSnapshotKey);
    changes.bindValue(0, seen);
    changes.bindValue(1, seen);
    sql::exec(changes);
    QList<qint64> annotationIds, factCheckItems;
    while (changes.next()) {
        const QString table = changes.value(1).toString();
        const bool others = changes.value(3).toString() != login; // the person's own edits are in the copy already
        if (table == QLatin1String("annotations")) {
            annotationIds.append(changes.value(2).toLongLong());
            report.annotations += others ? 1 : 0;
        } else if (table == QLatin1String("fact_checks")) {
            factCheckItems.append(changes.value(2).toLongLong());
            report.factChecks += others ? 1 : 0;
        } else {
            report.structural = true;
        }
        report.lastChange = std::max(report.lastChange, changes.value(0).toLongLong());
    }
    const QString now = sql::scalar(server, QStringLiteral("SELECT pg_current_snapshot()::text")).toString();
    if (report.structural)
        return report; // the copy is pulled again by open(); its snapshot stays where it was
    std::sort(annotationIds.begin(), annotationIds.end());
    annotationIds.erase(std::unique(annotationIds.begin(), annotationIds.end()), annotationIds.end());
    std::sort(factCheckItems.begin(), factCheckItems.end());
    factCheckItems.erase(std::unique(factCheckItems.begin(), factCheckItems.end()), factCheckItems.end());
    // Rows and snapshot in one write: another process catching the same copy up either went first (the stored
    // snapshot moved: its work stands, this one adds nothing) or waits for this one.
    SyncWrite write(file);
    if (metaValue(file, kSnapshotKey) != seen)
        return CatchUpReport{};
    applyRows(file, server, QStringLiteral("annotations"), QStringLiteral("id"), annotationIds);
    applyRows(file, server, QStringLiteral("fact_checks"), QStringLiteral("item_id"), factCheckItems);
    setMeta(file, kSnapshotKey, now);
    write.commit();
    return report;
}

std::optional<qint64> ServerWorkingCopy::claimNext(const ProjectStore &store, qint64 afterItemId)
{
    ServerAnnotations &editor = editorFor(storeConnection(store));
    if (const std::optional<qint64> next = editor.claimNext(claimMinutes * 60, afterItemId))
        return next;
    return afterItemId > 0 ? editor.claimNext(claimMinutes * 60, 0) : std::nullopt;
}

qint64 ServerWorkingCopy::addAnnotation(const QSqlDatabase &file, const Annotation &annotation)
{
    if (annotation.origin != Origin::Human && annotation.origin != Origin::Curated)
        throw Error(Error::tr("a working copy of a team project saves people's annotations only (to the server); "
                              "%1 rows are made on the server")
                        .arg(originName(annotation.origin)));
    ServerAnnotations &editor = editorFor(file);
    const ServerAnnotation stored = editor.add(annotation, QUuid::createUuid().toString(QUuid::WithoutBraces));
    try {
        applyRows(
            file, editor.connection(), QStringLiteral("annotations"), QStringLiteral("id"), {stored.annotation.id});
    } catch (const Error &error) {
        // The server has it; only this copy cannot show it yet. Saying "failed" would invite a second, duplicate row.
        throw Error(Error::tr("your annotation was saved on the server (annotation %1), but this working copy cannot "
                              "show it yet: %2")
                        .arg(stored.annotation.id)
                        .arg(error.message()));
    }
    return stored.annotation.id;
}

namespace {

qint64 versionInCopy(const QSqlDatabase &file, qint64 annotationId)
{
    QSqlQuery query
        = sql::prepare(file, QStringLiteral("SELECT row_version FROM server_versions WHERE annotation_id = ?"));
    query.bindValue(0, annotationId);
    const QVariant version = sql::scalar(query);
    if (!version.isValid())
        throw Error(Error::tr("annotation %1 does not exist").arg(annotationId));
    return version.toLongLong();
}

// After an edit the copy takes the row as the server has it, whatever became of the edit; then the person hears why
// it did not apply.
void settle(const QSqlDatabase &file, ServerAnnotations &editor, qint64 annotationId, const ServerEdit &edit)
{
    applyRows(file, editor.connection(), QStringLiteral("annotations"), QStringLiteral("id"), {annotationId});
    switch (edit.outcome) {
    case ServerEdit::Outcome::Applied: return;
    case ServerEdit::Outcome::Conflict:
        throw Error(Error::tr("%1 changed annotation %2 on the server meanwhile; your change was not applied, and the "
                              "annotation now shows their version")
                        .arg(edit.changedBy)
                        .arg(annotationId));
    case ServerEdit::Outcome::Missing:
        throw Error(Error::tr("annotation %1 was deleted on the server meanwhile").arg(annotationId));
    case ServerEdit::Outcome::Refused:
        throw Error(Error::tr("annotation %1 is not yours to change: on a team project annotators change their own "
                              "rows and curators the curated ones")
                        .arg(annotationId));
    }
}

} // namespace

void ServerWorkingCopy::setAnnotationStatus(const QSqlDatabase &file, qint64 annotationId, Status status)
{
    ServerAnnotations &editor = editorFor(file);
    settle(file, editor, annotationId, editor.setStatus(annotationId, versionInCopy(file, annotationId), status));
}

void ServerWorkingCopy::deleteAnnotation(const QSqlDatabase &file, qint64 annotationId)
{
    ServerAnnotations &editor = editorFor(file);
    settle(file, editor, annotationId, editor.remove(annotationId, versionInCopy(file, annotationId)));
}

} // namespace candor
