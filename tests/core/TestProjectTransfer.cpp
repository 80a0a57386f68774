#include "core/domain/Error.h"
#include "core/sample/SampleProject.h"
#include "core/store/Database.h"
#include "core/store/FactCheckStore.h"
#include "core/store/ProjectStore.h"
#include "core/store/server/ProjectTransfer.h"
#include "core/store/server/ServerSchema.h"
#include "tests/core/AgreementFixture.h"
#include "tests/core/ServerFixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace candor;

class TestProjectTransfer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    ServerAddress server() const { return fixture::postgres().address(m_database); }

    // The sample project (memes with images, Telegram messages, reply threads, gold labels) plus what a team adds:
    // two annotators' rows on text with emoji, ZWJ and CJK, a curated row, a schema of the team's own with a
    // renamed label, a model version with a binary file and scored predictions, a fact check and a finished job.
    QString richProject()
    {
        const QString file = path(QStringLiteral("rich.candor"));
        if (QFile::exists(file))
            return file;
        buildSampleProject(file);
        ProjectStore store(file);
        Item item;
        item.kind = ItemKind::Post;
        item.source = QStringLiteral("team");
        item.externalId = QStringLiteral("emoji-1");
        item.text = QStringLiteral("Vaccines 💉 are 👨‍👩‍👧 poison! 疫苗有毒 'quoted' \\ back\\slash");
        const qint64 post = store.upsertItem(item).id;
        const QString p20 = QStringLiteral("persuasion-20");
        fixture::agreementRow(store, post, p20, QStringLiteral("Smears"), QStringLiteral("ana"), 0, 10);
        fixture::agreementRow(store, post, p20, QStringLiteral("Loaded Language"), QStringLiteral("ben"), 11, 16);
        Annotation curated;
        curated.itemId = post;
        curated.schema = p20;
        curated.label = QStringLiteral("Smears");
        curated.origin = Origin::Curated;
        curated.annotator = QStringLiteral("cy");
        curated.status = Status::Accepted;
        store.addAnnotation(curated);
        LabelSchema own;
        own.name = QStringLiteral("team-claims");
        own.labels = {LabelDef{QStringLiteral("health"), QColor(QStringLiteral("#1f77b4"))},
            LabelDef{QStringLiteral("politics"), QColor(QStringLiteral("#d62728"))}};
        store.saveSchema(own);
        fixture::agreementRow(store, post, own.name, QStringLiteral("health"), QStringLiteral("ana"));
        LabelSchema renamed = store.schema(own.name);
        renamed.labels[0].name = QStringLiteral("public health");
        store.saveSchema(renamed);
        ModelVersion version;
        version.task = QStringLiteral("persuasion-labels");
        version.name = QStringLiteral("v1");
        version.createdAt = QDateTime::currentDateTimeUtc();
        const qint64 versionId = store.addModelVersion(version);
        store.putModelFile(versionId, QStringLiteral("model.safetensors"), QByteArray("\x00\x01\xff\x00weights", 11));
        Annotation model;
        model.itemId = post;
        model.schema = p20;
        model.label = QStringLiteral("Doubt");
        model.origin = Origin::Model;
        model.modelVersionId = versionId;
        model.score = 0.1 + 0.2; // not exactly representable in decimal: the copy must keep every bit
        model.status = Status::Proposed;
        store.addAnnotation(model);
        FactCheck check;
        check.itemId = post;
        check.claim = QStringLiteral("Vaccines are poison");
        check.rating = FactCheckRating::False;
        check.annotator = QStringLiteral("ana");
        putFactCheck(store, check);
        store.finishJob(store.startJob(QStringLiteral("evaluate-text"), {}), QStringLiteral("finished"), {});
        // Zero-length values that are not NULL: an empty model file, and the empty MinHash signature of a post
        // without text (SQLite's driver reads both as null byte arrays; a push once wrote them as NULL).
        store.putModelFile(versionId, QStringLiteral("empty.bin"), QByteArray());
        Item empty;
        empty.kind = ItemKind::Post;
        empty.source = QStringLiteral("team");
        empty.externalId = QStringLiteral("no-text");
        store.upsertItem(empty);
        Database::closeAll();
        return file;
    }

    static void compareProjects(const QString &original, const QString &copy)
    {
        fixture::RawFile a(original), b(copy);
        for (const QString &table : ServerSchema::projectTables())
            QCOMPARE(fixture::tableRows(b.db(), QStringLiteral("SELECT * FROM ") + table),
                fixture::tableRows(a.db(), QStringLiteral("SELECT * FROM ") + table));
        // Derived tables come back from the file's own triggers, with the same content.
        const QStringList derived
            = {QStringLiteral("SELECT item_id, gold_labels, human_labels, model_labels, best_score,"
                              " uncertainty, reviewed, annotators FROM item_summary"),
                QStringLiteral("SELECT * FROM item_labels"),
                QStringLiteral("SELECT kind, language, source, split, item_count FROM facets"),
                QStringLiteral("SELECT rowid, text, item_id, post_id FROM text_search"),
                QStringLiteral("SELECT item_id FROM text_search WHERE text_search MATCH 'poison'")};
        for (const QString &select : derived)
            QCOMPARE(fixture::tableRows(b.db(), select), fixture::tableRows(a.db(), select));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!fixture::postgres().isRunning())
            QSKIP(qPrintable(QStringLiteral("PostgreSQL half skipped: ") + fixture::postgres().skipReason()));
    }

    void init() { m_database = fixture::postgres().createDatabase(); }
    void cleanup() { Database::closeAll(); }

    void pushThenPullGivesTheSameProject()
    {
        const QString original = richProject();
        qint64 lastDone = 0, lastTotal = 0;
        const TransferReport pushed = ProjectTransfer::push(original, server(), [&](qint64 done, qint64 total) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            lastTotal = total;
        });
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(pushed.totalRows(), lastTotal);
        Database::closeAll();
        const QString copy = path(QStringLiteral("pulled.candor"));
        const TransferReport pulled = ProjectTransfer::pull(server(), copy);
        QCOMPARE(pulled.toJson().value(QStringLiteral("tables")), pushed.toJson().value(QStringLiteral("tables")));
        QVERIFY(!QFile::exists(copy + QStringLiteral(".pulling")));
        compareProjects(original, copy);

        ProjectStore store(copy);
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
        const qint64 post = store.findItem(QStringLiteral("team"), QStringLiteral("emoji-1")).value();
        QCOMPARE(store.item(post)->text.left(11), QStringLiteral("Vaccines 💉")); // 💉 is two UTF-16 units
        // The renamed label is still found by its former name; the model file passes its SHA-256 check.
        QCOMPARE(store.labelId(QStringLiteral("team-claims"), QStringLiteral("health")),
            store.labelId(QStringLiteral("team-claims"), QStringLiteral("public health")));
        const qint64 version = store.latestModelVersion(QStringLiteral("persuasion-labels"))->id;
        QCOMPARE(
            store.modelFile(version, QStringLiteral("model.safetensors")), QByteArray("\x00\x01\xff\x00weights", 11));
        QCOMPARE(factCheck(store, post)->rating, FactCheckRating::False);
        QCOMPARE(store.modelFile(version, QStringLiteral("empty.bin")), QByteArray());
        fixture::RawFile raw(copy);
        QCOMPARE(
            fixture::tableRows(raw.db(), QStringLiteral("SELECT count(*) FROM text_minhash WHERE signature IS NULL")),
            QStringList{QStringLiteral("0")});
    }

    void serverIdsContinueAboveThePushedOnes()
    {
        ProjectTransfer::push(richProject(), server());
        ServerConnection connection(server());
        QSqlQuery query(connection.db());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO media(sha256, mime, width, height, bytes)"
                                          " VALUES ('x', 'image/png', 1, 1, '\\x00') RETURNING id")));
        QVERIFY(query.next());
        QVERIFY(query.exec(QStringLiteral("SELECT max(id) FROM media WHERE sha256 <> 'x'")));
        QVERIFY(query.first());
        const qint64 pushedMax = query.value(0).toLongLong();
        QVERIFY(pushedMax > 0);
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM media WHERE sha256 = 'x'")));
        QVERIFY(query.first());
        QCOMPARE(query.value(0).toLongLong(), pushedMax + 1);
    }

    void pushRefusesADatabaseThatHoldsAProject()
    {
        ProjectTransfer::push(richProject(), server());
        ServerConnection connection(server());
        const qint64 before = fixture::tableRows(connection.db(), QStringLiteral("SELECT id FROM annotations")).size();
        try {
            ProjectTransfer::push(richProject(), server());
            QFAIL("a second push was accepted");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QLatin1String("already holds a project")), qPrintable(error.message()));
        }
        QCOMPARE(fixture::tableRows(connection.db(), QStringLiteral("SELECT id FROM annotations")).size(), before);
    }

    void cancelledPushLeavesTheDatabaseEmpty()
    {
        const std::atomic_bool cancel{true};
        QVERIFY_THROWS_EXCEPTION(Error, ProjectTransfer::push(richProject(), server(), {}, &cancel));
        ServerConnection connection(server());
        QCOMPARE(ServerSchema::installedVersion(connection.db()), 0);
    }

    void pullRefusesAnExistingFileAndAnEmptyDatabase()
    {
        const QString existing = richProject();
        try {
            ProjectTransfer::pull(server(), existing);
            QFAIL("pull overwrote a file");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QLatin1String("the file exists")), qPrintable(error.message()));
        }
        const QString target = path(QStringLiteral("from-empty.candor"));
        try {
            ProjectTransfer::pull(server(), target);
            QFAIL("pulled from an empty database");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QLatin1String("holds no Candor project")), qPrintable(error.message()));
        }
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(target + QStringLiteral(".pulling")));
    }

    void pullRefusesANewerServerSchema()
    {
        ProjectTransfer::push(richProject(), server());
        QVERIFY(fixture::postgres().superExec(
            QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'"), m_database));
        const QString target = path(QStringLiteral("newer.candor"));
        try {
            ProjectTransfer::pull(server(), target);
            QFAIL("pulled a newer schema");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QLatin1String("newer than this Candor")), qPrintable(error.message()));
        }
        QVERIFY(!QFile::exists(target));
    }

    void aWrongPasswordIsReportedAsSuch()
    {
        fixture::postgres().createLogin(QStringLiteral("dora"), QStringLiteral("right"));
        fixture::postgres().addPassword(QStringLiteral("dora"), QStringLiteral("wrong")); // libpq uses the first match
        fixture::postgres().superExec(QStringLiteral("ALTER ROLE dora PASSWORD 'changed'"));
        try {
            ServerConnection connection(fixture::postgres().address(m_database, QStringLiteral("dora")));
            QFAIL("connected with a wrong password");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QLatin1String("refused the password")), qPrintable(error.message()));
            QVERIFY(error.message().contains(QLatin1String("PGPASSFILE")));
        }
    }

    void aServerThatIsNotThereIsReportedWithItsAddress()
    {
        const ServerAddress nowhere = ServerAddress::parse(
            QStringLiteral("postgresql://candor@127.0.0.1:1/nothing?connect_timeout=2&sslmode=disable"));
        try {
            ProjectTransfer::pull(nowhere, path(QStringLiteral("nowhere.candor")));
            QFAIL("connected to nothing");
        } catch (const Error &error) {
            QVERIFY2(
                error.message().startsWith(QLatin1String("cannot connect to postgresql://candor@127.0.0.1:1/nothing")),
                qPrintable(error.message()));
        }
        QVERIFY(!QFile::exists(path(QStringLiteral("nowhere.candor"))));
    }

    void tlsWithVerifyFullReachesOnlyTheRightServer()
    {
        const QString ca = fixture::postgres().enableTls();
        if (ca.isEmpty())
            QSKIP(qPrintable(fixture::postgres().skipReason()));
        const QString base = QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=verify-full&sslrootcert=")
                                 .arg(QLatin1String(TemporaryPostgres::superuser))
                                 .arg(fixture::postgres().port())
                                 .arg(m_database);
        ProjectTransfer::push(richProject(), ServerAddress::parse(base + ca));
        ServerConnection connection(ServerAddress::parse(base + ca));
        QSqlQuery query(connection.db());
        QVERIFY(query.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
        QVERIFY(query.next());
        QVERIFY2(query.value(0).toBool(), "the connection is not encrypted");
        // A server whose certificate the given CA did not sign is refused before any password is sent.
        try {
            ServerConnection impostor(ServerAddress::parse(base + fixture::postgres().otherCa()));
            QFAIL("verify-full accepted a certificate of another CA");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QLatin1String("certificate verify failed")), qPrintable(error.message()));
        }
    }

    void pushRefusesAForeignDatabase()
    {
        // A database with tables of another application is not taken over.
        QVERIFY(fixture::postgres().superExec(QStringLiteral("CREATE TABLE invoices(id INT)"), m_database));
        try {
            ProjectTransfer::push(richProject(), server());
            QFAIL("pushed into a foreign database");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QLatin1String("no Candor project")), qPrintable(error.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestProjectTransfer)
#include "TestProjectTransfer.moc"
