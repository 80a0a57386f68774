// Krippendorff's unitizing alpha against the worked example of Krippendorff (2004, p. 254) and a case small enough
// to follow by hand; overlapping spans of one coder are merged, identical unitizations agree perfectly.
#include "core/metrics/UnitizingAlpha.h"

#include <QTest>

#include <cmath>

using namespace candor::metrics;

namespace {

bool near(double a, double b, double tolerance = 1e-12)
{
    return std::abs(a - b) < tolerance;
}

} // namespace

class TestUnitizingAlpha : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void krippendorff2004Example()
    {
        // Content Analysis (2004), p. 254: two coders on the continuum 150..450 with categories c and k (shifted
        // here to start at 0). c: coder i [225,295) [370,400), coder j [220,300) [355,375) [400,420);
        // k: both [180,240) [300,350). The figures the book reports, as DKPro Statistics' test of this example
        // (Krippendorff2004Test) quotes them: D_o,c = 0.0144, D_e,c = 0.0532, α_c = 0.7286, D_o,k = 0,
        // D_e,k = 0.0490, α_k = 1, α = 0.8591. The last comes from the rounded D's (1 - 0.0144/0.1022); the
        // unrounded value is 1 - 0.014444/0.102200 = 0.85867 (recomputed from the definition in Python).
        const int c = 0, k = 1;
        const std::vector<std::vector<LabeledSpan>> coders = {
            {{c, 75, 145}, {c, 220, 250}, {k, 30, 90}, {k, 150, 200}},
            {{c, 70, 150}, {c, 205, 225}, {c, 250, 270}, {k, 30, 90}, {k, 150, 200}},
        };
        const UnitizingAlpha a = unitizingAlpha(coders, 300, 2);
        QVERIFY(near(a.observed[c], 0.0144, 5e-5));
        QVERIFY(near(a.expected[c], 0.0532, 5e-5));
        QVERIFY(near(a.perLabel[c], 0.7286, 5e-5));
        QCOMPARE(a.observed[k], 0.0);
        QVERIFY(near(a.expected[k], 0.0490, 5e-5));
        QCOMPARE(a.perLabel[k], 1.0);
        QVERIFY(near(a.alpha, 0.85867, 5e-6));
        // D_o,c exactly: the overlapping units [225,295)/[220,300) give 5² + 5² = 50 and [370,400)/[355,375)
        // 15² + 25² = 850; coder j's [400,420) lies inside coder i's last gap [400,450): 20² = 400. Counted for
        // i≠j both ways over m(m-1)L² = 2·300²: 2·1300/180000.
        QVERIFY(near(a.observed[c], 2.0 * 1300 / 180000));
    }

    void smallCaseByHand()
    {
        // L = 10, A [0,4), B [2,6). D_o = 2·((0-2)² + (4-6)²) / (2·1·100) = 0.08. Units 4, 4 (N = 2); gaps 6 (A),
        // 2 and 4 (B); per unit (2·64 - 48 + 4)/3 + 16·((6-4+1) + (4-4+1)) = 28 + 64 = 92;
        // D_e = 2/10 · 184 / (20·19 - 2·12) = 36.8/356; α = 1 - 0.08·356/36.8 = 8.32/36.8.
        const UnitizingAlpha a = unitizingAlpha({{{0, 0, 4}}, {{0, 2, 6}}}, 10, 1);
        QVERIFY(near(a.observed[0], 0.08));
        QVERIFY(near(a.expected[0], 36.8 / 356));
        QVERIFY(near(a.alpha, 8.32 / 36.8));
        QVERIFY(near(a.perLabel[0], a.alpha));
    }

    void overlapsOfOneCoderAreMerged()
    {
        // A's [0,3) and [2,4) are one unit [0,4): the same figures as above.
        const UnitizingAlpha a = unitizingAlpha({{{0, 0, 3}, {0, 2, 4}}, {{0, 2, 6}}}, 10, 1);
        QVERIFY(near(a.alpha, 8.32 / 36.8));
    }

    void identicalAndUnused()
    {
        const UnitizingAlpha a = unitizingAlpha({{{0, 3, 7}}, {{0, 3, 7}}, {{0, 3, 7}}}, 20, 2);
        QCOMPARE(a.alpha, 1.0);
        QCOMPARE(a.perLabel[0], 1.0);
        QVERIFY(std::isnan(a.perLabel[1])); // nobody used label 1
        QVERIFY(std::isnan(unitizingAlpha({{}, {}}, 20, 2).alpha));
    }

    void badInputThrows()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, unitizingAlpha({{}}, 10, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, unitizingAlpha({{}, {}}, 0, 1));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, unitizingAlpha({{{3, 0, 1}}, {}}, 10, 1));
    }
};

QTEST_APPLESS_MAIN(TestUnitizingAlpha)
#include "TestUnitizingAlpha.moc"
