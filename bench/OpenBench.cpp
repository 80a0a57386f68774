// candor-bench open: time to open a large project and count its items.
#include "BenchSupport.h"

#include "store/Database.h"
#include "store/ProjectStats.h"
#include "store/ProjectStore.h"
#include "store/Sql.h"

#include <QElapsedTimer>
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
    QElapsedTimer timer;

    timer.start();
    ProjectStore::create(path);
    {
        // Direct SQL in one transaction: the fastest way to a large file; the import path is measured elsewhere.
        ProjectStore store(path);
        sql::Transaction transaction(store.db());
        QSqlQuery insert = sql::prepare(store.db(), QStringLiteral(
            "INSERT INTO items(kind, source, external_id, split, text, content_hash) VALUES (?, 'bench', ?, ?, ?, ?)"));
        static const QString kinds[] = {QStringLiteral("post"), QStringLiteral("message"), QStringLiteral("meme"), QStringLiteral("thread")};
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
    table.add(QStringLiteral("create (direct SQL, one transaction)"), timer.nsecsElapsed() / 1e9, perSecond(double(items), timer.nsecsElapsed() / 1e9, QStringLiteral("items")),
              QStringLiteral("%1 MB").arg(QString::number(QFileInfo(path).size() / 1048576.0, 'f', 0)));

    timer.restart();
    ProjectStore store(path);
    const double openSeconds = timer.nsecsElapsed() / 1e9;
    table.add(QStringLiteral("open (connection, pragmas, schema check)"), openSeconds);
    timer.restart();
    const qint64 counted = store.itemCount();
    const double countSeconds = timer.nsecsElapsed() / 1e9;
    table.add(QStringLiteral("count items (first)"), countSeconds, {}, QStringLiteral("%1 items").arg(counted));
    timer.restart();
    store.itemCount();
    table.add(QStringLiteral("count items (again)"), timer.nsecsElapsed() / 1e9);
    timer.restart();
    ProjectStats::compute(store);
    table.add(QStringLiteral("full stats (per kind, split, label)"), timer.nsecsElapsed() / 1e9);
    table.add(QStringLiteral("open + first count"), openSeconds + countSeconds);
    table.print();
    Database::closeAll();
    return counted == items ? 0 : 1;
}

} // namespace candor::bench
