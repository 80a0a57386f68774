// candor-cli push, pull and team as an administrator scripts them, against a real temporary PostgreSQL server:
// a project goes up and comes back whole, the team is listed and changed, and a wrong use gets one clear line.
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"
#include "tests/cli/CliProcess.h"
#include "tests/core/AgreementFixture.h"
#include "tests/core/ServerFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

class TestServerCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_url;

    static testing::CliRun cli(const QStringList &arguments) { return testing::runCli(arguments, 300); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!fixture::postgres().isRunning())
            QSKIP(qPrintable(QStringLiteral("PostgreSQL half skipped: ") + fixture::postgres().skipReason()));
        // candor-cli keeps working copies under XDG_CACHE_HOME: in this test's folder, not the person's cache.
        qputenv("XDG_CACHE_HOME", m_dir.filePath(QStringLiteral("cache")).toLocal8Bit());
        m_project = m_dir.filePath(QStringLiteral("team.candor"));
        fixture::buildAgreementProject(m_project);
        Database::closeAll();
        m_url = fixture::postgres().address(fixture::postgres().createDatabase()).display();
        fixture::postgres().createLogin(QStringLiteral("eve"), QStringLiteral("eve-secret"));
    }

    void pushThenPullRoundTrips()
    {
        const testing::CliRun push = cli({QStringLiteral("push"), m_project, m_url, QStringLiteral("--json")});
        QVERIFY2(push.exitCode == 0, qPrintable(push.err));
        const QJsonObject pushed = QJsonDocument::fromJson(push.out.toUtf8()).object();
        QVERIFY(pushed.value(QStringLiteral("rows")).toInteger() > 0);
        QCOMPARE(pushed.value(QStringLiteral("to")).toString(), m_url);

        const QString copy = m_dir.filePath(QStringLiteral("copy.candor"));
        const testing::CliRun pull = cli({QStringLiteral("pull"), m_url, copy});
        QVERIFY2(pull.exitCode == 0, qPrintable(pull.err));
        QVERIFY2(pull.out.contains(QStringLiteral(" rows")), qPrintable(pull.out));
        testing::CliRun agreement = cli({QStringLiteral("agreement"), copy, QStringLiteral("--json")});
        testing::CliRun original = cli({QStringLiteral("agreement"), m_project, QStringLiteral("--json")});
        QVERIFY2(agreement.exitCode == 0, qPrintable(agreement.err));
        QCOMPARE(QString(agreement.out).replace(copy, QString()), QString(original.out).replace(m_project, QString()));

        // Pushing again would replace the team's work: refused, exit 1, one line.
        const testing::CliRun again = cli({QStringLiteral("push"), m_project, m_url});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("already holds a project")), qPrintable(again.err));
    }

    void teamIsListedAndChanged()
    {
        const testing::CliRun add = cli({QStringLiteral("team"), m_url, QStringLiteral("add"), QStringLiteral("eve"),
            QStringLiteral("--role"), QStringLiteral("curator")});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const testing::CliRun list
            = cli({QStringLiteral("team"), m_url, QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const QJsonArray members
            = QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("members")).toArray();
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().toObject().value(QStringLiteral("login")).toString(), QStringLiteral("eve"));
        QCOMPARE(members.first().toObject().value(QStringLiteral("role")).toString(), QStringLiteral("curator"));
        const testing::CliRun remove
            = cli({QStringLiteral("team"), m_url, QStringLiteral("remove"), QStringLiteral("eve")});
        QVERIFY2(remove.exitCode == 0, qPrintable(remove.err));
        QVERIFY(cli({QStringLiteral("team"), m_url, QStringLiteral("list")}).out.trimmed().isEmpty());
        const testing::CliRun badRole = cli({QStringLiteral("team"), m_url, QStringLiteral("add"),
            QStringLiteral("eve"), QStringLiteral("--role"), QStringLiteral("boss")});
        QCOMPARE(badRole.exitCode, 2);
        const testing::CliRun unknown = cli({QStringLiteral("team"), m_url, QStringLiteral("add"),
            QStringLiteral("mallory"), QStringLiteral("--role"), QStringLiteral("admin")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QLatin1String("no login 'mallory'")), qPrintable(unknown.err));
    }

    void wrongUsesGetOneClearLine()
    {
        QString withPassword = m_url;
        withPassword.replace(QStringLiteral("candor_super@"), QStringLiteral("candor_super:hunter2@"));
        const testing::CliRun password
            = cli({QStringLiteral("pull"), withPassword, m_dir.filePath(QStringLiteral("x"))});
        QCOMPARE(password.exitCode, 1);
        QVERIFY2(password.err.contains(QLatin1String("contains a password")), qPrintable(password.err));
        QVERIFY(!password.err.contains(QLatin1String("hunter2")));
        // Any command takes the server's address: it works on the person's working copy. Writes other than
        // annotations are refused there, in one line.
        const testing::CliRun stats = cli({QStringLiteral("stats"), m_url});
        QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
        QVERIFY2(stats.out.contains(QLatin1String("items")), qPrintable(stats.out));
        const QString jsonl = m_dir.filePath(QStringLiteral("more.jsonl"));
        QFile file(jsonl);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"id\": \"extra-1\", \"text\": \"one more\"}\n");
        file.close();
        const testing::CliRun import = cli({QStringLiteral("import"), m_url, jsonl});
        QVERIFY(import.exitCode != 0);
        QVERIFY2(import.err.contains(QLatin1String("working copy of a team project")), qPrintable(import.err));
    }
};

QTEST_GUILESS_MAIN(TestServerCommands)
#include "TestServerCommands.moc"
