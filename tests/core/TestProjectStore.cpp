#include "core/domain/Error.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StatementCache.h"
#include "core/store/StoreConnection.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace candor;

class TestProjectStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    Item meme(const QString &id, const QString &text)
    {
        Item item;
        item.kind = ItemKind::Meme;
        item.source = QStringLiteral("test");
        item.externalId = id;
        item.text = text;
        item.split = QStringLiteral("train");
        return item;
    }

private Q_SLOTS:
    void init()
    {
        Database::closeAll();
        m_path = m_dir.filePath(QStringLiteral("p%1.candor").arg(QDateTime::currentMSecsSinceEpoch() + qint64(rand())));
        ProjectStore::create(m_path);
    }

    void cleanup() { Database::closeAll(); }

    void createsLatestSchemaWithPragmasAndSchemas()
    {
        ProjectStore store(m_path);
        QCOMPARE(Migrations::currentVersion(storeConnection(store)), Migrations::latestVersion);
        QCOMPARE(sql::scalar(storeConnection(store), QStringLiteral("PRAGMA journal_mode")).toString(),
            QStringLiteral("wal"));
        QCOMPARE(sql::scalar(storeConnection(store), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        const LabelSchema p22 = store.schema(QStringLiteral("persuasion-22"));
        QCOMPARE(p22.labels.size(), 22);
        QCOMPARE(p22.labels.first().name, QStringLiteral("Appeal to authority"));
        QCOMPARE(p22.labels.last().name, QStringLiteral("Appeal to (Strong) Emotions"));
        QCOMPARE(store.schema(QStringLiteral("persuasion-20")).labels.size(), 20);
        QCOMPARE(store.schema(QStringLiteral("stance-4")).labels.at(1).shortcut, QStringLiteral("D"));
        QCOMPARE(store.schema(QStringLiteral("narrative-6")).labelNames().size(), 6);
        QCOMPARE(store.schemas().size(), 7);
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }

    void createRefusesExistingFile() { QVERIFY_THROWS_EXCEPTION(Error, ProjectStore::create(m_path)); }

    void upgradesVersionOneFile()
    {
        const QString old = m_dir.filePath(QStringLiteral("v1.candor"));
        {
            QSqlDatabase db = Database::connection(old);
            Migrations::migrate(db, 1);
            sql::exec(db,
                QStringLiteral("INSERT INTO items(kind, source, external_id, text, content_hash)"
                               " VALUES ('post', 'old', '1', 'a rumour about the volcano', 'x')"));
            QCOMPARE(Migrations::currentVersion(db), 1);
            Database::close(old);
        }
        ProjectStore store(old);
        QCOMPARE(Migrations::currentVersion(storeConnection(store)), Migrations::latestVersion);
        // Version 2 indexes the text written under version 1.
        QCOMPARE(sql::scalar(storeConnection(store),
                     QStringLiteral("SELECT item_id FROM text_search WHERE text_search MATCH 'volcano'"))
                     .toLongLong(),
            store.findItem(QStringLiteral("old"), QStringLiteral("1")).value());
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }

    void upgradesVersionThreeFileWithBrowserSummary()
    {
        const QString old = m_dir.filePath(QStringLiteral("v3.candor"));
        {
            QSqlDatabase db = Database::connection(old);
            Migrations::migrate(db, 3);
            sql::exec(db,
                QStringLiteral("INSERT INTO items(id, kind, source, external_id, text, content_hash) VALUES"
                               " (1, 'thread', 'old', '1', 'a rumour about the volcano', 'x'),"
                               " (2, 'post', 'old', '2', 'nothing to see', 'y')"));
            sql::exec(db,
                QStringLiteral("INSERT INTO posts(id, item_id, post_id, text, content_hash)"
                               " VALUES (7, 2, 'p', 'the volcano again', 'z')"));
            sql::exec(db,
                QStringLiteral("INSERT INTO model_versions(id, task, name, created_at) VALUES (1, 't', 'm', 'now')"));
            const QString label = QStringLiteral("(SELECT id FROM labels WHERE name = 'Doubt' LIMIT 1)");
            sql::exec(db,
                QStringLiteral("INSERT INTO annotations(item_id, label_id, origin, model_version_id, score, status,"
                               " created_at, updated_at) VALUES (1, %1, 'model', 1, 0.7, 'proposed', 'now', 'now'),"
                               " (1, %1, 'model', 1, 0.4, 'proposed', 'now', 'now')")
                    .arg(label));
            sql::exec(db,
                QStringLiteral("INSERT INTO annotations(item_id, label_id, origin, annotator, status, created_at,"
                               " updated_at) VALUES (2, %1, 'human', 'ana', 'rejected', 'now', 'now')")
                    .arg(label));
            Database::close(old);
        }
        ProjectStore store(old);
        QCOMPARE(Migrations::currentVersion(storeConnection(store)), Migrations::latestVersion);
        QCOMPARE(sql::scalar(storeConnection(store), QStringLiteral("SELECT count(*) FROM item_summary")).toInt(), 2);
        QCOMPARE(
            sql::scalar(storeConnection(store), QStringLiteral("SELECT best_score FROM item_summary WHERE item_id = 1"))
                .toDouble(),
            0.7);
        QCOMPARE(sql::scalar(storeConnection(store),
                     QStringLiteral("SELECT round(uncertainty, 6) FROM item_summary WHERE item_id = 1"))
                     .toDouble(),
            0.8);
        QCOMPARE(sql::scalar(
                     storeConnection(store), QStringLiteral("SELECT model_labels FROM item_summary WHERE item_id = 1"))
                     .toString(),
            QStringLiteral("Doubt"));
        QCOMPARE(
            sql::scalar(storeConnection(store), QStringLiteral("SELECT reviewed FROM item_summary WHERE item_id = 1"))
                .toInt(),
            0);
        QCOMPARE(sql::scalar(storeConnection(store),
                     QStringLiteral("SELECT reviewed || annotators FROM item_summary WHERE item_id = 2"))
                     .toString(),
            QStringLiteral("1ana"));
        // One presence row per (label, item): a rejected human row keeps the label out of the label filter.
        QCOMPARE(sql::scalar(storeConnection(store),
                     QStringLiteral("SELECT group_concat(item_id || ':' || live || ':' || ifnull(model_score, '-'))"
                                    " FROM item_labels"))
                     .toString(),
            QStringLiteral("1:1:0.7,2:0:-"));
        // The rebuilt full-text index keys rows by item (item id << 32, + post id) and still finds post text.
        QCOMPARE(
            sql::scalar(storeConnection(store),
                QStringLiteral("SELECT group_concat(rowid >> 32) FROM text_search WHERE text_search MATCH 'volcano'"))
                .toString(),
            QStringLiteral("1,2"));
        QCOMPARE(sql::scalar(storeConnection(store),
                     QStringLiteral("SELECT post_id FROM text_search WHERE rowid = (2 << 32) + 7"))
                     .toInt(),
            7);
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }

    // Facets (schema 5) must equal a GROUP BY over items, and every summary row must name its item's facet.
    static void verifyFacets(const QSqlDatabase &db)
    {
        const QString grouped
            = QStringLiteral("SELECT group_concat(kind || '/' || language || '/' || source || '/' || split"
                             " || '=' || n, ' ') FROM (SELECT kind, language, source, split, count(*) AS n"
                             " FROM items GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4)");
        const QString facets
            = QStringLiteral("SELECT group_concat(kind || '/' || language || '/' || source || '/' || split"
                             " || '=' || item_count, ' ') FROM (SELECT * FROM facets ORDER BY 2, 3, 4, 5)");
        QCOMPARE(sql::scalar(db, facets).toString(), sql::scalar(db, grouped).toString());
        QCOMPARE(sql::scalar(db,
                     QStringLiteral(
                         "SELECT count(*) FROM items i JOIN item_summary s ON s.item_id = i.id"
                         " LEFT JOIN facets f ON f.id = s.facet_id AND f.kind = i.kind AND f.language = i.language"
                         " AND f.source = i.source AND f.split = i.split WHERE f.id IS NULL"))
                     .toInt(),
            0);
    }

    void upgradesVersionFourFileWithFacets()
    {
        const QString old = m_dir.filePath(QStringLiteral("v4.candor"));
        {
            QSqlDatabase db = Database::connection(old);
            Migrations::migrate(db, 4);
            sql::exec(db,
                QStringLiteral(
                    "INSERT INTO items(id, kind, source, external_id, split, language, text, content_hash) VALUES"
                    " (1, 'post', 'pan', '1', 'train', 'en', 'one', 'a'),"
                    " (2, 'post', 'pan', '2', 'train', 'en', 'two', 'b'),"
                    " (3, 'meme', 'semeval', '3', 'dev', '', 'three', 'c'),"
                    " (4, 'post', 'pan', '4', 'dev', 'es', 'four', 'd')"));
            QCOMPARE(Migrations::currentVersion(db), 4);
            Database::close(old);
        }
        ProjectStore store(old);
        QCOMPARE(Migrations::currentVersion(storeConnection(store)), Migrations::latestVersion);
        QCOMPARE(sql::scalar(storeConnection(store), QStringLiteral("SELECT count(*) FROM facets")).toInt(), 3);
        QCOMPARE(sql::scalar(storeConnection(store),
                     QStringLiteral("SELECT item_count FROM facets WHERE kind = 'post' AND language = 'en'"))
                     .toInt(),
            2);
        QCOMPARE(sql::scalar(storeConnection(store),
                     QStringLiteral("SELECT count(DISTINCT facet_id) FROM item_summary WHERE item_id IN (1, 2)"))
                     .toInt(),
            1);
        verifyFacets(storeConnection(store));
        // Items inserted after the upgrade are counted by the triggers.
        store.upsertItem(meme(QStringLiteral("5"), QStringLiteral("five")));
        verifyFacets(storeConnection(store));
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }

    void facetsFollowItemInsertUpdateAndDelete()
    {
        ProjectStore store(m_path);
        const qint64 a = store.upsertItem(meme(QStringLiteral("a"), QStringLiteral("first"))).id;
        const qint64 b = store.upsertItem(meme(QStringLiteral("b"), QStringLiteral("second"))).id;
        QCOMPARE(sql::scalar(storeConnection(store), QStringLiteral("SELECT group_concat(item_count) FROM facets"))
                     .toString(),
            QStringLiteral("2"));
        store.setItemSplit(a, QStringLiteral("dev"));
        verifyFacets(storeConnection(store));
        QCOMPARE(sql::scalar(storeConnection(store), QStringLiteral("SELECT count(*) FROM facets")).toInt(), 2);
        // upsertItem rewrites the row: a changed kind moves the item; an unchanged facet leaves the counts alone.
        Item post = meme(QStringLiteral("b"), QStringLiteral("second, edited"));
        post.kind = ItemKind::Post;
        post.language = QStringLiteral("en");
        store.upsertItem(post);
        verifyFacets(storeConnection(store));
        store.setItemText(b, QStringLiteral("third"));
        verifyFacets(storeConnection(store));
        // The emptied meme/train facet is gone; deleting the last items empties the table.
        QCOMPARE(sql::scalar(storeConnection(store),
                     QStringLiteral("SELECT count(*) FROM facets WHERE kind = 'meme' AND split = 'train'"))
                     .toInt(),
            0);
        sql::exec(storeConnection(store), QStringLiteral("DELETE FROM items WHERE id = %1").arg(a));
        verifyFacets(storeConnection(store));
        sql::exec(storeConnection(store), QStringLiteral("DELETE FROM items"));
        QCOMPARE(sql::scalar(storeConnection(store), QStringLiteral("SELECT count(*) FROM facets")).toInt(), 0);
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }

    void browserSummaryFollowsAnnotationEdits()
    {
        ProjectStore store(m_path);
        const qint64 item = store.upsertItem(meme(QStringLiteral("1"), QStringLiteral("abc def"))).id;
        const auto summary = [&](const QString &column) {
            QSqlQuery query = sql::prepare(
                storeConnection(store), QStringLiteral("SELECT %1 FROM item_summary WHERE item_id = ?").arg(column));
            query.addBindValue(item);
            return sql::scalar(query);
        };
        QCOMPARE(summary(QStringLiteral("reviewed")).toInt(), 0);
        QVERIFY(summary(QStringLiteral("best_score")).isNull());
        ModelVersion version;
        version.task = QStringLiteral("persuasion-labels");
        version.name = QStringLiteral("v1");
        version.createdAt = QDateTime::currentDateTimeUtc();
        Annotation proposal;
        proposal.itemId = item;
        proposal.schema = QStringLiteral("persuasion-20");
        proposal.label = QStringLiteral("Smears");
        proposal.origin = Origin::Model;
        proposal.modelVersionId = store.addModelVersion(version);
        proposal.score = 0.55;
        proposal.status = Status::Proposed;
        const qint64 id = store.addAnnotation(proposal);
        QCOMPARE(summary(QStringLiteral("best_score")).toDouble(), 0.55);
        QCOMPARE(summary(QStringLiteral("model_labels")).toString(), QStringLiteral("Smears"));
        QCOMPARE(summary(QStringLiteral("reviewed")).toInt(), 0);
        store.setAnnotationStatus(id, Status::Rejected);
        QCOMPARE(summary(QStringLiteral("reviewed")).toInt(), 1);
        QVERIFY(summary(QStringLiteral("model_labels")).isNull());
        QCOMPARE(sql::scalar(storeConnection(store), QStringLiteral("SELECT live FROM item_labels")).toInt(), 0);
        store.deleteAnnotation(id);
        QCOMPARE(summary(QStringLiteral("reviewed")).toInt(), 0);
        QVERIFY(summary(QStringLiteral("best_score")).isNull());
        QCOMPARE(sql::scalar(storeConnection(store), QStringLiteral("SELECT count(*) FROM item_labels")).toInt(), 0);
    }

    void refusesNewerAndForeignFiles()
    {
        {
            ProjectStore store(m_path);
            store.setMetaValue(QStringLiteral("schema_version"), QStringLiteral("99"));
            Database::close(m_path);
        }
        QVERIFY_THROWS_EXCEPTION(Error, ProjectStore store(m_path));
        const QString foreign = m_dir.filePath(QStringLiteral("foreign.sqlite"));
        {
            QSqlDatabase db = Database::connection(foreign);
            sql::exec(db, QStringLiteral("CREATE TABLE x(a)"));
            Database::close(foreign);
        }
        QVERIFY_THROWS_EXCEPTION(Error, ProjectStore store(foreign));
        const QString text = m_dir.filePath(QStringLiteral("text.candor"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a database at all, just text that is long enough to look like a header");
        file.close();
        QVERIFY_THROWS_EXCEPTION(Error, ProjectStore store(text));
    }

    void upsertIsIdempotent()
    {
        ProjectStore store(m_path);
        const UpsertResult first = store.upsertItem(meme(QStringLiteral("1"), QStringLiteral("ONLY TWO GENDERS")));
        QCOMPARE(first.outcome, UpsertOutcome::Added);
        const UpsertResult again = store.upsertItem(meme(QStringLiteral("1"), QStringLiteral("ONLY TWO GENDERS")));
        QCOMPARE(again.outcome, UpsertOutcome::Unchanged);
        QCOMPARE(again.id, first.id);
        const UpsertResult changed = store.upsertItem(meme(QStringLiteral("1"), QStringLiteral("ONLY TWO GENDERS!")));
        QCOMPARE(changed.outcome, UpsertOutcome::Updated);
        QCOMPARE(store.item(first.id)->text, QStringLiteral("ONLY TWO GENDERS!"));
        QCOMPARE(store.itemCount(), 1);
    }

    void goldAnnotationsAreUniqueHumanOnesAdd()
    {
        ProjectStore store(m_path);
        const qint64 item = store.upsertItem(meme(QStringLiteral("1"), QStringLiteral("abc def"))).id;
        Annotation span;
        span.itemId = item;
        span.schema = QStringLiteral("persuasion-20");
        span.label = QStringLiteral("Smears");
        span.start = 0;
        span.end = 3;
        QVERIFY(store.addAnnotation(span) > 0);
        QCOMPARE(store.addAnnotation(span), 0); // same gold fact again: nothing added
        span.origin = Origin::Human;
        span.annotator = QStringLiteral("ana");
        QVERIFY(store.addAnnotation(span) > 0);
        QVERIFY(store.addAnnotation(span) > 0); // human history is kept
        QCOMPARE(store.annotations(item).size(), 3);
        AnnotationFilter gold;
        gold.origin = Origin::Gold;
        QCOMPARE(store.annotations(item, gold).size(), 1);
        QCOMPARE(store.annotations(item, gold).first().end.value(), 3);
    }

    void annotationRulesAreEnforced()
    {
        ProjectStore store(m_path);
        Annotation bad;
        bad.itemId = 12345; // no such item: the foreign key refuses it
        bad.schema = QStringLiteral("stance-4");
        bad.label = QStringLiteral("deny");
        QVERIFY_THROWS_EXCEPTION(Error, store.addAnnotation(bad));
        const qint64 item = store.upsertItem(meme(QStringLiteral("2"), QStringLiteral("x"))).id;
        bad.itemId = item;
        bad.label = QStringLiteral("maybe");
        QVERIFY_THROWS_EXCEPTION(Error, store.addAnnotation(bad));
        bad.label = QStringLiteral("deny");
        bad.start = 5;
        bad.end = 2;
        QVERIFY_THROWS_EXCEPTION(Error, store.addAnnotation(bad));
        bad.start.reset();
        bad.end.reset();
        bad.origin = Origin::Model; // model rows must name their version
        QVERIFY_THROWS_EXCEPTION(Error, store.addAnnotation(bad));
    }

    void transactionRollsBackUncommittedWork()
    {
        ProjectStore store(m_path);
        {
            auto transaction = store.transaction();
            store.upsertItem(meme(QStringLiteral("9"), QStringLiteral("gone")));
        }
        QCOMPARE(store.itemCount(), 0);
        {
            auto transaction = store.transaction();
            store.upsertItem(meme(QStringLiteral("9"), QStringLiteral("kept")));
            transaction.commit();
        }
        QCOMPARE(store.itemCount(), 1);
    }

    // Statements run per record come from the connection's cache: parsed once, lent to one user at a time and
    // reset on return, so nested use of the same text works and no finished read keeps an old snapshot.
    void statementCacheLendsResetsAndForgets()
    {
        ProjectStore store(m_path);
        for (int i = 0; i < 5; ++i)
            store.upsertItem(meme(QString::number(i), QStringLiteral("text %1").arg(i)));
        StatementCache *cache = Database::statementCache(storeConnection(store));
        QVERIFY(cache);
        const qsizetype cached = cache->size();
        QVERIFY(cached >= 2); // the lookup and the insert of upsertItem
        for (int i = 5; i < 50; ++i)
            store.upsertItem(meme(QString::number(i), QStringLiteral("text %1").arg(i)));
        QCOMPARE(cache->size(), cached); // the same statements again, not new ones

        // Nested use of one text: the inner statement is a fresh one, the outer iteration goes on undisturbed.
        const QString text = QStringLiteral("SELECT external_id FROM items ORDER BY id");
        QStringList outer;
        {
            sql::Statement first(storeConnection(store), text);
            first.exec();
            while (first->next()) {
                outer.append(first->value(0).toString());
                sql::Statement second(storeConnection(store), text);
                QCOMPARE(second.scalar().toString(), QStringLiteral("0"));
            }
        }
        QCOMPARE(outer.size(), 50);
        QCOMPARE(outer.last(), QStringLiteral("49"));

        // A read left after its first row, then given back, holds no snapshot: another connection's write shows.
        {
            sql::Statement partial(storeConnection(store), text);
            partial.exec();
            QVERIFY(partial->next());
        }
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-writer"));
            other.setDatabaseName(m_path);
            other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
            QVERIFY(other.open());
            QVERIFY(!Database::statementCache(other)); // not Database's connection: no cache
            sql::exec(other,
                QStringLiteral(
                    "INSERT INTO items(kind, source, external_id, content_hash) VALUES ('post', 'other', 'x', 'h')"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));
        QVERIFY(store.findItem(QStringLiteral("other"), QStringLiteral("x")).has_value());

        // Generated statements cannot grow the cache without bound.
        for (int i = 0; i < 2 * StatementCache::maxStatements; ++i)
            sql::Statement(storeConnection(store), QStringLiteral("SELECT %1").arg(i)).exec();
        QCOMPARE(cache->size(), StatementCache::maxStatements);

        // Closing the connection drops its statements; the reopened connection prepares them again.
        Database::close(m_path);
        QCOMPARE(
            store.upsertItem(meme(QStringLiteral("after"), QStringLiteral("reopened"))).outcome, UpsertOutcome::Added);
        QCOMPARE(store.itemCount(), 52);
        // upsertItem's find and insert, and the two that index its text for near-duplicates (schema 7).
        QCOMPARE(Database::statementCache(storeConnection(store))->size(), 4);
    }

    void fullTextSearchCoversItemsAndPosts()
    {
        ProjectStore store(m_path);
        Item thread = meme(QStringLiteral("t"), QStringLiteral("Breaking: explosion reported"));
        thread.kind = ItemKind::Thread;
        const qint64 id = store.upsertItem(thread).id;
        ThreadPost reply;
        reply.itemId = id;
        reply.postId = QStringLiteral("r1");
        reply.parentPostId = QStringLiteral("t");
        reply.text = QStringLiteral("Is this confirmed? Sources please");
        const qint64 postRow = store.upsertPost(reply).id;
        QSqlQuery query = sql::prepare(storeConnection(store),
            QStringLiteral("SELECT item_id, post_id FROM text_search WHERE text_search MATCH ?"));
        query.addBindValue(QStringLiteral("confirmed"));
        sql::exec(query);
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), id);
        QCOMPARE(query.value(1).toLongLong(), postRow);
        store.setItemText(id, QStringLiteral("corrected headline"));
        QCOMPARE(sql::scalar(storeConnection(store),
                     QStringLiteral("SELECT count(*) FROM text_search WHERE text_search MATCH 'explosion'"))
                     .toInt(),
            0);
    }

    void workerThreadsUseTheirOwnConnection()
    {
        qint64 written = 0;
        QString error;
        QThread *worker = QThread::create([&] {
            try {
                ProjectStore store(m_path);
                written = store.upsertItem(meme(QStringLiteral("w"), QStringLiteral("from a worker"))).id;
            } catch (const Error &e) {
                error = e.message();
            }
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker; // the thread's connections close with it
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ProjectStore store(m_path);
        QCOMPARE(store.item(written)->text, QStringLiteral("from a worker"));
    }

    void modelVersionsAndFilesRoundTrip()
    {
        ProjectStore store(m_path);
        ModelVersion version;
        version.task = QStringLiteral("persuasion-labels");
        version.name = QStringLiteral("ngram-1");
        version.metrics = QJsonObject{{QStringLiteral("micro_f1"), 0.5}};
        const qint64 id = store.addModelVersion(version);
        store.putModelFile(id, QStringLiteral("model.safetensors"), QByteArray("\x01\x02", 2));
        QCOMPARE(store.modelFile(id, QStringLiteral("model.safetensors")), QByteArray("\x01\x02", 2));
        QCOMPARE(store.latestModelVersion(QStringLiteral("persuasion-labels"))
                     ->metrics.value(QStringLiteral("micro_f1"))
                     .toDouble(),
            0.5);
        QVERIFY(!store.latestModelVersion(QStringLiteral("thread")).has_value());
        QVERIFY_THROWS_EXCEPTION(Error, store.modelFile(id, QStringLiteral("missing")));
        QCOMPARE(sql::scalar(storeConnection(store), QStringLiteral("SELECT sha256 FROM model_files")).toString(),
            QStringLiteral("a12871fee210fb8619291eaea194581cbd2531e4b23759d225f6806923f63222")); // sha256sum of 01 02
    }

    // Bytes changed after registration (a failing disk, an edit outside Candor) must not load as a model.
    void damagedModelFileIsRefusedNamingVersionAndFile()
    {
        ProjectStore store(m_path);
        ModelVersion version;
        version.task = QStringLiteral("persuasion-labels");
        version.name = QStringLiteral("persuasion-labels ngram");
        const qint64 id = store.addModelVersion(version);
        store.putModelFile(id, QStringLiteral("model.safetensors"), QByteArray(4096, 'w'));
        QSqlQuery flip = sql::prepare(
            storeConnection(store), QStringLiteral("UPDATE model_files SET bytes = ? WHERE model_version_id = ?"));
        QByteArray flipped(4096, 'w');
        flipped[2000] = 'x';
        flip.addBindValue(flipped);
        flip.addBindValue(id);
        sql::exec(flip);
        try {
            store.modelFile(id, QStringLiteral("model.safetensors"));
            QFAIL("a damaged model file was returned");
        } catch (const Error &error) {
            for (const QString &part : {QStringLiteral("model version %1 (persuasion-labels ngram)").arg(id),
                     QStringLiteral("file 'model.safetensors' is damaged"), m_path})
                QVERIFY2(error.message().contains(part), qPrintable(error.message()));
        }
    }

    void upgradesVersionFiveFileHashingModelFilesAndEndingRunningJobs()
    {
        const QString old = m_dir.filePath(QStringLiteral("v5.candor"));
        {
            QSqlDatabase db = Database::connection(old);
            Migrations::migrate(db, 5);
            sql::exec(db,
                QStringLiteral("INSERT INTO model_versions(id, task, name, created_at) VALUES (1, 't', 'm', 'now')"));
            sql::exec(db,
                QStringLiteral(
                    "INSERT INTO model_files(model_version_id, name, bytes) VALUES (1, 'config.json', x'7b7d')"));
            sql::exec(db,
                QStringLiteral("INSERT INTO jobs(kind, started_at, status) VALUES ('import', 'now', 'running'),"
                               " ('import', 'now', 'finished')"));
            Database::close(old);
        }
        ProjectStore store(old);
        QCOMPARE(Migrations::currentVersion(storeConnection(store)), Migrations::latestVersion);
        QCOMPARE(store.modelFile(1, QStringLiteral("config.json")), QByteArray("{}"));
        QCOMPARE(
            sql::scalar(storeConnection(store), QStringLiteral("SELECT group_concat(status) FROM jobs")).toString(),
            QStringLiteral("interrupted,finished"));
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }

    // A job row left 'running' by a process that died (kill -9) is marked at the next open; a live job is not,
    // whether this process runs it or a process elsewhere that cannot be seen from here.
    void runningJobsOfGoneProcessesAreMarkedInterruptedAtOpen()
    {
        QProcess child;
        child.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("echo $$")});
        QVERIFY(child.waitForFinished(10000));
        const qint64 deadPid = child.readAllStandardOutput().trimmed().toLongLong();
        QVERIFY(deadPid > 0);
        qint64 live = 0;
        {
            ProjectStore store(m_path);
            live = store.startJob(QStringLiteral("train-text"), {});
            QSqlQuery insert = sql::prepare(storeConnection(store),
                QStringLiteral("INSERT INTO jobs(kind, started_at, status, owner_host, owner_pid, owner_started) "
                               "VALUES (?, 'now', 'running', ?, ?, '')"));
            for (const auto &[kind, host] : {std::pair{QStringLiteral("killed"), QSysInfo::machineHostName()},
                     std::pair{QStringLiteral("elsewhere"), QStringLiteral("another-host.invalid")}}) {
                insert.addBindValue(kind);
                insert.addBindValue(host);
                insert.addBindValue(deadPid);
                sql::exec(insert);
            }
            // This process, but a start time that is not its own: the pid was reused after the owner died.
            sql::exec(storeConnection(store),
                QStringLiteral("INSERT INTO jobs(kind, started_at, status, owner_host, owner_pid, owner_started)"
                               " VALUES ('reused', 'now', 'running', '%1', %2, 'another boot/1')")
                    .arg(QSysInfo::machineHostName())
                    .arg(QCoreApplication::applicationPid()));
        }
        Database::closeAll();
        ProjectStore store(m_path);
        QCOMPARE(sql::scalar(storeConnection(store),
                     QStringLiteral("SELECT group_concat(kind || ':' || status, ' ') FROM jobs ORDER BY id"))
                     .toString(),
            QStringLiteral("train-text:running killed:interrupted elsewhere:running reused:interrupted"));
        QVERIFY(sql::scalar(storeConnection(store), QStringLiteral("SELECT result FROM jobs WHERE kind = 'killed'"))
                    .toString()
                    .contains(QStringLiteral("interrupted")));
        QCOMPARE(store.markInterruptedJobs(), 0);
        store.finishJob(live, QStringLiteral("finished"), {});
    }

    void lockedProjectErrorNamesTheProject()
    {
        ProjectStore store(m_path);
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("second-writer"));
        other.setDatabaseName(m_path);
        QVERIFY(other.open());
        sql::exec(other, QStringLiteral("BEGIN IMMEDIATE"));
        sql::exec(storeConnection(store),
            QStringLiteral("PRAGMA busy_timeout = 0")); // the real 10 s wait proves nothing more
        try {
            store.upsertItem(meme(QStringLiteral("1"), QStringLiteral("blocked")));
            QFAIL("a write past another writer's lock succeeded");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("project '%1' is locked").arg(m_path)),
                qPrintable(error.message()));
        }
        sql::exec(other, QStringLiteral("ROLLBACK"));
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("second-writer"));
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "TestProjectStore.moc"
