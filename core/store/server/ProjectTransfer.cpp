#include "core/store/server/ProjectTransfer.h"

#include "core/domain/Error.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/server/ReadTransaction.h"
#include "core/store/server/ServerAddress.h"
#include "core/store/server/ServerSchema.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace candor {

namespace {

constexpr int kCancelCheckRows = 256;

QSet<QString> serverColumns(const QSqlDatabase &server, const QString &table)
{
    QSqlQuery query = sql::prepare(server,
        QStringLiteral("SELECT column_name FROM information_schema.columns"
                       " WHERE table_schema = 'public' AND table_name = ?"));
    query.bindValue(0, table);
    sql::exec(query);
    QSet<QString> columns;
    while (query.next())
        columns.insert(query.value(0).toString());
    return columns;
}

void requireSameColumns(const QSqlDatabase &server, const QString &table, const QStringList &columns)
{
    const QSet<QString> present = serverColumns(server, table);
    for (const QString &column : columns)
        if (!present.contains(column))
            throw Error(Error::tr("the server's table '%1' has no column '%2': the server schema and this Candor's "
                                  "project schema differ")
                            .arg(table, column));
}

qint64 countRows(const QSqlDatabase &db, const QString &table)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

// Rows are written in batches, one multi-row INSERT each (a round trip per row is what limits a push to a server),
// of at most kBatchRows rows or about kBatchBytes of values (media rows carry whole images).
constexpr int kBatchRows = 100;
constexpr qint64 kBatchBytes = 256 * 1024;

// The insert statements of a transfer. It outlives the receiving transaction: PostgreSQL refuses to deallocate a
// prepared statement inside a failed transaction, so they are let go after the rollback, not during the unwinding.
using StatementPool = QHash<QString, QSqlQuery>;

class BatchInsert
{
public:
    BatchInsert(QSqlDatabase db, QString table, QStringList columns, StatementPool &pool)
        : m_db(std::move(db))
        , m_table(std::move(table))
        , m_columns(std::move(columns))
        , m_statements(pool)
    {
    }

    void add(QList<QVariant> row)
    {
        for (const QVariant &value : row)
            m_bytes += value.typeId() == QMetaType::QByteArray ? value.toByteArray().size()
                : value.typeId() == QMetaType::QString         ? value.toString().size() * 2
                                                               : 8;
        m_rows.append(std::move(row));
        if (m_rows.size() == kBatchRows || m_bytes >= kBatchBytes)
            flush();
    }

    void flush()
    {
        if (m_rows.isEmpty())
            return;
        QSqlQuery &insert = statementFor(int(m_rows.size()));
        int position = 0;
        for (const QList<QVariant> &row : std::as_const(m_rows))
            for (const QVariant &value : row)
                insert.bindValue(position++, value);
        try {
            sql::exec(insert);
        } catch (const Error &error) {
            throw Error(Error::tr("rows %1 to %2 of table '%3' could not be copied: %4")
                            .arg(m_written + 1)
                            .arg(m_written + m_rows.size())
                            .arg(m_table, error.message()));
        }
        m_written += m_rows.size();
        m_rows.clear();
        m_bytes = 0;
    }

private:
    QSqlQuery &statementFor(int rows)
    {
        const QString key = m_table + QLatin1Char(':') + QString::number(rows);
        auto found = m_statements.find(key);
        if (found != m_statements.end())
            return found.value();
        QStringList marks;
        for (int i = 0; i < m_columns.size(); ++i)
            marks.append(QStringLiteral("?"));
        const QString one = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
        QStringList values;
        for (int i = 0; i < rows; ++i)
            values.append(one);
        return m_statements
            .insert(key,
                sql::prepare(m_db,
                    QStringLiteral("INSERT INTO %1(%2) VALUES %3")
                        .arg(m_table, m_columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")))))
            .value();
    }

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QList<QList<QVariant>> m_rows;
    StatementPool &m_statements; // by table and rows per statement: a full batch and the last one
    qint64 m_bytes = 0;
    qint64 m_written = 0;
};

// Copies every row of `table` from one connection to the other with the given columns, in key order (so ids and
// the file's derived rows come out as in the original); returns the row count.
qint64 copyRows(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table, const QStringList &columns,
    StatementPool &pool, const std::function<void()> &onRow)
{
    const QString list = columns.join(QStringLiteral(", "));
    QSqlQuery read = sql::prepare(from, QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(list, table));
    read.setForwardOnly(true); // a server streams the rows one by one instead of holding the table in memory
    sql::exec(read);
    BatchInsert write(to, table, columns, pool);
    qint64 rows = 0;
    while (read.next()) {
        QList<QVariant> row;
        row.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i) {
            QVariant value = read.value(i);
            // SQLite's driver reads a zero-length blob as a null QByteArray, which the other driver would write as
            // SQL NULL: a value that is not NULL in SQL stays an empty value.
            if (!read.isNull(i)) {
                if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull())
                    value = QByteArray("", 0);
                else if (value.typeId() == QMetaType::QString && value.toString().isNull())
                    value = QStringLiteral("");
            }
            row.append(std::move(value));
        }
        write.add(std::move(row));
        ++rows;
        onRow();
    }
    write.flush();
    return rows;
}

// Rolls the server transaction back unless committed (an exception, a cancel).
class ServerTransaction
{
public:
    explicit ServerTransaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
        sql::exec(m_db, QStringLiteral("BEGIN"));
    }
    ~ServerTransaction()
    {
        if (m_open) {
            QSqlQuery rollback(m_db);
            rollback.exec(QStringLiteral("ROLLBACK"));
        }
    }
    void commit()
    {
        sql::exec(m_db, QStringLiteral("COMMIT"));
        m_open = false;
    }

private:
    QSqlDatabase m_db;
    bool m_open = true;
};

struct Counter
{
    qint64 done = 0;
    qint64 total = 0;
    const ProjectTransfer::Progress &progress;
    const std::atomic_bool *cancel;

