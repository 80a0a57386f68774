#include "core/domain/Error.h"
#include "core/store/Database.h"
#include "core/store/server/ProjectTransfer.h"
#include "core/store/server/ServerSchema.h"
#include "tests/core/AgreementFixture.h"
#include "tests/core/ServerFixture.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QTemporaryDir>
#include <QtTest>

using namespace candor;

// What the server enforces whatever client connects: roles and row-level security, row versions, claims and
// change notifications. Each test works on a fresh database holding the agreement fixture (ana, ben and cy's
// rows), pushed by the superuser; ana and ben log in as annotators, cy as curator.
class TestServerSchema : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_database;

    ServerAddress as(const QString &login) const { return fixture::postgres().address(m_database, login); }

    static qint64 count(const QSqlDatabase &db, const QString &select)
    {
        QSqlQuery query(db);
        if (!query.exec(select) || !query.next())
            qFatal("%s: %s", qPrintable(select), qPrintable(query.lastError().text()));
        return query.value(0).toLongLong();
    }

    static qint64 labelId(const QSqlDatabase &db, const QString &name)
    {
        return count(db,
            QStringLiteral("SELECT l.id FROM labels l JOIN label_schemas s ON s.id = l.schema_id"
                           " WHERE s.name = 'persuasion-20' AND l.name = '%1'")
                .arg(name));
    }

    static QString insertRow(const QSqlDatabase &db, const QString &origin, const QString &annotator)
    {
        const qint64 label = labelId(db, QStringLiteral("Smears"));
        QSqlQuery query(db);
        query.exec(QStringLiteral("INSERT INTO annotations(item_id, label_id, origin, annotator, status, created_at,"
                                  " updated_at) VALUES ((SELECT min(id) FROM items), %1, '%2', '%3', 'accepted',"
                                  " '2026-12-06T00:00:00Z', '2026-12-06T00:00:00Z')")
                       .arg(label)
                       .arg(origin, annotator));
        return query.lastError().text();
    }

    static int affected(const QSqlDatabase &db, const QString &statement)
    {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return -1;
        return query.numRowsAffected();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!fixture::postgres().isRunning())
            QSKIP(qPrintable(QStringLiteral("PostgreSQL half skipped: ") + fixture::postgres().skipReason()));
        m_project = fixture::prepareTeamProject(
            m_dir.path(), {QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("cy")});
    }

    void init()
    {
        m_database = fixture::pushTeamProject(m_project,
            {{QStringLiteral("ana"), ServerSchema::Role::Annotator},
                {QStringLiteral("ben"), ServerSchema::Role::Annotator},
                {QStringLiteral("cy"), ServerSchema::Role::Curator}});
    }

    void cleanup() { Database::closeAll(); }

    void anAnnotatorsDirectSqlCannotChangeAnothersRows()
    {
        ServerConnection ana(as(QStringLiteral("ana")));
        const QSqlDatabase db = ana.db();
        const QString bensRows = QStringLiteral("SELECT count(*) FROM annotations WHERE annotator = 'ben'"
                                                " AND origin = 'human' AND status = 'accepted'");
        const qint64 before = count(db, bensRows);
        QVERIFY(before > 0);
        // Everyone reads everything; updates and deletes of ben's rows find no row; an insert in his name fails.
        QCOMPARE(affected(db, QStringLiteral("UPDATE annotations SET status = 'rejected' WHERE annotator = 'ben'")), 0);
        QCOMPARE(affected(db, QStringLiteral("DELETE FROM annotations WHERE annotator = 'ben'")), 0);
        QCOMPARE(affected(db, QStringLiteral("UPDATE annotations SET annotator = 'ana' WHERE annotator = 'ben'")), 0);
        QVERIFY(insertRow(db, QStringLiteral("human"), QStringLiteral("ben"))
                    .contains(QLatin1String("row-level security")));
        // Nor may she pass her row off as gold, curated or someone else's.
        QVERIFY(
            insertRow(db, QStringLiteral("gold"), QStringLiteral("ana")).contains(QLatin1String("row-level security")));
        QVERIFY(insertRow(db, QStringLiteral("curated"), QStringLiteral("ana"))
                    .contains(QLatin1String("row-level security")));
        QCOMPARE(affected(db, QStringLiteral("UPDATE annotations SET annotator = 'ben' WHERE annotator = 'ana'")), -1);
        // Content and schemas are not hers to change at all.
        QCOMPARE(affected(db, QStringLiteral("DELETE FROM items")), -1);
        QCOMPARE(affected(db, QStringLiteral("UPDATE labels SET name = 'x'")), -1);
        QCOMPARE(count(db, bensRows), before);
        // Her own rows are hers.
        QVERIFY(insertRow(db, QStringLiteral("human"), QStringLiteral("ana")).isEmpty());
        QVERIFY(affected(db, QStringLiteral("UPDATE annotations SET status = 'rejected' WHERE annotator = 'ana'")) > 0);
    }

    void aCuratorWritesCuratedRowsAndSchemasButNotAnnotatorsRows()
    {
        ServerConnection cy(as(QStringLiteral("cy")));
        const QSqlDatabase db = cy.db();
        QVERIFY2(insertRow(db, QStringLiteral("curated"), QStringLiteral("cy")).isEmpty(), "curated row refused");
        QCOMPARE(affected(db, QStringLiteral("UPDATE annotations SET status = 'rejected' WHERE annotator = 'ana'")), 0);
        QCOMPARE(affected(db, QStringLiteral("INSERT INTO label_schemas(name) VALUES ('team-claims')")), 1);
        QCOMPARE(affected(db, QStringLiteral("DELETE FROM meta")), -1); // the project's identity is the admin's
    }

    void aStaleEditFindsNoRow()
    {
        ServerConnection ana(as(QStringLiteral("ana")));
        ServerConnection ana2(as(QStringLiteral("ana"))); // the same annotator in a second window
        const qint64 row = count(ana.db(), QStringLiteral("SELECT min(id) FROM annotations WHERE annotator = 'ana'"));
        const qint64 version
            = count(ana.db(), QStringLiteral("SELECT row_version FROM annotations WHERE id = %1").arg(row));
        const QString edit = QStringLiteral("UPDATE annotations SET status = '%1' WHERE id = %2 AND row_version = %3");
        QCOMPARE(affected(ana2.db(), edit.arg(QStringLiteral("rejected")).arg(row).arg(version)), 1);
        QCOMPARE(affected(ana.db(), edit.arg(QStringLiteral("accepted")).arg(row).arg(version)), 0); // stale: refused
        QCOMPARE(
            count(ana.db(), QStringLiteral("SELECT row_version FROM annotations WHERE id = %1").arg(row)), version + 1);
    }

    void twoAnnotatorsAreNeverServedTheSameItem()
    {
        ServerConnection ana(as(QStringLiteral("ana")));
        ServerConnection ben(as(QStringLiteral("ben")));
        const QString next = QStringLiteral("SELECT coalesce(candor_claim_next('%1'), 0)");
        // Items 1-4 carry ana's rows on 1, 2, 3 and ben's on 1-4 (the fixture); the pushed project has 4 items
        // plus a thread, so add three fresh items nobody has touched.
        QVERIFY(fixture::postgres().superExec(
            QStringLiteral("INSERT INTO items(kind, source, external_id, content_hash) VALUES"
                           " ('post', 'fresh', 'a', 'h1'), ('post', 'fresh', 'b', 'h2'), ('post', 'fresh', 'c', 'h3')"),
            m_database));
        const qint64 anaFirst = count(ana.db(), next.arg(QStringLiteral("1 hour")));
        const qint64 benFirst = count(ben.db(), next.arg(QStringLiteral("1 hour")));
        QVERIFY(anaFirst > 0);
        QVERIFY(benFirst > 0);
        QVERIFY(anaFirst != benFirst);
        // Asking again moves ana's claim on; the item she left is free for others again.
        const qint64 anaSecond
            = count(ana.db(), QStringLiteral("SELECT candor_claim_next('1 hour', %1)").arg(anaFirst));
        QVERIFY(anaSecond != benFirst && anaSecond > anaFirst);
        QCOMPARE(count(ana.db(), QStringLiteral("SELECT count(*) FROM claims WHERE annotator = 'ana'")), 1);
        // An expired claim frees its item: ben's claim lapses, ana is then served it.
        QVERIFY(count(ben.db(), next.arg(QStringLiteral("0.2 seconds"))) > 0);
        const qint64 bensItem = count(ben.db(), QStringLiteral("SELECT item_id FROM claims WHERE annotator = 'ben'"));
        QTest::qWait(400);
        const qint64 anaThird
            = count(ana.db(), QStringLiteral("SELECT candor_claim_next('1 hour', %1 - 1)").arg(bensItem));
        QCOMPARE(anaThird, bensItem);
        // Claims are not written by hand at all (only through candor_claim_next), in one's own name or another's.
        QCOMPARE(affected(ana.db(), QStringLiteral("UPDATE claims SET annotator = 'ana' WHERE annotator = 'ben'")), -1);
        QCOMPARE(affected(ana.db(),
                     QStringLiteral("INSERT INTO claims(item_id, annotator, expires_at) SELECT id, 'ana',"
                                    " now() + interval '100 years' FROM items")),
            -1);
    }

    void otherAnnotatorsChangesAreAnnounced()
    {
        ServerConnection listener(as(QStringLiteral("ben")));
        QSqlDriver *driver = listener.db().driver();
        QVERIFY(driver->subscribeToNotification(QStringLiteral("candor_changes")));
        QSignalSpy spy(driver, &QSqlDriver::notification);
        ServerConnection ana(as(QStringLiteral("ana")));
        QVERIFY(insertRow(ana.db(), QStringLiteral("human"), QStringLiteral("ana")).isEmpty());
        QTRY_VERIFY(!spy.isEmpty());
        const QJsonObject payload = QJsonDocument::fromJson(spy.first().at(2).toString().toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("table")).toString(), QStringLiteral("annotations"));
        QCOMPARE(payload.value(QStringLiteral("op")).toString(), QStringLiteral("insert"));
        QCOMPARE(payload.value(QStringLiteral("by")).toString(), QStringLiteral("ana"));
        QVERIFY(payload.value(QStringLiteral("item_id")).toInteger() > 0);
    }

    void anAnnotatorCannotSilenceTheChangeLog()
    {
        ServerConnection ana(as(QStringLiteral("ana")));
        const QString logged = QStringLiteral("SELECT count(*) FROM changes WHERE changed_by = 'ana'");
        const qint64 before = count(ana.db(), logged);
        // The bulk switch of a push is anyone's to set, but only the tables' owner is heard.
        QVERIFY(affected(ana.db(), QStringLiteral("SET candor.bulk = 'on'")) >= 0);
        QVERIFY(insertRow(ana.db(), QStringLiteral("human"), QStringLiteral("ana")).isEmpty());
        QCOMPARE(count(ana.db(), logged), before + 1);
        QCOMPARE(count(ana.db(),
                     QStringLiteral("SELECT count(*) FROM annotations WHERE id = (SELECT max(id) FROM"
                                    " annotations) AND updated_by = 'ana'")),
            1);
        // Nor can anyone rewrite the log or the role names, not even an admin of the project.
        QCOMPARE(affected(ana.db(), QStringLiteral("DELETE FROM changes")), -1);
        QCOMPARE(affected(ana.db(), QStringLiteral("UPDATE team_roles SET role_name = 'x'")), -1);
    }

    void membershipNeedsAnExistingLoginAndHoldsOneRole()
    {
        ServerConnection admin(fixture::postgres().address(m_database));
        QVERIFY_THROWS_EXCEPTION(Error,
            ServerSchema::setMemberRole(admin.db(), QStringLiteral("nobody-here"), ServerSchema::Role::Annotator));
        ServerSchema::setMemberRole(admin.db(), QStringLiteral("cy"), ServerSchema::Role::Annotator);
        ServerConnection cy(as(QStringLiteral("cy")));
        QCOMPARE(affected(cy.db(), QStringLiteral("INSERT INTO label_schemas(name) VALUES ('not-any-more')")), -1);
        ServerSchema::setMemberRole(admin.db(), QStringLiteral("cy"), ServerSchema::Role::Curator);
        const QList<ServerSchema::Member> team = ServerSchema::members(admin.db());
        QCOMPARE(team.size(), 3);
        QCOMPARE(team[2].login, QStringLiteral("cy"));
        QCOMPARE(team[2].role, ServerSchema::Role::Curator);
        {
            // An admin of the project may do everything with its rows, but not rewrite its log or its role names.
            ServerSchema::setMemberRole(admin.db(), QStringLiteral("cy"), ServerSchema::Role::Admin);
            ServerConnection cyAdmin(as(QStringLiteral("cy")));
            QVERIFY(affected(cyAdmin.db(), QStringLiteral("UPDATE annotations SET status = 'rejected'")) > 0);
            QCOMPARE(affected(cyAdmin.db(), QStringLiteral("UPDATE team_roles SET role_name = 'x TO cy'")), -1);
            QCOMPARE(affected(cyAdmin.db(), QStringLiteral("DELETE FROM changes")), -1);
            ServerSchema::setMemberRole(admin.db(), QStringLiteral("cy"), ServerSchema::Role::Curator);
        }
        ServerSchema::removeMember(admin.db(), QStringLiteral("ben"));
        QCOMPARE(ServerSchema::members(admin.db()).size(), 2);
        // Out of the team, ben cannot even connect to the project's database.
        QVERIFY_THROWS_EXCEPTION(Error, ServerConnection(as(QStringLiteral("ben"))));
    }

    void aTeamOfOneProjectHasNoRightsInAnother()
    {
        // A second project on the same server, where only cy is a member (as annotator).
        const QString other = fixture::postgres().createDatabase();
        ProjectTransfer::push(m_project, fixture::postgres().address(other));
        {
            ServerConnection admin(fixture::postgres().address(other));
            ServerSchema::setMemberRole(admin.db(), QStringLiteral("cy"), ServerSchema::Role::Annotator);
            QVERIFY(ServerSchema::roleName(admin.db(), ServerSchema::Role::Curator)
                != ServerSchema::roleName(
                    ServerConnection(fixture::postgres().address(m_database)).db(), ServerSchema::Role::Curator));
        }
        // ana annotates m_database only: the other project refuses her connection.
        try {
            ServerConnection ana(fixture::postgres().address(other, QStringLiteral("ana")));
            QFAIL("a member of another project connected");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QLatin1String("permission denied")), qPrintable(error.message()));
        }
        // cy curates m_database but only annotates there: no schema edits.
        ServerConnection cy(fixture::postgres().address(other, QStringLiteral("cy")));
        QCOMPARE(affected(cy.db(), QStringLiteral("INSERT INTO label_schemas(name) VALUES ('x')")), -1);
    }
};

QTEST_GUILESS_MAIN(TestServerSchema)
#include "TestServerSchema.moc"
