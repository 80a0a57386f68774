#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/formats/tabular/CsvReader.h"
#include "core/formats/tabular/GenericImporters.h"
#include "tests/formats/FormatFixtures.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

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
        lines += "\xEF\xBB\xBF{\"id\": \"m1\", \"text\": \"Make it great \xF0\x9F\x87\xBA\xF0\x9F\x87\xB8 again\", "
                 "\"image\": \"img/m1.png\","
                 " \"labels\": [\"Slogans\", \"Flag-waving\"], \"spans\": [{\"start\": 0, \"end\": 13, \"label\": "
                 "\"Slogans\"},"
                 " {\"start\": 14, \"end\": 16, \"technique\": \"Flag-waving\"}], \"language\": \"en\", \"votes\": "
                 "5}\r\n";
        lines += "{\"id\": 2, \"text\": \"no labels at all\", \"created_at\": \"2024-05-01T12:00:00Z\"}\n";
        lines += "{\"id\": 324597532548276224, \"text\": \"a tweet id beyond 2^53\"}\n";
        lines += "\n";
        lines += "{\"id\": \"m3\", \"text\": \"short\", \"spans\": [{\"start\": 3, \"end\": 99, \"label\": "
                 "\"Smears\"}]}\n";
        lines += "{\"id\": \"m4\", \"text\": \"short\", \"spans\": [{\"start\": 4, \"end\": 2, \"label\": "
                 "\"Smears\"}]}\n";
        lines += "{\"id\": \"m5\", \"text\": 12}\n";
        lines += "{\"id\": \"m6\", \"text\": \"x\", \"labels\": [\"Not a technique\"]}\n";
        lines += "{\"id\": \"m7\", \"text\": \"x\", \"image\": \"../escape.png\"}\n";
        lines += "{\"id\": \"m8\", \"text\": \"x\", \"image\": \"img/bomb.png\"}\n";
        lines += "[1, 2]\n";
        lines += "{\"id\": \"m9\", \"text\": \"trunc\n";
        lines += "{\"id\": \"m10\", \"text\": \"caf\xC3\x28\"}\n";
        lines
            += "{\"id\": \"m11\", \"text\": \"x\", \"spans\": [{\"start\": 0.5, \"end\": 1, \"label\": \"Smears\"}]}\n";
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
        QCOMPARE(store.itemCount(), 5); // m1, 2, the tweet, and m7/m8 without their refused images
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
        QTest::newRow("unknown key") << "colour"
                                     << "x"
                                     << "unknown mapping key 'colour'";
        QTest::newRow("unknown schema") << "schema"
                                        << "persuasion-99"
                                        << "unknown label schema";
        QTest::newRow("unknown kind") << "kind"
                                      << "podcast"
                                      << "podcast";
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
        fixtures::writeFile(
            path, "\xEF\xBB\xBFid,text\r\n1,\"two\r\nlines, and \"\"quotes\"\"\"\r\n2,plain\n3,\n\"4\",\"\"");
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
        const QVariantMap mapping{{QStringLiteral("id"), QStringLiteral("post_id")},
            {QStringLiteral("text"), QStringLiteral("body")}, {QStringLiteral("labels"), QStringLiteral("techniques")},
            {QStringLiteral("language"), QStringLiteral("lang")}, {QStringLiteral("separator"), QStringLiteral(";")},
            {QStringLiteral("schema"), Schemas::Persuasion20}, {QStringLiteral("source"), QStringLiteral("survey")}};
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
            (QStringList{QStringLiteral("Doubt"), QStringLiteral("Smears")})); // schema order
        QCOMPARE(store.item(*store.findItem(QStringLiteral("survey"), QStringLiteral("p2")))->language,
            QStringLiteral("es"));
    }

    // A header that cannot be read or mapped fails the file: there is no record to keep.
    void csvHeaderFaultsFailTheFile_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no text column") << QByteArray("id,body\n1,ok\n") << "neither a 'text' nor an 'image' column";
        QTest::newRow("empty") << QByteArray() << "empty file";
        QTest::newRow("column named twice") << QByteArray("id,text,text\n1,a,b\n") << "column 'text' appears twice";
        QTest::newRow("1,000,001 columns")
            << QByteArray("id,text" + QByteArray(999999, ',') + "\n1,a\n") << "more than 10000 fields";
        QTest::newRow("quote in the header") << QByteArray("id,te\"xt\n1,a\n") << "quote inside an unquoted field";
    }

    void csvHeaderFaultsFailTheFile()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(QStringLiteral("header%1.csv").arg(m_counter));
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

    // Hostile rows: each is reported with file, line and reason; the good rows around it are imported.
    void hostileCsv_data()
    {
        QTest::addColumn<QByteArray>("bad"); // the middle row, between "1,first" and "3,third"
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("items");
        QTest::addColumn<bool>("cut"); // the bad row cuts the file: "3,third" is not read
        QTest::newRow("stray quote") << QByteArray("2,he said \"hi\"") << "quote inside an unquoted field" << 2
                                     << false;
        QTest::newRow("text after a closing quote")
            << QByteArray("2,\"quoted\"tail") << "unexpected character after a closing quote" << 2 << false;
        QTest::newRow("too many fields") << QByteArray("2,a,b") << "3 fields where the header has 2" << 2 << false;
        QTest::newRow("10001 fields") << QByteArray("2,a" + QByteArray(9999, ',')) << "more than 10000 fields" << 2
                                      << false;
        QTest::newRow("70 MB row") << QByteArray("2," + QByteArray(70 * 1024 * 1024, 'x')) << "record longer than" << 2
                                   << false;
        QTest::newRow("invalid UTF-8") << QByteArray("2,caf\xC3\x28") << "invalid UTF-8" << 2 << false;
        QTest::newRow("NUL in the text") << QByteArray("2,a\0b", 5) << "NUL character" << 2 << false;
        QTest::newRow("id twice") << QByteArray("1,again") << "id 1 appears twice in this file" << 2 << false;
        QTest::newRow("quote never closed (cut file)")
            << QByteArray("2,\"never closed") << "quoted field not closed" << 1 << true;
    }

    void hostileCsv()
    {
        QFETCH(QByteArray, bad);
        QFETCH(QString, reason);
        QFETCH(int, items);
        QFETCH(bool, cut);
        const QString path = m_dir.filePath(QStringLiteral("hostile%1.csv").arg(m_counter));
        fixtures::writeFile(path, "id,text\n1,first\n" + bad + "\n3,third\n");
        CsvImporter importer;
        const ImportReport report = importWith(importer, path);
        QCOMPARE(report.issues.size(), 1);
        const ImportIssue issue = report.issues.first();
        QVERIFY2(issue.reason.contains(reason), qPrintable(issue.toString()));
        QCOMPARE(issue.file, path);
        QCOMPARE(issue.record, QStringLiteral("line 3"));
        QCOMPARE(issue.reason.contains(QStringLiteral("records before it are kept")), cut);
        ProjectStore store(m_project);
        QCOMPARE(store.itemCount(), items);
        QVERIFY(store.findItem(QStringLiteral("hostile%1").arg(m_counter), QStringLiteral("1")));
        QCOMPARE(store.findItem(QStringLiteral("hostile%1").arg(m_counter), QStringLiteral("3")).has_value(), !cut);
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }

    // A wide row still maps: 10000 columns (the limit) land in the metadata, in one linear pass.
    void csvWideRowKeepsEveryColumn()
    {
        QByteArray header = "id,text";
        QByteArray row = "w1,wide";
        for (int i = 0; i < 9998; ++i) {
            header += ",c" + QByteArray::number(9998 - i); // names out of order on purpose
            row += "," + QByteArray::number(i);
        }
        const QString path = m_dir.filePath(QStringLiteral("wide.csv"));
        fixtures::writeFile(path, header + "\n" + row + "\n");
        CsvImporter importer;
        const ImportReport report = importWith(importer, path);
        QCOMPARE(report.issues.size(), 0);
        ProjectStore store(m_project);
        const Item wide = store.item(*store.findItem(QStringLiteral("wide"), QStringLiteral("w1"))).value();
        QCOMPARE(wide.metadata.size(), 9998);
        QCOMPARE(wide.metadata.value(QStringLiteral("c9998")).toString(), QStringLiteral("0"));
        QCOMPARE(wide.metadata.value(QStringLiteral("c1")).toString(), QStringLiteral("9997"));
    }

    // Hostile JSON Lines: ids, times, encodings, depth, size, special files and links; each line alone.
    void hostileJsonl_data()
    {
        QTest::addColumn<QByteArray>("bad"); // the middle line, between ids "a" and "c"
        QTest::addColumn<QString>("reason"); // empty: imported without an issue
        QTest::addColumn<int>("items");
        QTest::newRow("created_at 1e300")
            << QByteArray("{\"id\": \"b\", \"text\": \"x\", \"created_at\": 1e300}") << "outside the years 1-9999" << 2;
        QTest::newRow("created_at in year 10000")
            << QByteArray("{\"id\": \"b\", \"text\": \"x\", \"created_at\": \"10000-01-01T00:00:00Z\"}")
            << "not an ISO 8601 time" << 2;
        QTest::newRow("created_at NaN text")
            << QByteArray("{\"id\": \"b\", \"text\": \"x\", \"created_at\": \"NaN\"}") << "not an ISO 8601 time" << 2;
        QTest::newRow("escaped NUL") << QByteArray("{\"id\": \"b\", \"text\": \"x\\u0000y\"}") << "NUL character" << 2;
        QTest::newRow("600 levels deep") << QByteArray(
            "{\"id\": \"b\", \"text\": \"x\", \"m\": " + QByteArray(600, '[') + QByteArray(600, ']') + "}")
                                         << "deeper than the limit of 512" << 2;
        QTest::newRow("70 MB line") << QByteArray(
            "{\"id\": \"b\", \"text\": \"" + QByteArray(70 * 1024 * 1024, 'x') + "\"}")
                                    << "longer than the limit" << 2;
        QTest::newRow("cut line") << QByteArray("{\"id\": \"b\", \"text\": \"x") << "malformed JSON" << 2;
        QTest::newRow("UTF-16 line") << QByteArray("\xFF\xFE{\0\"\0i\0d\0\"\0", 12) << "invalid UTF-8" << 2;
        QTest::newRow("id twice") << QByteArray("{\"id\": \"a\", \"text\": \"again\"}") << "id a appears twice" << 2;
        QTest::newRow("id an object") << QByteArray("{\"id\": {\"x\": 1}, \"text\": \"x\"}")
                                      << "must be a string or a number" << 2;
        QTest::newRow("image is a FIFO") << QByteArray("{\"id\": \"b\", \"text\": \"x\", \"image\": \"pipe.png\"}")
                                         << "not a regular file" << 3;
        QTest::newRow("image links out") << QByteArray("{\"id\": \"b\", \"text\": \"x\", \"image\": \"link.png\"}")
                                         << "links outside the import folder" << 3;
        QTest::newRow("image is /dev/zero") << QByteArray("{\"id\": \"b\", \"text\": \"x\", \"image\": \"zero.png\"}")
                                            << "links outside the import folder" << 3;
        QTest::newRow("BMP claiming 65535x65535")
            << QByteArray("{\"id\": \"b\", \"text\": \"x\", \"image\": \"os2.bmp\"}") << "exceeds the limit" << 3;
    }

    void hostileJsonl()
    {
        QFETCH(QByteArray, bad);
        QFETCH(QString, reason);
        QFETCH(int, items);
        const QString folder = m_dir.filePath(QStringLiteral("hostile%1").arg(m_counter));
        QDir().mkpath(folder);
        QCOMPARE(::mkfifo(QFile::encodeName(folder + QStringLiteral("/pipe.png")).constData(), 0600), 0);
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("escape.png")), folder + QStringLiteral("/link.png")));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), folder + QStringLiteral("/zero.png")));
        fixtures::writeFile(folder + QStringLiteral("/os2.bmp"), fixtures::os2BmpHeader(65535, 65535));
        const QString path = folder + QStringLiteral("/lines.jsonl");
        fixtures::writeFile(
            path, "{\"id\": \"a\", \"text\": \"first\"}\n" + bad + "\n{\"id\": \"c\", \"text\": \"third\"}\n");
        JsonlImporter importer;
        const ImportReport report = importWith(importer, path);
        QCOMPARE(report.issues.size(), 1);
        QVERIFY2(report.issues.first().reason.contains(reason), qPrintable(report.issues.first().toString()));
        QCOMPARE(report.issues.first().file, path);
        QCOMPARE(report.issues.first().record, QStringLiteral("line 2"));
        ProjectStore store(m_project);
        QCOMPARE(store.itemCount(), items);
        QCOMPARE(
            store.item(*store.findItem(QStringLiteral("lines"), QStringLiteral("c")))->text, QStringLiteral("third"));
        QCOMPARE(fixtures::count(store, QStringLiteral("SELECT count(*) FROM media")), 0);
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }

    // Ids are text end to end: two ids a double cannot tell apart stay two items, with their own digits.
    void idsBeyondTwoToThe53StayDistinct()
    {
        const QString path = m_dir.filePath(QStringLiteral("ids.jsonl"));
        fixtures::writeFile(path,
            "{\"id\": 9007199254740993, \"text\": \"one\"}\n{\"id\": 9007199254740992, \"text\": \"two\"}\n"
            "{\"id\": 1.5e3, \"text\": \"as written\"}\n");
        JsonlImporter importer;
        const ImportReport report = importWith(importer, path);
        QCOMPARE(report.issues.size(), 0);
        QCOMPARE(report.itemsAdded, 3);
        ProjectStore store(m_project);
        QCOMPARE(store.item(*store.findItem(QStringLiteral("ids"), QStringLiteral("9007199254740993")))->text,
            QStringLiteral("one"));
        QCOMPARE(store.item(*store.findItem(QStringLiteral("ids"), QStringLiteral("9007199254740992")))->text,
            QStringLiteral("two"));
        QVERIFY(store.findItem(QStringLiteral("ids"), QStringLiteral("1.5e3")));
    }

    // Generic files can bring thread posts: a thread id, a post id and a parent id column per row, in any order.
    void threadPostsFromRows_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        const QByteArray jsonl = "{\"conv\": \"T1\", \"tweet\": \"11\", \"reply_to\": \"10\", \"text\": \"no way\", "
                                 "\"stance\": \"deny\", \"user\": \"bob\"}\n"
                                 "{\"conv\": \"T1\", \"tweet\": \"10\", \"reply_to\": \"\", \"text\": \"the claim\", "
                                 "\"stance\": \"support\", \"verdict\": \"false\", \"user\": \"ann\"}\n"
                                 "{\"conv\": 9007199254740993, \"tweet\": 9007199254740995, \"text\": \"big ids\"}\n"
                                 "{\"conv\": \"T1\", \"tweet\": \"12\", \"reply_to\": \"11\", \"text\": \"source?\", "
                                 "\"stance\": \"query\"}\n"
                                 "{\"conv\": \"T1\", \"tweet\": \"12\", \"reply_to\": \"10\", \"text\": \"twice\"}\n"
                                 "{\"tweet\": \"13\", \"text\": \"no thread\"}\n";
        QTest::newRow("jsonl") << "threads.jsonl" << jsonl;
        const QByteArray csv = "conv,tweet,reply_to,text,stance,verdict,user\n"
                               "T1,11,10,no way,deny,,bob\n"
                               "T1,10,,the claim,support,false,ann\n"
                               "9007199254740993,9007199254740995,,big ids,,,\n"
                               "T1,12,11,source?,query,,\n"
                               "T1,12,10,twice,,,\n"
                               ",13,,no thread,,,\n";
        QTest::newRow("csv") << "threads.csv" << csv;
    }

    void threadPostsFromRows()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        const QString path = m_dir.filePath(fileName);
        fixtures::writeFile(path, content);
        const QVariantMap mapping{{QStringLiteral("thread"), QStringLiteral("conv")},
            {QStringLiteral("post"), QStringLiteral("tweet")}, {QStringLiteral("parent"), QStringLiteral("reply_to")},
            {QStringLiteral("labels"), QStringLiteral("stance")}, {QStringLiteral("schema"), Schemas::Stance4},
            {QStringLiteral("thread_labels"), QStringLiteral("verdict")},
            {QStringLiteral("author"), QStringLiteral("user")}};
        std::unique_ptr<Importer> importer = importerFor(QFileInfo(path).suffix());
        const ImportReport report = importWith(*importer, path, mapping);
        const QStringList problems = reasons(report);
        QCOMPARE(problems.size(), 2);
        const int header = fileName.endsWith(QLatin1String(".csv")) ? 1 : 0;
        QVERIFY2(problems[0].startsWith(QStringLiteral("line %1: post 12 of thread T1 appears twice").arg(5 + header)),
            qPrintable(problems[0]));
        QVERIFY2(problems[1].startsWith(
                     QStringLiteral("line %1: field 'conv' (the thread id) is missing or empty").arg(6 + header)),
            qPrintable(problems[1]));
        QCOMPARE(report.itemsAdded, 2);
        QCOMPARE(report.itemsUpdated, 0);
        QCOMPARE(report.postsAdded, 4);

        ProjectStore store(m_project);
        const qint64 thread = *store.findItem(QStringLiteral("threads"), QStringLiteral("T1"));
        const Item item = store.item(thread).value();
        QCOMPARE(item.kind, ItemKind::Thread);
        QCOMPARE(item.text, QStringLiteral("the claim")); // the root's, though a reply came first
        QCOMPARE(item.author, QStringLiteral("ann"));
        QHash<QString, QString> parentOf;
        QHash<qint64, QString> postIdOf;
        for (const ThreadPost &post : store.posts(thread)) {
            parentOf.insert(post.postId, post.parentPostId);
            postIdOf.insert(post.id, post.postId);
        }
        QCOMPARE(parentOf,
            (QHash<QString, QString>{{QStringLiteral("10"), QString()}, {QStringLiteral("11"), QStringLiteral("10")},
                {QStringLiteral("12"), QStringLiteral("11")}}));
        QHash<QString, QString> stanceOf;
        QString verdict;
        for (const Annotation &a : store.annotations(thread)) {
            if (a.postRowId)
                stanceOf.insert(postIdOf.value(*a.postRowId), a.label);
            else
                verdict = a.schema + QLatin1Char('/') + a.label;
        }
        QCOMPARE(stanceOf,
            (QHash<QString, QString>{{QStringLiteral("10"), QStringLiteral("support")},
                {QStringLiteral("11"), QStringLiteral("deny")}, {QStringLiteral("12"), QStringLiteral("query")}}));
        QCOMPARE(verdict, QStringLiteral("veracity-3/false"));
        const qint64 big = *store.findItem(QStringLiteral("threads"), QStringLiteral("9007199254740993"));
        QCOMPARE(store.posts(big).first().postId, QStringLiteral("9007199254740995"));
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));

        const ImportReport again = importWith(*importer, path, mapping);
        QCOMPARE(
            again.itemsAdded + again.itemsUpdated + again.postsAdded + again.postsUpdated + again.annotationsAdded, 0);
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
        const ImportReport report = importPath(
            store, importer, path, {},
            [&](qint64, qint64, const QString &) {
                if (++calls == 150)
                    cancel = true;
            },
            &cancel);
        QVERIFY(report.cancelled);
        QCOMPARE(store.itemCount(), 0);
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestGenericImporters)
#include "TestGenericImporters.moc"
