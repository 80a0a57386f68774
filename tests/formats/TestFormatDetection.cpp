// One importer choice for the window and the CLI (core/formats/FormatDetection): a mixed folder is planned,
// imported by the window's ImportJob and by `candor-cli import`, and both give the same project.
#include "core/formats/FormatDetection.h"
#include "core/jobs/ImportJob.h"
#include "core/store/StoreConnection.h"
#include "tests/formats/DatasetFixtures.h"

#include <QProcess>
#include <QTest>

#include <sys/stat.h>

using namespace candor;

namespace {

QByteArray telegramExport()
{
    return R"({"name": "Chat", "type": "private_group", "id": 5, "messages": [
        {"id": 1, "type": "message", "date": "2023-01-02T10:00:00", "from": "A", "text": "hello"},
        {"id": 2, "type": "message", "date": "2023-01-02T10:01:00", "from": "B", "text": "reply", "reply_to_message_id": 1}]})";
}

QByteArray semevalTask1()
{
    return R"([{"id": "m1", "text": "WAKE UP", "labels": ["Slogans"]}])";
}

// Per source, the number of items: what a project holds, compared between the two ways of importing.
QMap<QString, qint64> itemsPerSource(const QString &project)
{
    ProjectStore store(project);
    QSqlQuery query
        = sql::prepare(storeConnection(store), QStringLiteral("SELECT source, count(*) FROM items GROUP BY source"));
    sql::exec(query);
    QMap<QString, qint64> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    return counts;
}

} // namespace

class TestFormatDetection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_mixed;
    int m_counter = 0;

    QString cli() const { return QStringLiteral(CANDOR_BINARY_DIR) + QStringLiteral("/bin/candor-cli"); }

    QString freshProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("p%1.candor").arg(++m_counter));
        ProjectStore::create(path);
        return path;
    }

