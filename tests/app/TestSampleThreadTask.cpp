// The sample project's thread task trains: its 26 training threads (reply chains whose wording carries each
// reply's stance) teach stance well above the majority class on its 10 dev threads. On so few threads one pass
// is two batches of 16; before epochs had a floor of optimiser steps (ThreadTrainConfig::minStepsPerEpoch),
// 15 epochs gave stance about 15 updates and it stayed at the majority class (accuracy 0.278, macro-F1 0.109).
// The schedule is the default one; the hashed text table is smaller and images are off so the run takes seconds
// and needs no pretrained backbone.
#include "app/jobs/thread/EvaluateThreadJob.h"
#include "app/jobs/thread/PredictThreadJob.h"
#include "app/jobs/thread/TrainThreadJob.h"
#include "core/domain/MetricsText.h"
#include "core/sample/SampleProject.h"
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

class TestSampleThreadTask : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    TrainThreadResult train(int minStepsPerEpoch, bool useImages = false)
    {
        TrainThreadOptions options;
        options.config.threads = 1;
        options.config.useImages = useImages;
        options.config.hashBuckets = 1 << 12;
        options.config.minStepsPerEpoch = minStepsPerEpoch;
        return TrainThreadJob(m_path, options).run();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("sample.candor"));
        buildSampleProject(m_path);
    }

    void cleanupTestCase() { Database::closeAll(); }

    void stanceLearnsTheRepliesWording()
    {
        const TrainThreadResult result = train(models::ThreadTrainConfig().minStepsPerEpoch);
        QCOMPARE(result.trainThreads, 26);
        QCOMPARE(result.devThreads, 10);
        const QJsonObject dev = result.metrics.value(QStringLiteral("dev")).toObject();
        const QJsonObject majority = result.metrics.value(QStringLiteral("dev_majority_baseline")).toObject();
        const double accuracy = dev.value(QStringLiteral("stance_accuracy")).toDouble();
        const double macroF1 = dev.value(QStringLiteral("stance_macro_f1")).toDouble();
        const QString scores = QStringLiteral("stance accuracy %1, macro-F1 %2").arg(accuracy).arg(macroF1);
        QCOMPARE(majority.value(QStringLiteral("stance_accuracy")).toDouble(), 10.0 / 36.0);
        QVERIFY2(accuracy >= 0.7, qPrintable(scores));
        QVERIFY2(macroF1 >= 0.6, qPrintable(scores));
        // The stored constant answers: stance by folds grouped by thread; on dev it is the majority baseline above,
        // and the model beats it. Veracity needs folds grouped by event and the sample's threads are all one source
        // (one group), so it has none.
        const QJsonArray baselines = result.metrics.value(QStringLiteral("baseline")).toArray();
        QCOMPARE(baselines.size(), 1);
        const QJsonObject stance = baselines.at(0).toObject();
        QCOMPARE(stance.value(QStringLiteral("metric")).toString(), QStringLiteral("stance_accuracy"));
        QCOMPARE(stance.value(QStringLiteral("dev")).toDouble(), 10.0 / 36.0);
        QVERIFY(stance.value(QStringLiteral("cv")).toObject().value(QStringLiteral("folds")).toInt() == 5);
        QVERIFY(!baselineSummary(result.metrics)
                     .contains(QStringLiteral("no better than always answering") + QStringLiteral(" ")
                         + stance.value(QStringLiteral("answer")).toArray().at(0).toString()));
    }

    // The same run with one pass an epoch (two steps, 30 in all) is the collapse this test guards against: here
    // macro-F1 0.34 (dev replies mostly taken for one or two classes), with the default text table 0.109.
    void onePassAnEpochCollapses()
    {
        const TrainThreadResult result = train(1);
        const QJsonObject dev = result.metrics.value(QStringLiteral("dev")).toObject();
        QVERIFY2(dev.value(QStringLiteral("stance_macro_f1")).toDouble() < 0.5,
            qPrintable(QString::number(dev.value(QStringLiteral("stance_macro_f1")).toDouble())));
    }

    // One sample reply carries a photo. Without the image model installed, training goes on with text and structure,
    // says what it left out, and the version records useImages = false so its predictions never see image vectors.
    void missingImageModelTrainsWithoutImages()
    {
        QTemporaryDir emptyModels;
        qputenv("CANDOR_MODELS_DIR", emptyModels.path().toUtf8());
        const TrainThreadResult result = train(models::ThreadTrainConfig().minStepsPerEpoch, /*useImages=*/true);
        qunsetenv("CANDOR_MODELS_DIR");
        QVERIFY2(result.imagesLeftOut.contains(QStringLiteral("post image(s) left out: the image model")),
            qPrintable(result.imagesLeftOut));
        QVERIFY(result.imagesLeftOut.contains(emptyModels.path()));
        const std::optional<ModelVersion> version = ProjectStore(m_path).latestModelVersion(QStringLiteral("thread"));
        QVERIFY(version && version->id == result.modelVersionId);
        QCOMPARE(
            version->config.value(QStringLiteral("train")).toObject().value(QStringLiteral("useImages")).toBool(true),
            false);
        QCOMPARE(version->dataSnapshot.value(QStringLiteral("images_left_out")).toString(), result.imagesLeftOut);
    }
};

QTEST_GUILESS_MAIN(TestSampleThreadTask)
#include "TestSampleThreadTask.moc"
