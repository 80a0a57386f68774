#include "core/formats/FormatDetection.h"
#include "core/formats/weibo/WeiboImporter.h"
#include "core/formats/weibo/WeiboRecord.h"
#include "tests/formats/DatasetFixtures.h"
#include "tests/formats/FormatFixtures.h"

#include <QJsonArray>
#include <QTest>

#include <sys/stat.h>

using namespace candor;

namespace {

// A metadata line as the subset writes it: 15 fields, "null" where a value is absent, CRLF line ends.
QByteArray meta(const QByteArray &id, const QByteArray &user = "null", const QByteArray &time = "2012-11-13 16:55")
{
    return id + "|" + user + "|http://weibo.com/1/" + id + "|null|" + time
        + "|true|79|18|0|2803550292|0|5047|1770|1979|" + "\xE5\xBE\xAE\xE5\x8D\x9A weibo.com"; // 微博 weibo.com
}

QByteArray post(const QByteArray &id, const QByteArray &urls, const QByteArray &text)
{
    return meta(id) + "\r\n" + urls + "\r\n" + text + "\r\n";
}

QByteArray url(const QByteArray &name)
{
    return "http://ww1.sinaimg.cn/large/" + name;
}

qint64 gold(datasets::Project &project, const QString &label)
{
    return project.count(
        QStringLiteral("SELECT count(*) FROM annotations a JOIN labels l ON l.id = a.label_id"
                       " JOIN label_schemas s ON s.id = l.schema_id WHERE s.name = 'fake-2' AND a.origin = 'gold'"
                       " AND l.name = '%1'")
            .arg(label));
}

// A JPEG whose scan is cut short (end marker kept): libjpeg decodes it and says the data is damaged.
QByteArray damagedJpeg()
{
    QImage noisy(32, 32, QImage::Format_RGB888);
    for (int y = 0; y < 32; ++y)
        for (int x = 0; x < 32; ++x)
            noisy.setPixel(x, y, qRgb((x * 37) % 256, (y * 91) % 256, (x * y) % 256));
    const QByteArray whole = testfiles::encoded(noisy, "JPEG");
    return whole.left(whole.size() * 2 / 3) + QByteArray("\xFF\xD9", 2);
}

QList<ImportIssue> recordIssues(const ImportReport &report)
{
    QList<ImportIssue> issues;
    for (const ImportIssue &issue : report.issues)
        if (!issue.record.isEmpty())
            issues.append(issue);
    return issues;
}

} // namespace

class TestWeiboImporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<datasets::Project> m_project;
    QString m_root; // a dataset folder laid out as weibo-eann: tweets/, rumor_images/, nonrumor_images/

    Item item(const QString &id)
    {
        const auto found = m_project->store().findItem(QStringLiteral("weibo"), id);
        if (!found)
            qFatal("no weibo item %s", qPrintable(id));
        return m_project->store().item(*found).value();
    }

