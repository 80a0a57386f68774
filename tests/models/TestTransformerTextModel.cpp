// The transformer candidate on synthetic keyword tasks with a small encoder and a word-level test tokenizer
// (independent of sentencepiece): it must learn every task kind, repeat exactly under a seed, pre-train with
// masked LM, fine-tune only the last layers, and stop on cancel.
#include "models/text/TransformerTextModel.h"
#include "tests/models/SyntheticText.h"
#include "tests/models/WordTestTokenizer.h"

#include <QtTest>

using namespace candor::models;
using namespace candor::testing;

class TestTransformerTextModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void learnsKeywordTask_data();
    void learnsKeywordTask();
    void fixedSeedRepeats();
    void cancellationStopsTraining();
    void sentencepieceModelRoundTripsThroughSaveAndLoad();

private:
    static TextTrainConfig smallConfig()
    {
        TextTrainConfig config;
        config.threads = 2;
        config.width = 32;
        config.layers = 2;
        config.heads = 2;
        config.feedForward = 64;
        config.headUnits = 32;
        config.maxLength = 24;
        config.epochs = 10;
        config.batchSize = 16;
        config.learningRate = 3e-3;
        config.patience = 2;
        return config;
    }
    // Trains on `trainCount` examples watching 60 others: `metrics` gets the best epoch's held-out scores (rule
    // tuned on them) and "epoch"; training stops after `patience` epochs without a better one.
    static std::unique_ptr<RawOutputModel> trainSmall(TextTaskKind kind, const TextTrainConfig &config, int trainCount,
        std::map<std::string, double> &metrics, const candor::engine::RunControl &control = {})
    {
        const auto task = syntheticTask(kind);
        const auto train = syntheticExamples(kind, trainCount, 1);
        const auto heldOut = syntheticExamples(kind, 60, 2);
        EpochWatch watch;
        watch.texts = textsOf(heldOut);
        watch.phase = "transformer";
        double best = -1;
        watch.afterEpoch = [&](int epoch, std::vector<RawTextOutput> outputs) {
            const HeldOutScore scored = scoreHeldOut(task, outputs, heldOut, config);
            if (scored.score > best) {
                best = scored.score;
                metrics = scored.metrics;
                metrics["epoch"] = epoch;
            }
            return EpochVerdict{epoch - int(metrics.at("epoch")) >= config.patience, scored.score};
        };
        return trainTransformerTextModel(
            task, train, textsOf(train), config, std::make_shared<WordTestTokenizer>(), watch, control);
    }
};

void TestTransformerTextModel::initTestCase()
{
    // ctest points CANDOR_SPM_MODULE at the tokenizer module; run by hand, the build tree's copy is the one to use.
    if (qEnvironmentVariableIsEmpty("CANDOR_SPM_MODULE"))
        qputenv("CANDOR_SPM_MODULE", CANDOR_BINARY_DIR "/lib/candor/libcandor_spm.so");
}

void TestTransformerTextModel::learnsKeywordTask_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("pretrainEpochs");
    QTest::addColumn<int>("lastLayers");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<double>("minimum");
    QTest::addColumn<int>("epochs");
    QTest::addColumn<int>("patience");
    QTest::newRow("multi-label") << int(TextTaskKind::MultiLabel) << 0 << -1 << "micro_f1" << 0.9 << 10 << 2;
    QTest::newRow("multi-label after masked LM")
        << int(TextTaskKind::MultiLabel) << 2 << -1 << "micro_f1" << 0.9 << 10 << 2;
    QTest::newRow("span tagging") << int(TextTaskKind::SpanTagging) << 0 << -1 << "span_f1" << 0.8 << 10 << 2;
    QTest::newRow("span tagging, last layer only")
        << int(TextTaskKind::SpanTagging) << 0 << 1 << "span_f1" << 0.6 << 10 << 2;
    // The joint class + six-head objective climbs more slowly: it gets more epochs and patience, not a lower bar.
    QTest::newRow("narrative") << int(TextTaskKind::Narrative) << 0 << -1 << "score" << 0.8 << 20 << 5;
}

