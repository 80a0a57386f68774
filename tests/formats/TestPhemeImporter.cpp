// PHEME's own layout: rumours/non-rumours folders, source-tweets/, reactions/, annotation.json veracity, the older
// threads/<language>/<event>/ layout, detection against RumourEval, and hostile threads. PHEME itself is not in the
// shared datasets: the fixtures here are small PHEME-shaped folders.
#include "core/domain/LabelSchema.h"
#include "core/formats/FormatDetection.h"
#include "core/formats/pheme/PhemeImporter.h"
#include "tests/formats/DatasetFixtures.h"

#include <QTest>

#include <sys/stat.h>

using namespace candor;
using datasets::Project;

namespace {

QJsonObject tweet(const QString &id, const QString &replyTo, const QString &text, const QString &time)
{
    return {{QStringLiteral("id_str"), id}, {QStringLiteral("text"), text}, {QStringLiteral("created_at"), time},
        {QStringLiteral("lang"), QStringLiteral("en")},
        {QStringLiteral("in_reply_to_status_id_str"), replyTo.isEmpty() ? QJsonValue() : QJsonValue(replyTo)},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("screen_name"), QString(QStringLiteral("u") + id)}}}};
}

// One thread folder: the source tweet `id`, replies id+1 (to the source) and id+2 (to id+1), structure.json, and
// annotation.json when `annotation` is not empty.
void writeThread(const QString &folder, int id, const QByteArray &annotation)
{
    const QString source = QString::number(id), first = QString::number(id + 1), second = QString::number(id + 2);
    datasets::writeJson(folder + QStringLiteral("/source-tweets/%1.json").arg(source),
        tweet(source, {}, QStringLiteral("Rumour %1").arg(id), QStringLiteral("Tue Mar 24 10:00:00 +0000 2015")));
    datasets::writeJson(folder + QStringLiteral("/reactions/%1.json").arg(first),
        tweet(first, source, QStringLiteral("Really?"), QStringLiteral("Tue Mar 24 10:05:00 +0000 2015")));
    datasets::writeJson(folder + QStringLiteral("/reactions/%1.json").arg(second),
        tweet(second, first, QStringLiteral("Confirmed by police"), QStringLiteral("Tue Mar 24 10:09:00 +0000 2015")));
    datasets::writeFile(folder + QStringLiteral("/structure.json"),
        QStringLiteral("{\"%1\": {\"%2\": {\"%3\": []}}}").arg(source, first, second).toUtf8());
    datasets::writeFile(folder + QStringLiteral("/retweets.json"), ""); // present in PHEME, not read
    if (!annotation.isEmpty())
        datasets::writeFile(folder + QStringLiteral("/annotation.json"), annotation);
}

// PHEME-RNR under root/all-rnr-annotated-threads, and the older layout under root/threads/en.
void writeDataset(const QString &root)
{
    const QString event = root + QStringLiteral("/all-rnr-annotated-threads/germanwings-crash-all-rnr-threads");
    writeThread(event + QStringLiteral("/rumours/500"), 500,
        R"({"is_rumour": "rumour", "category": "Co-pilot crashed the plane", "misinformation": "1", "true": "0"})");
    writeThread(
        event + QStringLiteral("/rumours/600"), 600, R"({"is_rumour": "rumour", "misinformation": 0, "true": 1})");
    writeThread(event + QStringLiteral("/rumours/650"), 650, {});
    writeThread(
        event + QStringLiteral("/rumours/660"), 660, R"({"is_rumour": "rumour", "misinformation": "0", "true": "0"})");
    writeThread(
        event + QStringLiteral("/non-rumours/700"), 700, R"({"is_rumour": "nonrumour", "category": "unrelated"})");
    writeThread(
        event + QStringLiteral("/non-rumours/710"), 710, R"({"is_rumour": "nonrumour", "misinformation": "0"})");
    writeThread(
        root + QStringLiteral("/threads/en/ottawashooting/800"), 800, R"({"misinformation": "0", "true": "1"})");
}

QString veracityOf(ProjectStore &store, const QString &id)
{
    AnnotationFilter filter;
    filter.schema = Schemas::Veracity3;
    const QList<Annotation> rows = store.annotations(store.findItem(kPhemeSource, id).value(), filter);
    return rows.isEmpty() ? QString() : rows.first().label;
}

} // namespace

class TestPhemeImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsThreadsWithVeracityRumourFlagAndEvent()
    {
        Project project;
        writeDataset(project.folder());
        const ImportReport report = project.import(QStringLiteral("pheme"), project.folder());
        QVERIFY2(report.issues.isEmpty(), qPrintable(datasets::issuesText(report)));
        QCOMPARE(report.itemsAdded, 7);
        QCOMPARE(report.postsAdded, 21);
        ProjectStore &store = project.store();
        QCOMPARE(veracityOf(store, QStringLiteral("500")), QStringLiteral("false"));
        QCOMPARE(veracityOf(store, QStringLiteral("600")), QStringLiteral("true"));
        QCOMPARE(veracityOf(store, QStringLiteral("650")), QString()); // no annotation.json
        QCOMPARE(veracityOf(store, QStringLiteral("660")), QStringLiteral("unverified"));
        QCOMPARE(veracityOf(store, QStringLiteral("700")), QString());
        QCOMPARE(veracityOf(store, QStringLiteral("710")), QString()); // a non-rumour has no veracity
        QCOMPARE(veracityOf(store, QStringLiteral("800")), QStringLiteral("true"));

        const auto metadata
            = [&](const QString &id) { return store.item(store.findItem(kPhemeSource, id).value())->metadata; };
        QCOMPARE(metadata(QStringLiteral("500")).value(QStringLiteral("is_rumour")), QJsonValue(true));
        QCOMPARE(metadata(QStringLiteral("500")).value(QStringLiteral("category")).toString(),
            QStringLiteral("Co-pilot crashed the plane"));
        QCOMPARE(metadata(QStringLiteral("500")).value(QStringLiteral("event")).toString(),
            QStringLiteral("germanwings-crash"));
        QCOMPARE(metadata(QStringLiteral("650")).value(QStringLiteral("is_rumour")), QJsonValue(true)); // from rumours/
        QCOMPARE(metadata(QStringLiteral("700")).value(QStringLiteral("is_rumour")), QJsonValue(false));
        QVERIFY(!metadata(QStringLiteral("800")).contains(QStringLiteral("is_rumour"))); // older layout: unknown
        QCOMPARE(metadata(QStringLiteral("800")).value(QStringLiteral("event")).toString(),
            QStringLiteral("ottawashooting"));

        // The reply tree: 500 <- 501 <- 502, as reactions/ and structure.json say.
        const qint64 thread = store.findItem(kPhemeSource, QStringLiteral("500")).value();
        QHash<QString, QString> parentOf;
        for (const ThreadPost &post : store.posts(thread))
            parentOf.insert(post.postId, post.parentPostId);
        QCOMPARE(parentOf,
            (QHash<QString, QString>{{QStringLiteral("500"), QString()}, {QStringLiteral("501"), QStringLiteral("500")},
                {QStringLiteral("502"), QStringLiteral("501")}}));
        QCOMPARE(store.item(thread)->kind, ItemKind::Thread);
        QCOMPARE(store.item(thread)->text, QStringLiteral("Rumour 500"));
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));

        const ImportReport again = project.import(QStringLiteral("pheme"), project.folder());
        QCOMPARE(again.itemsUnchanged, 7);
        QCOMPARE(again.postsAdded + again.annotationsAdded, 0);
    }

    // Auto-detection takes PHEME's layout at any level for "pheme", never for RumourEval (whose reader would refuse
    // it).
    void detectedAsPhemeAtEveryLevel_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<int>("threads");
        QTest::newRow("root") << QString() << 7;
        QTest::newRow("release folder") << "all-rnr-annotated-threads" << 6;
        QTest::newRow("event") << "all-rnr-annotated-threads/germanwings-crash-all-rnr-threads" << 6;
        QTest::newRow("rumours") << "all-rnr-annotated-threads/germanwings-crash-all-rnr-threads/rumours" << 4;
        QTest::newRow("one thread") << "all-rnr-annotated-threads/germanwings-crash-all-rnr-threads/rumours/500" << 1;
        QTest::newRow("older layout") << "threads" << 1;
    }

    void detectedAsPhemeAtEveryLevel()
    {
        QFETCH(QString, relative);
        QFETCH(int, threads);
        Project project;
        writeDataset(project.folder());
        const QString path = relative.isEmpty() ? project.folder() : project.file(relative);
        const ImportPlan plan = planImport({path}, QStringLiteral("auto"));
        QCOMPARE(plan.steps.size(), std::size_t(1));
        QCOMPARE(plan.steps.front().importer->format(), QStringLiteral("pheme"));
        QVERIFY(!importerFor(QStringLiteral("rumoureval"))->recognises(path));
        QCOMPARE(PhemeImporter::threadFolders(path).size(), threads);
    }

    // Each case spoils thread 500; the other six threads are imported and the project stays sound.
    void hostileThreads_data()
    {
        QTest::addColumn<QString>("file"); // relative to thread 500
        QTest::addColumn<QByteArray>("content"); // "<fifo>", "<link out>", "<delete>" or the bytes
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("imported"); // thread 500 imported anyway (a warning case)
        QTest::newRow("truncated annotation")
            << "annotation.json" << QByteArray("{\"is_rumour\": \"rum") << "malformed JSON" << false;
        QTest::newRow("flag neither 0 nor 1")
            << "annotation.json" << QByteArray("{\"misinformation\": \"2\"}") << "neither 0 nor 1" << false;
        QTest::newRow("is_rumour unknown")
            << "annotation.json" << QByteArray("{\"is_rumour\": \"maybe\"}") << "neither rumour nor nonrumour" << false;
        QTest::newRow("annotation not an object")
            << "annotation.json" << QByteArray("[]") << "expected a JSON object" << false;
        QTest::newRow("both flags set") << "annotation.json"
                                        << QByteArray("{\"misinformation\": \"1\", \"true\": \"1\"}")
                                        << "both true and misinformation" << true;
        QTest::newRow("annotation links out")
            << "annotation.json" << QByteArray("<link out>") << "links outside the import folder" << false;
        QTest::newRow("annotation is a FIFO")
            << "annotation.json" << QByteArray("<fifo>") << "not a regular file" << false;
        QTest::newRow("source tweet missing")
            << "source-tweets/500.json" << QByteArray("<delete>") << "expected one tweet file, found 0" << false;
        QTest::newRow("truncated reaction")
            << "reactions/501.json" << QByteArray("{\"id_str\": \"501\", \"te") << "malformed JSON" << false;
        QTest::newRow("reaction invalid UTF-8")
            << "reactions/501.json"
            << QByteArray(
                   "{\"id_str\": \"501\", \"text\": \"\xC3\x28\", \"created_at\": \"Tue Mar 24 10:05:00 +0000 2015\"}")
            << "invalid UTF-8" << false;
        QTest::newRow("reaction time of year 99999")
            << "reactions/501.json"
            << QByteArray("{\"id_str\": \"501\", \"text\": \"x\", \"created_at\": \"Tue Mar 24 10:05:00 +0000 99999\"}")
            << "not a Twitter time" << false;
        QTest::newRow("reaction with the source's id")
            << "reactions/501.json"
            << QByteArray("{\"id_str\": \"500\", \"text\": \"x\", \"created_at\": \"Tue Mar 24 10:05:00 +0000 2015\"}")
            << "tweet id 500 appears twice" << false;
    }

    void hostileThreads()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QFETCH(bool, imported);
        Project project;
        writeDataset(project.folder());
        const QString thread
            = project.file(QStringLiteral("all-rnr-annotated-threads/germanwings-crash-all-rnr-threads/rumours/500"));
        const QString path = thread + QLatin1Char('/') + file;
        QFile::remove(path);
        if (content == "<fifo>")
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else if (content == "<link out>")
            QVERIFY(QFile::link(project.file(QStringLiteral("outside.json")), path));
        else if (content != "<delete>")
            datasets::writeFile(path, content);
        datasets::writeFile(project.file(QStringLiteral("outside.json")), "{\"misinformation\": \"1\"}");
        const ImportReport report = project.import(QStringLiteral("pheme"), project.folder());
        QCOMPARE(report.issues.size(), 1);
        const ImportIssue issue = report.issues.first();
        QVERIFY2(issue.reason.contains(reason), qPrintable(issue.toString()));
        QCOMPARE(issue.record, QStringLiteral("500"));
        QCOMPARE(issue.file, thread);
        QCOMPARE(issue.isWarning(), imported);
        QCOMPARE(project.store().findItem(kPhemeSource, QStringLiteral("500")).has_value(), imported);
        QCOMPARE(report.itemsAdded, imported ? 7 : 6);
        QCOMPARE(project.store().integrityCheck(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestPhemeImporter)
#include "TestPhemeImporter.moc"
