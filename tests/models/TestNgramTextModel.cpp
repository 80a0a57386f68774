// The n-gram baseline through the public TextModel API: it must learn synthetic keyword tasks of every kind,
// round-trip through save/load with identical predictions, repeat exactly under a fixed seed, and stop on cancel.
#include "models/text/ClassBalance.h"
#include "models/text/TextModel.h"
#include "tests/models/SyntheticText.h"

#include <QtTest>

using namespace candor::models;
using namespace candor::testing;

class TestNgramTextModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void learnsKeywordTask_data();
    void learnsKeywordTask();
    void saveLoadGivesIdenticalPredictions();
    void fixedSeedRepeats();
    void cancellationStopsTraining();
    void loadRefusesForeignFiles();
    void balancedClassWeightsAreInverseFrequency();
    void learnsNarrativeWithBalancedClasses();

private:
    static TextTrainConfig ngramConfig()
    {
        TextTrainConfig config;
        config.trainTransformer = false;
        config.trainLinear = false; // the linear candidate has its own test (test_lineartextmodel)
        config.threads = 2;
        config.ngramHashBits = 14;
        config.ngramEpochs = 15;
        config.minSpanLength = 2;
        return config;
    }
};

void TestNgramTextModel::learnsKeywordTask_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<double>("minimum");
    // Thresholds come from out-of-fold outputs, not from dev itself: 0.896 dev, 0.893 CV on this synthetic set.
    QTest::newRow("multi-label micro-F1") << int(TextTaskKind::MultiLabel) << "micro_f1" << 0.88;
    QTest::newRow("span tagging span-F1") << int(TextTaskKind::SpanTagging) << "span_f1" << 0.85;
    QTest::newRow("narrative MCC") << int(TextTaskKind::Narrative) << "mcc" << 0.95;
    QTest::newRow("narrative span-F1") << int(TextTaskKind::Narrative) << "span_f1" << 0.8;
    QTest::newRow("single-label macro-F1") << int(TextTaskKind::SingleLabel) << "macro_f1" << 0.95;
}

void TestNgramTextModel::learnsKeywordTask()
{
    QFETCH(int, kind);
    QFETCH(QString, metric);
    QFETCH(double, minimum);
    const auto task = syntheticTask(TextTaskKind(kind));
    const auto train = syntheticExamples(task.kind, 240, 1);
    const auto dev = syntheticExamples(task.kind, 60, 2);
    TrainReport report;
    const auto model = TextModel::train(task, train, dev, {}, ngramConfig(), report);
    QCOMPARE(QString::fromStdString(report.chosen), QStringLiteral("ngram"));
    QCOMPARE(QString::fromStdString(model->kind()), QStringLiteral("ngram"));
    // Both the cross-validated estimate and dev (scored once at the end) clear the bar.
    const double cv = report.candidates.at("ngram").cv.at(metric.toStdString()).mean;
    const double value = report.dev.at(metric.toStdString());
    qInfo("%s = %.3f dev, %.3f CV (epoch %d)", qPrintable(metric), value, cv, report.candidates.at("ngram").epoch);
    QVERIFY2(value >= minimum, qPrintable(QStringLiteral("dev %1 = %2").arg(metric).arg(value)));
    QVERIFY2(cv >= minimum, qPrintable(QStringLiteral("CV %1 = %2").arg(metric).arg(cv)));
    QVERIFY(report.constant.lead.low > 0);

    // Held-out texts, decided with the saved thresholds.
    const auto test = syntheticExamples(task.kind, 30, 3);
    const auto predictions = model->predict(textsOf(test));
    QCOMPARE(predictions.size(), test.size());
    if (task.kind == TextTaskKind::MultiLabel) {
        int exact = 0;
        for (size_t i = 0; i < test.size(); ++i) {
            auto gold = test[i].classes;
            std::sort(gold.begin(), gold.end());
            exact += predictions[i].classes == gold;
            QCOMPARE(predictions[i].classScores.size(), size_t(3));
        }
        QVERIFY2(exact >= 24, qPrintable(QString::number(exact)));
    }
    if (task.kind == TextTaskKind::SingleLabel) {
        // One verdict per text, no spans, and the two probabilities (calibrated on the positive class) sum to 1.
        int right = 0;
        for (size_t i = 0; i < test.size(); ++i) {
            QCOMPARE(predictions[i].classes.size(), size_t(1));
            QVERIFY(predictions[i].spans.empty());
            QCOMPARE(predictions[i].classScores.size(), size_t(2));
            QVERIFY(qAbs(predictions[i].classScores[0] + predictions[i].classScores[1] - 1.0f) < 1e-5f);
            right += predictions[i].classes == test[i].classes;
        }
        QVERIFY2(right >= 28, qPrintable(QString::number(right)));
        QCOMPARE(report.constant.metric, std::string("macro_f1"));
    }
}

void TestNgramTextModel::saveLoadGivesIdenticalPredictions()
{
    const auto task = syntheticTask(TextTaskKind::Narrative);
    TrainReport report;
    auto config = ngramConfig();
    config.ngramEpochs = 4;
    const auto model = TextModel::train(
        task, syntheticExamples(task.kind, 80, 1), syntheticExamples(task.kind, 20, 2), {}, config, report);
    const auto files = model->save();
    QCOMPARE(int(files.size()), 2);
    QVERIFY(files.count("model.safetensors") && files.count("config.json"));
    const auto loaded = TextModel::load(files);
    QCOMPARE(loaded->task().spanLabels, task.spanLabels);
    const auto texts = textsOf(syntheticExamples(task.kind, 20, 5));
    const auto a = model->predict(texts);
    const auto b = loaded->predict(texts);
    for (size_t i = 0; i < texts.size(); ++i) {
        QCOMPARE(a[i].classScores, b[i].classScores);
        QCOMPARE(a[i].classes, b[i].classes);
        QCOMPARE(a[i].spans.size(), b[i].spans.size());
        for (size_t s = 0; s < a[i].spans.size(); ++s) {
            QCOMPARE(a[i].spans[s].start, b[i].spans[s].start);
            QCOMPARE(a[i].spans[s].end, b[i].spans[s].end);
            QCOMPARE(a[i].spans[s].score, b[i].spans[s].score);
        }
    }
    QCOMPARE(loaded->save(), files);
}

