#include "core/domain/Error.h"
#include "core/formats/tabular/GenericImporters.h"
#include "core/formats/tabular/TabularExporters.h"
#include "core/store/StoreConnection.h"
#include "tests/formats/FormatFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

class TestTabularExporters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    int m_counter = 0;
    qint64 m_model = 0;

    // Two items: a meme with gold, human and model labels and a span; a thread with two posts and a stance.
    void fillProject()
    {
        ProjectStore store(m_project);
        auto transaction = store.transaction();
        Item meme;
        meme.kind = ItemKind::Meme;
        meme.source = QStringLiteral("fixture");
        meme.externalId = QStringLiteral("m1");
        meme.split = QStringLiteral("train");
        meme.text = QStringLiteral("=HYPERLINK(\"http://evil\") they lie, \"always\"");
        meme.language = QStringLiteral("en");
        meme.author = QStringLiteral("@someone");
        meme.mediaId = store.addMedia(fixtures::pngBytes(12, 10, Qt::cyan), QStringLiteral("m1.png")).id;
        const qint64 memeId = store.upsertItem(meme).id;
        Annotation gold;
        gold.itemId = memeId;
        gold.schema = Schemas::Persuasion22;
        gold.label = QStringLiteral("Smears");
        store.addAnnotation(gold);
        Annotation span = gold;
        span.schema = Schemas::Persuasion20;
        span.label = QStringLiteral("Loaded Language");
        span.start = 27;
        span.end = 31;
        store.addAnnotation(span);
        Annotation human = gold;
        human.origin = Origin::Human;
        human.annotator = QStringLiteral("ana");
        human.label = QStringLiteral("Doubt");
        store.addAnnotation(human);
        ModelVersion version;
        version.task = QStringLiteral("persuasion-labels");
        version.name = QStringLiteral("test model");
        version.createdAt = QDateTime::currentDateTimeUtc();
        m_model = store.addModelVersion(version);
        Annotation model = gold;
        model.origin = Origin::Model;
        model.modelVersionId = m_model;
        model.label = QStringLiteral("Slogans");
        model.score = 0.875;
        model.status = Status::Proposed;
        store.addAnnotation(model);

        Item thread;
        thread.kind = ItemKind::Thread;
        thread.source = QStringLiteral("fixture");
        thread.externalId = QStringLiteral("t1");
        thread.split = QStringLiteral("dev");
        thread.text = QStringLiteral("-1 point for the rumour");
        const qint64 threadId = store.upsertItem(thread).id;
        ThreadPost root{
            0, threadId, QStringLiteral("100"), QString(), QStringLiteral("a"), {}, QStringLiteral("root"), {}, {}};
        store.upsertPost(root);
        ThreadPost reply{0, threadId, QStringLiteral("101"), QStringLiteral("100"), QStringLiteral("b"), {},
            QStringLiteral("no way"), {}, {}};
        const qint64 replyRow = store.upsertPost(reply).id;
        Annotation stance;
        stance.itemId = threadId;
        stance.postRowId = replyRow;
        stance.schema = Schemas::Stance4;
        stance.label = QStringLiteral("deny");
        store.addAnnotation(stance);
        transaction.commit();
    }

    QList<QJsonObject> readJsonl(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<QJsonObject> objects;
        for (const QByteArray &line : file.readAll().split('\n'))
            if (!line.isEmpty())
                objects.append(QJsonDocument::fromJson(line).object());
        return objects;
    }

