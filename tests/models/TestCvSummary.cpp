// CV summaries: mean ± sample sd by hand, and the paired percentile bootstrap of a lead over a baseline.
#include "core/metrics/MultiLabelF1.h"
#include "models/selection/CvSummary.h"

#include <QTest>

#include <cmath>
#include <stdexcept>

using namespace candor::models::selection;

class TestCvSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void meanAndSampleSd_data()
    {
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("sd");
        // squares of deviations 2.25 + 0.25 + 0.25 + 2.25 = 5, over n - 1 = 3
        QTest::newRow("1..4") << std::vector<double>{1, 2, 3, 4} << 2.5 << std::sqrt(5.0 / 3.0);
        // 0.01 + 0.01 over 1
        QTest::newRow("two") << std::vector<double>{0.4, 0.6} << 0.5 << std::sqrt(0.02);
        QTest::newRow("one value: no spread") << std::vector<double>{0.7} << 0.7 << 0.0;
        QTest::newRow("none") << std::vector<double>{} << 0.0 << 0.0;
    }
    void meanAndSampleSd()
    {
        QFETCH(std::vector<double>, values);
        QFETCH(double, mean);
        QFETCH(double, sd);
        const MeanSd s = meanSd(values);
        QVERIFY(std::abs(s.mean - mean) < 1e-12);
        QVERIFY(std::abs(s.sd - sd) < 1e-12);
        QCOMPARE(s.count, int(values.size()));
    }

    // The ends are the (1 - level) / 2 and (1 + level) / 2 quantiles with linear interpolation: with resampled
    // values 1..101 (a statistic that counts its calls; call 0 is the estimate), level 0.9 gives
    // 1 + 0.05 * 100 = 6 and 1 + 0.95 * 100 = 96.
    void percentileEnds()
    {
        int calls = 0;
        const Interval interval = bootstrapInterval(
            10, [&](const std::vector<int> &) { return double(calls++); }, 101, 1, 0.9);
        QCOMPARE(interval.estimate, 0.0);
        QCOMPARE(interval.low, 6.0);
        QCOMPARE(interval.high, 96.0);
        QCOMPARE(interval.level, 0.9);
    }

    // model = baseline + 0.1 + noise that averages to about zero: the interval holds the true 0.1 and not 0.
    void intervalHoldsTrueDifference()
    {
        std::vector<double> model, baseline;
        for (int i = 0; i < 300; ++i) {
            baseline.push_back(0.5 + 0.3 * std::sin(i * 1.7));
            model.push_back(baseline.back() + 0.1 + 0.2 * std::cos(i * 2.3));
        }
        const Interval lead = bootstrapMeanDifference(model, baseline, 2000, 5);
        QVERIFY2(
            lead.low < 0.1 && lead.high > 0.1, qPrintable(QStringLiteral("[%1, %2]").arg(lead.low).arg(lead.high)));
        QVERIFY(lead.low > 0);
        QVERIFY(lead.low <= lead.estimate && lead.estimate <= lead.high);
        // sd of a difference 0.2 / sqrt(2), mean of 300: se 0.0082, a 95% width near 0.032
        QVERIFY2(lead.high - lead.low > 0.02 && lead.high - lead.low < 0.045,
            qPrintable(QString::number(lead.high - lead.low)));

        const Interval again = bootstrapMeanDifference(model, baseline, 2000, 5);
        QCOMPARE(again.low, lead.low);
        QCOMPARE(again.high, lead.high);
        const Interval otherSeed = bootstrapMeanDifference(model, baseline, 2000, 6);
        QVERIFY(otherSeed.low != lead.low || otherSeed.high != lead.high);
    }

    void constantDifferenceHasNoWidth()
    {
        const Interval lead = bootstrapMeanDifference({0.3, 0.5, 0.9}, {0.25, 0.45, 0.85}, 500, 1);
        QVERIFY(std::abs(lead.low - 0.05) < 1e-12 && std::abs(lead.high - 0.05) < 1e-12);
    }

    void microF1Difference()
    {
        const std::vector<std::vector<int>> gold{{0}, {0, 1}, {1}, {2}, {0, 2}};
        const std::vector<std::vector<int>> nothing(gold.size());
        // Perfect answers against none: 1 - 0 on every resample.
        const Interval perfect = bootstrapMicroF1Difference(gold, gold, nothing, 3, 300, 2);
        QCOMPARE(perfect.estimate, 1.0);
        QCOMPARE(perfect.low, 1.0);
        QCOMPARE(perfect.high, 1.0);
        // The estimate is the difference of the official micro-F1 on all examples.
        const std::vector<std::vector<int>> model{{0}, {0}, {1}, {1}, {0, 2}}, constant(gold.size(), {0});
        const Interval lead = bootstrapMicroF1Difference(gold, model, constant, 3, 300, 2);
        const double expected = candor::metrics::multiLabelF1(gold, model, 3).micro.f1
            - candor::metrics::multiLabelF1(gold, constant, 3).micro.f1;
        QCOMPARE(lead.estimate, expected);
        QVERIFY(lead.low <= lead.estimate && lead.estimate <= lead.high);
    }

    // Per-fold scores: model 0.60, 0.62, 0.58, 0.61, 0.59 (mean 0.6, squares 0 + 4 + 4 + 1 + 1 = 10e-4 over 4,
    // sd 0.0158) against a constant 0.5; the lead's resampled means lie between the smallest and largest
    // per-fold difference (0.08 and 0.12).
    void summariseFolds()
    {
        const CvSummary s = summarise({0.60, 0.62, 0.58, 0.61, 0.59}, {0.5, 0.5, 0.5, 0.5, 0.5}, 1000, 3);
        QVERIFY(std::abs(s.model.mean - 0.6) < 1e-12);
        QVERIFY(std::abs(s.model.sd - std::sqrt(10e-4 / 4)) < 1e-12);
        QCOMPARE(s.baseline.sd, 0.0);
        QVERIFY(std::abs(s.lead.estimate - 0.1) < 1e-12);
        QVERIFY(s.lead.low >= 0.08 - 1e-12 && s.lead.low < 0.1 && s.lead.high > 0.1 && s.lead.high <= 0.12 + 1e-12);
    }

    void clearErrors()
    {
        auto messageOf = [](auto call) -> QString {
            try {
                call();
            } catch (const std::invalid_argument &e) {
                return QString::fromLatin1(e.what());
            }
            return {};
        };
        QVERIFY(messageOf([] {
            bootstrapMeanDifference({1, 2}, {1});
        }).contains(QLatin1String("the model has 2 scores but the baseline 1")));
        QVERIFY(messageOf([] { bootstrapMeanDifference({}, {}); }).contains(QLatin1String("no scores to compare")));
        QVERIFY(messageOf([] {
            bootstrapMeanDifference({1}, {1}, 100, 1, 1.5);
        }).contains(QLatin1String("level must lie in (0, 1)")));
        QVERIFY(messageOf([] {
            bootstrapMicroF1Difference({{0}}, {{0}, {1}}, {{0}, {1}}, 2);
        }).contains(QLatin1String("1 gold rows but 2 predictions")));
    }
};

QTEST_GUILESS_MAIN(TestCvSummary)
#include "TestCvSummary.moc"