void TestNgramTextModel::fixedSeedRepeats()
{
    const auto task = syntheticTask(TextTaskKind::MultiLabel);
    auto config = ngramConfig();
    config.ngramEpochs = 3;
    TrainReport first, second;
    const auto train = syntheticExamples(task.kind, 60, 1);
    const auto dev = syntheticExamples(task.kind, 20, 2);
    const auto a = TextModel::train(task, train, dev, {}, config, first);
    const auto b = TextModel::train(task, train, dev, {}, config, second);
    QCOMPARE(a->save(), b->save());
    QCOMPARE(first.dev, second.dev);
    QCOMPARE(first.candidates.at("ngram").epoch, second.candidates.at("ngram").epoch);
    QCOMPARE(first.candidates.at("ngram").cv.at("score").mean, second.candidates.at("ngram").cv.at("score").mean);
}

void TestNgramTextModel::cancellationStopsTraining()
{
    const auto task = syntheticTask(TextTaskKind::SpanTagging);
    // The token is cancelled as the third step reports: the fourth step never runs.
    int progressCalls = 0;
    bool cancelled = false;
    candor::engine::RunControl control;
    control.sink = [&](const candor::engine::Progress &p) {
        QCOMPARE(QString::fromStdString(p.phase), QStringLiteral("ngram fold 1/5"));
        if (++progressCalls == 3)
            control.cancel.cancel();
    };
    try {
        TrainReport report;
        TextModel::train(task, syntheticExamples(task.kind, 100, 1), syntheticExamples(task.kind, 20, 2), {},
            ngramConfig(), report, control);
    } catch (const candor::engine::Cancelled &) {
        cancelled = true;
    }
    QVERIFY(cancelled);
    QCOMPARE(progressCalls, 3);
}

void TestNgramTextModel::loadRefusesForeignFiles()
{
    const auto task = syntheticTask(TextTaskKind::MultiLabel);
    auto config = ngramConfig();
    config.ngramEpochs = 1;
    config.cvFolds = 0; // no selection: one quick training
    TrainReport report;
    const auto files = TextModel::train(task, syntheticExamples(task.kind, 20, 1), {}, {}, config, report)->save();
    auto withExtra = files;
    withExtra["model.pt"] = "pickle";
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, TextModel::load(withExtra));
    auto missing = files;
    missing.erase("model.safetensors");
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, TextModel::load(missing));
    auto badConfig = files;
    badConfig["config.json"] = "{\"format\": \"candor-text-model\", \"version\": 99}";
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, TextModel::load(badConfig));
    auto wrongShape = files;
    // A config with one label fewer than the weights hold: shapes no longer match.
    std::string json = files.at("config.json");
    const auto pos = json.find("\"Betrayal\"");
    QVERIFY(pos != std::string::npos);
    json.erase(json.rfind(',', pos), pos + 10 - json.rfind(',', pos));
    const auto thresholds = json.find("\"class_thresholds\"");
    const auto comma = json.find(',', thresholds);
    json.erase(comma, json.find(',', comma + 1) - comma);
    wrongShape["config.json"] = json;
    try {
        TextModel::load(wrongShape);
        QFAIL("a config that does not fit the weights was accepted");
    } catch (const std::runtime_error &e) {
        qInfo("refused: %s", e.what());
    }
}

void TestNgramTextModel::balancedClassWeightsAreInverseFrequency()
{
    // 3 CONSPIRACY, 1 CRITICAL: N / (classes x count) = 4 / 6 and 4 / 2.
    const auto task = syntheticTask(TextTaskKind::Narrative);
    std::vector<TextExample> train(4);
    for (size_t i = 0; i < train.size(); ++i)
        train[i].classes = {i < 3 ? 0 : 1};
    const std::vector<float> weights = balancedClassWeights(task, train);
    QCOMPARE(int(weights.size()), 2);
    QVERIFY(qAbs(weights[0] - 4.0f / 6.0f) < 1e-6f);
    QVERIFY(qAbs(weights[1] - 2.0f) < 1e-6f);
    // A class without training examples keeps weight 1.
    train.pop_back();
    QCOMPARE(balancedClassWeights(task, train)[1], 1.0f);
}

void TestNgramTextModel::learnsNarrativeWithBalancedClasses()
{
    const auto task = syntheticTask(TextTaskKind::Narrative);
    // Keep one CRITICAL text in four: the weighted loss must still learn both classes.
    std::vector<TextExample> train;
    int critical = 0;
    for (const TextExample &e : syntheticExamples(task.kind, 400, 1))
        if (e.classes.front() == 0 || ++critical % 3 == 0)
            train.push_back(e);
    TextTrainConfig config = ngramConfig();
    config.balanceClasses = true;
    TrainReport report;
    TextModel::train(task, train, syntheticExamples(task.kind, 60, 2), {}, config, report);
    const double mcc = report.dev.at("mcc");
    qInfo("balanced mcc = %.3f", mcc);
    QVERIFY(mcc >= 0.9);
}

QTEST_GUILESS_MAIN(TestNgramTextModel)
#include "TestNgramTextModel.moc"
