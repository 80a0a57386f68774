#include "tests/formats/FormatFixtures.h"

#include "core/domain/Error.h"
#include "core/formats/tabular/CsvReader.h"
#include "core/formats/tabular/GenericImporters.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

class TestGenericImporters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    int m_counter = 0;

    ImportReport importWith(Importer &importer, const QString &path, const QVariantMap &mapping = {})
    {
        ProjectStore store(m_project);
        ImportOptions options;
        options.mapping = mapping;
        options.split = splitFromPath(path);
        return importPath(store, importer, path, options);
    }

    QStringList goldLabels(const QString &source, const QString &id, const QString &schema)
    {
        ProjectStore store(m_project);
        AnnotationFilter filter;
        filter.schema = schema;
        QStringList labels;
        for (const Annotation &a : store.annotations(*store.findItem(source, id), filter))
            labels.append(a.isSpan() ? QStringLiteral("%1@%2-%3").arg(a.label).arg(*a.start).arg(*a.end) : a.label);
        return labels;
    }

    static QStringList reasons(const ImportReport &report)
    {
        QStringList list;
        for (const ImportIssue &issue : report.issues)
            list.append(issue.record + QStringLiteral(": ") + issue.reason);
        return list;
    }

private Q_SLOTS:
    void init()
    {
        Database::closeAll();
        m_project = m_dir.filePath(QStringLiteral("p%1.candor").arg(++m_counter));
        ProjectStore::create(m_project);
        fixtures::writeFile(m_dir.filePath(QStringLiteral("set/img/m1.png")), fixtures::pngBytes(30, 20, Qt::yellow));
        fixtures::writeFile(m_dir.filePath(QStringLiteral("set/img/bomb.png")), fixtures::hugePngHeader());
        fixtures::writeFile(m_dir.filePath(QStringLiteral("escape.png")), fixtures::pngBytes(8, 8, Qt::red));
    }

    void cleanup() { Database::closeAll(); }

    void jsonlImportsGoodRecordsAndReportsBadOnes()
    {
        const QString path = m_dir.filePath(QStringLiteral("set/memes_train.jsonl"));
        QByteArray lines;
        lines += "\xEF\xBB\xBF{\"id\": \"m1\", \"text\": \"Make it great \xF0\x9F\x87\xBA\xF0\x9F\x87\xB8 again\", \"image\": \"img/m1.png\","
                 " \"labels\": [\"Slogans\", \"Flag-waving\"], \"spans\": [{\"start\": 0, \"end\": 13, \"label\": \"Slogans\"},"
                 " {\"start\": 14, \"end\": 16, \"technique\": \"Flag-waving\"}], \"language\": \"en\", \"votes\": 5}\r\n";
        lines += "{\"id\": 2, \"text\": \"no labels at all\", \"created_at\": \"2024-05-01T12:00:00Z\"}\n";
        lines += "{\"id\": 324597532548276224, \"text\": \"a tweet id beyond 2^53\"}\n";
        lines += "\n";
        lines += "{\"id\": \"m3\", \"text\": \"short\", \"spans\": [{\"start\": 3, \"end\": 99, \"label\": \"Smears\"}]}\n";
        lines += "{\"id\": \"m4\", \"text\": \"short\", \"spans\": [{\"start\": 4, \"end\": 2, \"label\": \"Smears\"}]}\n";
        lines += "{\"id\": \"m5\", \"text\": 12}\n";
        lines += "{\"id\": \"m6\", \"text\": \"x\", \"labels\": [\"Not a technique\"]}\n";
        lines += "{\"id\": \"m7\", \"text\": \"x\", \"image\": \"../escape.png\"}\n";
        lines += "{\"id\": \"m8\", \"text\": \"x\", \"image\": \"img/bomb.png\"}\n";
        lines += "[1, 2]\n";
        lines += "{\"id\": \"m9\", \"text\": \"trunc\n";
        lines += "{\"id\": \"m10\", \"text\": \"caf\xC3\x28\"}\n";
        lines += "{\"id\": \"m11\", \"text\": \"x\", \"spans\": [{\"start\": 0.5, \"end\": 1, \"label\": \"Smears\"}]}\n";
        lines += "{\"id\": \"m12\", \"text\": \"" + QByteArray(3 * 1024 * 1024, 'w') + "\"}\n";
        fixtures::writeFile(path, lines);
        JsonlImporter importer;
        QVERIFY(importer.recognises(path));
        const ImportReport report = importWith(importer, path, {{QStringLiteral("kind"), QStringLiteral("meme")}});
        const QStringList problems = reasons(report);
        QCOMPARE(problems.size(), 11);
        QVERIFY(problems[0].startsWith(QStringLiteral("line 5: span [3, 99) of 'Smears' is out of range or reversed")));
        QVERIFY(problems[1].startsWith(QStringLiteral("line 6: span [4, 2)")));
        QVERIFY(problems[2].startsWith(QStringLiteral("line 7: field 'text' must be a string, not a number")));
        QVERIFY(problems[3].contains(QStringLiteral("unknown label 'Not a technique'")));
        QVERIFY(problems[4].contains(QStringLiteral("leaves the import folder")));
        QVERIFY(problems[5].contains(QStringLiteral("30000x30000")));
        QVERIFY(problems[6].contains(QStringLiteral("expected a JSON object")));
        QVERIFY(problems[7].contains(QStringLiteral("malformed JSON")));
        QVERIFY(problems[8].contains(QStringLiteral("invalid UTF-8")));
        QVERIFY(problems[9].contains(QStringLiteral("span field 'start' must be an integer")));
        QVERIFY(problems[10].contains(QStringLiteral("exceeds the limit")));
        QVERIFY(report.issues.first().file.endsWith(QStringLiteral("memes_train.jsonl")));

        ProjectStore store(m_project);
        QCOMPARE(store.itemCount(), 5);   // m1, 2, the tweet, and m7/m8 without their refused images
        QVERIFY(store.findItem(QStringLiteral("memes_train"), QStringLiteral("324597532548276224")));
        const Item m1 = store.item(*store.findItem(QStringLiteral("memes_train"), QStringLiteral("m1"))).value();
        QCOMPARE(m1.kind, ItemKind::Meme);
        QCOMPARE(m1.split, QStringLiteral("train"));
        QCOMPARE(m1.language, QStringLiteral("en"));
        QCOMPARE(m1.metadata.value(QStringLiteral("votes")).toInt(), 5);
        QCOMPARE(store.media(*m1.mediaId)->width, 30);
        QCOMPARE(goldLabels(QStringLiteral("memes_train"), QStringLiteral("m1"), Schemas::Persuasion22),
                 (QStringList{QStringLiteral("Flag-waving"), QStringLiteral("Slogans"), QStringLiteral("Slogans@0-13"),
                              QStringLiteral("Flag-waving@14-16")}));
        const Item second = store.item(*store.findItem(QStringLiteral("memes_train"), QStringLiteral("2"))).value();
        QCOMPARE(second.createdAt, QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(!store.item(*store.findItem(QStringLiteral("memes_train"), QStringLiteral("m7")))->mediaId);
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));

        const ImportReport again = importWith(importer, path, {{QStringLiteral("kind"), QStringLiteral("meme")}});
        QCOMPARE(again.itemsAdded, 0);
        QCOMPARE(again.annotationsAdded, 0);
        QCOMPARE(again.itemsUnchanged, 5);
    }

    void mappingErrorsAreFatal_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown key") << "colour" << "x" << "unknown mapping key 'colour'";
        QTest::newRow("unknown schema") << "schema" << "persuasion-99" << "unknown label schema";
        QTest::newRow("unknown kind") << "kind" << "podcast" << "podcast";
    }

    void mappingErrorsAreFatal()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(QStringLiteral("plain.jsonl"));
        fixtures::writeFile(path, "{\"id\": 1, \"text\": \"a\"}\n");
        JsonlImporter importer;
        try {
            importWith(importer, path, {{key, value}});
            QFAIL("expected an error");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(reason), qPrintable(error.message()));
        }
    }

    void csvReaderHandlesQuotesLinesBomAndCrlf()
    {
        const QString path = m_dir.filePath(QStringLiteral("reader.csv"));
        fixtures::writeFile(path, "\xEF\xBB\xBFid,text\r\n1,\"two\r\nlines, and \"\"quotes\"\"\"\r\n2,plain\n3,\n\"4\",\"\"");
        CsvReader reader(path);
        QList<QByteArray> fields;
        QList<QList<QByteArray>> records;
        QList<qint64> lines;
        while (reader.next(fields)) {
            records.append(fields);
            lines.append(reader.recordLine());
        }
        QCOMPARE(records.size(), 5);
        QCOMPARE(records[0], (QList<QByteArray>{"id", "text"}));
        QCOMPARE(records[1], (QList<QByteArray>{"1", "two\r\nlines, and \"quotes\""}));
        QCOMPARE(records[2], (QList<QByteArray>{"2", "plain"}));
        QCOMPARE(records[3], (QList<QByteArray>{"3", ""}));
        QCOMPARE(records[4], (QList<QByteArray>{"4", ""}));
        QCOMPARE(lines, (QList<qint64>{1, 2, 4, 5, 6}));
    }

    void csvImportsWithMapping()
    {
        const QString path = m_dir.filePath(QStringLiteral("set/posts-dev.csv"));
        QByteArray csv = "\xEF\xBB\xBFpost_id,body,techniques,lang,channel\r\n";
        csv += "p1,\"First line\r\nsecond line, with comma\",Smears; Doubt,en,news\r\n";
        csv += "p2,plain text,,es,other\r\n";
        csv += "p3,too,many,fields,here,now\r\n";
        csv += "p4,bad label,Smearz,en,x\r\n";
        csv += "p5,caf\xC3\x28,,en,x\r\n";
        fixtures::writeFile(path, csv);
        CsvImporter importer;
        QVERIFY(importer.recognises(path));
        const QVariantMap mapping{{QStringLiteral("id"), QStringLiteral("post_id")}, {QStringLiteral("text"), QStringLiteral("body")},
                                  {QStringLiteral("labels"), QStringLiteral("techniques")}, {QStringLiteral("language"), QStringLiteral("lang")},
                                  {QStringLiteral("separator"), QStringLiteral(";")}, {QStringLiteral("schema"), Schemas::Persuasion20},
                                  {QStringLiteral("source"), QStringLiteral("survey")}};
        const ImportReport report = importWith(importer, path, mapping);
        const QStringList problems = reasons(report);
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems[0].startsWith(QStringLiteral("line 5: 6 fields where the header has 5")));
        QVERIFY(problems[1].startsWith(QStringLiteral("line 6: unknown label 'Smearz'")));
        QVERIFY(problems[2].startsWith(QStringLiteral("line 7: column 'body': invalid UTF-8")));
        ProjectStore store(m_project);
        QCOMPARE(store.itemCount(), 2);
        const Item p1 = store.item(*store.findItem(QStringLiteral("survey"), QStringLiteral("p1"))).value();
        QCOMPARE(p1.text, QStringLiteral("First line\r\nsecond line, with comma"));
        QCOMPARE(p1.split, QStringLiteral("dev"));
        QCOMPARE(p1.metadata.value(QStringLiteral("channel")).toString(), QStringLiteral("news"));
        QCOMPARE(goldLabels(QStringLiteral("survey"), QStringLiteral("p1"), Schemas::Persuasion20),
                 (QStringList{QStringLiteral("Doubt"), QStringLiteral("Smears")}));   // schema order
        QCOMPARE(store.item(*store.findItem(QStringLiteral("survey"), QStringLiteral("p2")))->language, QStringLiteral("es"));
    }

    void csvBrokenStructureRollsBackTheFile_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unclosed quote") << QByteArray("id,text\n1,ok\n2,\"never closed\n3,x\n") << "quoted field not closed";
        QTest::newRow("stray quote") << QByteArray("id,text\n1,ok\n2,half\"quoted\n") << "quote inside an unquoted field";
        QTest::newRow("no text column") << QByteArray("id,body\n1,ok\n") << "neither a 'text' nor an 'image' column";
        QTest::newRow("empty") << QByteArray() << "empty file";
    }

    void csvBrokenStructureRollsBackTheFile()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(QStringLiteral("broken%1.csv").arg(m_counter));
        fixtures::writeFile(path, csv);
        CsvImporter importer;
        try {
            importWith(importer, path);
            QFAIL("expected the whole file to fail");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(reason), qPrintable(error.message()));
            QVERIFY2(error.message().contains(path), qPrintable(error.message()));
        }
        ProjectStore store(m_project);
        QCOMPARE(store.itemCount(), 0);
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }

    void csvCancellingLeavesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("long.csv"));
        QByteArray csv = "id,text\n";
        for (int i = 0; i < 400; ++i)
            csv += QByteArray::number(i) + ",row\n";
        fixtures::writeFile(path, csv);
        ProjectStore store(m_project);
        CsvImporter importer;
        std::atomic_bool cancel{false};
        int calls = 0;
        const ImportReport report = importPath(store, importer, path, {}, [&](qint64, qint64, const QString &) {
            if (++calls == 150)
                cancel = true;
        }, &cancel);
        QVERIFY(report.cancelled);
        QCOMPARE(store.itemCount(), 0);
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestGenericImporters)
#include "TestGenericImporters.moc"
