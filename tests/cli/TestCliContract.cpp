// candor-cli's contract as scripts and users meet it: the help names every command, every task and every format,
// `--help` of any command exits 0, a bad option exits 2, and long engine commands print their progress on stderr.
#include "core/formats/common/Exporter.h"
#include "core/formats/common/Importer.h"
#include "tests/cli/CliProcess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {

using Run = candor::testing::CliRun;

Run cli(const QStringList &arguments)
{
    return candor::testing::runCli(arguments);
}

const QStringList kTasks{QStringLiteral("persuasion-labels"), QStringLiteral("persuasion-spans"),
    QStringLiteral("persuasion-multimodal"), QStringLiteral("narrative"), QStringLiteral("thread")};

} // namespace

class TestCliContract : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void everyCommandHelpExitsZero_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *command :
            {"init", "import", "stats", "export", "sample", "train", "predict", "eval", "models", "heatmap", "ocr",
                "report", "agreement", "similar", "merge", "curate", "schema", "export-training", "import-model"})
            QTest::newRow(command) << QString::fromLatin1(command);
    }

    void everyCommandHelpExitsZero()
    {
        QFETCH(QString, command);
        const Run run = cli({command, QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Usage:")), qPrintable(run.out));
    }

    void topLevelHelpListsEveryTaskAndFormat()
    {
        const Run run = cli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const QString &task : kTasks)
            QVERIFY2(run.err.contains(task) || run.out.contains(task), qPrintable(task));
        const Run import = cli({QStringLiteral("import"), QStringLiteral("--help")});
        for (const auto &importer : allImporters())
            QVERIFY2(import.out.contains(importer->format()), qPrintable(importer->format()));
        const Run exportHelp = cli({QStringLiteral("export"), QStringLiteral("--help")});
        for (const auto &exporter : allExporters())
            QVERIFY2(exportHelp.out.contains(exporter->format()), qPrintable(exporter->format()));
    }

    void trainHelpListsEveryTask()
    {
        const Run run = cli({QStringLiteral("train"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const QString &task : kTasks)
            QVERIFY2(run.out.contains(task), qPrintable(task));
    }

    void badUsageExitsTwo()
    {
        QCOMPARE(cli({QStringLiteral("train")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--no-such-option")}).exitCode, 2);
        const Run unknown = cli({QStringLiteral("train"), m_dir.filePath(QStringLiteral("none.candor")),
            QStringLiteral("--task"), QStringLiteral("astrology")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("unknown task 'astrology'")), qPrintable(unknown.err));
    }

    // The commands that run models take --device, --threads and --batch-limit; a device that is not there is named,
    // never replaced by another in silence.
    void computingCommandsTakeDeviceAndThreads()
    {
        for (const char *command : {"train", "predict", "eval", "heatmap"}) {
            const Run help = cli({QString::fromLatin1(command), QStringLiteral("--help")});
            QVERIFY2(help.out.contains(QStringLiteral("--device")) && help.out.contains(QStringLiteral("--threads"))
                    && help.out.contains(QStringLiteral("--batch-limit")),
                command);
        }
        const Run cuda
            = cli({QStringLiteral("eval"), m_dir.filePath(QStringLiteral("none.candor")), QStringLiteral("--task"),
                QStringLiteral("persuasion-labels"), QStringLiteral("--device"), QStringLiteral("cuda:7")});
        QCOMPARE(cuda.exitCode, 1);
        QVERIFY2(cuda.err.contains(QStringLiteral("device 'cuda:7' requested")), qPrintable(cuda.err));
        const Run threads
            = cli({QStringLiteral("eval"), m_dir.filePath(QStringLiteral("none.candor")), QStringLiteral("--task"),
                QStringLiteral("persuasion-labels"), QStringLiteral("--threads"), QStringLiteral("0")});
        QCOMPARE(threads.exitCode, 2);
        const Run limit
            = cli({QStringLiteral("eval"), m_dir.filePath(QStringLiteral("none.candor")), QStringLiteral("--task"),
                QStringLiteral("persuasion-labels"), QStringLiteral("--batch-limit"), QStringLiteral("none")});
        QCOMPARE(limit.exitCode, 2);
        QVERIFY2(limit.err.contains(QStringLiteral("--batch-limit must be a whole number")), qPrintable(limit.err));
        const Run stats = cli({QStringLiteral("stats"), m_dir.filePath(QStringLiteral("none.candor")),
            QStringLiteral("--device"), QStringLiteral("cpu")});
        QCOMPARE(stats.exitCode, 2); // stats runs no model
    }

    // Not a terminal (a pipe): one line per phase and per scored epoch, so a long run is never silent.
    void trainingPrintsProgressOnStderr()
    {
        const QString project = m_dir.filePath(QStringLiteral("sample.candor"));
        QCOMPARE(cli({QStringLiteral("sample"), project}).exitCode, 0);
        const QString config = m_dir.filePath(QStringLiteral("small.json"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"threads": 1, "trainTransformer": false, "trainLinear": false, "trainEnsemble": false, "ngramHashBits": 12,
            "ngramEpochs": 4})");
        file.close();
        const Run run = cli({QStringLiteral("train"), project, QStringLiteral("--task"),
            QStringLiteral("persuasion-labels"), QStringLiteral("--config"), config});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("model version 1")), qPrintable(run.out));
        const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // Five cross-validation folds of four epochs, each epoch's held-out score on a line of its own.
        QVERIFY2(lines.filter(QStringLiteral("ngram fold ")).filter(QStringLiteral(" held-out ")).size() >= 20,
            qPrintable(run.err));
        QVERIFY2(lines.filter(QStringLiteral("loss ")).size() >= 4, qPrintable(run.err));
    }

    // A version that learnt nothing (its learning rate is a billionth) is no better than the constant answer by
    // cross-validation: predict refuses it with the figures, and --anyway proposes its rows all the same.
    void predictHoldsBackAWeakModelUnlessAskedAnyway()
    {
        const QString project = m_dir.filePath(QStringLiteral("weak.candor"));
        QCOMPARE(cli({QStringLiteral("sample"), project}).exitCode, 0);
        const QString config = m_dir.filePath(QStringLiteral("weak.json"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"threads": 1, "trainTransformer": false, "trainLinear": false, "trainEnsemble": false, "ngramHashBits": 12,
            "ngramEpochs": 3, "ngramLearningRate": 1e-9})");
        file.close();
        const QStringList task{QStringLiteral("--task"), QStringLiteral("persuasion-labels")};
        const Run trained
            = cli(QStringList{QStringLiteral("train"), project, QStringLiteral("--config"), config} + task);
        QCOMPARE(trained.exitCode, 0);
        QVERIFY2(trained.out.contains(QStringLiteral("lead over the constant answer -")), qPrintable(trained.out));
        const Run refused = cli(QStringList{QStringLiteral("predict"), project} + task);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("is no better than always giving the same answer (CV micro_f1")),
            qPrintable(refused.err));
        const Run anyway = cli(QStringList{QStringLiteral("predict"), project, QStringLiteral("--anyway")} + task);
        QCOMPARE(anyway.exitCode, 0);
        QVERIFY2(anyway.out.contains(QStringLiteral("120 items predicted")), qPrintable(anyway.out));
    }
};

QTEST_GUILESS_MAIN(TestCliContract)
#include "TestCliContract.moc"
