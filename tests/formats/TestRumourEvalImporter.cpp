// RumourEval 2017 importer: thread folders, reply trees, stance and veracity gold, where the annotation files are
// found, Twitter times, hostile inputs and the real train/dev sets.
#include "core/domain/LabelSchema.h"
#include "core/formats/rumoureval/RumourEvalImporter.h"
#include "core/formats/rumoureval/Tweet.h"
#include "tests/formats/DatasetFixtures.h"

#include <QTest>

#include <sys/stat.h>

using namespace candor;
using datasets::Project;

namespace {

QJsonObject tweet(
    const QString &id, const QString &replyTo, const QString &text, const QString &time, const QString &user)
{
    QJsonObject object{{QStringLiteral("id_str"), id}, {QStringLiteral("id"), id.toDouble()},
        {QStringLiteral("text"), text}, {QStringLiteral("created_at"), time},
        {QStringLiteral("lang"), QStringLiteral("en")},
        {QStringLiteral("user"),
            QJsonObject{{QStringLiteral("screen_name"), user}, {QStringLiteral("name"), user.toUpper()}}},
        {QStringLiteral("retweet_count"), 3}};
    object.insert(QStringLiteral("in_reply_to_status_id_str"), replyTo.isEmpty() ? QJsonValue() : QJsonValue(replyTo));
    return object;
}

// root/train/crash/100: source 100; 101 replies to 100; 102 replies to 101; 103 replies to 100, with an image.
// root/train/crash/200: source 200 without replies. Labels in root/train-annotations.
void writeDataset(const QString &root)
{
    const QString thread = root + QStringLiteral("/train/crash/100");
    datasets::writeJson(thread + QStringLiteral("/source-tweet/100.json"),
        tweet(QStringLiteral("100"), QString(), QStringLiteral("The plane was shot down"),
            QStringLiteral("Wed Apr 17 18:57:37 +0000 2013"), QStringLiteral("news")));
    datasets::writeJson(thread + QStringLiteral("/replies/101.json"),
        tweet(QStringLiteral("101"), QStringLiteral("100"), QStringLiteral("Source?"),
            QStringLiteral("Wed Apr 17 19:00:00 +0000 2013"), QStringLiteral("amy")));
    datasets::writeJson(thread + QStringLiteral("/replies/102.json"),
        tweet(QStringLiteral("102"), QStringLiteral("101"), QStringLiteral("Officials deny it"),
            QStringLiteral("Wed Apr 17 19:05:00 +0000 2013"), QStringLiteral("bob")));
    QJsonObject withImage = tweet(QStringLiteral("103"), QStringLiteral("100"), QStringLiteral("Look"),
        QStringLiteral("Wed Apr 17 18:58:00 +0000 2013"), QStringLiteral("cat"));
    withImage.insert(QStringLiteral("entities"),
        QJsonObject{{QStringLiteral("media"),
            QJsonArray{QJsonObject{
                {QStringLiteral("media_url_https"), QStringLiteral("https://pbs.twimg.com/media/x.jpg")}}}}});
    datasets::writeJson(thread + QStringLiteral("/replies/103.json"), withImage);
    datasets::writeFile(
        thread + QStringLiteral("/structure.json"), "{\"100\": {\"101\": {\"102\": []}, \"103\": [], \"999\": []}}");
    const QString lonely = root + QStringLiteral("/train/crash/200");
    datasets::writeJson(lonely + QStringLiteral("/source-tweet/200.json"),
        tweet(QStringLiteral("200"), QString(), QStringLiteral("Second rumour"),
            QStringLiteral("Thu Apr 18 08:00:00 +0200 2013"), QStringLiteral("news")));
    datasets::writeFile(lonely + QStringLiteral("/structure.json"), "{\"200\": []}");
    datasets::writeJson(root + QStringLiteral("/train-annotations/subtaskA.json"),
        QJsonObject{{QStringLiteral("100"), QStringLiteral("support")},
            {QStringLiteral("101"), QStringLiteral("query")}, {QStringLiteral("102"), QStringLiteral("deny")},
            {QStringLiteral("103"), QStringLiteral("comment")}, {QStringLiteral("200"), QStringLiteral("support")}});
    datasets::writeJson(root + QStringLiteral("/train-annotations/subtaskB.json"),
        QJsonObject{
            {QStringLiteral("100"), QStringLiteral("false")}, {QStringLiteral("200"), QStringLiteral("unverified")}});
}

QString stanceOf(ProjectStore &store, qint64 itemId, qint64 postRow)
{
    AnnotationFilter filter;
    filter.schema = Schemas::Stance4;
    for (const Annotation &a : store.annotations(itemId, filter))
        if (a.postRowId == postRow)
            return a.label;
    return {};
}

} // namespace

class TestRumourEvalImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsThreadsPostsStanceAndVeracity()
    {
        Project project;
        writeDataset(project.folder());
        const ImportReport report = project.import(
            QStringLiteral("rumoureval"), project.file(QStringLiteral("train")), QStringLiteral("train"));
        QVERIFY2(report.issues.isEmpty(), qPrintable(datasets::issuesText(report)));
        QCOMPARE(report.itemsAdded, 2);
        QCOMPARE(report.postsAdded, 5);
        QCOMPARE(report.annotationsAdded, 5 + 2);

        ProjectStore &store = project.store();
        const qint64 id = store.findItem(QStringLiteral("rumoureval2017"), QStringLiteral("100")).value();
        const Item thread = store.item(id).value();
        QCOMPARE(thread.kind, ItemKind::Thread);
        QCOMPARE(thread.text, QStringLiteral("The plane was shot down"));
        QCOMPARE(thread.author, QStringLiteral("news"));
        QCOMPARE(thread.split, QStringLiteral("train"));
        QCOMPARE(thread.createdAt, QDateTime(QDate(2013, 4, 17), QTime(18, 57, 37), Qt::UTC));
        QCOMPARE(thread.metadata.value(QStringLiteral("event")).toString(), QStringLiteral("crash"));

        const QList<ThreadPost> posts = store.posts(id);
        QCOMPARE(posts.size(), 4);
        QStringList order;
        QHash<QString, QString> parent;
        for (const ThreadPost &post : posts) {
            order.append(post.postId);
            parent.insert(post.postId, post.parentPostId);
        }
        QCOMPARE(order,
            (QStringList{QStringLiteral("100"), QStringLiteral("103"), QStringLiteral("101"), QStringLiteral("102")}));
        QCOMPARE(parent.value(QStringLiteral("100")), QString());
        QCOMPARE(parent.value(QStringLiteral("101")), QStringLiteral("100"));
        QCOMPARE(parent.value(QStringLiteral("102")), QStringLiteral("101"));
        QCOMPARE(posts[1].metadata.value(QStringLiteral("media_urls")).toArray().first().toString(),
            QStringLiteral("https://pbs.twimg.com/media/x.jpg"));

        QCOMPARE(stanceOf(store, id, posts[0].id), QStringLiteral("support"));
        QCOMPARE(stanceOf(store, id, posts[2].id), QStringLiteral("query"));
        QCOMPARE(stanceOf(store, id, posts[3].id), QStringLiteral("deny"));
        AnnotationFilter veracity;
        veracity.schema = Schemas::Veracity3;
        const QList<Annotation> verdict = store.annotations(id, veracity);
        QCOMPARE(verdict.size(), 1);
        QCOMPARE(verdict.first().label, QStringLiteral("false"));
        QVERIFY(!verdict.first().postRowId);
        // +0200 is converted to UTC.
        const Item second
            = store.item(store.findItem(QStringLiteral("rumoureval2017"), QStringLiteral("200")).value()).value();
        QCOMPARE(second.createdAt, QDateTime(QDate(2013, 4, 18), QTime(6, 0), Qt::UTC));
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }

    void findsTheAnnotationsFromAnyLevel_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<int>("threads");
        QTest::newRow("dataset root") << QString() << 2;
        QTest::newRow("split folder") << QStringLiteral("train") << 2;
        QTest::newRow("event folder") << QStringLiteral("train/crash") << 2;
        QTest::newRow("thread folder") << QStringLiteral("train/crash/100") << 1;
    }

    void findsTheAnnotationsFromAnyLevel()
    {
        QFETCH(QString, relative);
        QFETCH(int, threads);
        Project project;
        writeDataset(project.folder());
        const QString path = relative.isEmpty() ? project.folder() : project.file(relative);
        QVERIFY(RumourEvalImporter().recognises(path));
        QCOMPARE(RumourEvalImporter::findAnswerFile(
                     project.file(QStringLiteral("train/crash/100")), QStringLiteral("subtaskB.json")),
            project.file(QStringLiteral("train-annotations/subtaskB.json")));
        const ImportReport report = project.import(QStringLiteral("rumoureval"), path);
        QVERIFY2(report.issues.isEmpty(), qPrintable(datasets::issuesText(report)));
        QCOMPARE(report.itemsAdded, threads);
        QCOMPARE(
            project.count(QStringLiteral("SELECT count(*) FROM annotations a JOIN labels l ON l.id = a.label_id"
                                         " JOIN label_schemas s ON s.id = l.schema_id WHERE s.name = 'veracity-3'")),
            threads);
        // Without --split the split comes from the path (train/).
        QCOMPARE(project.count(QStringLiteral("SELECT count(*) FROM items WHERE split = 'train'")), threads);
    }

    void reimportAddsNothing()
    {
        Project project;
        writeDataset(project.folder());
        project.import(QStringLiteral("rumoureval"), project.folder());
        const ImportReport again = project.import(QStringLiteral("rumoureval"), project.folder());
        QCOMPARE(again.itemsUnchanged, 2);
        QCOMPARE(
            again.itemsAdded + again.itemsUpdated + again.postsAdded + again.postsUpdated + again.annotationsAdded, 0);
        QCOMPARE(project.count(QStringLiteral("SELECT count(*) FROM posts")), 5);
    }

    void orphanRepliesStayInTheTree()
    {
        Project project;
        writeDataset(project.folder());
        const QString thread = project.file(QStringLiteral("train/crash/100"));
        // 104 replies to a deleted tweet that structure.json places under 101; 105 to one it does not know.
        datasets::writeJson(thread + QStringLiteral("/replies/104.json"),
            tweet(QStringLiteral("104"), QStringLiteral("555"), QStringLiteral("a"),
                QStringLiteral("Wed Apr 17 20:00:00 +0000 2013"), QStringLiteral("dan")));
        datasets::writeJson(thread + QStringLiteral("/replies/105.json"),
            tweet(QStringLiteral("105"), QStringLiteral("556"), QStringLiteral("b"),
                QStringLiteral("Wed Apr 17 20:01:00 +0000 2013"), QStringLiteral("eve")));
        datasets::writeFile(thread + QStringLiteral("/structure.json"),
            "{\"100\": {\"101\": {\"102\": [], \"104\": []}, \"103\": []}}");
        QVERIFY(project.import(QStringLiteral("rumoureval"), thread).issues.isEmpty());
        ProjectStore &store = project.store();
        QHash<QString, ThreadPost> posts;
        for (const ThreadPost &post :
            store.posts(store.findItem(QStringLiteral("rumoureval2017"), QStringLiteral("100")).value()))
            posts.insert(post.postId, post);
        QCOMPARE(posts.value(QStringLiteral("104")).parentPostId, QStringLiteral("101"));
        QCOMPARE(posts.value(QStringLiteral("105")).parentPostId, QStringLiteral("100"));
        QVERIFY(posts.value(QStringLiteral("105")).metadata.value(QStringLiteral("parent_inferred")).toBool());
    }

    void twitterTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("utc") << QStringLiteral("Wed Apr 17 18:57:37 +0000 2013")
                             << QDateTime(QDate(2013, 4, 17), QTime(18, 57, 37), Qt::UTC);
        QTest::newRow("negative offset") << QStringLiteral("Sat Jan 10 23:30:00 -0530 2015")
                                         << QDateTime(QDate(2015, 1, 11), QTime(5, 0), Qt::UTC);
        QTest::newRow("bad month") << QStringLiteral("Wed Foo 17 18:57:37 +0000 2013") << QDateTime();
        QTest::newRow("iso instead") << QStringLiteral("2013-04-17T18:57:37Z") << QDateTime();
        QTest::newRow("bad zone") << QStringLiteral("Wed Apr 17 18:57:37 UTC 2013") << QDateTime();
    }

    void twitterTimes()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QCOMPARE(parseTwitterTime(text), expected);
    }

    void hostileThreads_data()
    {
        QTest::addColumn<QString>("file"); // relative to thread 100
        QTest::addColumn<QByteArray>("content"); // empty: delete the file
        QTest::addColumn<QString>("reason");
        QTest::newRow("malformed reply") << QStringLiteral("replies/101.json") << QByteArray("{\"id_str\": \"101\",, }")
                                         << QStringLiteral("malformed JSON");
        QTest::newRow("truncated reply") << QStringLiteral("replies/101.json")
                                         << QByteArray("{\"id_str\": \"101\", \"text\": \"So")
                                         << QStringLiteral("malformed JSON");
        QTest::newRow("id as number")
            << QStringLiteral("replies/101.json")
            << QByteArray("{\"id_str\": 101, \"text\": \"x\", \"created_at\": \"Wed Apr 17 18:57:37 +0000 2013\"}")
            << QStringLiteral("field 'id_str' is a number");
        QTest::newRow("bad time") << QStringLiteral("replies/101.json")
                                  << QByteArray("{\"id_str\": \"101\", \"text\": \"x\", \"created_at\": \"yesterday\"}")
                                  << QStringLiteral("not a Twitter time");
        QTest::newRow("invalid UTF-8")
            << QStringLiteral("replies/101.json")
            << QByteArray(
                   "{\"id_str\": \"101\", \"text\": \"\xff\xfe\", \"created_at\": \"Wed Apr 17 18:57:37 +0000 2013\"}")
            << QStringLiteral("invalid UTF-8");
        QTest::newRow("no source tweet") << QStringLiteral("source-tweet/100.json") << QByteArray()
                                         << QStringLiteral("expected one tweet file, found 0");
        QTest::newRow("structure not an object")
            << QStringLiteral("structure.json") << QByteArray("[1, 2]") << QStringLiteral("expected a JSON object");
        QTest::newRow("unknown stance") << QStringLiteral("../../../train-annotations/subtaskA.json")
                                        << QByteArray("{\"100\": \"agree\"}")
                                        << QStringLiteral("unknown label 'agree'");
    }

    void hostileThreads()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        Project project;
        writeDataset(project.folder());
        const QString path = project.file(QStringLiteral("train/crash/100/") + file);
        if (content.isEmpty())
            QVERIFY(QFile::remove(path));
        else
            datasets::writeFile(path, content);
        const ImportReport report = project.import(QStringLiteral("rumoureval"), project.file(QStringLiteral("train")));
        QCOMPARE(report.issues.size(), 1);
        QVERIFY2(
            datasets::issuesMention(report, QStringLiteral("100"), reason), qPrintable(datasets::issuesText(report)));
        QVERIFY2(report.issues.first().toString().contains(QStringLiteral("train/crash/100")),
            qPrintable(report.issues.first().toString()));
        // Thread 100 is left out whole; thread 200 is in.
        QVERIFY(!project.store().findItem(QStringLiteral("rumoureval2017"), QStringLiteral("100")));
        QCOMPARE(project.count(QStringLiteral("SELECT count(*) FROM items")), 1);
        QCOMPARE(project.count(QStringLiteral("SELECT count(*) FROM posts")), 1);
        QCOMPARE(project.store().integrityCheck(), QStringLiteral("ok"));
    }

    void cancelWritesNothing()
    {
        Project project;
        writeDataset(project.folder());
        std::atomic_bool cancel{false};
        ImportOptions options;
        RumourEvalImporter importer;
        // Cancelled after the first thread: the whole import is rolled back.
        const ImportReport report = importPath(
            project.store(), importer, project.folder(), options,
            [&cancel](qint64 done, qint64, const QString &) {
                if (done >= 1)
                    cancel = true;
            },
            &cancel);
        QVERIFY(report.cancelled);
        QCOMPARE(project.count(QStringLiteral("SELECT count(*) FROM items")), 0);
        QCOMPARE(project.count(QStringLiteral("SELECT count(*) FROM posts")), 0);
        QCOMPARE(project.store().integrityCheck(), QStringLiteral("ok"));
    }

    // Special files, links and sizes inside a thread folder: the thread is refused with the file named, the
    // other thread is imported, nothing blocks and nothing reads past the limit.
    void hostileFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("reply links to /proc/self/pagemap") << "link out"
                                                           << "links outside the import folder";
        QTest::newRow("reply is a FIFO") << "fifo"
                                         << "not a regular file";
        QTest::newRow("reply of 65 MB") << "huge"
                                        << "larger than the limit";
        QTest::newRow("structure.json 600 levels deep") << "deep"
                                                        << "deeper than the limit of 512";
        QTest::newRow("two files, one tweet id") << "duplicate"
                                                 << "tweet id 101 appears twice";
        QTest::newRow("dangling link") << "dangling"
                                       << "links outside the import folder";
    }

    void hostileFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        Project project;
        writeDataset(project.folder());
        const QString reply = project.file(QStringLiteral("train/crash/100/replies/104.json"));
        if (kind == QLatin1String("link out")) {
            QVERIFY(QFile::link(QStringLiteral("/proc/self/pagemap"), reply));
        } else if (kind == QLatin1String("fifo")) {
            QCOMPARE(::mkfifo(QFile::encodeName(reply).constData(), 0600), 0);
        } else if (kind == QLatin1String("huge")) {
            QFile file(reply);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(65LL * 1024 * 1024)); // sparse: costs no disk
        } else if (kind == QLatin1String("deep")) {
            QByteArray deep = "{\"100\": ";
            for (int i = 0; i < 600; ++i)
                deep += "{\"x" + QByteArray::number(i) + "\": ";
            deep += "[]" + QByteArray(601, '}');
            datasets::writeFile(project.file(QStringLiteral("train/crash/100/structure.json")), deep);
        } else if (kind == QLatin1String("duplicate")) {
            datasets::writeJson(reply,
                tweet(QStringLiteral("101"), QStringLiteral("100"), QStringLiteral("again"),
                    QStringLiteral("Wed Apr 17 19:10:00 +0000 2013"), QStringLiteral("amy")));
        } else if (kind == QLatin1String("dangling")) {
            QVERIFY(QFile::link(project.file(QStringLiteral("nowhere.json")), reply));
        }
        const ImportReport report = project.import(QStringLiteral("rumoureval"), project.file(QStringLiteral("train")));
        QCOMPARE(report.errorCount(), 1);
        QVERIFY2(
            datasets::issuesMention(report, QStringLiteral("100"), reason), qPrintable(datasets::issuesText(report)));
        QVERIFY2(report.issues.first().toString().contains(QStringLiteral("train/crash/100")),
            qPrintable(report.issues.first().toString()));
        QVERIFY(!project.store().findItem(QStringLiteral("rumoureval2017"), QStringLiteral("100")));
        QVERIFY(project.store().findItem(QStringLiteral("rumoureval2017"), QStringLiteral("200")));
        QCOMPARE(project.store().integrityCheck(), QStringLiteral("ok"));
    }

    // A bad entry of an answer file costs that label; an unreadable answer file costs its labels. Never a thread.
    void answerFileFaultsCostLabelsOnly_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("record");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("annotations"); // of the 7 the fixture has
        QTest::newRow("label not a string")
            << "subtaskA.json"
            << QByteArray(
                   "{\"100\": \"support\", \"101\": 7, \"102\": \"deny\", \"103\": \"comment\", \"200\": \"support\"}")
            << "101"
            << "the label is not a string" << 6;
        QTest::newRow("truncated answer file") << "subtaskB.json" << QByteArray("{\"100\": ") << ""
                                               << "no labels read from this file" << 5;
        QTest::newRow("answer file is an array") << "subtaskB.json" << QByteArray("[\"false\"]") << ""
                                                 << "expected a JSON object" << 5;
    }

    void answerFileFaultsCostLabelsOnly()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, record);
        QFETCH(QString, reason);
        QFETCH(int, annotations);
        Project project;
        writeDataset(project.folder());
        const QString path = project.file(QStringLiteral("train-annotations/") + file);
        datasets::writeFile(path, content);
        const ImportReport report = project.import(QStringLiteral("rumoureval"), project.folder());
        QCOMPARE(report.issues.size(), 1);
        QCOMPARE(report.issues.first().file, path);
        QVERIFY2(datasets::issuesMention(report, record, reason), qPrintable(datasets::issuesText(report)));
        QCOMPARE(report.itemsAdded, 2);
        QCOMPARE(report.annotationsAdded, annotations);
        QCOMPARE(project.store().integrityCheck(), QStringLiteral("ok"));
    }

    void realTrainAndDevSets()
    {
        const QString root = datasets::sharedDatasets() + QStringLiteral("/rumoureval2017");
        if (!QFileInfo::exists(root))
            QSKIP("shared datasets not present");
        Project project;
        const ImportReport train = project.import(QStringLiteral("rumoureval"), root + QStringLiteral("/train"));
        QVERIFY2(train.issues.isEmpty(), qPrintable(datasets::issuesText(train)));
        QCOMPARE(train.itemsAdded, 272);
        QCOMPARE(train.postsAdded, 4238);
        const QString label
            = QStringLiteral("SELECT count(*) FROM annotations a JOIN labels l ON l.id = a.label_id"
                             " JOIN label_schemas s ON s.id = l.schema_id WHERE s.name = '%1' AND l.name = '%2'");
        QCOMPARE(project.count(label.arg(QStringLiteral("stance-4"), QStringLiteral("comment"))), 2734);
        QCOMPARE(project.count(label.arg(QStringLiteral("stance-4"), QStringLiteral("support"))), 841);
        QCOMPARE(project.count(label.arg(QStringLiteral("stance-4"), QStringLiteral("deny"))), 333);
        QCOMPARE(project.count(label.arg(QStringLiteral("stance-4"), QStringLiteral("query"))), 330);
        QCOMPARE(project.count(label.arg(QStringLiteral("veracity-3"), QStringLiteral("true"))), 127);
        QCOMPARE(project.count(label.arg(QStringLiteral("veracity-3"), QStringLiteral("false"))), 50);
        QCOMPARE(project.count(label.arg(QStringLiteral("veracity-3"), QStringLiteral("unverified"))), 95);
        QCOMPARE(project.count(QStringLiteral("SELECT count(*) FROM items WHERE split = 'train'")), 272);
        // The tree is whole: one root per thread, every other post's parent is a post of the same thread.
        QCOMPARE(project.count(QStringLiteral("SELECT count(*) FROM posts WHERE parent_post_id = ''")), 272);
        QCOMPARE(project.count(QStringLiteral(
                     "SELECT count(*) FROM posts p WHERE parent_post_id <> '' AND NOT EXISTS"
                     " (SELECT 1 FROM posts q WHERE q.item_id = p.item_id AND q.post_id = p.parent_post_id)")),
            0);
        QCOMPARE(
            project.count(QStringLiteral("SELECT count(*) FROM posts WHERE metadata LIKE '%parent_inferred%'")), 0);

        const ImportReport dev = project.import(QStringLiteral("rumoureval"), root + QStringLiteral("/dev"));
        QVERIFY2(dev.issues.isEmpty(), qPrintable(datasets::issuesText(dev)));
        QCOMPARE(dev.itemsAdded, 25);
        QCOMPARE(dev.postsAdded, 281);
        QCOMPARE(project.count(QStringLiteral("SELECT count(*) FROM items WHERE split = 'dev'")), 25);

        const ImportReport again = project.import(QStringLiteral("rumoureval"), root);
        QCOMPARE(again.itemsUnchanged, 297);
        QCOMPARE(again.postsAdded + again.postsUpdated + again.annotationsAdded, 0);
        QCOMPARE(project.store().integrityCheck(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestRumourEvalImporter)
#include "TestRumourEvalImporter.moc"