private Q_SLOTS:
    void init()
    {
        Database::closeAll();
        m_project = m_dir.filePath(QStringLiteral("p%1.candor").arg(++m_counter));
        ProjectStore::create(m_project);
        fillProject();
    }

    void cleanup() { Database::closeAll(); }

    void jsonlHasEverything()
    {
        const QString out = m_dir.filePath(QStringLiteral("all%1.jsonl").arg(m_counter));
        ProjectStore store(m_project);
        QCOMPARE(JsonlExporter().exportTo(store, out, {}), 2);
        const QList<QJsonObject> items = readJsonl(out);
        QCOMPARE(items.size(), 2);
        const QJsonObject meme = items[0];
        QCOMPARE(meme.value(QStringLiteral("id")).toString(), QStringLiteral("m1"));
        QCOMPARE(meme.value(QStringLiteral("kind")).toString(), QStringLiteral("meme"));
        QCOMPARE(meme.value(QStringLiteral("image")).toObject().value(QStringLiteral("width")).toInt(), 12);
        const QJsonArray annotations = meme.value(QStringLiteral("annotations")).toArray();
        QCOMPARE(annotations.size(), 4);
        QHash<QString, QJsonObject> byOrigin;
        for (const QJsonValue &a : annotations)
            byOrigin.insert(a.toObject().value(QStringLiteral("origin")).toString()
                    + a.toObject().value(QStringLiteral("label")).toString(),
                a.toObject());
        QCOMPARE(byOrigin.value(QStringLiteral("humanDoubt")).value(QStringLiteral("annotator")).toString(),
            QStringLiteral("ana"));
        const QJsonObject model = byOrigin.value(QStringLiteral("modelSlogans"));
        QCOMPARE(model.value(QStringLiteral("score")).toDouble(), 0.875);
        QCOMPARE(model.value(QStringLiteral("status")).toString(), QStringLiteral("proposed"));
        QCOMPARE(model.value(QStringLiteral("model_version_id")).toInteger(), m_model);
        const QJsonObject span = byOrigin.value(QStringLiteral("goldLoaded Language"));
        QCOMPARE(span.value(QStringLiteral("schema")).toString(), Schemas::Persuasion20);
        QCOMPARE(span.value(QStringLiteral("start")).toInt(), 27);
        QCOMPARE(span.value(QStringLiteral("end")).toInt(), 31);

        const QJsonObject thread = items[1];
        const QJsonArray posts = thread.value(QStringLiteral("posts")).toArray();
        QCOMPARE(posts.size(), 2);
        QCOMPARE(posts[1].toObject().value(QStringLiteral("parent_post_id")).toString(), QStringLiteral("100"));
        const QJsonObject stance = thread.value(QStringLiteral("annotations")).toArray().first().toObject();
        QCOMPARE(stance.value(QStringLiteral("post_id")).toString(), QStringLiteral("101"));
        QCOMPARE(stance.value(QStringLiteral("label")).toString(), QStringLiteral("deny"));

        ExportOptions dev;
        dev.split = QStringLiteral("dev");
        QCOMPARE(JsonlExporter().exportTo(store, out, dev), 1);
    }

    // Everything of an item, for comparing two projects: fields, posts, and annotations with their origins.
    // `withoutImageDescription`: leaves out the description an image the project lacks leaves in the metadata.
    static QStringList describe(ProjectStore &store, bool withModelRows, bool withoutImageDescription = false)
    {
        QStringList lines;
        QSqlQuery query
            = sql::prepare(storeConnection(store), QStringLiteral("SELECT id FROM items ORDER BY source, external_id"));
        sql::exec(query);
        while (query.next()) {
            Item item = store.item(query.value(0).toLongLong()).value();
            if (withoutImageDescription)
                item.metadata.remove(QStringLiteral("image"));
            lines.append(QStringList{item.source, item.externalId, itemKindName(item.kind), item.split, item.text,
                item.language, toIsoUtc(item.createdAt), item.author,
                QString::fromUtf8(QJsonDocument(item.metadata).toJson(QJsonDocument::Compact))}
                             .join(QLatin1Char('|')));
            QHash<qint64, QString> postIds;
            for (const ThreadPost &post : store.posts(item.id)) {
                postIds.insert(post.id, post.postId);
                lines.append(QStringLiteral("  post %1 <- %2: %3").arg(post.postId, post.parentPostId, post.text));
            }
            QStringList annotations;
            for (const Annotation &a : store.annotations(item.id)) {
                if (a.origin == Origin::Model && !withModelRows)
                    continue;
                annotations.append(QStringLiteral("  %1 %2 %3 [%4,%5) post %6 %7 %8 %9")
                                       .arg(originName(a.origin), a.schema, a.label)
                                       .arg(a.start.value_or(-1))
                                       .arg(a.end.value_or(-1))
                                       .arg(postIds.value(a.postRowId.value_or(0)))
                                       .arg(statusName(a.status), a.annotator, toIsoUtc(a.createdAt)));
            }
            annotations.sort();
            lines += annotations;
        }
        return lines;
    }

    // export -> import into a fresh project gives the same items, posts, labels, code-point spans and origins; the
    // model rows and the image bytes, which the export does not carry, are reported; importing again adds nothing,
    // and importing into the source project finds everything there (model rows and images included).
    void jsonlExportReimportsWithItsAnnotations()
    {
        ProjectStore store(m_project);
        {
            sql::Transaction transaction(storeConnection(store));
            Item emoji;
            emoji.kind = ItemKind::Post;
            emoji.source = QStringLiteral("fixture");
            emoji.externalId = QStringLiteral("e1");
            emoji.text = QString::fromUtf8("\xF0\x9F\x94\xA5 they lie");
            emoji.createdAt = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 58, 123), Qt::UTC);
            emoji.metadata = {{QStringLiteral("votes"), 3},
                {QStringLiteral("nested"), QJsonObject{{QStringLiteral("a"), QJsonArray{1, 2}}}}};
            Annotation span;
            span.itemId = store.upsertItem(emoji).id;
            span.schema = Schemas::Persuasion20;
            span.label = QStringLiteral("Smears");
            span.start = 2; // code points: the emoji counts once
            span.end = 6;
            span.origin = Origin::Human;
            span.annotator = QStringLiteral("ana");
            span.status = Status::Rejected;
            store.addAnnotation(span);
            transaction.commit();
        }
        const QString out = m_dir.filePath(QStringLiteral("dump%1.jsonl").arg(m_counter));
        QCOMPARE(JsonlExporter().exportTo(store, out, {}), 3);

        const QString project = m_dir.filePath(QStringLiteral("jsonl-back%1.candor").arg(m_counter));
        ProjectStore::create(project);
        ProjectStore back(project);
        JsonlImporter importer;
        const ImportReport report = importPath(back, importer, out, {});
        QCOMPARE(report.errorCount(), 0);
        QStringList warnings;
        for (const ImportIssue &issue : report.issues)
            warnings.append(issue.reason);
        QCOMPARE(warnings.size(), 2);
        QVERIFY2(warnings[0].contains(QStringLiteral("is not in this project")), qPrintable(warnings[0]));
        QVERIFY2(warnings[1].startsWith(QStringLiteral("1 model annotation(s) left out")), qPrintable(warnings[1]));
        QCOMPARE(report.itemsAdded, 3);
        QCOMPARE(report.postsAdded, 2);
        QCOMPARE(report.annotationsAdded, 5); // gold label, gold span, human label, stance; the human span
        QCOMPARE(describe(back, false, true), describe(store, false));
        const Item meme = back.item(*back.findItem(QStringLiteral("fixture"), QStringLiteral("m1"))).value();
        QVERIFY(!meme.mediaId);
        QCOMPARE(meme.metadata.value(QStringLiteral("image")).toObject().value(QStringLiteral("sha256")).toString(),
            store.media(*store.item(*store.findItem(QStringLiteral("fixture"), QStringLiteral("m1")))->mediaId)
                ->sha256);
        QCOMPARE(back.integrityCheck(), QStringLiteral("ok"));

        const ImportReport again = importPath(back, importer, out, {});
        QCOMPARE(again.itemsUnchanged, 3);
        QCOMPARE(again.postsAdded + again.postsUpdated + again.annotationsAdded, 0);
        QCOMPARE(describe(back, false, true), describe(store, false));

        const QStringList before = describe(store, true);
        const ImportReport home = importPath(store, importer, out, {});
        QCOMPARE(home.issues.size(), 0); // the image and the model version are here
        QCOMPARE(home.itemsUnchanged, 3);
        QCOMPARE(home.annotationsAdded, 0);
        QCOMPARE(describe(store, true), before);
    }

    void csvCellsAreNeutralised_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::newRow("formula") << "=1+2"
                                 << "'=1+2";
        QTest::newRow("plus") << "+33 6"
                              << "'+33 6";
        QTest::newRow("minus") << "-5"
                               << "'-5";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\tcmd"
                             << "'\tcmd";
        QTest::newRow("carriage return") << "\rcmd"
                                         << "\"'\rcmd\"";
        QTest::newRow("formula with comma") << "=HYPERLINK(\"x\",\"y\")"
                                            << "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"";
        QTest::newRow("plain") << "plain text"
                               << "plain text";
        QTest::newRow("inner equals") << "a=b"
                                      << "a=b";
        QTest::newRow("newline") << "two\nlines"
                                 << "\"two\nlines\"";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("space before formula") << " =1+2"
                                              << "' =1+2";
        QTest::newRow("NBSP before formula") << QStringLiteral("\u00a0=cmd") << QStringLiteral("'\u00a0=cmd");
        QTest::newRow("newline before formula") << "\n=cmd"
                                                << "\"'\n=cmd\"";
        QTest::newRow("full-width equals") << QStringLiteral("\uff1dSUM(A1)") << QStringLiteral("'\uff1dSUM(A1)");
        QTest::newRow("full-width plus behind spaces") << QStringLiteral("  \uff0b1") << QStringLiteral("'  \uff0b1");
        QTest::newRow("zero-width space before at") << QStringLiteral("\u200b@x") << QStringLiteral("'\u200b@x");
        QTest::newRow("leading space, plain") << " plain"
                                              << " plain";
    }

    void csvCellsAreNeutralised()
    {
        QFETCH(QString, value);
        QFETCH(QString, cell);
        QCOMPARE(CsvExporter::csvCell(value), cell);
    }

    void csvRowsFollowTheSelectionAndReimport()
    {
        const QString out = m_dir.filePath(QStringLiteral("rows%1.csv").arg(m_counter));
        ProjectStore store(m_project);
        ExportOptions options;
        options.selection = AnnotationSelection::fromName(QStringLiteral("gold"));
        QCOMPARE(CsvExporter().exportTo(store, out, options), 2);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        const QStringList rows = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0],
            QStringLiteral("id,source,kind,split,language,created_at,author,text,image_sha256,post_count,"
                           "labels:persuasion-22,spans:persuasion-22,labels:persuasion-20,spans:persuasion-20,"
                           "labels:stance-4,spans:stance-4"));
        QVERIFY2(
            rows[1].startsWith(QStringLiteral(
                "m1,fixture,meme,train,en,,'@someone,\"'=HYPERLINK(\"\"http://evil\"\") they lie, \"\"always\"\"\",")),
            qPrintable(rows[1]));
        QVERIFY2(rows[1].endsWith(QStringLiteral(
                     ",0,Smears,,,\"[{\"\"end\"\":31,\"\"label\"\":\"\"Loaded Language\"\",\"\"start\"\":27}]\",,")),
            qPrintable(rows[1]));
        QVERIFY2(rows[2].startsWith(QStringLiteral("t1,fixture,thread,dev,,,,'-1 point for the rumour,,2,")),
            qPrintable(rows[2]));

        options.selection = AnnotationSelection::fromName(QStringLiteral("best"));
        CsvExporter().exportTo(store, out, options);
        QFile best(out);
        QVERIFY(best.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(best.readAll()).contains(QStringLiteral(",0,Doubt,,"))); // the human layer wins

        // The exported file imports back through the generic CSV importer with a mapping.
        const QString project = m_dir.filePath(QStringLiteral("back%1.candor").arg(m_counter));
        ProjectStore::create(project);
        ProjectStore back(project);
        CsvImporter importer;
        ImportOptions mapping;
        mapping.mapping = {{QStringLiteral("labels"), QStringLiteral("labels:persuasion-22")},
            {QStringLiteral("spans"), QStringLiteral("spans:persuasion-20")},
            {QStringLiteral("span_schema"), Schemas::Persuasion20}};
        options.selection = AnnotationSelection::fromName(QStringLiteral("gold"));
        CsvExporter().exportTo(store, out, options);
        const ImportReport report = importPath(back, importer, out, mapping);
        QCOMPARE(report.issues.size(), 0);
        QCOMPARE(report.itemsAdded, 2);
        QCOMPARE(report.annotationsAdded, 2);
        const qint64 m1 = *back.findItem(QFileInfo(out).completeBaseName(), QStringLiteral("m1"));
        AnnotationFilter spans;
        spans.schema = Schemas::Persuasion20;
        const QList<Annotation> restored = back.annotations(m1, spans);
        QCOMPARE(restored.size(), 1);
        QCOMPARE(*restored.first().start, 27);
        QCOMPARE(*restored.first().end, 31);
    }

    void cancelledExportLeavesNoFile()
    {
        const QString out = m_dir.filePath(QStringLiteral("cancelled%1.jsonl").arg(m_counter));
        ProjectStore store(m_project);
        std::atomic_bool cancel{true};
        QVERIFY_THROWS_EXCEPTION(Error, JsonlExporter().exportTo(store, out, {}, {}, &cancel));
        QVERIFY_THROWS_EXCEPTION(Error, CsvExporter().exportTo(store, out, {}, {}, &cancel));
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestTabularExporters)
#include "TestTabularExporters.moc"
