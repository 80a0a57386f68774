#include "core/domain/Error.h"
#include "core/store/Database.h"
#include "core/store/Sql.h"
#include "core/store/server/ProjectTransfer.h"
#include "core/store/server/ServerAnnotations.h"
#include "core/store/server/ServerSchema.h"
#include "tests/core/AgreementFixture.h"
#include "tests/core/ServerFixture.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace candor;

// An annotator's edits on the team server: stamped with their login by the server, one transaction each, a stale
// edit reported as a conflict, another's row refused, and an edit across a server restart delivered exactly once.
class TestServerAnnotations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_database;

    ServerAddress as(const QString &login) const { return fixture::postgres().address(m_database, login); }

    static QString key() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    static Annotation smears(qint64 itemId)
    {
        Annotation a;
        a.itemId = itemId;
        a.schema = QStringLiteral("persuasion-20");
        a.label = QStringLiteral("Smears");
        a.start = 5;
        a.end = 9;
        a.annotator = QStringLiteral("ben"); // whatever the client claims, the server writes the login
        a.origin = Origin::Gold;
        return a;
    }

    qint64 firstItem()
    {
        ServerConnection admin(fixture::postgres().address(m_database));
        return sql::scalar(admin.db(), QStringLiteral("SELECT min(id) FROM items")).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!fixture::postgres().isRunning())
            QSKIP(qPrintable(QStringLiteral("PostgreSQL half skipped: ") + fixture::postgres().skipReason()));
        m_project = fixture::prepareTeamProject(m_dir.path(), {QStringLiteral("ana"), QStringLiteral("ben")});
    }

    void init()
    {
        m_database = fixture::pushTeamProject(m_project,
            {{QStringLiteral("ana"), ServerSchema::Role::Annotator},
                {QStringLiteral("ben"), ServerSchema::Role::Annotator}});
    }

    void cleanup() { Database::closeAll(); }

    void anAdditionIsTheLoginsHumanRowStampedByTheServer()
    {
        ServerAnnotations ana(as(QStringLiteral("ana")));
        QCOMPARE(ana.login(), QStringLiteral("ana"));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
        const ServerAnnotation row = ana.add(smears(firstItem()), key());
        QVERIFY(row.annotation.id > 0);
        QCOMPARE(row.annotation.annotator, QStringLiteral("ana"));
        QCOMPARE(row.annotation.origin, Origin::Human);
        QCOMPARE(row.annotation.start, std::optional<int>(5));
        QCOMPARE(row.annotation.end, std::optional<int>(9));
        QCOMPARE(row.rowVersion, 1);
        QCOMPARE(row.updatedBy, QStringLiteral("ana"));
        QVERIFY(row.annotation.createdAt.isValid());
        QVERIFY(row.annotation.createdAt > before);
    }

    void theSameEditKeyStoresOneRow()
    {
        ServerAnnotations ana(as(QStringLiteral("ana")));
        const QString edit = key();
        const qint64 item = firstItem();
        const qint64 first = ana.add(smears(item), edit).annotation.id;
        QCOMPARE(ana.add(smears(item), edit).annotation.id, first);
        int mine = 0;
        for (const ServerAnnotation &row : ana.annotationsOf(item))
            mine += row.annotation.annotator == QLatin1String("ana") && row.annotation.start == 5 ? 1 : 0;
        QCOMPARE(mine, 1);
    }

    void aStaleEditIsAConflictAndChangesNothing()
    {
        ServerAnnotations window1(as(QStringLiteral("ana")));
        ServerAnnotations window2(as(QStringLiteral("ana")));
        const ServerAnnotation row = window1.add(smears(firstItem()), key());
        const ServerEdit applied = window1.setStatus(row.annotation.id, row.rowVersion, Status::Rejected);
        QCOMPARE(applied.outcome, ServerEdit::Outcome::Applied);
        QCOMPARE(applied.rowVersion, row.rowVersion + 1);
        const ServerEdit stale = window2.setStatus(row.annotation.id, row.rowVersion, Status::Ignored);
        QCOMPARE(stale.outcome, ServerEdit::Outcome::Conflict);
        QCOMPARE(stale.rowVersion, row.rowVersion + 1);
        QCOMPARE(stale.changedBy, QStringLiteral("ana"));
        QCOMPARE(window2.annotation(row.annotation.id)->annotation.status, Status::Rejected);
        QCOMPARE(window2.remove(row.annotation.id, row.rowVersion).outcome, ServerEdit::Outcome::Conflict);
        QCOMPARE(window2.remove(row.annotation.id, applied.rowVersion).outcome, ServerEdit::Outcome::Applied);
        QCOMPARE(window1.setStatus(row.annotation.id, applied.rowVersion, Status::Accepted).outcome,
            ServerEdit::Outcome::Missing);
    }

    void anotherAnnotatorsRowIsRefused()
    {
        ServerAnnotations ana(as(QStringLiteral("ana")));
        ServerAnnotations ben(as(QStringLiteral("ben")));
        const ServerAnnotation bens = ben.add(smears(firstItem()), key());
        QCOMPARE(
            ana.setStatus(bens.annotation.id, bens.rowVersion, Status::Rejected).outcome, ServerEdit::Outcome::Refused);
        QCOMPARE(ana.remove(bens.annotation.id, bens.rowVersion).outcome, ServerEdit::Outcome::Refused);
        QCOMPARE(ben.annotation(bens.annotation.id)->rowVersion, bens.rowVersion);
    }

    void badEditsAreNamed()
    {
        ServerAnnotations ana(as(QStringLiteral("ana")));
        Annotation unknown = smears(firstItem());
        unknown.label = QStringLiteral("Flattery");
        try {
            ana.add(unknown, key());
            QFAIL("an unknown label was stored");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QLatin1String("no label 'Flattery'")), qPrintable(error.message()));
        }
        QVERIFY_THROWS_EXCEPTION(Error, ana.add(smears(987654321), key())); // no such item
        QVERIFY_THROWS_EXCEPTION(Error, ana.add(smears(firstItem()), QString())); // no key
    }

    void anEditAcrossAServerRestartIsDeliveredOnce()
    {
        ServerAnnotations ana(as(QStringLiteral("ana")));
        const qint64 item = firstItem();
        ana.add(smears(item), key());
        QVERIFY(fixture::postgres().stop());
        QVERIFY(fixture::postgres().startAgain()); // the same port: the server's data folder remembers it
        // The connection died with the server; the edit reconnects and arrives.
        const ServerAnnotation after = ana.add(smears(item), key());
        QVERIFY(after.annotation.id > 0);
        QCOMPARE(ana.setStatus(after.annotation.id, after.rowVersion, Status::Rejected).outcome,
            ServerEdit::Outcome::Applied);
    }

    void anEditWithTheServerGoneIsReportedNotLost()
    {
        ServerAnnotations ana(as(QStringLiteral("ana")));
        const qint64 item = firstItem();
        QVERIFY(fixture::postgres().stop());
        // Whatever fails below, the server comes back for the tests after this one.
        auto restart = qScopeGuard([] { fixture::postgres().startAgain(); });
        try {
            ana.add(smears(item), key());
            QFAIL("an edit claimed to be saved with no server");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QLatin1String("nothing was sent or saved")), qPrintable(error.message()));
        }
        restart.dismiss();
        QVERIFY(fixture::postgres().startAgain());
        QVERIFY(ana.add(smears(item), key()).annotation.id > 0); // and the next edit goes through again
    }

    void claimsComeThroughTheAnnotatorsConnection()
    {
        ServerAnnotations ana(as(QStringLiteral("ana")));
        ServerAnnotations ben(as(QStringLiteral("ben")));
        QVERIFY(fixture::postgres().superExec(
            QStringLiteral("INSERT INTO items(kind, source, external_id, content_hash) VALUES"
                           " ('post', 'fresh', 'a', 'h1'), ('post', 'fresh', 'b', 'h2')"),
            m_database));
        const std::optional<qint64> first = ana.claimNext(600);
        const std::optional<qint64> second = ben.claimNext(600);
        QVERIFY(first && second);
        QVERIFY(*first != *second);
    }
};

QTEST_GUILESS_MAIN(TestServerAnnotations)
#include "TestServerAnnotations.moc"
