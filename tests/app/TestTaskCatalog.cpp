// The TaskCatalog: every task the window and the CLI offer, one request shape for each family's train, predict and
// evaluate jobs, "retrain with the last settings" from what a version stored, and what a task still lacks.
#include "app/jobs/TaskCatalog.h"
#include "app/jobs/thread/TrainThreadJob.h"
#include "core/domain/Error.h"
#include "core/sample/SampleProject.h"
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

class TestTaskCatalog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sample;
    QString m_empty;

private Q_SLOTS:
    void initTestCase()
    {
        m_sample = m_dir.filePath(QStringLiteral("sample.candor"));
        buildSampleProject(m_sample);
        m_empty = m_dir.filePath(QStringLiteral("empty.candor"));
        ProjectStore::create(m_empty);
    }

    void cleanupTestCase() { Database::closeAll(); }

    void listsTheSixTasks()
    {
        QCOMPARE(TaskCatalog::names(),
            (QStringList{QStringLiteral("persuasion-labels"), QStringLiteral("persuasion-spans"),
                QStringLiteral("persuasion-multimodal"), QStringLiteral("narrative"), QStringLiteral("post-veracity"),
                QStringLiteral("thread")}));
        QCOMPARE(TaskCatalog::task(QStringLiteral("thread")).variants,
            (QStringList{QStringLiteral("branches"), QStringLiteral("chronological")}));
        QCOMPARE(TaskCatalog::task(QStringLiteral("persuasion-multimodal")).variants.first(), QStringLiteral("auto"));
        QVERIFY(TaskCatalog::task(QStringLiteral("narrative")).hasLanguages);
        try {
            TaskCatalog::task(QStringLiteral("astrology"));
            QFAIL("an unknown task must be refused");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("unknown task 'astrology'")), qPrintable(error.message()));
            QVERIFY(error.message().contains(QStringLiteral("thread")));
        }
    }

    // A schema of the project's own offers its tasks: item schemas labels:S and class:S, span schemas spans:S; what
    // they still lack is said in the readiness check's words.
    void ownSchemasOfferTheirTasks()
    {
        const QString path = m_dir.filePath(QStringLiteral("own.candor"));
        ProjectStore::create(path);
        ProjectStore store(path);
        LabelSchema claims;
        claims.name = QStringLiteral("claims");
        claims.use = SchemaUse::Spans;
        claims.labels = {{QStringLiteral("health"), defaultLabelColour(0), QStringLiteral("H")}};
        store.saveSchema(claims);
        QStringList names;
        for (const TaskInfo &task : TaskCatalog::tasksOf(&store))
            names.append(task.name);
        QCOMPARE(names.size(), 7);
        QCOMPARE(names.last(), QStringLiteral("spans:claims"));
        const TaskInfo spans = TaskCatalog::task(QStringLiteral("spans:claims"));
        QCOMPARE(spans.family, TaskFamily::Text);
        QCOMPARE(spans.summary, QStringLiteral("Spans of your schema claims in an item's text"));
        QCOMPARE(missingTrainingData(store, QStringLiteral("spans:claims")),
            QStringLiteral("no item with claims spans (gold, curated or human-confirmed) in split 'train'"));
        QVERIFY_THROWS_EXCEPTION(Error, missingTrainingData(store, QStringLiteral("labels:claims"))); // spans only
        QCOMPARE(TaskCatalog::tasksOf(nullptr).size(), TaskCatalog::tasks().size());
    }

    void makesTheJobsOfEveryFamily_data()
    {
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("trainTitle");
        QTest::addColumn<QString>("evaluateTitle");
        QTest::newRow("text") << "persuasion-spans"
                              << ""
                              << "Train persuasion-spans"
                              << "Evaluate persuasion-spans on dev";
        QTest::newRow("thread") << "thread"
                                << "chronological"
                                << "Train thread (chronological)"
                                << "Evaluate thread on dev";
        QTest::newRow("post veracity, text and picture") << "post-veracity"
                                                         << "text+description"
                                                         << "Train post-veracity (text+description)"
                                                         << "Evaluate post-veracity on dev";
        QTest::newRow("meme") << "persuasion-multimodal"
                              << "image"
                              << "Train persuasion-multimodal (image)"
                              << "Evaluate persuasion-multimodal on dev";
    }

    void makesTheJobsOfEveryFamily()
    {
        QFETCH(QString, task);
        QFETCH(QString, variant);
        QFETCH(QString, trainTitle);
        QFETCH(QString, evaluateTitle);
        TrainRequest train;
        train.task = task;
        train.variant = variant;
        train.settings = {{QStringLiteral("epochs"), 3}};
        QCOMPARE(makeTrainJob(m_sample, train)->title(), trainTitle);
        PredictRequest predict;
        predict.task = task;
        QVERIFY(makePredictJob(m_sample, predict)->title().contains(QStringLiteral("Predict")));
        EvaluateRequest evaluate;
        evaluate.task = task;
        QCOMPARE(makeEvaluateJob(m_sample, evaluate)->title(), evaluateTitle);
    }

    void badRequestsNameTheProblem()
    {
        TrainRequest request;
        request.task = QStringLiteral("thread");
        request.variant = QStringLiteral("sideways");
        QVERIFY_THROWS_EXCEPTION(Error, makeTrainJob(m_sample, request));
        request.variant.clear();
        request.settings = {{QStringLiteral("epochs"), QStringLiteral("many")}};
        try {
            makeTrainJob(m_sample, request);
            QFAIL("a setting of the wrong type must be refused");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("epochs")), qPrintable(error.message()));
        }
        request.task = QStringLiteral("persuasion-multimodal");
        request.settings = {{QStringLiteral("learning_rat"), 0.1}};
        QVERIFY_THROWS_EXCEPTION(Error, makeTrainJob(m_sample, request));
    }

    // What a version stored is what a retrain uses: the family's settings, the variant, the splits.
    void retrainRequestsComeFromTheVersion()
    {
        TrainThreadOptions options;
        options.config.order = models::PostOrder::Chronological;
        options.config.epochs = 1;
        options.config.threads = 1;
        options.config.useImages = false;
        options.config.hashBuckets = 1 << 10;
        const TrainThreadResult trained = TrainThreadJob(m_sample, options).run();
        const std::optional<ModelVersion> version = ProjectStore(m_sample).modelVersion(trained.modelVersionId);
        QVERIFY(version);
        const TrainRequest again = retrainRequest(*version);
        QCOMPARE(again.task, QStringLiteral("thread"));
        QCOMPARE(again.variant, QStringLiteral("chronological"));
        QCOMPARE(again.settings.value(QStringLiteral("epochs")).toInt(), 1);
        QCOMPARE(again.settings.value(QStringLiteral("hashBuckets")).toInt(), 1 << 10);
        QVERIFY(!again.settings.contains(QStringLiteral("imageInputDim")));
        QCOMPARE(again.trainSplits, QStringList{QStringLiteral("train")});
        QCOMPARE(makeTrainJob(m_sample, again)->title(), QStringLiteral("Train thread (chronological)"));

        ModelVersion text;
        text.task = QStringLiteral("narrative");
        text.config = {{QStringLiteral("language"), QStringLiteral("es")},
            {QStringLiteral("train"),
                QJsonObject{{QStringLiteral("ngramEpochs"), 7}, {QStringLiteral("pretrainedTokenizer"), true}}}};
        QStringList notes;
        const TrainRequest narrative = retrainRequest(text, &notes);
        QCOMPARE(narrative.language, QStringLiteral("es"));
        QCOMPARE(narrative.settings.value(QStringLiteral("ngramEpochs")).toInt(), 7);
        QVERIFY(!narrative.settings.contains(QStringLiteral("pretrainedTokenizer")));
        QCOMPARE(notes.size(), 1);

        // A post-veracity version retrains reading what it read.
        ModelVersion post;
        post.task = QStringLiteral("post-veracity");
        post.config = {{QStringLiteral("picture_input"), QStringLiteral("description")},
            {QStringLiteral("train"), QJsonObject{{QStringLiteral("ngramEpochs"), 5}}}};
        QCOMPARE(retrainRequest(post).variant, QStringLiteral("description"));
        QCOMPARE(
            makeTrainJob(m_sample, retrainRequest(post))->title(), QStringLiteral("Train post-veracity (description)"));
        QCOMPARE(TaskCatalog::task(QStringLiteral("post-veracity")).variants.first(), QStringLiteral("text"));
    }

    void sayWhatATaskLacks_data()
    {
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("missing");
        QTest::newRow("labels") << "persuasion-labels"
                                << "no meme with persuasion-20 item labels";
        QTest::newRow("spans") << "persuasion-spans"
                               << "no meme with persuasion-20 spans";
        QTest::newRow("multimodal") << "persuasion-multimodal"
                                    << "fewer than 4 memes with an image in split 'train'";
        QTest::newRow("narrative") << "narrative"
                                   << "no message with a CONSPIRACY or CRITICAL label";
        QTest::newRow("thread") << "thread"
                                << "no thread in split 'train' has a stance or veracity label";
        QTest::newRow("post veracity") << "post-veracity"
                                       << "no post with a fake or real label";
    }

    void sayWhatATaskLacks()
    {
        QFETCH(QString, task);
        QFETCH(QString, missing);
        QVERIFY2(missingTrainingData(ProjectStore(m_empty), task).contains(missing),
            qPrintable(missingTrainingData(ProjectStore(m_empty), task)));
        // The sample project carries data for every task but post veracity (it has no posts with a verdict).
        if (task != QLatin1String("post-veracity"))
            QCOMPARE(missingTrainingData(ProjectStore(m_sample), task), QString());
    }
};

QTEST_GUILESS_MAIN(TestTaskCatalog)
#include "TestTaskCatalog.moc"
