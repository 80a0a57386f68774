#include "core/store/Database.h"
#include "core/store/MatchCounter.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {

// Counts 1..? through a recursive CTE: a count whose cost is chosen by its bind (10^9 rows run for minutes).
const QString kSequenceCount = QStringLiteral(
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < ?) SELECT count(*) FROM n");
constexpr qint64 kEndless = 1000000000;

} // namespace

class TestMatchCounter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("count.candor"));
        ProjectStore::create(m_path);
        QSqlDatabase db = Database::connection(m_path);
        sql::exec(db, QStringLiteral("CREATE TABLE numbers(n INTEGER)"));
        sql::exec(db,
            QStringLiteral("INSERT INTO numbers WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n"
                           " WHERE x < 5000) SELECT x FROM n"));
    }

    void cleanupTestCase() { Database::closeAll(); }

    void countArrives_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QVariantList>("binds");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("table") << QStringLiteral("SELECT count(*) FROM numbers") << QVariantList{} << qint64(5000);
        QTest::newRow("bound filter") << QStringLiteral("SELECT count(*) FROM numbers WHERE n % ? = 0")
                                      << QVariantList{7} << qint64(714);
        QTest::newRow("capped") << QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM numbers LIMIT ?)")
                                << QVariantList{1001} << qint64(1001);
        QTest::newRow("no row") << QStringLiteral("SELECT n FROM numbers WHERE n < 0") << QVariantList{} << qint64(0);
        QTest::newRow("sequence") << kSequenceCount << QVariantList{123456} << qint64(123456);
    }

    void countArrives()
    {
        QFETCH(QString, statement);
        QFETCH(QVariantList, binds);
        QFETCH(qint64, expected);
        MatchCounter counter;
        QSignalSpy counted(&counter, &MatchCounter::counted);
        QSignalSpy cancelled(&counter, &MatchCounter::cancelled);
        const quint64 generation = counter.start(m_path, statement, binds);
        QVERIFY(counter.isCounting());
        QVERIFY(counted.isEmpty()); // never delivered inside start()
        QTRY_COMPARE(counted.size(), 1);
        QCOMPARE(counted.first().at(0).value<quint64>(), generation);
        QCOMPARE(counted.first().at(1).toLongLong(), expected);
        QVERIFY(cancelled.isEmpty());
        QVERIFY(!counter.isCounting());
    }

    void supersededCountsStopAndOnlyTheLastIsReported()
    {
        MatchCounter counter;
        QSignalSpy counted(&counter, &MatchCounter::counted);
        QSignalSpy cancelled(&counter, &MatchCounter::cancelled);
        QList<quint64> superseded;
        superseded.append(counter.start(m_path, kSequenceCount, {kEndless}));
        QTest::qWait(100); // the worker is inside the first statement now
        for (int i = 0; i < 4; ++i)
            superseded.append(counter.start(m_path, kSequenceCount, {kEndless}));
        const quint64 last = counter.start(m_path, kSequenceCount, {1000});
        // An endless count that was not stopped would hold the worker for minutes: the last count never arrives.
        QTRY_COMPARE_WITH_TIMEOUT(counted.size(), 1, 30000);
        QCOMPARE(counted.first().at(0).value<quint64>(), last);
        QCOMPARE(counted.first().at(1).toLongLong(), qint64(1000));
        QTRY_COMPARE(cancelled.size(), superseded.size());
        QList<quint64> reported;
        for (const QList<QVariant> &signal : std::as_const(cancelled))
            reported.append(signal.first().value<quint64>());
        std::sort(reported.begin(), reported.end());
        QCOMPARE(reported, superseded);
    }

    void cancelReportsNoNumber()
    {
        MatchCounter counter;
        QSignalSpy counted(&counter, &MatchCounter::counted);
        QSignalSpy cancelled(&counter, &MatchCounter::cancelled);
        const quint64 generation = counter.start(m_path, kSequenceCount, {kEndless});
        QTest::qWait(100);
        counter.cancel();
        QVERIFY(!counter.isCounting());
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, 3000);
        QCOMPARE(cancelled.first().first().value<quint64>(), generation);
        QTest::qWait(50);
        QVERIFY(counted.isEmpty());
        // The worker is free again: the next count runs at once.
        counter.start(m_path, QStringLiteral("SELECT count(*) FROM numbers"), {});
        QTRY_COMPARE(counted.size(), 1);
        QCOMPARE(counted.first().at(1).toLongLong(), qint64(5000));
    }

    void failureNamesTheStatement()
    {
        MatchCounter counter;
        QSignalSpy failed(&counter, &MatchCounter::failed);
        const quint64 generation = counter.start(m_path, QStringLiteral("SELECT count(*) FROM no_such_table"), {});
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).value<quint64>(), generation);
        QVERIFY2(failed.first().at(1).toString().contains(QLatin1String("no_such_table")),
            qPrintable(failed.first().at(1).toString()));
    }

    void destroyedWhileCounting()
    {
        QObject receiver;
        bool reported = false;
        auto *counter = new MatchCounter;
        connect(counter, &MatchCounter::counted, &receiver, [&reported] { reported = true; });
        connect(counter, &MatchCounter::cancelled, &receiver, [&reported] { reported = true; });
        counter->start(m_path, kSequenceCount, {kEndless});
        QTest::qWait(100);
        delete counter; // stops the endless statement and joins the worker (else this would not return)
        QTest::qWait(100); // any result queued by the worker went with the counter
        QVERIFY(!reported);
    }

    void releasedConnectionLetsTheFileGo()
    {
        const QString path = m_dir.filePath(QStringLiteral("released.candor"));
        ProjectStore::create(path);
        MatchCounter counter;
        QSignalSpy counted(&counter, &MatchCounter::counted);
        counter.start(path, QStringLiteral("SELECT count(*) FROM items"), {});
        QTRY_COMPARE(counted.size(), 1);
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal"))); // the worker's connection is open
        Database::close(path); // first, so that the worker's connection is the last one
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        counter.releaseConnection();
        // The last connection to close checkpoints and removes the write-ahead log.
        QTRY_VERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }
};

QTEST_GUILESS_MAIN(TestMatchCounter)
#include "TestMatchCounter.moc"
