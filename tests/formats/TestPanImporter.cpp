// PAN 2024 oppositional importer: messages, categories, narrative spans (X ignored), the seeded split,
// hostile inputs and the real English file.
#include "core/domain/LabelSchema.h"
#include "core/formats/pan/PanImporter.h"
#include "core/formats/pan/PanSplit.h"
#include "core/store/StoreConnection.h"
#include "tests/formats/DatasetFixtures.h"

#include <QTest>

using namespace candor;
using datasets::Project;

namespace {

QJsonObject spanJson(const QString &category, int start, int end, const QString &text)
{
    return {{QStringLiteral("category"), category}, {QStringLiteral("start_char"), start},
        {QStringLiteral("end_char"), end}, {QStringLiteral("span_text"), text},
        {QStringLiteral("annotator"), QStringLiteral("gold_label")}, {QStringLiteral("start_spacy_token"), 0},
        {QStringLiteral("end_spacy_token"), 1}};
}

QJsonObject message(const QString &id, const QString &text, const QString &category, const QJsonArray &spans = {})
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("text"), text}, {QStringLiteral("category"), category},
        {QStringLiteral("annotations"), spans}};
}

// "Die Impfung 💉 tötet" in code points: "Die Impfung " = 12, syringe = 1, " " = 1 -> "tötet" (with a combining
// diaeresis, 6 code points) at 14..20.
const QString kGerman = QString::fromUtf8("Die Impfung \xF0\x9F\x92\x89 to\xCC\x88tet");

QJsonArray fixture()
{
    return {
        message(QStringLiteral("101"), QStringLiteral("Bill Gates wants to control us"), QStringLiteral("CONSPIRACY"),
            {spanJson(QStringLiteral("AGENT"), 0, 10, QStringLiteral("Bill Gates")),
                spanJson(QStringLiteral("OBJECTIVE"), 11, 30, QStringLiteral("wants to control us")),
                spanJson(QStringLiteral("X"), 20, 27, QStringLiteral("control"))}),
        message(QStringLiteral("102"), kGerman, QStringLiteral("CRITICAL"),
            {spanJson(QStringLiteral("NEGATIVE_EFFECT"), 14, 20, QString::fromUtf8("to\xCC\x88tet"))})};
}

} // namespace

class TestPanImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsMessagesCategoriesAndSpans()
    {
        Project project;
        const QString path = project.file(QStringLiteral("pan2024_en.json"));
        datasets::writeJson(path, fixture());
        const ImportReport report = project.import(QStringLiteral("pan"), path);
        QVERIFY2(report.issues.isEmpty(), qPrintable(datasets::issuesText(report)));
        QCOMPARE(report.itemsAdded, 2);
        QCOMPARE(report.annotationsAdded, 2 + 4);
        ProjectStore &store = project.store();
        const qint64 id = store.findItem(QStringLiteral("pan2024-oppositional"), QStringLiteral("en/101")).value();
        const Item item = store.item(id).value();
        QCOMPARE(item.kind, ItemKind::Message);
        QCOMPARE(item.language, QStringLiteral("en"));
        QCOMPARE(item.metadata.value(QStringLiteral("pan_id")).toString(), QStringLiteral("101"));
        QVERIFY(item.split == QStringLiteral("train") || item.split == QStringLiteral("dev"));

        const QList<Annotation> rows = store.annotations(id);
        QCOMPARE(rows.size(), 4);
        int ignored = 0;
        for (const Annotation &a : rows) {
            QCOMPARE(a.origin, Origin::Gold);
            if (a.label == QLatin1String("X")) {
                QCOMPARE(a.status, Status::Ignored);
                ++ignored;
            } else {
                QCOMPARE(a.status, Status::Accepted);
            }
            if (a.schema == Schemas::Oppositional2)
                QCOMPARE(a.label, QStringLiteral("CONSPIRACY"));
            if (a.isSpan())
                QCOMPARE(a.annotator, QStringLiteral("gold_label"));
        }
        QCOMPARE(ignored, 1);
        const qint64 german = store.findItem(QStringLiteral("pan2024-oppositional"), QStringLiteral("en/102")).value();
        AnnotationFilter spans;
        spans.schema = Schemas::Narrative6;
        const Annotation effect = store.annotations(german, spans).value(0);
        QCOMPARE(*effect.start, 14);
        QCOMPARE(*effect.end, 20);
        QVERIFY(!store.metaValue(QStringLiteral("split/pan2024-oppositional/en")).isEmpty());
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }

    void sameIdsInTwoLanguagesStayApart()
    {
        Project project;
        datasets::writeJson(project.file(QStringLiteral("pan2024_en.json")), fixture());
        datasets::writeJson(project.file(QStringLiteral("pan2024_es.json")), fixture());
        QCOMPARE(project.import(QStringLiteral("pan"), project.file(QStringLiteral("pan2024_en.json"))).itemsAdded, 2);
        QCOMPARE(project.import(QStringLiteral("pan"), project.file(QStringLiteral("pan2024_es.json"))).itemsAdded, 2);
        QCOMPARE(project.count(QStringLiteral("SELECT count(*) FROM items WHERE language = 'es'")), 2);
    }

    void reimportAddsNothing()
    {
        Project project;
        const QString path = project.file(QStringLiteral("pan2024_en.json"));
        datasets::writeJson(path, fixture());
        project.import(QStringLiteral("pan"), path);
        const ImportReport again = project.import(QStringLiteral("pan"), path);
        QCOMPARE(again.itemsUnchanged, 2);
        QCOMPARE(again.itemsAdded + again.itemsUpdated + again.annotationsAdded, 0);
        QCOMPARE(project.count(QStringLiteral("SELECT count(*) FROM annotations")), 6);
    }

    void splitIsStratifiedSeededAndOrderFree()
    {
        QJsonArray messages;
        for (int i = 0; i < 100; ++i)
            messages.append(message(QString::number(1000 + i), QStringLiteral("message %1").arg(i),
                i < 60 ? QStringLiteral("CRITICAL") : QStringLiteral("CONSPIRACY")));
        QJsonArray reversed;
        for (qsizetype i = messages.size() - 1; i >= 0; --i)
            reversed.append(messages[i]);
        Project first;
        Project second;
        datasets::writeJson(first.file(QStringLiteral("pan_en.json")), messages);
        datasets::writeJson(second.file(QStringLiteral("pan_en.json")), reversed);
        first.import(QStringLiteral("pan"), first.file(QStringLiteral("pan_en.json")));
        second.import(QStringLiteral("pan"), second.file(QStringLiteral("pan_en.json")));
        const QString perCategory = QStringLiteral(
            "SELECT count(*) FROM items i JOIN annotations a ON a.item_id = i.id JOIN labels l ON l.id = a.label_id"
            " WHERE i.split = 'train' AND l.name = '%1'");
        QCOMPARE(first.count(perCategory.arg(QStringLiteral("CRITICAL"))), 48);
        QCOMPARE(first.count(perCategory.arg(QStringLiteral("CONSPIRACY"))), 32);
        QCOMPARE(first.count(QStringLiteral("SELECT count(*) FROM items WHERE split = 'dev'")), 20);
        const QString trainIds = QStringLiteral("SELECT group_concat(external_id) FROM (SELECT external_id FROM items "
                                                "WHERE split = 'train' ORDER BY external_id)");
        QCOMPARE(datasets::count(first.store(), QStringLiteral("SELECT count(*) FROM items")), 100);
        QCOMPARE(sql::scalar(storeConnection(first.store()), trainIds).toString(),
            sql::scalar(storeConnection(second.store()), trainIds).toString());
        const QJsonObject meta
            = QJsonDocument::fromJson(first.store().metaValue(QStringLiteral("split/pan2024-oppositional/en")).toUtf8())
                  .object();
        QCOMPARE(meta.value(QStringLiteral("train")).toInt(), 80);
        QCOMPARE(meta.value(QStringLiteral("seed")).toInt(), 2024);
    }

    void explicitSplitWins()
    {
        Project project;
        const QString path = project.file(QStringLiteral("pan2024_en.json"));
        datasets::writeJson(path, fixture());
        project.import(QStringLiteral("pan"), path, QStringLiteral("test"));
        QCOMPARE(project.count(QStringLiteral("SELECT count(*) FROM items WHERE split = 'test'")), 2);
        QVERIFY(project.store().metaValue(QStringLiteral("split/pan2024-oppositional/en")).isEmpty());
    }

    void languageFromFileName_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("language");
        QTest::newRow("pan2024_en") << QStringLiteral("/d/pan2024_en.json") << QStringLiteral("en");
        QTest::newRow("es-dev") << QStringLiteral("/d/dataset_es-dev.json") << QStringLiteral("es");
        QTest::newRow("none") << QStringLiteral("/d/oppositional.json") << QString();
    }

    void languageFromFileName()
    {
        QFETCH(QString, file);
        QFETCH(QString, language);
        QCOMPARE(PanImporter::languageFromFileName(file), language);
    }

    void hostileRecords_data()
    {
        QTest::addColumn<QByteArray>("middle");
        QTest::addColumn<QString>("record");
        QTest::addColumn<QString>("reason");

        QTest::newRow("malformed") << QByteArray("{\"id\": \"2\", \"text\": \"b\",, }") << QString()
                                   << QStringLiteral("malformed");
        QTest::newRow("category wrong type")
            << QByteArray("{\"id\": \"2\", \"text\": \"b\", \"category\": 1, \"annotations\": []}")
            << QStringLiteral("2") << QStringLiteral("field 'category' is a number");
        QTest::newRow("unknown category")
            << QByteArray("{\"id\": \"2\", \"text\": \"b\", \"category\": \"MAYBE\", \"annotations\": []}")
            << QStringLiteral("2") << QStringLiteral("unknown label 'MAYBE'");
        QTest::newRow("annotations not an array")
            << QByteArray("{\"id\": \"2\", \"text\": \"b\", \"category\": \"CRITICAL\", \"annotations\": {}}")
            << QStringLiteral("2") << QStringLiteral("field 'annotations' is an object");
        QTest::newRow("start as string") << QByteArray(
            "{\"id\": \"2\", \"text\": \"abc\", \"category\": \"CRITICAL\", \"annotations\": "
            "[{\"category\": \"AGENT\", \"start_char\": \"0\", \"end_char\": 1, \"span_text\": \"a\"}]}")
                                         << QStringLiteral("2") << QStringLiteral("field 'start_char' is a string");
        QTest::newRow("out of range") << QByteArray(
            "{\"id\": \"2\", \"text\": \"abc\", \"category\": \"CRITICAL\", \"annotations\": "
            "[{\"category\": \"AGENT\", \"start_char\": 1, \"end_char\": 9, \"span_text\": \"bc\"}]}")
                                      << QStringLiteral("2") << QStringLiteral("ends after the text");
        QTest::newRow("reversed") << QByteArray(
            "{\"id\": \"2\", \"text\": \"abc\", \"category\": \"CRITICAL\", \"annotations\": "
            "[{\"category\": \"AGENT\", \"start_char\": 2, \"end_char\": 1, \"span_text\": \"b\"}]}")
                                  << QStringLiteral("2") << QStringLiteral("reversed");
        QTest::newRow("span text mismatch")
            << QByteArray("{\"id\": \"2\", \"text\": \"abc\", \"category\": \"CRITICAL\", \"annotations\": "
                          "[{\"category\": \"AGENT\", \"start_char\": 0, \"end_char\": 2, \"span_text\": \"bc\"}]}")
            << QStringLiteral("2") << QStringLiteral("not the given fragment");
        QTest::newRow("unknown span category")
            << QByteArray("{\"id\": \"2\", \"text\": \"abc\", \"category\": \"CRITICAL\", \"annotations\": "
                          "[{\"category\": \"HERO\", \"start_char\": 0, \"end_char\": 2, \"span_text\": \"ab\"}]}")
            << QStringLiteral("2") << QStringLiteral("unknown span category 'HERO'");
        QTest::newRow("invalid UTF-8") << QByteArray(
            "{\"id\": \"2\", \"text\": \"\xc3\x28\", \"category\": \"CRITICAL\", \"annotations\": []}")
                                       << QString() << QStringLiteral("UTF");
        QTest::newRow("id twice") << QByteArray(
            "{\"id\": \"1\", \"text\": \"again\", \"category\": \"CRITICAL\", \"annotations\": []}")
                                  << QStringLiteral("1") << QStringLiteral("id 1 appears twice in this file");
        QTest::newRow("id beyond 2^53") << QByteArray(
            "{\"id\": 9007199254740993, \"text\": \"b\", \"category\": \"CRITICAL\", \"annotations\": []}")
                                        << QString() << QStringLiteral("beyond 2^53");
        QTest::newRow("escaped NUL") << QByteArray(
            "{\"id\": \"2\", \"text\": \"a\\u0000b\", \"category\": \"CRITICAL\", \"annotations\": []}")
                                     << QStringLiteral("2") << QStringLiteral("NUL character");
        QTest::newRow("600 levels deep") << QByteArray(
            "{\"id\": \"2\", \"x\": " + QByteArray(600, '[') + QByteArray(600, ']') + "}")
                                         << QString() << QStringLiteral("nested deeper than the limit of 512");
        QTest::newRow("70 MB record") << QByteArray("{\"id\": \"2\", \"text\": \"" + QByteArray(70 * 1024 * 1024, 'x')
            + "\"}") << QString() << QStringLiteral("longer than the limit of 67108864 bytes");
        QTest::newRow("not an object") << QByteArray("[\"2\"]") << QStringLiteral("#2")
                                       << QStringLiteral("expected an object");
    }

    void hostileRecords()
    {
        QFETCH(QByteArray, middle);
        QFETCH(QString, record);
        QFETCH(QString, reason);
        Project project;
        const QString path = project.file(QStringLiteral("pan_en.json"));
        const QByteArray good1 = "{\"id\": \"1\", \"text\": \"fine\", \"category\": \"CRITICAL\", \"annotations\": []}";
        const QByteArray good3
            = "{\"id\": \"3\", \"text\": \"also fine\", \"category\": \"CONSPIRACY\", \"annotations\": []}";
        datasets::writeFile(path, "[" + good1 + ",\n" + middle + ",\n" + good3 + "]");
        const ImportReport report = project.import(QStringLiteral("pan"), path);
        QCOMPARE(report.issues.size(), 1);
        QVERIFY2(datasets::issuesMention(report, record, reason), qPrintable(datasets::issuesText(report)));
        QCOMPARE(project.count(QStringLiteral("SELECT count(*) FROM items")), 2);
        QCOMPARE(project.count(QStringLiteral("SELECT count(*) FROM annotations")), 2); // nothing of record 2 remains
        QCOMPARE(project.store().integrityCheck(), QStringLiteral("ok"));
    }

    void truncatedFileKeepsTheRecordsBefore()
    {
        Project project;
        const QString path = project.file(QStringLiteral("pan_en.json"));
        datasets::writeFile(path,
            "[{\"id\": \"1\", \"text\": \"fine\", \"category\": \"CRITICAL\", \"annotations\": []},\n{\"id\": \"2\", "
            "\"te");
        const ImportReport report = project.import(QStringLiteral("pan"), path);
        QVERIFY2(datasets::issuesMention(report, QString(), QStringLiteral("truncated")),
            qPrintable(datasets::issuesText(report)));
        QCOMPARE(report.itemsAdded, 1);
        QCOMPARE(project.store().integrityCheck(), QStringLiteral("ok"));
    }

    void recognisesPanFilesOnly()
    {
        Project project;
        datasets::writeJson(project.file(QStringLiteral("pan_en.json")), fixture());
        datasets::writeJson(project.file(QStringLiteral("memes_task1.json")),
            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                {QStringLiteral("text"), QStringLiteral("t")}, {QStringLiteral("labels"), QJsonArray()}}});
        PanImporter importer;
        QVERIFY(importer.recognises(project.file(QStringLiteral("pan_en.json"))));
        QVERIFY(!importer.recognises(project.file(QStringLiteral("memes_task1.json"))));
        QVERIFY(importer.recognises(project.folder())); // a folder holding a PAN file
        QVERIFY(!importer.recognises(project.file(QStringLiteral("missing.json"))));
    }

    void folderImportsEveryPanFile()
    {
        Project project;
        datasets::writeJson(project.file(QStringLiteral("pan2024_en.json")), fixture());
        datasets::writeJson(project.file(QStringLiteral("pan2024_es.json")), fixture());
        datasets::writeFile(project.file(QStringLiteral("notes.json")), "{\"not\": \"pan\"}");
        const ImportReport report = project.import(QStringLiteral("pan"), project.folder());
        QVERIFY2(report.issues.isEmpty(), qPrintable(datasets::issuesText(report)));
        QCOMPARE(report.itemsAdded, 4);
        QCOMPARE(project.count(QStringLiteral("SELECT count(DISTINCT language) FROM items")), 2);
    }

    void realEnglishFile()
    {
        const QString path = datasets::sharedDatasets() + QStringLiteral("/pan2024-oppositional/pan2024_en.json");
        if (!QFileInfo::exists(path))
            QSKIP("shared datasets not present");
        Project project;
        const ImportReport report = project.import(QStringLiteral("pan"), path);
        QVERIFY2(report.issues.isEmpty(), qPrintable(datasets::issuesText(report)));
        QCOMPARE(report.itemsAdded, 688);
        QCOMPARE(project.count(QStringLiteral("SELECT count(*) FROM items WHERE kind = 'message' AND language = 'en'")),
            688);
        QCOMPARE(project.count(QStringLiteral("SELECT count(*) FROM annotations WHERE start_cp IS NOT NULL")), 4210);
        QCOMPARE(project.count(QStringLiteral("SELECT count(*) FROM annotations WHERE status = 'ignored'")), 26);
        const QString category = QStringLiteral(
            "SELECT count(*) FROM annotations a JOIN labels l ON l.id = a.label_id WHERE l.name = '%1'");
        QCOMPARE(project.count(category.arg(QStringLiteral("CONSPIRACY"))), 235);
        QCOMPARE(project.count(category.arg(QStringLiteral("CRITICAL"))), 453);
        // round(0.8 * 235) + round(0.8 * 453) = 188 + 362
        QCOMPARE(project.count(QStringLiteral("SELECT count(*) FROM items WHERE split = 'train'")), 550);
        QCOMPARE(project.count(QStringLiteral("SELECT count(*) FROM items WHERE split = 'dev'")), 138);
        const ImportReport again = project.import(QStringLiteral("pan"), path);
        QCOMPARE(again.itemsUnchanged, 688);
        QCOMPARE(again.annotationsAdded, 0);
        QCOMPARE(project.store().integrityCheck(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestPanImporter)
#include "TestPanImporter.moc"
