// JobOwner: telling a dead job's process from a live one (same host, pid, process start).
#include "core/store/JobOwner.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSysInfo>
#include <QTest>

using namespace candor;

class TestJobOwner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currentProcessIsAlive()
    {
        const JobOwner self = JobOwner::current();
        QCOMPARE(self.pid, QCoreApplication::applicationPid());
        QCOMPARE(self.host, QSysInfo::machineHostName());
        QVERIFY2(self.started.contains(QLatin1Char('/')), qPrintable(self.started)); // boot id / start ticks
        QVERIFY(!self.isGone());
    }

    void finishedProcessIsGone()
    {
        QProcess child;
        child.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("echo $$")});
        QVERIFY(child.waitForFinished(10000));
        JobOwner owner = JobOwner::current();
        owner.pid = child.readAllStandardOutput().trimmed().toLongLong();
        QVERIFY(owner.pid > 0);
        owner.started.clear();
        QVERIFY(owner.isGone());
    }

    void reusedProcessIdIsGone()
    {
        JobOwner owner = JobOwner::current();
        owner.started = QStringLiteral("boot/0");
        QVERIFY(owner.isGone());
    }

    // What cannot be seen from here is never declared dead.
    void unknownOrRemoteOwnersAreNotGone()
    {
        JobOwner remote = JobOwner::current();
        remote.host = QStringLiteral("another-host.invalid");
        remote.pid = 999999999;
        QVERIFY(!remote.isGone());
        QVERIFY(!JobOwner{}.isGone());
    }
};

QTEST_GUILESS_MAIN(TestJobOwner)
#include "TestJobOwner.moc"
