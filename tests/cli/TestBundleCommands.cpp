// Training away from the project, as a person does it: candor-cli export-training, candor-train, candor-cli
// import-model. The imported version carries the same figures and files as `candor-cli train` with the same settings
// gives, and scores the same when evaluated again; a bundle whose examples the project no longer holds, a training
// bundle given as a model, and a task that has no bundle are refused with the reason.
#include "core/store/ProjectStore.h"
#include "tests/cli/CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {

using Run = candor::testing::CliRun;

Run cli(const QStringList &arguments)
{
    return candor::testing::runCli(arguments, 600);
}

Run candorTrain(const QStringList &arguments)
{
    return candor::testing::runProgram(QStringLiteral("candor-train"), arguments, 600);
}

} // namespace

class TestBundleCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_config;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        m_project = path(QStringLiteral("sample.candor"));
        const Run sample = cli({QStringLiteral("sample"), m_project});
        QVERIFY2(sample.exitCode == 0, qPrintable(sample.err));
        // Both quick candidates with 3-fold selection: the same choices a full run makes, in seconds.
        m_config = path(QStringLiteral("quick.json"));
        QFile config(m_config);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(R"({"trainTransformer": false, "cvFolds": 3, "ngramEpochs": 6, "bootstrapResamples": 200})");
    }

    void anImportedModelIsTheModelATrainingWouldHaveMade()
    {
        const Run exported = cli({QStringLiteral("export-training"), m_project, QStringLiteral("--task"),
            QStringLiteral("persuasion-labels"), QStringLiteral("--config"), m_config,
            path(QStringLiteral("t.bundle"))});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY2(exported.out.contains(QStringLiteral("96 train / 24 dev examples")), qPrintable(exported.out));
        const Run trained = candorTrain({path(QStringLiteral("t.bundle")), path(QStringLiteral("m.bundle")),
            QStringLiteral("--threads"), QStringLiteral("2")});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        const Run imported = cli({QStringLiteral("import-model"), m_project, path(QStringLiteral("m.bundle"))});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const Run local = cli({QStringLiteral("train"), m_project, QStringLiteral("--task"),
            QStringLiteral("persuasion-labels"), QStringLiteral("--config"), m_config});
        QVERIFY2(local.exitCode == 0, qPrintable(local.err));

        ProjectStore store(m_project);
        const QList<ModelVersion> versions = store.modelVersions(QStringLiteral("persuasion-labels"));
        QCOMPARE(versions.size(), 2);
        const ModelVersion &fromBundle = versions.at(0).id < versions.at(1).id ? versions.at(0) : versions.at(1);
        const ModelVersion &inProject = versions.at(0).id < versions.at(1).id ? versions.at(1) : versions.at(0);
        QCOMPARE(fromBundle.config.value(QStringLiteral("trained_by")).toObject().value(QStringLiteral("program")),
            QJsonValue(QStringLiteral("candor-train")));
        for (const QString &key : {QStringLiteral("chosen"), QStringLiteral("cv"), QStringLiteral("dev"),
                 QStringLiteral("candidates"), QStringLiteral("baseline")})
            QVERIFY2(fromBundle.metrics.value(key) == inProject.metrics.value(key), qPrintable(key));
        QCOMPARE(fromBundle.config.value(QStringLiteral("files")), inProject.config.value(QStringLiteral("files")));
        for (const QJsonValue &file : fromBundle.config.value(QStringLiteral("files")).toArray())
            QCOMPARE(store.modelFile(fromBundle.id, file.toString()), store.modelFile(inProject.id, file.toString()));

        // Evaluated again, the imported version scores what it brought.
        const Run eval = cli({QStringLiteral("eval"), m_project, QStringLiteral("--task"),
            QStringLiteral("persuasion-labels"), QStringLiteral("--split"), QStringLiteral("dev"),
            QStringLiteral("--model-version"), QString::number(fromBundle.id), QStringLiteral("--json")});
        QVERIFY2(eval.exitCode == 0, qPrintable(eval.err));
        const QJsonObject scored
            = QJsonDocument::fromJson(eval.out.toUtf8()).object().value(QStringLiteral("metrics")).toObject();
        const QJsonObject brought = fromBundle.metrics.value(QStringLiteral("dev")).toObject();
        QVERIFY(!brought.isEmpty());
        QCOMPARE(
            scored.value(QStringLiteral("micro_f1")).toDouble(), brought.value(QStringLiteral("micro_f1")).toDouble());
    }

    void refusesWhatDoesNotFit()
    {
        const Run exported = cli({QStringLiteral("export-training"), m_project, QStringLiteral("--task"),
            QStringLiteral("persuasion-labels"), QStringLiteral("--config"), m_config,
            path(QStringLiteral("r.bundle"))});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const Run again = cli({QStringLiteral("export-training"), m_project, QStringLiteral("--task"),
            QStringLiteral("persuasion-labels"), path(QStringLiteral("r.bundle"))});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already exists")), qPrintable(again.err));
        const Run notAModel = cli({QStringLiteral("import-model"), m_project, path(QStringLiteral("r.bundle"))});
        QCOMPARE(notAModel.exitCode, 1);
        QVERIFY2(notAModel.err.contains(QStringLiteral("model.json")), qPrintable(notAModel.err));
        const Run thread = cli({QStringLiteral("export-training"), m_project, QStringLiteral("--task"),
            QStringLiteral("thread"), path(QStringLiteral("thread.bundle"))});
        QCOMPARE(thread.exitCode, 2);
        QVERIFY2(thread.err.contains(QStringLiteral("trains inside the project only")), qPrintable(thread.err));

        // A text edited after the export: the model was trained on other examples.
        const Run trained = candorTrain({path(QStringLiteral("r.bundle")), path(QStringLiteral("r.model"))});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        QFile train(path(QStringLiteral("r.bundle/train.jsonl")));
        QVERIFY(train.open(QIODevice::ReadOnly));
        const qint64 firstItem
            = QJsonDocument::fromJson(train.readLine()).object().value(QStringLiteral("id")).toString().toLongLong();
        ProjectStore(m_project).setItemText(firstItem, QStringLiteral("edited after the export"));
        const Run changed = cli({QStringLiteral("import-model"), m_project, path(QStringLiteral("r.model"))});
        QCOMPARE(changed.exitCode, 1);
        QVERIFY2(
            changed.err.contains(QStringLiteral("no longer those the model was trained on")), qPrintable(changed.err));
    }
};

QTEST_GUILESS_MAIN(TestBundleCommands)
#include "TestBundleCommands.moc"
