// The engine's shared training pieces: focal loss against hand-computed values, the warm-up + decay schedule,
// early stopping and state snapshots.
#include "models/engine/Training.h"

#include <QtTest>

using namespace candor::engine;

class TestTrainingPieces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void focalLossMatchesHandComputedValues_data();
    void focalLossMatchesHandComputedValues();
    void focalLossWithGammaZeroIsWeightedCrossEntropy();
    void scheduleWarmsUpThenDecays();
    void earlyStoppingCountsEpochsWithoutImprovement();
    void snapshotRestoresParametersAndBuffers();
};

void TestTrainingPieces::focalLossMatchesHandComputedValues_data()
{
    QTest::addColumn<double>("alpha");
    QTest::addColumn<double>("gamma");
    QTest::addColumn<bool>("masked");
    QTest::addColumn<double>("expected");
    // logits {0, 2, -1}, targets {1, 0, 1}: per element alpha_t (1 - p_t)^gamma (-ln p_t), computed by hand:
    // x=0,y=1: 0.25 * 0.5^2 * ln 2 = 0.0433217; x=2,y=0: 0.75 * 0.8808^2 * 2.1269 = 1.2375586;
    // x=-1,y=1: 0.25 * 0.7311^2 * 1.3133 = 0.1754671.
    QTest::newRow("alpha 0.25 gamma 2, mean of 3") << 0.25 << 2.0 << false << 0.48544913640129944;
    QTest::newRow("alpha 0.25 gamma 2, mask {1,0,1}") << 0.25 << 2.0 << true << 0.10939438731892141;
}

void TestTrainingPieces::focalLossMatchesHandComputedValues()
{
    QFETCH(double, alpha);
    QFETCH(double, gamma);
    QFETCH(bool, masked);
    QFETCH(double, expected);
    const torch::Tensor logits = torch::tensor({0.0f, 2.0f, -1.0f});
    const torch::Tensor targets = torch::tensor({1.0f, 0.0f, 1.0f});
    const torch::Tensor mask = masked ? torch::tensor({1.0f, 0.0f, 1.0f}) : torch::Tensor();
    const double loss = sigmoidFocalLoss(logits, targets, alpha, gamma, mask).item<double>();
    QVERIFY2(std::abs(loss - expected) < 1e-6, qPrintable(QString::number(loss, 'g', 10)));
}

void TestTrainingPieces::focalLossWithGammaZeroIsWeightedCrossEntropy()
{
    // The span tagger's default alpha 0.5, gamma 3 on x=1.5 (y=1) and x=-0.5 (y=0): 0.000611385 and 0.0127559.
    const torch::Tensor logits = torch::tensor({{1.5f, -0.5f}});
    const torch::Tensor targets = torch::tensor({{1.0f, 0.0f}});
    const double paper = sigmoidFocalLoss(logits, targets, 0.5, 3.0).item<double>();
    QVERIFY(std::abs(paper - (0.000611385180787195 + 0.012755870401501727) / 2) < 1e-7);
    const double plain = sigmoidFocalLoss(logits, targets, 0.5, 0.0).item<double>();
    const double bce = torch::binary_cross_entropy_with_logits(logits, targets).item<double>();
    QVERIFY(std::abs(plain - 0.5 * bce) < 1e-7);
}

void TestTrainingPieces::scheduleWarmsUpThenDecays()
{
    torch::Tensor w = torch::zeros({2}, torch::requires_grad());
    torch::optim::AdamW optimizer({w}, torch::optim::AdamWOptions(1.0));
    WarmupLinearSchedule schedule(optimizer, 1.0, /*totalSteps=*/10, /*warmupFraction=*/0.2);
    std::vector<double> rates;
    for (int i = 0; i < 10; ++i) {
        schedule.step();
        rates.push_back(static_cast<torch::optim::AdamWOptions &>(optimizer.param_groups()[0].options()).lr());
    }
    const std::vector<double> expected = {0.5, 1.0, 1.0, 0.875, 0.75, 0.625, 0.5, 0.375, 0.25, 0.125};
    for (size_t i = 0; i < rates.size(); ++i)
        QVERIFY2(std::abs(rates[i] - expected[i]) < 1e-12, qPrintable(QString::number(rates[i])));
}

void TestTrainingPieces::earlyStoppingCountsEpochsWithoutImprovement()
{
    EarlyStopping stopping{2};
    QVERIFY(stopping.improved(0.3, 1));
    QVERIFY(stopping.improved(0.5, 2));
    QVERIFY(!stopping.improved(0.5, 3)); // equal is no improvement
    QVERIFY(!stopping.shouldStop());
    QVERIFY(!stopping.improved(0.4, 4));
    QVERIFY(stopping.shouldStop());
    QCOMPARE(stopping.bestEpoch, 2);
    QCOMPARE(stopping.best, 0.5);
}

void TestTrainingPieces::snapshotRestoresParametersAndBuffers()
{
    torch::nn::BatchNorm1d norm(3);
    norm->train();
    norm->forward(torch::randn({4, 3}));
    const ModuleState saved = snapshot(*norm);
    const torch::Tensor meanBefore = norm->running_mean.clone();
    {
        torch::NoGradGuard noGrad;
        norm->weight.fill_(7.0f);
    }
    norm->forward(torch::randn({4, 3}) + 5);
    restore(*norm, saved);
    QVERIFY(torch::equal(norm->running_mean, meanBefore));
    QVERIFY(torch::equal(norm->weight, torch::ones({3})));
}

QTEST_GUILESS_MAIN(TestTrainingPieces)
#include "TestTrainingPieces.moc"
