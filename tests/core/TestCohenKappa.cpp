// Cohen's kappa against a textbook table and hand-computed cases: common units only, undefined when chance
// agreement is 1.
#include "core/metrics/CohenKappa.h"

#include <QTest>

#include <cmath>

using namespace candor::metrics;

namespace {

// `count` units on which coder 0 says `a` and coder 1 says `b`.
void addUnits(ReliabilityData &data, int count, int a, int b)
{
    for (int i = 0; i < count; ++i)
        data.push_back({a, b});
}

} // namespace

class TestCohenKappa : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textbookTable()
    {
        // The 2 x 2 table of the worked example in Wikipedia's "Cohen's kappa" article (50 proposals, two readers):
        // yes/yes 20, yes/no 5, no/yes 10, no/no 15. p_o = 35/50 = 0.7; reader A says yes 25 times, B 30 times, so
        // p_e = 0.5·0.6 + 0.5·0.4 = 0.5 and κ = (0.7 - 0.5) / 0.5 = 0.4.
        ReliabilityData data;
        addUnits(data, 20, 1, 1);
        addUnits(data, 5, 1, 0);
        addUnits(data, 10, 0, 1);
        addUnits(data, 15, 0, 0);
        const PairKappa k = cohenKappa(data, 0, 1);
        QCOMPARE(k.units, 50);
        QCOMPARE(k.observed, 0.7);
        QCOMPARE(k.expected, 0.5);
        QVERIFY(std::abs(k.kappa - 0.4) < 1e-12);
        QVERIFY(std::abs(cohenKappa(data, 1, 0).kappa - 0.4) < 1e-12); // symmetric
    }

    void onlyUnitsBothCoded()
    {
        // Three coders; coders 0 and 2 share units 0, 1, 3 (unit 2 lacks coder 2): values (0,0), (1,1), (2,0).
        // p_o = 2/3; coder 0 shares 1/3 each of 0, 1, 2, coder 2 has 0 twice and 1 once:
        // p_e = 1/3·2/3 + 1/3·1/3 = 1/3, κ = (2/3 - 1/3) / (2/3) = 0.5.
        const ReliabilityData data = {{0, 1, 0}, {1, 1, 1}, {0, 0, kMissing}, {2, 2, 0}, {kMissing, 1, 1}};
        const PairKappa k = cohenKappa(data, 0, 2);
        QCOMPARE(k.units, 3);
        QVERIFY(std::abs(k.observed - 2.0 / 3) < 1e-12);
        QVERIFY(std::abs(k.expected - 1.0 / 3) < 1e-12);
        QVERIFY(std::abs(k.kappa - 0.5) < 1e-12);
    }

    void perfectAndChanceLevel()
    {
        QCOMPARE(cohenKappa({{0, 0}, {1, 1}, {1, 1}}, 0, 1).kappa, 1.0);
        // Coder 1 answers 0 always: p_o = 1/2, p_e = 1/2 · 1 = 1/2, κ = 0.
        QCOMPARE(cohenKappa({{0, 0}, {1, 0}}, 0, 1).kappa, 0.0);
    }

    void undefinedIsNaN()
    {
        // Both coders used one and the same category: p_o = p_e = 1, κ = 0/0.
        QVERIFY(std::isnan(cohenKappa({{1, 1}, {1, 1}}, 0, 1).kappa));
        // No unit coded by both.
        const PairKappa none = cohenKappa({{1, kMissing}, {kMissing, 0}}, 0, 1);
        QCOMPARE(none.units, 0);
        QVERIFY(std::isnan(none.kappa));
    }
};

QTEST_APPLESS_MAIN(TestCohenKappa)
#include "TestCohenKappa.moc"