private Q_SLOTS:
    // A dropped folder as users have them: datasets in sub-folders, generic files, things nothing reads, a FIFO
    // (reading it would block for ever), a link back to the folder (a walk that followed it would never end), and
    // a dataset deeper than the walk goes.
    void initTestCase()
    {
        m_mixed = m_dir.filePath(QStringLiteral("dropped"));
        datasets::writeFile(m_mixed + QStringLiteral("/memes/train_task1.json"), semevalTask1());
        datasets::writeFile(m_mixed + QStringLiteral("/exports/chat/result.json"), telegramExport());
        datasets::writeFile(m_mixed + QStringLiteral("/posts.jsonl"),
            "{\"id\": \"p1\", \"text\": \"one\"}\n{\"id\": \"p2\", \"text\": \"two\"}\n");
        datasets::writeFile(m_mixed + QStringLiteral("/table.csv"), "id,text\nc1,first\n");
        datasets::writeFile(m_mixed + QStringLiteral("/notes.txt"), "nothing to import\n");
        datasets::writeFile(
            m_mixed + QStringLiteral("/a/b/c/d/e/f/g/deep.jsonl"), "{\"id\": \"d1\", \"text\": \"deep\"}\n");
        // The Weibo subset's layout: posts files in tweets/, images one folder up, a format note nothing reads.
        datasets::writeFile(m_mixed + QStringLiteral("/weibo/tweets/train_rumor.txt"),
            "42|u|null|null|2012-11-13 16:55|true|1|0|0|9|0|1|1|1|web\r\nhttp://x/w.png|null\r\nrumour\r\n");
        datasets::writeFile(
            m_mixed + QStringLiteral("/weibo/rumor_images/w.png"), datasets::imageBytes(4, 4, Qt::red, "PNG"));
        datasets::writeFile(m_mixed + QStringLiteral("/weibo/dataformat.txt"), "three lines a post\n");
        QCOMPARE(::mkfifo(QFile::encodeName(m_mixed + QStringLiteral("/pipe.jsonl")).constData(), 0600), 0);
        QVERIFY(QFile::link(m_mixed, m_mixed + QStringLiteral("/loop")));
    }

    void cleanup() { Database::closeAll(); }

    void plansEachRecognisedEntryAndNamesTheRest()
    {
        const ImportPlan plan = planImport({m_mixed}, QStringLiteral("auto"));
        QStringList planned;
        for (const ImportPlan::Step &step : plan.steps)
            planned.append(QDir(m_mixed).relativeFilePath(step.path) + QLatin1Char('=') + step.importer->format());
        QCOMPARE(planned,
            (QStringList{QStringLiteral("exports/chat=telegram"), QStringLiteral("memes=semeval"),
                QStringLiteral("posts.jsonl=jsonl"), QStringLiteral("table.csv=csv"), QStringLiteral("weibo=weibo")}));
        const QString skipped = plan.skipped.join(QLatin1Char('\n'));
        QVERIFY2(skipped.contains(QStringLiteral("notes.txt: no importer recognises it")), qPrintable(skipped));
        QVERIFY2(skipped.contains(QStringLiteral("pipe.jsonl: not a regular file or folder")), qPrintable(skipped));
        QVERIFY2(skipped.contains(QStringLiteral("deeper than")), qPrintable(skipped));
        QVERIFY2(!skipped.contains(QStringLiteral("loop")), qPrintable(skipped)); // a link is not followed
    }

    void namedFormatAndUnknownPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("error"); // empty: planned
        QTest::newRow("named format takes the path as it is") << "notes.txt"
                                                              << "jsonl"
                                                              << "";
        QTest::newRow("unknown format") << "posts.jsonl"
                                        << "xml"
                                        << "unknown import format 'xml' (one of: semeval, ";
        QTest::newRow("unrecognised file") << "notes.txt"
                                           << "auto"
                                           << "notes.txt: no importer recognises this file or folder (known formats: ";
        QTest::newRow("missing path") << "absent.json"
                                      << ""
                                      << "absent.json: no such file or folder";
    }

    void namedFormatAndUnknownPaths()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        QFETCH(QString, error);
        try {
            const ImportPlan plan = planImport({QDir(m_mixed).filePath(path)}, format);
            QVERIFY2(error.isEmpty(), "planned where an error was expected");
            QCOMPARE(plan.steps.size(), std::size_t(1));
            QCOMPARE(plan.steps.front().importer->format(), format);
        } catch (const Error &caught) {
            QVERIFY2(!error.isEmpty() && caught.message().contains(error), qPrintable(caught.message()));
        }
    }

    // The same folder through the window's job and through the CLI gives the same items.
    void windowAndCliImportAlike()
    {
        const QString byJob = freshProject();
        ImportJob job(byJob, {m_mixed});
        job.start();
        QVERIFY(job.wait(120000));
        QTRY_COMPARE(job.state(), Job::State::Finished);
        Database::closeAll();

        const QString byCli = freshProject();
        QProcess process;
        process.start(cli(), {QStringLiteral("import"), byCli, m_mixed});
        QVERIFY(process.waitForFinished(120000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(
            err.contains(QStringLiteral("skipped: ")) && err.contains(QStringLiteral("notes.txt")), qPrintable(err));

        const QMap<QString, qint64> expected{{QStringLiteral("posts"), 2}, {QStringLiteral("semeval2021-task6"), 1},
            {QStringLiteral("table"), 1}, {QStringLiteral("telegram"), 3}, {QStringLiteral("weibo"), 1}};
        QCOMPARE(itemsPerSource(byJob), expected);
        QCOMPARE(itemsPerSource(byCli), expected);
    }

    void importHelpListsEveryFormat()
    {
        QProcess process;
        process.start(cli(), {QStringLiteral("import"), QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString help = QString::fromUtf8(process.readAllStandardOutput());
        for (const QString &format : importFormatNames())
            QVERIFY2(help.contains(QStringLiteral("\n  ") + format + QLatin1Char(' ')),
                qPrintable(format + QStringLiteral(" missing:\n") + help));
    }
};

QTEST_GUILESS_MAIN(TestFormatDetection)
#include "TestFormatDetection.moc"
