// candor-bench import: the Telegram importer against the raw SQLite insert limit, measured in the same run.
#include "bench/BenchSupport.h"
#include "core/formats/common/Importer.h"
#include "core/formats/telegram/TelegramImporter.h"
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QVariant>

namespace candor::bench {

namespace {

using Rows = QList<QVariantList>;

Rows readRows(const ProjectStore &store, const QString &statement)
{
    QSqlQuery query = sql::prepare(storeConnection(store), statement);
    sql::exec(query);
    Rows rows;
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < query.record().count(); ++i)
            row.append(query.value(i));
        rows.append(row);
    }
    return rows;
}

void insertAll(const QSqlDatabase &db, const QString &statement, const Rows &rows)
{
    QSqlQuery insert = sql::prepare(db, statement);
    for (const QVariantList &row : rows) {
        for (int i = 0; i < row.size(); ++i)
            insert.bindValue(i, row[i]);
        sql::exec(insert);
    }
}

const QString kItemColumns = QStringLiteral(
    "id, kind, source, external_id, split, text, language, created_at, author, metadata, content_hash");
const QString kPostColumns
    = QStringLiteral("id, item_id, post_id, parent_post_id, author, created_at, text, metadata, content_hash");

} // namespace

int runImportBench(qint64 messages)
{
    QTemporaryDir dir;
    Table table(QStringLiteral("candor-bench import: %1 generated Telegram messages").arg(messages));
    Stopwatch watch;
    const qint64 bytes = writeTelegramExport(dir.filePath(QStringLiteral("export")), messages);
    table.add(QStringLiteral("generate result.json"), watch, {},
        QStringLiteral("%1 MB").arg(QString::number(bytes / 1048576.0, 'f', 1)));

    const QString imported = dir.filePath(QStringLiteral("import.candor"));
    ProjectStore::create(imported);
    ProjectStore store(imported);
    TelegramImporter importer;
    watch.restart();
    const ImportReport report = importPath(store, importer, dir.filePath(QStringLiteral("export")), {});
    const double importWall = watch.wallSeconds();
    const double importCpu = watch.cpuSeconds();
    const qint64 items = report.itemsAdded;
    table.add(QStringLiteral("TelegramImporter (streamed, one transaction)"), importWall, importCpu,
        perSecond(double(items), importWall, QStringLiteral("items")),
        QStringLiteral("%1 items (%2 threads), %3 posts, %4 errors; %5 per CPU second")
            .arg(items)
            .arg(items - messages)
            .arg(report.postsAdded)
            .arg(report.issues.size())
            .arg(perSecond(double(items), importCpu, QStringLiteral("items"))));

    // The raw limit: the very rows the importer wrote, inserted by a bare prepared-statement loop in one
    // transaction into a fresh project (same schema, indexes and full-text triggers).
    const Rows itemRows = readRows(store, QStringLiteral("SELECT %1 FROM items ORDER BY id").arg(kItemColumns));
    const Rows postRows = readRows(store, QStringLiteral("SELECT %1 FROM posts ORDER BY id").arg(kPostColumns));
    const QString raw = dir.filePath(QStringLiteral("raw.candor"));
    ProjectStore::create(raw);
    ProjectStore rawStore(raw);
    watch.restart();
    {
        auto transaction = rawStore.transaction();
        insertAll(storeConnection(rawStore),
            QStringLiteral("INSERT INTO items(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kItemColumns),
            itemRows);
        insertAll(storeConnection(rawStore),
            QStringLiteral("INSERT INTO posts(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kPostColumns), postRows);
        transaction.commit();
    }
    const double rawWall = watch.wallSeconds();
    const double rawCpu = watch.cpuSeconds();
    table.add(QStringLiteral("raw prepared INSERT loop (same rows)"), rawWall, rawCpu,
        perSecond(double(itemRows.size()), rawWall, QStringLiteral("items")),
        QStringLiteral("%1 items, %2 posts; %3 per CPU second")
            .arg(itemRows.size())
            .arg(postRows.size())
            .arg(perSecond(double(itemRows.size()), rawCpu, QStringLiteral("items"))));
    table.add(QStringLiteral("importer speed / raw limit"), -1, -1,
        QStringLiteral("%1 %").arg(QString::number(100.0 * rawWall / importWall, 'f', 0)),
        QStringLiteral("%1 % by CPU time; project %2 MB")
            .arg(QString::number(100.0 * rawCpu / importCpu, 'f', 0),
                QString::number(QFileInfo(imported).size() / 1048576.0, 'f', 1)));
    table.print();
    Database::closeAll();
    return 0;
}

} // namespace candor::bench
