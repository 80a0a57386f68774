#include "core/domain/Error.h"
#include "core/formats/mediaeval/MediaEvalImporter.h"
#include "core/store/StoreConnection.h"
#include "tests/formats/FormatFixtures.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace candor;

class TestMediaEvalImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    int m_counter = 0;

    ImportReport importFile(const QString &path, const ImportOptions &options = {})
    {
        ProjectStore store(m_project);
        MediaEvalImporter importer;
        return importPath(store, importer, path, options);
    }

    qint64 goldCount(const QString &label)
    {
        ProjectStore store(m_project);
        QSqlQuery query = sql::prepare(storeConnection(store),
            QStringLiteral("SELECT count(*) FROM annotations a JOIN labels l ON l.id = a.label_id JOIN label_schemas s "
                           "ON s.id = l.schema_id"
                           " WHERE s.name = 'fake-2' AND l.name = ? AND a.origin = 'gold'"));
        query.addBindValue(label);
        return sql::scalar(query).toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        Database::closeAll();
        m_project = m_dir.filePath(QStringLiteral("p%1.candor").arg(++m_counter));
        ProjectStore::create(m_project);
    }

    void cleanup() { Database::closeAll(); }

    void parsesTwitterTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("utc") << "Wed Apr 17 18:57:37 +0000 2013"
                             << QDateTime(QDate(2013, 4, 17), QTime(18, 57, 37), Qt::UTC);
        QTest::newRow("offset") << "Thu Apr 18 01:02:03 +0200 2013"
                                << QDateTime(QDate(2013, 4, 17), QTime(23, 2, 3), Qt::UTC);
        QTest::newRow("dev-set spaces") << "Tue Mar 11 23: 59: 22 +0000 2014"
                                        << QDateTime(QDate(2014, 3, 11), QTime(23, 59, 22), Qt::UTC);
        QTest::newRow("garbage") << "yesterday" << QDateTime();
        QTest::newRow("bad month") << "Wed Foo 17 18:57:37 +0000 2013" << QDateTime();
    }

    void parsesTwitterTimes()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QCOMPARE(MediaEvalImporter::parseTwitterTime(text), expected);
    }

    void importsPostsLabelsImagesAndReportsBadLines()
    {
        const QString folder = m_dir.filePath(QStringLiteral("me%1").arg(m_counter));
        const QString path = folder + QStringLiteral("/devset_posts.txt");
        QByteArray tsv = "post_id\tpost_text\tuser_id\timage_id(s)\tusername\ttimestamp\tlabel\n";
        tsv += "100\tA \"quoted\" fake post\t11\timg_a,img_b\talice\tWed Apr 17 18:57:37 +0000 2013\tfake\r\n";
        tsv += "101\tFunny one\t12\timg_c\tbob\tThu Apr 18 01:02:03 +0200 2013\thumor\n";
        tsv += "102\tThe real thing\t13\t../../secret\tcarol\tThu Apr 18 02:00:00 +0000 2013\treal\n";
        tsv += "103\tUnsure\t14\timg_a\tdan\tThu Apr 18 03:00:00 +0000 2013\tmaybe\n";
        tsv += "104\tshort line\t15\n";
        tsv += "105\tcaf\xC3\x28\t16\timg_a\terin\tThu Apr 18 04:00:00 +0000 2013\tfake\n";
        tsv += "106\tno time\t17\timg_d\tfrank\tsoon\treal\n";
        tsv += "107\t" + QByteArray(3 * 1024 * 1024, 'z') + "\t18\timg_a\tgus\tThu Apr 18 05:00:00 +0000 2013\tfake\n";
        fixtures::writeFile(path, tsv);
        fixtures::writeFile(folder + QStringLiteral("/images/img_a.jpg"), fixtures::jpegBytes(32, 24, Qt::green));
        fixtures::writeFile(folder + QStringLiteral("/images/img_d.png"), fixtures::truncatedPng());
        QVERIFY(MediaEvalImporter().recognises(path));

        ImportOptions options;
        options.split = splitFromPath(path);
        QCOMPARE(options.split, QStringLiteral("dev"));
        const ImportReport report = importFile(path, options);
        QCOMPARE(report.recordsRead, 8);
        QCOMPARE(report.itemsAdded, 4);
        QCOMPARE(report.mediaAdded, 1);
        QStringList problems;
        for (const ImportIssue &issue : report.issues)
            problems.append(issue.record + QStringLiteral(": ") + issue.reason);
        QCOMPARE(problems.size(), 7);
        QVERIFY(problems[0].startsWith(QStringLiteral("line 3 (post 101): image 'img_c' not found")));
        QVERIFY(problems[1].contains(QStringLiteral("leaves the import folder")));
        QVERIFY(problems[2].contains(QStringLiteral("label 'maybe' is not fake, humor or real")));
        QVERIFY(problems[3].contains(QStringLiteral("3 fields where the header has 7")));
        QVERIFY(problems[4].contains(QStringLiteral("invalid UTF-8")));
        QVERIFY(problems[5].contains(QStringLiteral("truncated image/png")));
        QVERIFY(problems[6].contains(QStringLiteral("post_text of 3145728 characters exceeds the limit")));

        ProjectStore store(m_project);
        const Item first = store.item(*store.findItem(QStringLiteral("mediaeval2016"), QStringLiteral("100"))).value();
        QCOMPARE(first.text, QStringLiteral("A \"quoted\" fake post"));
        QCOMPARE(first.kind, ItemKind::Post);
        QCOMPARE(first.split, QStringLiteral("dev"));
        QCOMPARE(first.author, QStringLiteral("alice"));
        QCOMPARE(first.createdAt, QDateTime(QDate(2013, 4, 17), QTime(18, 57, 37), Qt::UTC));
        QCOMPARE(first.metadata.value(QStringLiteral("image_ids")).toArray().size(), 2);
        QVERIFY(first.mediaId.has_value());
        const Item humor = store.item(*store.findItem(QStringLiteral("mediaeval2016"), QStringLiteral("101"))).value();
        QCOMPARE(humor.metadata.value(QStringLiteral("label")).toString(), QStringLiteral("humor"));
        QVERIFY(!humor.mediaId.has_value());
        const Item noTime = store.item(*store.findItem(QStringLiteral("mediaeval2016"), QStringLiteral("106"))).value();
        QVERIFY(!noTime.createdAt.isValid());
        QCOMPARE(noTime.metadata.value(QStringLiteral("timestamp")).toString(), QStringLiteral("soon"));
        QCOMPARE(goldCount(QStringLiteral("fake")), 2); // humor counts as fake
        QCOMPARE(goldCount(QStringLiteral("real")), 2);
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));

        const ImportReport again = importFile(path, options);
        QCOMPARE(again.itemsAdded, 0);
        QCOMPARE(again.itemsUnchanged, 4);
        QCOMPARE(again.annotationsAdded, 0);
    }

    // Hostile lines, each between two good posts: reported with file, line and reason, the others imported.
    void hostileLines_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("items");
        const QByteArray usual = "post_id\tpost_text\tuser_id\timage_id(s)\tusername\ttimestamp\tlabel";
        // post_id last: a short line does not reach it (this read past the line's fields and crashed).
        const QByteArray reordered = "post_text\tuser_id\timage_id(s)\tusername\ttimestamp\tlabel\tpost_id";
        QTest::newRow("short line, post_id last")
            << reordered << QByteArray("just text") << "1 fields where the header has 7" << 2;
        QTest::newRow("empty line field, post_id last")
            << reordered << QByteArray("\t") << "2 fields where the header has 7" << 2;
        QTest::newRow("NUL in the text") << usual << QByteArray("2\ta\0b\t1\t\tu\tsoon\treal", 20) << "NUL character"
                                         << 2;
        QTest::newRow("post_id twice") << usual << QByteArray("1\tagain\t1\t\tu\tsoon\treal")
                                       << "post_id 1 appears twice" << 2;
        QTest::newRow("70 MB line") << usual
                                    << QByteArray("2\t" + QByteArray(70 * 1024 * 1024, 'x') + "\t1\t\tu\tsoon\treal")
                                    << "longer than the limit" << 2;
        QTest::newRow("image is a FIFO") << usual << QByteArray("2\tpic\t1\tpipe\tu\tsoon\treal")
                                         << "not a regular file" << 3;
        QTest::newRow("image links out") << usual << QByteArray("2\tpic\t1\tlink\tu\tsoon\treal")
                                         << "links outside the import folder" << 3;
        QTest::newRow("OS/2 BMP of 65535x65535")
            << usual << QByteArray("2\tpic\t1\tos2\tu\tsoon\treal") << "exceeds the limit" << 3;
        QTest::newRow("invalid UTF-8") << usual << QByteArray("2\t\xFF\xFE\t1\t\tu\tsoon\treal") << "invalid UTF-8"
                                       << 2;
    }

    void hostileLines()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, bad);
        QFETCH(QString, reason);
        QFETCH(int, items);
        const QString folder = m_dir.filePath(QStringLiteral("hostile%1").arg(m_counter));
        QDir().mkpath(folder + QStringLiteral("/images"));
        QCOMPARE(::mkfifo(QFile::encodeName(folder + QStringLiteral("/images/pipe.jpg")).constData(), 0600), 0);
        fixtures::writeFile(m_dir.filePath(QStringLiteral("outside.png")), fixtures::pngBytes(4, 4, Qt::red));
        QVERIFY(
            QFile::link(m_dir.filePath(QStringLiteral("outside.png")), folder + QStringLiteral("/images/link.png")));
        fixtures::writeFile(folder + QStringLiteral("/images/os2.bmp"), fixtures::os2BmpHeader(65535, 65535));
        const bool postIdLast = header.endsWith("post_id");
        const auto line = [&](const QByteArray &id, const QByteArray &text) -> QByteArray {
            if (postIdLast)
                return QByteArray(text + "\t1\t\tu\tsoon\treal\t" + id);
            return QByteArray(id + "\t" + text + "\t1\t\tu\tsoon\treal");
        };
        const QString path = folder + QStringLiteral("/posts.txt");
        fixtures::writeFile(path, header + "\n" + line("1", "first") + "\n" + bad + "\n" + line("3", "third") + "\n");
        ImportOptions options;
        options.mapping.insert(QStringLiteral("images"), QString(folder + QStringLiteral("/images")));
        const ImportReport report = importFile(path, options);
        QCOMPARE(report.issues.size(), 1);
        QVERIFY2(report.issues.first().reason.contains(reason), qPrintable(report.issues.first().toString()));
        QCOMPARE(report.issues.first().file, path);
        QVERIFY2(report.issues.first().record.startsWith(QStringLiteral("line 3")),
            qPrintable(report.issues.first().record));
        ProjectStore store(m_project);
        QCOMPARE(store.itemCount(), items);
        QVERIFY(store.findItem(QStringLiteral("mediaeval2016"), QStringLiteral("3")));
        QCOMPARE(fixtures::count(store, QStringLiteral("SELECT count(*) FROM media")), 0);
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }

    void missingHeaderColumnFailsTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("noheader.txt"));
        fixtures::writeFile(path, "post_id\tpost_text\tlabel\n1\tx\tfake\n");
        QVERIFY_THROWS_EXCEPTION(Error, importFile(path));
        QCOMPARE(ProjectStore(m_project).itemCount(), 0);
    }

    void cancellingLeavesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("many_posts.txt"));
        QByteArray tsv = "post_id\tpost_text\tuser_id\timage_id(s)\tusername\ttimestamp\tlabel\n";
        for (int i = 0; i < 500; ++i)
            tsv += QByteArray::number(i) + "\tpost\t1\timg\tu\tWed Apr 17 18:57:37 +0000 2013\treal\n";
        fixtures::writeFile(path, tsv);
        ProjectStore store(m_project);
        MediaEvalImporter importer;
        std::atomic_bool cancel{false};
        int calls = 0;
        const ImportReport report = importPath(
            store, importer, path, {},
            [&](qint64, qint64, const QString &) {
                if (++calls == 200)
                    cancel = true;
            },
            &cancel);
        QVERIFY(report.cancelled);
        QCOMPARE(store.itemCount(), 0);
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }

    void importsTheRealDevSet()
    {
        const QString path = QStringLiteral(CANDOR_SHARED_DIR "/datasets/mediaeval2016/devset_posts.txt");
        if (!QFileInfo::exists(path))
            QSKIP("the shared MediaEval 2016 dev set is absent");
        // The dataset folder works too: each posts file takes the split its name says (devset -> dev).
        const QString folder = QFileInfo(path).absolutePath();
        QVERIFY(MediaEvalImporter().recognises(folder));
        const ImportReport report = importFile(folder);
        QCOMPARE(report.issues.size(), 0);
        QCOMPARE(report.itemsAdded, 15629);
        ProjectStore store(m_project);
        QCOMPARE(fixtures::count(store,
                     QStringLiteral("SELECT count(*) FROM items WHERE source = 'mediaeval2016' AND split = 'dev'")),
            15629);
        QCOMPARE(goldCount(QStringLiteral("fake")), 9404); // verified with Python on the file
        QCOMPARE(goldCount(QStringLiteral("real")), 6225);
        QCOMPARE(fixtures::count(store, QStringLiteral("SELECT count(*) FROM items WHERE created_at IS NULL")), 0);
    }
};

QTEST_GUILESS_MAIN(TestMediaEvalImporter)
#include "TestMediaEvalImporter.moc"
