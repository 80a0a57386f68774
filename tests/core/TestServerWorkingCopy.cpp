#include "core/domain/Error.h"
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"
#include "core/store/server/ProjectTransfer.h"
#include "core/store/server/ServerAnnotations.h"
#include "core/store/server/ServerSchema.h"
#include "core/store/server/ServerWorkingCopy.h"
#include "tests/core/AgreementFixture.h"
#include "tests/core/ServerFixture.h"

#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace candor;

// A person's working copy of a team project: pulled on first open, brought up to date from the server's change
// log, annotation edits sent to the server first (stale ones refused with the newer row shown), other writes
// refused, and a postgresql:// address given to ProjectStore opening it.
class TestServerWorkingCopy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_database;
    QString m_copies;

    ServerAddress as(const QString &login) const { return fixture::postgres().address(m_database, login); }

    static qint64 count(const QSqlDatabase &db, const QString &select) { return sql::scalar(db, select).toLongLong(); }

    static Annotation row(qint64 item, const QString &label)
    {
        Annotation a;
        a.itemId = item;
        a.schema = QStringLiteral("persuasion-20");
        a.label = label;
        a.origin = Origin::Human;
        a.annotator = QStringLiteral("someone else"); // the server writes the login
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!fixture::postgres().isRunning())
            QSKIP(qPrintable(QStringLiteral("PostgreSQL half skipped: ") + fixture::postgres().skipReason()));
        qputenv("XDG_CACHE_HOME", m_dir.filePath(QStringLiteral("cache")).toLocal8Bit());
        m_project = fixture::prepareTeamProject(
            m_dir.path(), {QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("cy")});
    }

    void init()
    {
        m_database = fixture::pushTeamProject(m_project,
            {{QStringLiteral("ana"), ServerSchema::Role::Annotator},
                {QStringLiteral("ben"), ServerSchema::Role::Annotator},
                {QStringLiteral("cy"), ServerSchema::Role::Curator}});
        m_copies = m_dir.filePath(m_database);
    }

    void cleanup() { Database::closeAll(); }

    void aCopyIsPulledThenCaughtUp()
    {
        const QString path = ServerWorkingCopy::open(as(QStringLiteral("ana")), m_copies);
        QVERIFY(path.startsWith(m_copies));
        ProjectStore store(path);
        QVERIFY(ServerWorkingCopy::isOpenedWorkingCopy(store.path()));
        const QSqlDatabase file = storeConnection(store);
        const qint64 before = count(file, QStringLiteral("SELECT count(*) FROM annotations"));
        ServerConnection admin(fixture::postgres().address(m_database));
        QCOMPARE(before, count(admin.db(), QStringLiteral("SELECT count(*) FROM annotations")));

        // ben works on the server; ana's copy takes his row, with the server's id, and his deletion.
        ServerAnnotations ben(as(QStringLiteral("ben")));
        const ServerAnnotation added = ben.add(row(1, QStringLiteral("Doubt")), QUuid::createUuid().toString());
        const qint64 bensOld
            = count(admin.db(), QStringLiteral("SELECT min(id) FROM annotations WHERE annotator = 'ben'"));
        QCOMPARE(ben.remove(bensOld, ben.annotation(bensOld)->rowVersion).outcome, ServerEdit::Outcome::Applied);
        const CatchUpReport report = ServerWorkingCopy::catchUp(file);
        QVERIFY(!report.structural);
        QCOMPARE(report.annotations, 2);
        QCOMPARE(count(file, QStringLiteral("SELECT count(*) FROM annotations")), before);
        QCOMPARE(count(file,
                     QStringLiteral("SELECT count(*) FROM annotations WHERE id = %1 AND annotator = 'ben'")
                         .arg(added.annotation.id)),
            1);
        QCOMPARE(count(file, QStringLiteral("SELECT count(*) FROM annotations WHERE id = %1").arg(bensOld)), 0);
        // The summaries the browser filters on follow (the file's own triggers).
        QVERIFY(count(file,
                    QStringLiteral("SELECT count(*) FROM item_summary WHERE item_id = 1"
                                   " AND human_labels LIKE '%Doubt%'"))
            == 1);
        // Opening again catches up too, and keeps the same file.
        QCOMPARE(ServerWorkingCopy::open(as(QStringLiteral("ana")), m_copies), path);
    }

    void editsGoToTheServerFirst()
    {
        ProjectStore store(ServerWorkingCopy::open(as(QStringLiteral("ana")), m_copies));
        const qint64 id = store.addAnnotation(row(2, QStringLiteral("Smears")));
        ServerAnnotations server(as(QStringLiteral("ana")));
        const std::optional<ServerAnnotation> stored = server.annotation(id);
        QVERIFY(stored);
        QCOMPARE(stored->annotation.annotator, QStringLiteral("ana"));
        QCOMPARE(stored->annotation.label, QStringLiteral("Smears"));
        store.setAnnotationStatus(id, Status::Rejected);
        QCOMPARE(server.annotation(id)->annotation.status, Status::Rejected);
        QCOMPARE(server.annotation(id)->rowVersion, 2);
        const QList<Annotation> local = store.annotations(2);
        const auto mine = std::find_if(local.begin(), local.end(), [id](const Annotation &a) { return a.id == id; });
        QVERIFY(mine != local.end());
        QCOMPARE(mine->status, Status::Rejected);
        QCOMPARE(mine->annotator, QStringLiteral("ana"));
        store.deleteAnnotation(id);
        QVERIFY(!server.annotation(id));
    }

    void aStaleEditIsRefusedAndTheirVersionShown()
    {
        ProjectStore store(ServerWorkingCopy::open(as(QStringLiteral("ana")), m_copies));
        const qint64 id = store.addAnnotation(row(2, QStringLiteral("Smears")));
        // ana's other window (or a second machine) changes the row first.
        ServerAnnotations elsewhere(as(QStringLiteral("ana")));
        QCOMPARE(elsewhere.setStatus(id, 1, Status::Ignored).outcome, ServerEdit::Outcome::Applied);
        try {
            store.setAnnotationStatus(id, Status::Rejected);
            QFAIL("a stale edit was applied");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QLatin1String("ana changed annotation")), qPrintable(error.message()));
        }
        QCOMPARE(elsewhere.annotation(id)->annotation.status, Status::Ignored);
        AnnotationFilter filter;
        filter.origin = Origin::Human;
        bool shown = false;
        for (const Annotation &a : store.annotations(2, filter))
            shown = shown || (a.id == id && a.status == Status::Ignored);
        QVERIFY2(shown, "the copy does not show the newer version");
        store.setAnnotationStatus(id, Status::Rejected); // against the version now shown: applied
        QCOMPARE(elsewhere.annotation(id)->annotation.status, Status::Rejected);
    }

    void anotherAnnotatorsRowAndOtherWritesAreRefused()
    {
        ProjectStore store(ServerWorkingCopy::open(as(QStringLiteral("ana")), m_copies));
        const QSqlDatabase file = storeConnection(store);
        const qint64 bens = count(file, QStringLiteral("SELECT min(id) FROM annotations WHERE annotator = 'ben'"));
        try {
            store.setAnnotationStatus(bens, Status::Rejected);
            QFAIL("ben's row was changed by ana");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QLatin1String("not yours to change")), qPrintable(error.message()));
        }
        Item item;
        item.kind = ItemKind::Post;
        item.source = QStringLiteral("local");
        item.externalId = QStringLiteral("x");
        item.text = QStringLiteral("only here");
        try {
            store.upsertItem(item);
            QFAIL("an item was added to a working copy");
        } catch (const Error &error) {
            QVERIFY2(
                error.message().contains(QLatin1String("working copy of a team project")), qPrintable(error.message()));
        }
        Annotation gold = row(1, QStringLiteral("Smears"));
        gold.origin = Origin::Gold;
        QVERIFY_THROWS_EXCEPTION(Error, store.addAnnotation(gold));
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }

    void aCuratorSavesCuratedRows()
    {
        ProjectStore store(ServerWorkingCopy::open(as(QStringLiteral("cy")), m_copies));
        Annotation curated = row(1, QStringLiteral("Smears"));
        curated.origin = Origin::Curated;
        const qint64 id = store.addAnnotation(curated);
        ServerAnnotations server(as(QStringLiteral("cy")));
        QCOMPARE(server.annotation(id)->annotation.origin, Origin::Curated);
        QCOMPARE(server.annotation(id)->annotation.annotator, QStringLiteral("cy"));
    }

    void aChangeOfContentPullsTheCopyAgain()
    {
        const QString path = ServerWorkingCopy::open(as(QStringLiteral("ana")), m_copies);
        QVERIFY(fixture::postgres().superExec(
            QStringLiteral("INSERT INTO items(kind, source, external_id, content_hash, text) VALUES"
                           " ('post', 'fresh', 'new-1', 'h1', 'arrived later')"),
            m_database));
        QVERIFY(ServerWorkingCopy::catchUp(Database::connection(path)).structural);
        Database::closeAll();
        QCOMPARE(ServerWorkingCopy::open(as(QStringLiteral("ana")), m_copies), path);
        ProjectStore store(path);
        QVERIFY(store.findItem(QStringLiteral("fresh"), QStringLiteral("new-1")).has_value());
        QVERIFY(ServerWorkingCopy::isOpenedWorkingCopy(store.path()));
    }

    void aServerAddressOpensTheWorkingCopy()
    {
        ProjectStore store(as(QStringLiteral("ben")).url());
        QVERIFY(ServerWorkingCopy::isOpenedWorkingCopy(store.path()));
        QVERIFY(store.path().startsWith(m_dir.filePath(QStringLiteral("cache"))));
        QVERIFY(store.itemCount() > 0);
        QVERIFY_THROWS_EXCEPTION(Error, ProjectStore::create(as(QStringLiteral("ben")).url()));
    }
};

QTEST_GUILESS_MAIN(TestServerWorkingCopy)
#include "TestServerWorkingCopy.moc"
