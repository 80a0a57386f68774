// SemEval-2021 Task 6 exporters: official shapes, exact span round trip (emoji, ZWJ, combining marks, CJK, CRLF),
// origin selection, atomic writes, and the round trip of the real files.
#include "core/domain/LabelSchema.h"
#include "core/text/CodePoints.h"
#include "tests/formats/DatasetFixtures.h"

#include <QTest>

using namespace candor;
using datasets::Project;

namespace {

const QStringList kTask2Keys{QStringLiteral("id"), QStringLiteral("text")};
const QStringList kSpanKeys{
    QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("technique"), QStringLiteral("text_fragment")};

// A meme text made of pieces; every piece marked with a technique becomes a span with Python code-point offsets.
QJsonObject memeWithSpans(const QString &id, const QList<QPair<QString, QString>> &pieces)
{
    QString text;
    QJsonArray labels;
    for (const auto &[piece, technique] : pieces) {
        const int start = codePointLength(text);
        text += piece;
        if (!technique.isEmpty())
            labels.append(
                QJsonObject{{QStringLiteral("start"), start}, {QStringLiteral("end"), start + codePointLength(piece)},
                    {QStringLiteral("technique"), technique}, {QStringLiteral("text_fragment"), piece}});
    }
    return {{QStringLiteral("id"), id}, {QStringLiteral("text"), text}, {QStringLiteral("labels"), labels}};
}

QJsonArray hardTexts()
{
    const QString loaded = QStringLiteral("Loaded Language");
    const QString smears = QStringLiteral("Smears");
    return {
        memeWithSpans(QStringLiteral("family"),
            {{QString::fromUtf8("\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 "),
                 QString()},
                {QStringLiteral("TRAITORS"), loaded},
                {QString::fromUtf8(" \xF0\x9F\x87\xBA\xF0\x9F\x87\xB8"), smears}}),
        memeWithSpans(QStringLiteral("accents"),
            {{QString::fromUtf8("Que\xCC\x81"
                                "bec "),
                 loaded},
                {QString::fromUtf8("\xE5\x8D\xB1\xE9\x99\xA9 "), smears}, {QStringLiteral("end"), QString()}}),
        memeWithSpans(QStringLiteral("crlf"),
            {{QStringLiteral("Line one\r\n"), QString()}, {QStringLiteral("LIES\r\nMORE LIES"), loaded}}),
        memeWithSpans(QStringLiteral("overlap"), {{QStringLiteral("none here"), QString()}}),
    };
}

} // namespace

class TestSemEvalExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void task2RoundTripsEverySpanExactly()
    {
        Project project;
        QJsonArray memes = hardTexts();
        // Two techniques on the same range, and nested spans.
        QJsonObject overlap = memes[3].toObject();
        overlap.insert(QStringLiteral("labels"),
            QJsonArray{QJsonObject{{QStringLiteral("start"), 0}, {QStringLiteral("end"), 4},
                           {QStringLiteral("technique"), QStringLiteral("Doubt")},
                           {QStringLiteral("text_fragment"), QStringLiteral("none")}},
                QJsonObject{{QStringLiteral("start"), 0}, {QStringLiteral("end"), 4},
                    {QStringLiteral("technique"), QStringLiteral("Smears")},
                    {QStringLiteral("text_fragment"), QStringLiteral("none")}},
                QJsonObject{{QStringLiteral("start"), 0}, {QStringLiteral("end"), 9},
                    {QStringLiteral("technique"), QStringLiteral("Slogans")},
                    {QStringLiteral("text_fragment"), QStringLiteral("none here")}}});
        memes[3] = overlap;
        const QString in = project.file(QStringLiteral("train_task2.json"));
        datasets::writeJson(in, memes);
        const ImportReport report = project.import(QStringLiteral("semeval"), in);
        QVERIFY2(report.issues.isEmpty(), qPrintable(datasets::issuesText(report)));
        const QString out = project.file(QStringLiteral("out_task2.json"));
        QCOMPARE(project.exportTo(QStringLiteral("semeval-task2"), out), 4);
        QCOMPARE(datasets::canonicalRecords(
                     datasets::readJson(out).toArray(), kTask2Keys, QStringLiteral("labels"), kSpanKeys),
            datasets::canonicalRecords(memes, kTask2Keys, QStringLiteral("labels"), kSpanKeys));
        // The family emoji is 5 code points: "TRAITORS" starts at 6.
        QCOMPARE(memes[0]
                     .toObject()
                     .value(QStringLiteral("labels"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("start"))
                     .toInt(),
            6);
    }

    void task1And3HaveTheOfficialShape()
    {
        Project project;
        QJsonObject meme{{QStringLiteral("id"), QStringLiteral("9")}, {QStringLiteral("text"), QStringLiteral("VOTE")},
            {QStringLiteral("labels"), QJsonArray{QStringLiteral("Smears"), QStringLiteral("Appeal to authority")}}};
        datasets::writeJson(project.file(QStringLiteral("s_task1.json")), QJsonArray{meme});
        meme.insert(QStringLiteral("labels"), QJsonArray{QStringLiteral("Transfer")});
        meme.insert(QStringLiteral("image"), QStringLiteral("9_image.png"));
        datasets::writeJson(project.file(QStringLiteral("s_task3.json")), QJsonArray{meme});
        datasets::writeFile(project.file(QStringLiteral("9_image.png")), datasets::imageBytes(5, 5, Qt::black, "PNG"));
        QVERIFY(project.import(QStringLiteral("semeval"), project.folder()).issues.isEmpty());

        QCOMPARE(project.exportTo(QStringLiteral("semeval-task1"), project.file(QStringLiteral("o1.json"))), 1);
        const QJsonObject one
            = datasets::readJson(project.file(QStringLiteral("o1.json"))).toArray().first().toObject();
        QCOMPARE(one.value(QStringLiteral("id")).toString(), QStringLiteral("9"));
        QCOMPARE(one.value(QStringLiteral("text")).toString(), QStringLiteral("VOTE"));
        // Schema order, not file order.
        QCOMPARE(one.value(QStringLiteral("labels")).toArray(),
            (QJsonArray{QStringLiteral("Appeal to authority"), QStringLiteral("Smears")}));
        QVERIFY(!one.contains(QStringLiteral("image")));

        project.exportTo(QStringLiteral("semeval-task3"), project.file(QStringLiteral("o3.json")));
        const QJsonObject three
            = datasets::readJson(project.file(QStringLiteral("o3.json"))).toArray().first().toObject();
        QCOMPARE(three.value(QStringLiteral("labels")).toArray(), QJsonArray{QStringLiteral("Transfer")});
        QCOMPARE(three.value(QStringLiteral("image")).toString(), QStringLiteral("9_image.png"));
    }

    void originChoosesTheLayer()
    {
        Project project;
        datasets::writeJson(project.file(QStringLiteral("s_task1.json")),
            QJsonArray{
                QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}, {QStringLiteral("text"), QStringLiteral("t")},
                    {QStringLiteral("labels"), QJsonArray{QStringLiteral("Doubt")}}}});
        project.import(QStringLiteral("semeval"), project.file(QStringLiteral("s_task1.json")), QStringLiteral("dev"));
        ProjectStore &store = project.store();
        Annotation human;
        human.itemId = 1;
        human.schema = Schemas::Persuasion20;
        human.label = QStringLiteral("Slogans");
        human.origin = Origin::Human;
        human.annotator = QStringLiteral("ana");
        store.addAnnotation(human);
        auto labelsFor = [&](const QString &origin) {
            project.exportTo(QStringLiteral("semeval-task1"), project.file(QStringLiteral("o.json")), origin);
            return datasets::readJson(project.file(QStringLiteral("o.json")))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("labels"))
                .toArray();
        };
        QCOMPARE(labelsFor(QStringLiteral("gold")), QJsonArray{QStringLiteral("Doubt")});
        QCOMPARE(labelsFor(QStringLiteral("human")), QJsonArray{QStringLiteral("Slogans")});
        QCOMPARE(labelsFor(QStringLiteral("best")), QJsonArray{QStringLiteral("Slogans")});
        QCOMPARE(labelsFor(QStringLiteral("model")), QJsonArray());
        QCOMPARE(project.exportTo(QStringLiteral("semeval-task1"), project.file(QStringLiteral("t.json")),
                     QStringLiteral("gold"), QStringLiteral("train")),
            0);
        QCOMPARE(datasets::readJson(project.file(QStringLiteral("t.json"))).toArray().size(), 0);
    }

    void failedOrCancelledExportWritesNothing()
    {
        Project project;
        datasets::writeJson(project.file(QStringLiteral("s_task1.json")),
            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                {QStringLiteral("text"), QStringLiteral("t")}, {QStringLiteral("labels"), QJsonArray()}}});
        project.import(QStringLiteral("semeval"), project.file(QStringLiteral("s_task1.json")));
        const QString out = project.file(QStringLiteral("existing.json"));
        datasets::writeFile(out, "previous content");
        ExportOptions options;
        const std::atomic_bool cancelled{true};
        QVERIFY_THROWS_EXCEPTION(Error,
            exporterFor(QStringLiteral("semeval-task1"))->exportTo(project.store(), out, options, {}, &cancelled));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("previous content"));
        // Nothing beside the project, its input and the untouched file (no temporary file left behind).
        QCOMPARE(QDir(project.folder()).entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Hidden),
            (QStringList{QStringLiteral("existing.json"), QStringLiteral("s_task1.json")}));
        QCOMPARE(
            QDir(project.folder()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("existing")).size(), 1);
        QVERIFY_THROWS_EXCEPTION(Error,
            project.exportTo(QStringLiteral("semeval-task1"), project.file(QStringLiteral("no/such/dir/o.json"))));
    }

    void realFilesRoundTrip()
    {
        const QString root = datasets::sharedDatasets() + QStringLiteral("/semeval2021-task6");
        if (!QFileInfo::exists(root))
            QSKIP("shared datasets not present");
        Project project;
        for (const QString &file : {QStringLiteral("training_set_task1.json"),
                 QStringLiteral("training_set_task2.json"), QStringLiteral("dev_set_task3/dev_set_task3_labeled.txt")})
            QVERIFY(project.import(QStringLiteral("semeval"), root + QLatin1Char('/') + file).issues.isEmpty());

        QCOMPARE(project.exportTo(QStringLiteral("semeval-task2"), project.file(QStringLiteral("t2.json")),
                     QStringLiteral("gold"), QStringLiteral("train")),
            688);
        const QJsonArray original2 = datasets::readJson(root + QStringLiteral("/training_set_task2.json")).toArray();
        const QJsonArray exported2 = datasets::readJson(project.file(QStringLiteral("t2.json"))).toArray();
        QCOMPARE(datasets::canonicalRecords(exported2, kTask2Keys, QStringLiteral("labels"), kSpanKeys),
            datasets::canonicalRecords(original2, kTask2Keys, QStringLiteral("labels"), kSpanKeys));
        qsizetype spans = 0;
        for (const QJsonValue &meme : exported2)
            spans += meme.toObject().value(QStringLiteral("labels")).toArray().size();
        QCOMPARE(spans, 1498);

        project.exportTo(QStringLiteral("semeval-task1"), project.file(QStringLiteral("t1.json")),
            QStringLiteral("gold"), QStringLiteral("train"));
        QCOMPARE(datasets::canonicalRecords(datasets::readJson(project.file(QStringLiteral("t1.json"))).toArray(),
                     kTask2Keys, QStringLiteral("labels"), {}),
            datasets::canonicalRecords(datasets::readJson(root + QStringLiteral("/training_set_task1.json")).toArray(),
                kTask2Keys, QStringLiteral("labels"), {}));

        const QStringList task3Keys{QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("image")};
        QCOMPARE(project.exportTo(QStringLiteral("semeval-task3"), project.file(QStringLiteral("t3.json")),
                     QStringLiteral("gold"), QStringLiteral("dev")),
            63);
        QCOMPARE(datasets::canonicalRecords(datasets::readJson(project.file(QStringLiteral("t3.json"))).toArray(),
                     task3Keys, QStringLiteral("labels"), {}),
            datasets::canonicalRecords(
                datasets::readJson(root + QStringLiteral("/dev_set_task3/dev_set_task3_labeled.txt")).toArray(),
                task3Keys, QStringLiteral("labels"), {}));
    }
};

QTEST_GUILESS_MAIN(TestSemEvalExporter)
#include "TestSemEvalExporter.moc"
