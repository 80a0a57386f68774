#include "core/domain/Error.h"
#include "core/store/server/ServerAddress.h"

#include <QtTest>

using namespace candor;

class TestServerAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesServerUrlsByTheirScheme()
    {
        QVERIFY(ServerAddress::isServerUrl(QStringLiteral("postgresql://host/db")));
        QVERIFY(ServerAddress::isServerUrl(QStringLiteral("POSTGRES://host/db")));
        QVERIFY(!ServerAddress::isServerUrl(QStringLiteral("/home/ana/postgresql/project.candor")));
        QVERIFY(!ServerAddress::isServerUrl(QStringLiteral("postgresql.candor")));
    }

    void readsEveryPart()
    {
        const ServerAddress a = ServerAddress::parse(QStringLiteral(
            "postgresql://ana%40desk@db.example.org:6543/fact%20checks?sslmode=verify-full&sslrootcert=/etc/ca.pem"));
        QCOMPARE(a.host(), QStringLiteral("db.example.org"));
        QCOMPARE(a.port(), 6543);
        QCOMPARE(a.user(), QStringLiteral("ana@desk"));
        QCOMPARE(a.database(), QStringLiteral("fact checks"));
        QCOMPARE(a.sslMode(), QStringLiteral("verify-full"));
        QCOMPARE(a.connectOptions(),
            QStringLiteral("sslmode=verify-full;sslrootcert=/etc/ca.pem;connect_timeout=10;"
                           "application_name=candor"));
        QCOMPARE(a.display(),
            QStringLiteral("postgresql://ana%40desk@db.example.org:6543/fact%20checks?sslmode=verify-full"));
        QCOMPARE(a.url(),
            QStringLiteral("postgresql://ana%40desk@db.example.org:6543/fact%20checks?sslmode=verify-full"
                           "&sslrootcert=/etc/ca.pem"));
        QCOMPARE(ServerAddress::parse(a.url()).connectOptions(), a.connectOptions());
    }

    void defaultsAreLibpqs()
    {
        const ServerAddress a = ServerAddress::parse(QStringLiteral("postgres:///team"));
        QCOMPARE(a.host(), QString()); // the local socket
        QCOMPARE(a.port(), 5432);
        QCOMPARE(a.user(), QString());
        QCOMPARE(a.database(), QStringLiteral("team"));
        QCOMPARE(a.display(), QStringLiteral("postgresql:///team"));
        QCOMPARE(ServerAddress::parse(QStringLiteral("postgresql://h/%F0%9F%92%89team")).database(),
            QStringLiteral("💉team"));
        const ServerAddress v6 = ServerAddress::parse(QStringLiteral("postgresql://[::1]:5433/team?connect_timeout=3"));
        QCOMPARE(v6.host(), QStringLiteral("::1"));
        QCOMPARE(v6.connectOptions(), QStringLiteral("connect_timeout=3;application_name=candor"));
    }

    void refusesWhatItCannotUseSafely_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reason");
        QTest::newRow("file") << "project.candor"
                              << "must start with postgresql://";
        QTest::newRow("password") << "postgresql://ana:secret@host/db"
                                  << "contains a password";
        QTest::newRow("no database") << "postgresql://host"
                                     << "names no database";
        QTest::newRow("nested path") << "postgresql://host/db/more"
                                     << "names no database";
        QTest::newRow("unknown parameter") << "postgresql://host/db?sslmod=require"
                                           << "unknown parameter 'sslmod'";
        QTest::newRow("bad sslmode") << "postgresql://host/db?sslmode=sometimes"
                                     << "unknown sslmode 'sometimes'";
        QTest::newRow("timeout") << "postgresql://host/db?connect_timeout=soon"
                                 << "not a number of seconds";
        QTest::newRow("option injection") << "postgresql://host/db?sslrootcert=a%20password=x"
                                          << "unusable value";
        QTest::newRow("empty value") << "postgresql://host/db?sslmode="
                                     << "unusable value";
        QTest::newRow("tab splits options") << "postgresql://host/db?application_name=x%09host=evil%09sslmode=disable"
                                            << "unusable value";
        QTest::newRow("newline") << "postgresql://host/db?sslrootcert=a%0Ab"
                                 << "unusable value";
        QTest::newRow("twice") << "postgresql://host/db?sslmode=require&sslmode=disable"
                               << "gives 'sslmode' twice";
        QTest::newRow("invalid utf-8") << "postgresql://host/db?sslrootcert=a%FFb"
                                       << "unusable value";
        QTest::newRow("escaped surrogate") << "postgresql://host/db?sslrootcert=a%ED%AA%BFb"
                                           << "unusable value";
        QTest::newRow("database not text") << "postgresql://host/d%00b"
                                           << "not text";
        QTest::newRow("bad port, password with / and @") << "postgresql://ana:se/c@ret@host:99999/db"
                                                         << "not a valid server address";
        QTest::newRow("bad port, password") << "postgresql://ana:secret@host:99999/db"
                                            << "not a valid server address";
    }

    void refusesWhatItCannotUseSafely()
    {
        QFETCH(QString, url);
        QFETCH(QString, reason);
        try {
            ServerAddress::parse(url);
            QFAIL("accepted");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(reason), qPrintable(error.message()));
            QVERIFY2(
                !error.message().contains(QLatin1String("secret")) && !error.message().contains(QLatin1String("ret@")),
                "the password was repeated in the message");
        }
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "TestServerAddress.moc"