    void row()
    {
        ++done;
        if (done % kCancelCheckRows != 0)
            return;
        if (cancel && cancel->load())
            throw Error(Error::tr("transfer cancelled; nothing was written"));
        if (progress)
            progress(done, total);
    }
};

void requireEmptyProject(const QSqlDatabase &server, const ServerAddress &address)
{
    for (const QString &table : ServerSchema::projectTables()) {
        if (table == QLatin1String("meta"))
            continue;
        const qint64 rows = countRows(server, table);
        if (rows > 0)
            throw Error(Error::tr("%1 already holds a project (%2 rows in '%3'); push fills an empty database only, "
                                  "so nobody's work on the server is replaced")
                            .arg(address.display())
                            .arg(rows)
                            .arg(table));
    }
}

// After rows arrive with their own ids, each identity column must continue above the largest one.
void resetIdentities(const QSqlDatabase &server)
{
    QSqlQuery tables = sql::prepare(server,
        QStringLiteral("SELECT table_name, column_name FROM information_schema.columns"
                       " WHERE table_schema = 'public' AND is_identity = 'YES'"));
    sql::exec(tables);
    QList<QPair<QString, QString>> identities;
    while (tables.next())
        identities.append({tables.value(0).toString(), tables.value(1).toString()});
    for (const auto &[table, column] : std::as_const(identities))
        sql::exec(server,
            QStringLiteral("SELECT setval(pg_get_serial_sequence('public.%1', '%2'),"
                           " coalesce(max(%2), 0) + 1, false) FROM %1")
                .arg(table, column));
}

void requireServerVersion(int version, const ServerAddress &address)
{
    if (version == Migrations::latestVersion)
        return;
    if (version > Migrations::latestVersion)
        throw Error(Error::tr("%1 holds a project of schema version %2, newer than this Candor (%3); update Candor")
                        .arg(address.display())
                        .arg(version)
                        .arg(Migrations::latestVersion));
    throw Error(Error::tr("%1 holds a project of schema version %2; this Candor reads version %3 only on a server")
                    .arg(address.display())
                    .arg(version)
                    .arg(Migrations::latestVersion));
}

} // namespace

qint64 TransferReport::totalRows() const
{
    qint64 total = 0;
    for (const auto &entry : rows)
        total += entry.second;
    return total;
}

QJsonObject TransferReport::toJson() const
{
    QJsonObject tables;
    for (const auto &[table, count] : rows)
        tables.insert(table, count);
    return QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}, {QStringLiteral("tables"), tables},
        {QStringLiteral("rows"), totalRows()}};
}