void TestTransformerTextModel::learnsKeywordTask()
{
    QFETCH(int, kind);
    QFETCH(int, pretrainEpochs);
    QFETCH(int, lastLayers);
    QFETCH(QString, metric);
    QFETCH(double, minimum);
    QFETCH(int, epochs);
    QFETCH(int, patience);
    auto config = smallConfig();
    config.epochs = epochs;
    config.patience = patience;
    config.mlmPretrainEpochs = pretrainEpochs;
    config.fineTuneLastLayers = lastLayers;
    std::map<std::string, double> metrics;
    bool sawPretrain = false;
    candor::engine::RunControl control;
    control.sink = [&](const candor::engine::Progress &p) { sawPretrain = sawPretrain || p.phase == "pretrain"; };
    const auto model = trainSmall(TextTaskKind(kind), config, 160, metrics, control);
    QCOMPARE(sawPretrain, pretrainEpochs > 0);
    QCOMPARE(QString::fromStdString(model->kind()), QStringLiteral("transformer"));
    const double value = metrics.at(metric.toStdString());
    qInfo("%s = %.3f (epoch %g)", qPrintable(metric), value, metrics.at("epoch"));
    QVERIFY2(value >= minimum, qPrintable(QStringLiteral("%1 = %2").arg(metric).arg(value)));
    const auto files = model->save();
    QCOMPARE(files.at("tokenizer.model"), std::string("word-test-tokenizer"));
    QVERIFY(files.at("config.json").find("\"transformer\"") != std::string::npos);
}

void TestTransformerTextModel::fixedSeedRepeats()
{
    auto config = smallConfig();
    config.epochs = 2;
    std::map<std::string, double> first, second;
    const auto a = trainSmall(TextTaskKind::Narrative, config, 40, first);
    const auto b = trainSmall(TextTaskKind::Narrative, config, 40, second);
    QVERIFY(a->save() == b->save());
    QCOMPARE(first, second);
}

void TestTransformerTextModel::cancellationStopsTraining()
{
    // The token is cancelled as the second step reports: the third step never runs.
    int steps = 0;
    candor::engine::RunControl control;
    control.sink = [&](const candor::engine::Progress &p) {
        if (p.phase == "transformer" && !p.has("held_out") && ++steps == 2)
            control.cancel.cancel();
    };
    std::map<std::string, double> metrics;
    QVERIFY_THROWS_EXCEPTION(
        candor::engine::Cancelled, trainSmall(TextTaskKind::MultiLabel, smallConfig(), 100, metrics, control));
    QCOMPARE(steps, 2);
}

void TestTransformerTextModel::sentencepieceModelRoundTripsThroughSaveAndLoad()
{
    // The full path: TextModel::train trains a sentencepiece tokenizer on the project text, saves three files.
    const auto task = syntheticTask(TextTaskKind::SpanTagging);
    auto config = smallConfig();
    config.trainNgramBaseline = false;
    config.epochs = 2;
    config.vocabSize = 120;
    TrainReport report;
    const auto model = TextModel::train(task, syntheticExamples(task.kind, 60, 1), syntheticExamples(task.kind, 20, 2),
        {"more unlabelled text about the river", "otra frase en español"}, config, report);
    QCOMPARE(QString::fromStdString(report.chosen), QStringLiteral("transformer"));
    QCOMPARE(report.folds, 5);
    QVERIFY(report.candidates.at("transformer").cv.count("span_f1"));
    QVERIFY(report.dev.count("span_f1"));
    const auto files = model->save();
    QCOMPARE(int(files.size()), 3);
    const auto loaded = TextModel::load(files);
    QCOMPARE(QString::fromStdString(loaded->kind()), QStringLiteral("transformer"));
    const auto texts = textsOf(syntheticExamples(task.kind, 12, 7));
    const auto a = model->predict(texts);
    const auto b = loaded->predict(texts);
    for (size_t i = 0; i < texts.size(); ++i) {
        QCOMPARE(a[i].spans.size(), b[i].spans.size());
        for (size_t s = 0; s < a[i].spans.size(); ++s) {
            QCOMPARE(a[i].spans[s].start, b[i].spans[s].start);
            QCOMPARE(a[i].spans[s].end, b[i].spans[s].end);
            QCOMPARE(a[i].spans[s].score, b[i].spans[s].score);
        }
    }
    QVERIFY(loaded->save() == files);
    // A tokenizer that does not fit the network is refused with a reason.
    auto foreign = files;
    foreign.erase("tokenizer.model");
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, TextModel::load(foreign));
}

QTEST_GUILESS_MAIN(TestTransformerTextModel)
#include "TestTransformerTextModel.moc"
