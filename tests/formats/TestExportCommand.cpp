// candor-cli export (and import --format auto on these formats), run as a separate process like scripts do.
#include "tests/cli/CliProcess.h"
#include "tests/formats/DatasetFixtures.h"

#include <QTest>

namespace {

using Run = candor::testing::CliRun;

Run cli(const QStringList &arguments)
{
    return candor::testing::runCli(arguments, 120);
}

QJsonArray semevalTask2()
{
    return {QJsonObject{{QStringLiteral("id"), QStringLiteral("m1")},
        {QStringLiteral("text"), QString::fromUtf8("\xF0\x9F\x94\xA5 HOT TAKE")},
        {QStringLiteral("labels"),
            QJsonArray{QJsonObject{{QStringLiteral("start"), 2}, {QStringLiteral("end"), 10},
                {QStringLiteral("technique"), QStringLiteral("Loaded Language")},
                {QStringLiteral("text_fragment"), QStringLiteral("HOT TAKE")}}}}}};
}

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/candor-cli-XXXXXX")}; // no split name in the path
    QString m_project;

private Q_SLOTS:
    void initTestCase()
    {
        m_project = m_dir.filePath(QStringLiteral("p.candor"));
        const Run init = cli({QStringLiteral("init"), m_project});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        datasets::writeJson(m_dir.filePath(QStringLiteral("train_task2.json")), semevalTask2());
        datasets::writeJson(m_dir.filePath(QStringLiteral("pan_es.json")),
            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("7")},
                {QStringLiteral("text"), QStringLiteral("Nos mienten")},
                {QStringLiteral("category"), QStringLiteral("CONSPIRACY")},
                {QStringLiteral("annotations"),
                    QJsonArray{QJsonObject{{QStringLiteral("category"), QStringLiteral("AGENT")},
                        {QStringLiteral("start_char"), 0}, {QStringLiteral("end_char"), 3},
                        {QStringLiteral("span_text"), QStringLiteral("Nos")},
                        {QStringLiteral("annotator"), QStringLiteral("gold_label")}}}}}});
        const Run run = cli({QStringLiteral("import"), m_project, m_dir.filePath(QStringLiteral("train_task2.json")),
            m_dir.filePath(QStringLiteral("pan_es.json"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("(semeval, split train)")));
        QVERIFY(run.out.contains(QStringLiteral("(pan, split from the data)")));
    }

    void exportsEachFormat_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("summary");
        QTest::newRow("semeval-task2") << QStringList{QStringLiteral("--format"), QStringLiteral("semeval-task2"),
            QStringLiteral("--split"), QStringLiteral("train")}
                                       << QStringLiteral("t2.json") << QStringLiteral("1 records written");
        QTest::newRow("semeval-task1") << QStringList{QStringLiteral("--format"), QStringLiteral("semeval-task1")}
                                       << QStringLiteral("t1.json") << QStringLiteral("1 records written");
        QTest::newRow("semeval-task3") << QStringList{QStringLiteral("--format"), QStringLiteral("semeval-task3")}
                                       << QStringLiteral("t3.json") << QStringLiteral("1 records written");
        QTest::newRow("pan es gold") << QStringList{QStringLiteral("--format"), QStringLiteral("pan"),
            QStringLiteral("--language"), QStringLiteral("es"), QStringLiteral("--origin"), QStringLiteral("gold")}
                                     << QStringLiteral("pan.json") << QStringLiteral("1 records written");
        QTest::newRow("rumoureval") << QStringList{QStringLiteral("--format"), QStringLiteral("rumoureval")}
                                    << QStringLiteral("answers") << QStringLiteral("0 records written");
        QTest::newRow("jsonl from the registry") << QStringList{QStringLiteral("--format"), QStringLiteral("jsonl")}
                                                 << QStringLiteral("all.jsonl") << QStringLiteral("records written");
        // The fact-check formats are registered; they have no origin, so the summary names none.
        QTest::newRow("claimreview") << QStringList{QStringLiteral("--format"), QStringLiteral("claimreview")}
                                     << QStringLiteral("reviews.json")
                                     << QStringLiteral("0 records written (claimreview)");
        QTest::newRow("factcheck-csv") << QStringList{QStringLiteral("--format"), QStringLiteral("factcheck-csv")}
                                       << QStringLiteral("checks.csv")
                                       << QStringLiteral("0 records written (factcheck-csv)");
        QTest::newRow("conll") << QStringList{QStringLiteral("--format"), QStringLiteral("conll"),
            QStringLiteral("--origin"), QStringLiteral("gold")}
                               << QStringLiteral("spans.conll")
                               << QStringLiteral("records written (conll, origin gold)");
        QTest::newRow("webanno-tsv") << QStringList{QStringLiteral("--format"), QStringLiteral("webanno-tsv")}
                                     << QStringLiteral("inception") << QStringLiteral("records written (webanno-tsv");
    }

    void exportsEachFormat()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, out);
        QFETCH(QString, summary);
        const QString path = m_dir.filePath(out);
        const Run run = cli(QStringList{QStringLiteral("export"), m_project} + options + QStringList{path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(summary), qPrintable(run.out));
        QVERIFY(QFileInfo::exists(path));
    }

    void task2OutputIsTheInput()
    {
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.json"));
        const Run run = cli(
            {QStringLiteral("export"), m_project, QStringLiteral("--format"), QStringLiteral("semeval-task2"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(datasets::readJson(path).toArray(), semevalTask2());
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")} << 1
                                        << QStringLiteral("unknown export format 'xml'");
        QTest::newRow("no format") << QStringList() << 2 << QStringLiteral("--format is required");
        QTest::newRow("unknown origin") << QStringList{QStringLiteral("--format"), QStringLiteral("pan"),
            QStringLiteral("--origin"), QStringLiteral("oracle")}
                                        << 1 << QStringLiteral("unknown annotation origin 'oracle'");
        QTest::newRow("bad model version") << QStringList{QStringLiteral("--format"), QStringLiteral("pan"),
            QStringLiteral("--model-version"), QStringLiteral("x")}
                                           << 1 << QStringLiteral("--model-version expects a number");
    }

    void errors()
    {
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = cli(QStringList{QStringLiteral("export"), m_project} + options
            + QStringList{m_dir.filePath(QStringLiteral("never.json"))});
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0); // one line
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("never.json"))));
    }

    void missingProjectFails()
    {
        const Run run = cli({QStringLiteral("export"), m_dir.filePath(QStringLiteral("nope.candor")),
            QStringLiteral("--format"), QStringLiteral("pan"), m_dir.filePath(QStringLiteral("x.json"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("does not exist")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "TestExportCommand.moc"