TransferReport ProjectTransfer::push(
    const QString &projectPath, const ServerAddress &address, const Progress &progress, const std::atomic_bool *cancel)
{
    const ProjectStore store(projectPath); // upgrades an older file first, as opening it would
    const QSqlDatabase file = Database::connection(store.path());
    ServerConnection connection(address);
    const QSqlDatabase server = connection.db();

    TransferReport report;
    report.from = store.path();
    report.to = address.display();
    // One read transaction on the file: every table is read from the same snapshot, whatever other writers do.
    const ReadTransaction read(file, QStringLiteral("BEGIN"));

    StatementPool statements; // before the transaction: released after its rollback
    ServerTransaction transaction(server);
    const int version = ServerSchema::installedVersion(server);
    if (version == 0)
        ServerSchema::install(server);
    else
        requireServerVersion(version, address);
    requireEmptyProject(server, address);
    sql::exec(server, QStringLiteral("SET LOCAL candor.bulk = 'on'"));
    sql::exec(server, QStringLiteral("DELETE FROM meta")); // the file's meta rows (its version included) replace them

    Counter counter{0, 0, progress, cancel};
    for (const QString &table : ServerSchema::projectTables())
        counter.total += countRows(file, table);
    for (const QString &table : ServerSchema::projectTables()) {
        const QStringList columns = fileColumns(file, table);
        requireSameColumns(server, table, columns);
        report.rows.append({table, copyRows(file, server, table, columns, statements, [&counter] { counter.row(); })});
    }
    // A working copy's own keys (its server, login, snapshot) describe that copy, not the project: pushing a copy
    // makes a project of its own.
    sql::exec(server,
        QStringLiteral("DELETE FROM meta WHERE key IN ('server_url', 'server_login', 'server_snapshot',"
                       " 'working_copy_sync')"));
    resetIdentities(server);
    sql::exec(server, QStringLiteral("SET LOCAL candor.bulk = 'off'"));
    sql::exec(server, QStringLiteral("SELECT pg_notify('candor_changes', '{\"table\":\"project\",\"op\":\"push\"}')"));
    transaction.commit();
    if (progress)
        progress(counter.total, counter.total);
    return report;
}

TransferReport ProjectTransfer::pull(
    const ServerAddress &address, const QString &projectPath, const Progress &progress, const std::atomic_bool *cancel)
{
    const QString target = QFileInfo(projectPath).absoluteFilePath();
    if (QFileInfo::exists(target))
        throw Error(
            Error::tr("cannot pull into '%1': the file exists (pull writes a new project file)").arg(projectPath));
    ServerConnection connection(address);
    const QSqlDatabase server = connection.db();
    // One snapshot of the server for every table: what others commit meanwhile is wholly in it or not at all.
    const ReadTransaction read(server, ReadTransaction::serverSnapshot());
    const int version = ServerSchema::installedVersion(server);
    if (version == 0)
        throw Error(Error::tr("%1 holds no Candor project yet (push one first)").arg(address.display()));
    requireServerVersion(version, address);
    const QString snapshot = sql::scalar(server, QStringLiteral("SELECT pg_current_snapshot()::text")).toString();

    // Written under another name and renamed at the end: a failed pull leaves no project file behind.
    const QString partial = target + QStringLiteral(".pulling");
    const auto removePartial = [&partial] {
        Database::close(partial);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(partial + suffix);
    };
    removePartial();
    TransferReport report;
    report.from = address.display();
    report.to = target;
    report.serverSnapshot = snapshot;
    try {
        qint64 total = 0;
        {
            ProjectStore::create(partial);
            const QSqlDatabase file = Database::connection(partial);
            Counter counter{0, 0, progress, cancel};
            for (const QString &table : ServerSchema::projectTables())
                counter.total += countRows(server, table);
            StatementPool statements;
            sql::Transaction transaction(file);
            // The new file's own meta rows and built-in schemas give way to the server's (same names, its ids).
            sql::exec(file, QStringLiteral("DELETE FROM label_schemas"));
            sql::exec(file, QStringLiteral("DELETE FROM meta"));
            for (const QString &table : ServerSchema::projectTables()) {
                const QStringList columns = fileColumns(file, table);
                requireSameColumns(server, table, columns);
                report.rows.append(
                    {table, copyRows(server, file, table, columns, statements, [&counter] { counter.row(); })});
            }
            if (Migrations::currentVersion(file) != Migrations::latestVersion)
                throw Error(Error::tr("the server's meta table does not name schema version %1")
                                .arg(Migrations::latestVersion));
            transaction.commit();
            total = counter.total;
        }
        Database::close(partial); // closing the last connection folds the WAL into the file
        if (!QFile::rename(partial, target))
            throw Error(Error::tr("cannot move the pulled project to '%1'").arg(projectPath));
        if (progress)
            progress(total, total);
    } catch (...) {
        removePartial();
        throw;
    }
    return report;
}

} // namespace candor
