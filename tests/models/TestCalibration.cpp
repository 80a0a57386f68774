// Calibrated item-label probabilities: the expected calibration error by hand, Platt scaling that pulls an
// over-confident model's probabilities to the frequencies it actually gets right, and the scaling kept in the
// saved decision rule (older saved models without it load as uncalibrated); a binary verdict (fake / real) calibrated
// on its positive class and decided by a threshold tuned on held-out outputs.
#include "models/text/Calibration.h"
#include "models/text/TextEvaluation.h"
#include "models/text/TextModelConfig.h"

#include <QtTest>

using namespace candor::models;

class TestCalibration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expectedCalibrationErrorByHand();
    void plattScalingPullsOverconfidenceToFrequencies();
    void identityWhereNothingIsFitted();
    void savedRuleKeepsTheScaling();
    void binaryVerdictIsCalibratedOnThePositiveClass();

private:
    static TextTaskDefinition twoLabels()
    {
        TextTaskDefinition task;
        task.kind = TextTaskKind::MultiLabel;
        task.classLabels = {"A", "B"};
        return task;
    }
};

void TestCalibration::expectedCalibrationErrorByHand()
{
    // Pairs (score, gold): (0.95, 1) (0.15, 0) (0.75, 0) (0.35, 0), each alone in its bin (away from the bin
    // edges, where a float such as 0.9f = 0.8999999762 falls into the bin below):
    // (|0.95 - 1| + |0.15 - 0| + |0.75 - 0| + |0.35 - 0|) / 4 = 0.325.
    std::vector<TextExample> gold(2);
    gold[0].classes = {0};
    std::vector<TextPrediction> predicted(2);
    predicted[0].classScores = {0.95f, 0.15f};
    predicted[1].classScores = {0.75f, 0.35f};
    QVERIFY(qAbs(expectedCalibrationError(gold, predicted, 2) - 0.325) < 1e-6);
    // Two pairs sharing bin 8 (0.81 and 0.84, one right): |0.825 - 0.5| weighted 2/2.
    predicted = {TextPrediction{{0.81f}, {}, {}}, TextPrediction{{0.84f}, {}, {}}};
    std::vector<TextExample> one(2);
    one[0].classes = {0};
    QVERIFY(qAbs(expectedCalibrationError(one, predicted, 1) - 0.325) < 1e-6);
}

void TestCalibration::plattScalingPullsOverconfidenceToFrequencies()
{
    // An over-confident model: it says 0.9 where 60% are right and 0.1 where 40% are.
    const TextTaskDefinition task = twoLabels();
    std::vector<RawTextOutput> outputs;
    std::vector<TextExample> gold;
    for (int i = 0; i < 200; ++i) {
        RawTextOutput out;
        const bool high = i % 2 == 0;
        out.classProbs = {high ? 0.9f : 0.1f, 0.5f};
        TextExample e;
        if (high ? (i / 2) % 5 < 3 : (i / 2) % 5 < 2)
            e.classes = {0};
        if (i % 4 < 2)
            e.classes.push_back(1); // label B at 0.5 is right half the time
        outputs.push_back(out);
        gold.push_back(e);
    }
    const PlattScaling scaling = fitPlattScaling(task, outputs, gold);
    qInfo("scale %.4f shift %.4f: 0.9 -> %.4f, 0.1 -> %.4f", scaling.scale, scaling.shift, scaling.apply(0.9f),
        scaling.apply(0.1f));
    QVERIFY(scaling.scale > 0 && scaling.scale < 1); // shrinks the logits
    QVERIFY(qAbs(scaling.apply(0.9f) - 0.6f) < 0.03f);
    QVERIFY(qAbs(scaling.apply(0.1f) - 0.4f) < 0.03f);
    QVERIFY(scaling.apply(0.9f) > scaling.apply(0.5f)); // order kept

    DecisionRule raw = DecisionRule::defaults(task, 2);
    DecisionRule fitted = raw;
    fitted.calibration = scaling;
    const double before = expectedCalibrationError(gold, raw.decideAll(task, outputs), 2);
    const double after = expectedCalibrationError(gold, fitted.decideAll(task, outputs), 2);
    qInfo("ECE %.4f -> %.4f", before, after);
    QVERIFY(qAbs(before - 0.15) < 1e-4); // label A: |0.9 - 0.6| and |0.1 - 0.4| on half the pairs; B is exact
    QVERIFY(after < 0.03);
    // The decision rule compares the calibrated probability with its thresholds.
    QCOMPARE(fitted.decide(task, outputs[0]).classes, (std::vector<int>{0, 1})); // 0.599 and 0.5 reach 0.5
    QVERIFY(qAbs(fitted.decide(task, outputs[0]).classScores[0] - scaling.apply(0.9f)) < 1e-6f);
}