private Q_SLOTS:
    void init()
    {
        m_project = std::make_unique<datasets::Project>();
        m_root = m_project->file(QStringLiteral("weibo"));
    }

    void cleanup() { m_project.reset(); }

    void readsNamesTimesAndUrls_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("postClass");
        QTest::addColumn<QString>("split");
        QTest::newRow("train rumour") << "train_rumor.txt"
                                      << "rumor"
                                      << "train";
        QTest::newRow("test non-rumour") << "test_nonrumor.txt"
                                         << "nonrumor"
                                         << "test";
        QTest::newRow("British spelling") << "train_nonrumour.txt"
                                          << "nonrumor"
                                          << "train";
        QTest::newRow("non_rumor") << "test_non_rumor.txt"
                                   << "nonrumor"
                                   << "test";
        QTest::newRow("no split is made up") << "validation_rumor.txt"
                                             << "rumor"
                                             << "";
        QTest::newRow("no class") << "train_posts.txt"
                                  << ""
                                  << "train";
    }

    void readsNamesTimesAndUrls()
    {
        QFETCH(QString, name);
        QFETCH(QString, postClass);
        QFETCH(QString, split);
        QCOMPARE(WeiboImporter::classFromName(name), postClass);
        QCOMPARE(WeiboImporter::splitFromName(name), split);
    }

    void parsesTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("China Standard Time")
            << "2012-11-13 16:55" << QDateTime(QDate(2012, 11, 13), QTime(8, 55), Qt::UTC);
        QTest::newRow("with seconds") << "2012-11-13 00:30:15"
                                      << QDateTime(QDate(2012, 11, 12), QTime(16, 30, 15), Qt::UTC);
        QTest::newRow("milliseconds") << "1452440393000" << QDateTime(QDate(2016, 1, 10), QTime(15, 39, 53), Qt::UTC);
        QTest::newRow("seconds") << "1452440393" << QDateTime(QDate(2016, 1, 10), QTime(15, 39, 53), Qt::UTC);
        QTest::newRow("garbage") << "yesterday" << QDateTime();
        QTest::newRow("bad date") << "2012-13-45 16:55" << QDateTime();
    }

    void parsesTimes()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QCOMPARE(weibo::parseTime(text), expected);
    }

    void imageFileNames_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("name"); // empty: refused
        QTest::newRow("plain") << "http://ww1.sinaimg.cn/large/a71ac854gw1dytin2zmk9j.jpg"
                               << "a71ac854gw1dytin2zmk9j.jpg";
        QTest::newRow("query and fragment") << "http://x/y/pic.png?size=large#top"
                                            << "pic.png";
        QTest::newRow("dot-dot") << "http://x/y/.."
                                 << "";
        QTest::newRow("dot") << "http://x/y/."
                             << "";
        QTest::newRow("ends in a slash") << "http://x/y/"
                                         << "";
        QTest::newRow("backslash") << "http://x/..\\..\\secret.png"
                                   << "";
        QTest::newRow("percent-encoded slash stays a name") << "http://x/..%2Fsecret.png"
                                                            << "..%2Fsecret.png";
    }

    void imageFileNames()
    {
        QFETCH(QString, url);
        QFETCH(QString, name);
        try {
            QCOMPARE(weibo::imageFileName(url), name);
        } catch (const Error &error) {
            QVERIFY2(name.isEmpty(), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QStringLiteral("names no")), qPrintable(error.message()));
        }
    }

    void importsPostsLabelsSplitsAndImages()
    {
        datasets::writeFile(m_root + QStringLiteral("/tweets/train_rumor.txt"),
            meta("1001", "alice") + "\r\n" + url("a.jpg") + "|" + url("b.png")
                + "|null\r\n\xE8\xB0\xA3\xE8\xA8\x80\r\n" // 谣言
                + post("1002", url("missing.jpg") + "|null", "second rumour"));
        datasets::writeFile(m_root + QStringLiteral("/tweets/train_nonrumor.txt"),
            meta("2001", "null", "1452440393000") + "\r\n" + url("c.jpg") + "|null\r\nreal news\r\n"
                + post("2002", "null", "no pictures"));
        datasets::writeFile(m_root + QStringLiteral("/tweets/test_rumor.txt"),
            post("3001", url("a.jpg") + "|" + url("a.jpg") + "|null",
                "the same picture again")); // no newline at the end
        datasets::writeFile(m_root + QStringLiteral("/rumor_images/a.jpg"), fixtures::jpegBytes(16, 12, Qt::red));
        datasets::writeFile(m_root + QStringLiteral("/rumor_images/b.png"), fixtures::pngBytes(8, 8, Qt::blue));
        datasets::writeFile(m_root + QStringLiteral("/nonrumor_images/c.jpg"), fixtures::jpegBytes(10, 10, Qt::green));
        datasets::writeFile(m_root + QStringLiteral("/dataformat.txt"), "each tweet has three lines\n");

        QVERIFY(WeiboImporter().recognises(m_root));
        QVERIFY(WeiboImporter().recognises(m_root + QStringLiteral("/tweets")));
        QVERIFY(WeiboImporter().recognises(m_root + QStringLiteral("/tweets/test_rumor.txt")));
        QVERIFY(!WeiboImporter().recognises(m_root + QStringLiteral("/dataformat.txt")));
        const ImportPlan plan = planImport({m_root}, QStringLiteral("auto"));
        QCOMPARE(plan.steps.size(), std::size_t(1));
        QCOMPARE(plan.steps.front().importer->format(), QStringLiteral("weibo"));

        const ImportReport report = m_project->import(QStringLiteral("weibo"), m_root);
        QCOMPARE(report.recordsRead, 5);
        QCOMPARE(report.itemsAdded, 5);
        QCOMPARE(report.mediaAdded, 3); // a.jpg twice in one post and again in another: stored once
        QCOMPARE(report.annotationsAdded, 5);
        QCOMPARE(report.errorCount(), 0);
        // One count per file, never one warning per post.
        QCOMPARE(report.warningCount(), 2);
        QVERIFY2(
            datasets::issuesMention(report, QString(),
                QStringLiteral(
                    "1 of 2 posts have no image and keep their text only; 1 image files their URLs name are not in ")),
            qPrintable(datasets::issuesText(report)));
        QVERIFY2(datasets::issuesMention(
                     report, QString(), QStringLiteral("1 of 2 posts have no image and keep their text only")),
            qPrintable(datasets::issuesText(report)));

        QCOMPARE(gold(*m_project, QStringLiteral("fake")), 3);
        QCOMPARE(gold(*m_project, QStringLiteral("real")), 2);
        QCOMPARE(
            m_project->count(QStringLiteral("SELECT count(*) FROM items WHERE source = 'weibo' AND split = 'train'")),
            4);
        QCOMPARE(
            m_project->count(QStringLiteral("SELECT count(*) FROM items WHERE source = 'weibo' AND split = 'test'")),
            1);
        QCOMPARE(m_project->count(QStringLiteral("SELECT count(*) FROM items WHERE media_id IS NOT NULL")), 3);

        const Item first = item(QStringLiteral("1001"));
        QCOMPARE(first.kind, ItemKind::Post);
        QCOMPARE(first.language, QStringLiteral("zh"));
        QCOMPARE(first.text, QString::fromUtf8("\xE8\xB0\xA3\xE8\xA8\x80"));
        QCOMPARE(first.author, QStringLiteral("alice"));
        QCOMPARE(first.createdAt, QDateTime(QDate(2012, 11, 13), QTime(8, 55), Qt::UTC));
        QVERIFY(first.mediaId.has_value());
        const QJsonArray mediaIds = first.metadata.value(QStringLiteral("media_ids")).toArray();
        QCOMPARE(mediaIds.size(), 2);
        QCOMPARE(mediaIds.first().toInteger(), *first.mediaId);
        QCOMPARE(first.metadata.value(QStringLiteral("image_urls")).toArray().size(), 2);
        QCOMPARE(first.metadata.value(QStringLiteral("retweet_count")).toInt(), 79);
        QCOMPARE(first.metadata.value(QStringLiteral("original")).toBool(), true);
        QCOMPARE(first.metadata.value(QStringLiteral("user_id")).toString(), QStringLiteral("2803550292"));
        QCOMPARE(first.metadata.value(QStringLiteral("publish_platform")).toString(),
            QString::fromUtf8("\xE5\xBE\xAE\xE5\x8D\x9A weibo.com"));
        QCOMPARE(first.metadata.value(QStringLiteral("label")).toString(), QStringLiteral("rumor"));
        QVERIFY(!first.metadata.contains(QStringLiteral("user_url"))); // "null": absent

        const Item real = item(QStringLiteral("2001"));
        QVERIFY(real.author.isEmpty());
        QCOMPARE(real.createdAt, QDateTime(QDate(2016, 1, 10), QTime(15, 39, 53), Qt::UTC));
        QVERIFY(real.mediaId.has_value());
        QVERIFY(!item(QStringLiteral("1002")).mediaId.has_value());
        QVERIFY(!item(QStringLiteral("2002")).mediaId.has_value());
        const Item again = item(QStringLiteral("3001"));
        QCOMPARE(again.split, QStringLiteral("test"));
        QCOMPARE(again.mediaId, first.mediaId);
        QCOMPARE(again.metadata.value(QStringLiteral("media_ids")).toArray().size(), 1);
        QCOMPARE(m_project->store().integrityCheck(), QStringLiteral("ok"));

        // A second import changes nothing.
        const ImportReport second = m_project->import(QStringLiteral("weibo"), m_root);
        QCOMPARE(second.itemsAdded, 0);
        QCOMPARE(second.itemsUnchanged, 5);
        QCOMPARE(second.annotationsAdded, 0);
        QCOMPARE(second.mediaAdded, 0);

        // A named split wins over the file name's.
        const ImportReport named = m_project->import(
            QStringLiteral("weibo"), m_root + QStringLiteral("/tweets/test_rumor.txt"), QStringLiteral("train"));
        QCOMPARE(named.itemsUpdated, 1);
        QCOMPARE(item(QStringLiteral("3001")).split, QStringLiteral("train"));
    }

    void samePostInTwoFilesIsRefused()
    {
        datasets::writeFile(m_root + QStringLiteral("/train_rumor.txt"), post("7", "null", "said to be false"));
        datasets::writeFile(m_root + QStringLiteral("/train_nonrumor.txt"),
            post("7", "null", "said to be true") + post("8", "null", "other"));
        const ImportReport report = m_project->import(QStringLiteral("weibo"), m_root);
        QCOMPARE(report.itemsAdded, 2);
        QCOMPARE(report.errorCount(), 1);
        // Files are read in name order: train_nonrumor.txt first, so its post 7 stays and the rumour one is refused.
        QCOMPARE(recordIssues(report).first().file, m_root + QStringLiteral("/train_rumor.txt"));
        QVERIFY2(
            datasets::issuesMention(report, QStringLiteral("line 1 (post 7)"), QStringLiteral("post 7 was read from ")),
            qPrintable(datasets::issuesText(report)));
        QCOMPARE(gold(*m_project, QStringLiteral("real")), 2);
        QCOMPARE(gold(*m_project, QStringLiteral("fake")), 0); // post 7 keeps one label, never both
    }

    void fileNameWithoutClassFailsTheFile()
    {
        const QString path = m_project->file(QStringLiteral("posts.txt"));
        datasets::writeFile(path, post("1", "null", "text"));
        QVERIFY(!WeiboImporter().recognises(path));
        QVERIFY_THROWS_EXCEPTION(Error, m_project->import(QStringLiteral("weibo"), path));
        QCOMPARE(m_project->store().itemCount(), 0);
    }

    // A hostile post between two good ones (or after them): reported with file, record and reason, the good
    // posts imported, the project valid.
    void hostileRecords_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<bool>("atEnd");
        QTest::addColumn<QString>("record"); // the issue's record starts with it
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("media");
        const QByteArray good = url("good.png") + "|null";
        QTest::newRow("file ends after line 1") << meta("2") << true << "line 7 (post 2)"
                                                << "the file ends after the post's first line" << 2 << 1;
        QTest::newRow("file ends after line 2") << QByteArray(meta("2") + "\r\n" + good) << true << "line 7 (post 2)"
                                                << "the file ends after the post's image-URL line" << 2 << 1;
        QTest::newRow("post without its text line")
            << QByteArray(meta("2") + "\r\nnull\r\n") << false << "line 4 (post 2)"
            << "line 6 starts the next post: this one has only 2 of its 3 lines" << 2 << 1;
        QTest::newRow("post of its first line only")
            << QByteArray(meta("2") + "\r\n") << false << "line 4 (post 2)"
            << "line 5 starts the next post: this one has only 1 of its 3 lines" << 2 << 1;
        QTest::newRow("empty text, no image") << post("2", "null", "") << false << "line 4 (post 2)"
                                              << "empty text and no image" << 2 << 1;
        QTest::newRow("empty text, an image")
            << post("2", url("other.jpg") + "|null", "  ") << false << "line 4 (post 2)"
            << "empty text: the post keeps its image only" << 3 << 2;
        QTest::newRow("post id twice") << post("1", good, "again") << false << "line 4 (post 1)"
                                       << "post 1 appears twice in this file (first at line 1)" << 2 << 1;
        QTest::newRow("NUL in the text") << post("2", good, QByteArray("a\0b", 3)) << false << "line 4 (post 2)"
                                         << "text holds a NUL character" << 2 << 1;
        QTest::newRow("NUL in the metadata")
            << QByteArray(meta("2", QByteArray("x\0y", 3)) + "\r\nnull\r\ntext\r\n") << false << "line 4 (post 2)"
            << "the metadata line holds a NUL character" << 2 << 1;
        QTest::newRow("70 MB text line") << post("2", good, QByteArray(70 * 1024 * 1024, 'x')) << false
                                         << "line 4 (post 2)"
                                         << "longer than the limit" << 2 << 1;
        QTest::newRow("3 M characters of text")
            << post("2", good, QByteArray(3 * 1024 * 1024, 'x')) << false << "line 4 (post 2)"
            << "text of 3145728 characters exceeds the limit" << 2 << 1;
        QTest::newRow("URL ending in ..") << post("2", "http://x/images/..|null", "text") << false << "line 4 (post 2)"
                                          << "image skipped: image URL 'http://x/images/..' names no file" << 3 << 1;
        QTest::newRow("URL with a backslash")
            << post("2", "http://x/..\\..\\outside.png|null", "text") << false << "line 4 (post 2)"
            << "holds a path separator" << 3 << 1;
        QTest::newRow("image is a FIFO") << post("2", url("pipe.jpg") + "|null", "text") << false << "line 4 (post 2)"
                                         << "not a regular file" << 3 << 1;
        QTest::newRow("image links out") << post("2", url("link.png") + "|null", "text") << false << "line 4 (post 2)"
                                         << "links outside the import folder" << 3 << 1;
        QTest::newRow("truncated PNG") << post("2", url("broken.png") + "|null", "text") << false << "line 4 (post 2)"
                                       << "image skipped: " << 3 << 1;
        QTest::newRow("damaged JPEG") << post("2", url("damaged.jpg") + "|null", "text") << false << "line 4 (post 2)"
                                      << "image damaged.jpg stored with damage: damaged JPEG data" << 3 << 2;
        QTest::newRow("invalid UTF-8 text") << post("2", good, "caf\xC3\x28") << false << "line 4 (post 2)"
                                            << "the text line: invalid UTF-8" << 2 << 1;
        QTest::newRow("invalid UTF-8 metadata")
            << post("2", good, "x").replace("|null|", "|\xFF\xFE|") << false << "line 4 (post 2)"
            << "the metadata line: invalid UTF-8" << 2 << 1;
        QTest::newRow("lines that start no post")
            << QByteArray("stray text\r\nmore stray text\r\n") << false << "lines 4-5"
            << "not the first line of a post" << 2 << 1;
        QTest::newRow("a 14-field first line")
            << QByteArray("2|a|b|c|d|e|f|g|h|i|j|k|l|m\r\nnull\r\ntext\r\n") << false << "lines 4-6"
            << "not the first line of a post" << 2 << 1;
    }

    void hostileRecords()
    {
        QFETCH(QByteArray, bad);
        QFETCH(bool, atEnd);
        QFETCH(QString, record);
        QFETCH(QString, reason);
        QFETCH(int, items);
        QFETCH(int, media);
        const QString images = m_root + QStringLiteral("/rumor_images");
        datasets::writeFile(images + QStringLiteral("/good.png"), fixtures::pngBytes(6, 6, Qt::yellow));
        datasets::writeFile(images + QStringLiteral("/other.jpg"), fixtures::jpegBytes(6, 6, Qt::cyan));
        datasets::writeFile(images + QStringLiteral("/broken.png"), fixtures::truncatedPng());
        datasets::writeFile(images + QStringLiteral("/damaged.jpg"), damagedJpeg());
        QCOMPARE(::mkfifo(QFile::encodeName(images + QStringLiteral("/pipe.jpg")).constData(), 0600), 0);
        datasets::writeFile(m_project->file(QStringLiteral("outside.png")), fixtures::pngBytes(4, 4, Qt::red));
        QVERIFY(QFile::link(m_project->file(QStringLiteral("outside.png")), images + QStringLiteral("/link.png")));

        const QByteArray good = url("good.png") + "|null";
        const QByteArray first = post("1", good, "first"), third = post("3", good, "third");
        const QString path = m_root + QStringLiteral("/train_rumor.txt");
        datasets::writeFile(path, atEnd ? first + third + bad : first + bad + third);
        const ImportReport report = m_project->import(QStringLiteral("weibo"), path);

        const QList<ImportIssue> issues = recordIssues(report);
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues.first().reason.contains(reason), qPrintable(issues.first().toString()));
        QCOMPARE(issues.first().file, path);
        QVERIFY2(issues.first().record.startsWith(record), qPrintable(issues.first().record));
        QCOMPARE(m_project->store().itemCount(), items);
        QVERIFY(m_project->store().findItem(QStringLiteral("weibo"), QStringLiteral("1")));
        QVERIFY(m_project->store().findItem(QStringLiteral("weibo"), QStringLiteral("3")));
        QCOMPARE(m_project->count(QStringLiteral("SELECT count(*) FROM media")), media);
        QCOMPARE(m_project->store().integrityCheck(), QStringLiteral("ok"));
        // A post imported without its image is counted in the file's one warning.
        const bool imageLost = items == 3 && media == 1;
        QCOMPARE(report.issues.size() - issues.size(), imageLost ? 1 : 0);
    }

    void cancellingLeavesNothing()
    {
        QByteArray posts;
        for (int i = 1; i <= 600; ++i)
            posts += post(QByteArray::number(i), "null", "post");
        const QString path = m_root + QStringLiteral("/train_nonrumor.txt");
        datasets::writeFile(path, posts);
        WeiboImporter importer;
        std::atomic_bool cancel{false};
        int calls = 0;
        const ImportReport report = importPath(
            m_project->store(), importer, path, {},
            [&](qint64, qint64, const QString &) {
                if (++calls == 300)
                    cancel = true;
            },
            &cancel);
        QVERIFY(report.cancelled);
        QCOMPARE(m_project->store().itemCount(), 0);
        QCOMPARE(m_project->store().integrityCheck(), QStringLiteral("ok"));
    }

    // The shared EANN subset (train only: its test posts are withheld). Counts checked against the files with
    // awk and ls (see the report of the branch that added this importer).
    void importsTheRealSubset()
    {
        const QString root = datasets::sharedDatasets() + QStringLiteral("/weibo-eann");
        if (!QFileInfo::exists(root))
            QSKIP("the shared Weibo subset (datasets/weibo-eann) is absent");
        const ImportPlan plan = planImport({root}, QStringLiteral("auto"));
        QCOMPARE(plan.steps.size(), std::size_t(1));
        QCOMPARE(plan.steps.front().importer->format(), QStringLiteral("weibo"));
        const ImportReport report = m_project->import(QStringLiteral("weibo"), root);
        QCOMPARE(report.errorCount(), 0);
        QCOMPARE(report.itemsAdded, 3334);
        QCOMPARE(
            m_project->count(QStringLiteral("SELECT count(*) FROM items WHERE source = 'weibo' AND split = 'train'")),
            3334);
        QCOMPARE(gold(*m_project, QStringLiteral("fake")), 1829);
        QCOMPARE(gold(*m_project, QStringLiteral("real")), 1505);
        QCOMPARE(report.mediaAdded, 92);
        QCOMPARE(m_project->count(QStringLiteral("SELECT count(*) FROM items WHERE media_id IS NOT NULL")), 69);
        QCOMPARE(m_project->count(QStringLiteral("SELECT count(*) FROM items WHERE created_at IS NULL")), 0);
        // One warning per file counts the posts without an image: 1,807 rumour and 1,458 non-rumour posts.
        QCOMPARE(report.warningCount(), 2);
        QVERIFY(datasets::issuesMention(report, QString(), QStringLiteral("1807 of 1829 posts have no image")));
        QVERIFY(datasets::issuesMention(report, QString(), QStringLiteral("1458 of 1505 posts have no image")));
        QCOMPARE(m_project->store().integrityCheck(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestWeiboImporter)
#include "TestWeiboImporter.moc"
