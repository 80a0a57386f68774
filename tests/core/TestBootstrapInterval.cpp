// The percentile bootstrap over units: deterministic for a seed, exact on a constant statistic, undefined
// resamples left out, and a mean's interval that brackets the mean inside the data's range.
#include "core/metrics/BootstrapInterval.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <numeric>

using namespace candor::metrics;

namespace {

const std::vector<double> kValues = {0.1, 0.4, 0.35, 0.8, 0.5, 0.65, 0.2, 0.9, 0.55, 0.3};

double meanOf(const std::vector<size_t> &units)
{
    double sum = 0;
    for (const size_t u : units)
        sum += kValues[u];
    return sum / double(units.size());
}

} // namespace

class TestBootstrapInterval : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameInterval()
    {
        const ConfidenceInterval a = bootstrapInterval(kValues.size(), meanOf, 500, 7);
        const ConfidenceInterval b = bootstrapInterval(kValues.size(), meanOf, 500, 7);
        QCOMPARE(a.low, b.low);
        QCOMPARE(a.high, b.high);
        QCOMPARE(a.resamples, 500);
        const ConfidenceInterval other = bootstrapInterval(kValues.size(), meanOf, 500, 8);
        QVERIFY(other.low != a.low || other.high != a.high);
    }

    void bracketsTheMeanWithinTheRange()
    {
        const double mean = std::accumulate(kValues.begin(), kValues.end(), 0.0) / double(kValues.size());
        const ConfidenceInterval ci = bootstrapInterval(kValues.size(), meanOf);
        QVERIFY(ci.low < mean && mean < ci.high);
        QVERIFY(ci.low > 0.1 && ci.high < 0.9);
        // The standard error of the mean is about 0.25/√10 ≈ 0.08, so a 95% interval is about ±0.16 wide.
        QVERIFY2(ci.high - ci.low > 0.2 && ci.high - ci.low < 0.45, qPrintable(QString::number(ci.high - ci.low)));
    }

    void constantStatistic()
    {
        const ConfidenceInterval ci = bootstrapInterval(5, [](const std::vector<size_t> &) { return 0.25; });
        QCOMPARE(ci.low, 0.25);
        QCOMPARE(ci.high, 0.25);
    }

    void undefinedResamplesAreLeftOut()
    {
        // Undefined whenever unit 0 is drawn: only resamples without it count.
        const auto statistic = [](const std::vector<size_t> &units) {
            for (const size_t u : units) {
                if (u == 0)
                    return std::numeric_limits<double>::quiet_NaN();
            }
            return 1.0;
        };
        const ConfidenceInterval ci = bootstrapInterval(3, statistic, 1000, 1);
        // P(no unit 0 among 3 draws) = (2/3)^3 ≈ 0.30.
        QVERIFY(ci.resamples > 200 && ci.resamples < 400);
        QCOMPARE(ci.low, 1.0);
        const ConfidenceInterval none = bootstrapInterval(
            3, [](const std::vector<size_t> &) { return std::nan(""); }, 100, 1);
        QCOMPARE(none.resamples, 0);
        QVERIFY(std::isnan(none.low) && std::isnan(none.high));
        QVERIFY(std::isnan(bootstrapInterval(0, meanOf).low));
    }

    void severalFiguresShareTheirDraws()
    {
        // Two figures from one pass: each interval equals the one its figure gets alone, with the same seed.
        const auto both = [](const std::vector<size_t> &units) {
            return std::vector<double>{meanOf(units), -meanOf(units), units.front() == 0 ? std::nan("") : 1.0};
        };
        const std::vector<ConfidenceInterval> intervals = bootstrapIntervals(kValues.size(), 3, both, 500, 7);
        const ConfidenceInterval alone = bootstrapInterval(kValues.size(), meanOf, 500, 7);
        QCOMPARE(intervals.size(), size_t(3));
        QCOMPARE(intervals[0].low, alone.low);
        QCOMPARE(intervals[0].high, alone.high);
        QCOMPARE(intervals[1].low, -alone.high); // the same draws, mirrored
        QCOMPARE(intervals[1].high, -alone.low);
        QCOMPARE(intervals[0].resamples, 500);
        QVERIFY(intervals[2].resamples > 400 && intervals[2].resamples < 500); // P(first unit is 0) = 1/10
        QCOMPARE(intervals[2].low, 1.0);
    }
};

QTEST_APPLESS_MAIN(TestBootstrapInterval)
#include "TestBootstrapInterval.moc"