void TestCalibration::identityWhereNothingIsFitted()
{
    TextTaskDefinition narrative;
    narrative.kind = TextTaskKind::Narrative;
    narrative.classLabels = {"CONSPIRACY", "CRITICAL"};
    std::vector<RawTextOutput> outputs(3);
    for (RawTextOutput &o : outputs)
        o.classProbs = {0.7f, 0.3f};
    std::vector<TextExample> gold(3);
    for (TextExample &e : gold)
        e.classes = {0};
    QVERIFY(fitPlattScaling(narrative, outputs, gold).identity());
    // No positive pair at all: nothing to fit.
    std::vector<TextExample> none(3);
    QVERIFY(fitPlattScaling(twoLabels(), outputs, none).identity());
    QVERIFY(fitPlattScaling(twoLabels(), {}, {}).identity());
}

void TestCalibration::savedRuleKeepsTheScaling()
{
    StoredTextModel model;
    model.kind = "ngram";
    model.task = twoLabels();
    model.rule = DecisionRule::defaults(model.task, 2);
    model.rule.calibration = PlattScaling{0.25f, -0.5f};
    const std::string json = writeTextModelConfig(model);
    const StoredTextModel read = readTextModelConfig(json);
    QCOMPARE(read.rule.calibration.scale, 0.25f);
    QCOMPARE(read.rule.calibration.shift, -0.5f);
    // A config saved before calibration existed: no key, the identity.
    std::string old = json;
    const auto key = old.find("\"class_calibration\"");
    QVERIFY(key != std::string::npos);
    old.erase(key, old.find(']', key) + 1 - key);
    old.erase(old.rfind(',', key), 1); // the comma before the removed member
    QVERIFY(readTextModelConfig(old).rule.calibration.identity());
    std::string bad = json;
    bad.replace(bad.find("0.25"), 4, "-1.0");
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, readTextModelConfig(bad));
}

void TestCalibration::binaryVerdictIsCalibratedOnThePositiveClass()
{
    // "real" listed first: the positive class is found by name, not by position.
    TextTaskDefinition task;
    task.kind = TextTaskKind::SingleLabel;
    task.classLabels = {"real", "fake"};
    QCOMPARE(positiveClass(task), 1);
    QVERIFY(calibratesClasses(task));
    // The softmax says fake 0.8 where 50% are fake and 0.2 where 10% are (a model trained with balanced weights
    // over-states the rarer class).
    std::vector<RawTextOutput> outputs;
    std::vector<TextExample> gold;
    for (int i = 0; i < 400; ++i) {
        const bool high = i % 2 == 0;
        RawTextOutput out;
        out.classProbs = high ? std::vector<float>{0.2f, 0.8f} : std::vector<float>{0.8f, 0.2f};
        TextExample e;
        e.classes = {(high ? (i / 2) % 2 == 0 : (i / 2) % 10 == 0) ? 1 : 0};
        outputs.push_back(out);
        gold.push_back(e);
    }
    const PlattScaling scaling = fitPlattScaling(task, outputs, gold);
    qInfo("scale %.4f shift %.4f: 0.8 -> %.4f, 0.2 -> %.4f", scaling.scale, scaling.shift, scaling.apply(0.8f),
        scaling.apply(0.2f));
    QVERIFY(qAbs(scaling.apply(0.8f) - 0.5f) < 0.02f);
    QVERIFY(qAbs(scaling.apply(0.2f) - 0.1f) < 0.02f);

    DecisionRule rule = DecisionRule::defaults(task, 2);
    rule.calibration = scaling;
    const TextPrediction high = rule.decide(task, outputs[0]);
    QVERIFY(qAbs(high.classScores[1] - scaling.apply(0.8f)) < 1e-6f);
    QVERIFY(qAbs(high.classScores[0] + high.classScores[1] - 1.0f) < 1e-6f);
    // Macro-F1 over these outputs is best when the high group is called fake: the tuned threshold sits at or below
    // the calibrated 0.5 and above the calibrated 0.1.
    tuneDecisionRule(rule, task, calibrated(task, outputs, rule.calibration), gold);
    QVERIFY2(rule.classThresholds[1] > 0.1f && rule.classThresholds[1] <= scaling.apply(0.8f),
        qPrintable(QString::number(rule.classThresholds[1])));
    QCOMPARE(rule.decide(task, outputs[0]).classes, std::vector<int>{1});
    QCOMPARE(rule.decide(task, outputs[1]).classes, std::vector<int>{0});
}

QTEST_GUILESS_MAIN(TestCalibration)
#include "TestCalibration.moc"
