// candor-bench open: time to open a large project and count its items.
#include "bench/BenchSupport.h"
#include "core/store/Database.h"
#include "core/store/ProjectStats.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

namespace candor::bench {

int runOpenBench(qint64 items)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.candor"));
    Table table(QStringLiteral("candor-bench open: a project of %1 items").arg(items));
    Stopwatch watch;
    ProjectStore::create(path);
    {
        // Direct SQL in one transaction: the fastest way to a large file; the import path is measured elsewhere.
        ProjectStore store(path);
        auto transaction = store.transaction();
        QSqlQuery insert = sql::prepare(storeConnection(store),
            QStringLiteral("INSERT INTO items(kind, source, external_id, split, text, content_hash) VALUES (?, "
                           "'bench', ?, ?, ?, ?)"));
        static const QString kinds[]
            = {QStringLiteral("post"), QStringLiteral("message"), QStringLiteral("meme"), QStringLiteral("thread")};
        for (qint64 i = 0; i < items; ++i) {
            insert.bindValue(0, kinds[i % 4]);
            insert.bindValue(1, QString::number(i));
            insert.bindValue(2, i % 10 == 0 ? QStringLiteral("dev") : QStringLiteral("train"));
            insert.bindValue(3, QStringLiteral("benchmark item %1 about the usual claims and counter-claims").arg(i));
            insert.bindValue(4, QString::number(i, 16));
            sql::exec(insert);
        }
        transaction.commit();
    }
    Database::closeAll();
    table.add(QStringLiteral("create (direct SQL, one transaction)"), watch,
        perSecond(double(items), watch.wallSeconds(), QStringLiteral("items")),
        QStringLiteral("%1 MB").arg(QString::number(QFileInfo(path).size() / 1048576.0, 'f', 0)));

    // The file was just written, so its pages are in the OS cache: this is a warm open, like reopening a
    // project during a session.
    watch.restart();
    ProjectStore store(path);
    const double openWall = watch.wallSeconds();
    const double openCpu = watch.cpuSeconds();
    table.add(QStringLiteral("open (connection, pragmas, schema check)"), openWall, openCpu);
    watch.restart();
    const qint64 counted = store.itemCount();
    const double countWall = watch.wallSeconds();
    const double countCpu = watch.cpuSeconds();
    table.add(QStringLiteral("count items (first)"), countWall, countCpu, {}, QStringLiteral("%1 items").arg(counted));
    watch.restart();
    store.itemCount();
    table.add(QStringLiteral("count items (again)"), watch);
    watch.restart();
    ProjectStats::compute(store);
    table.add(QStringLiteral("full stats (per kind, split, label)"), watch);
    table.add(QStringLiteral("open + first count"), openWall + countWall, openCpu + countCpu);
    table.print();
    Database::closeAll();
    return counted == items ? 0 : 1;
}

} // namespace candor::bench
