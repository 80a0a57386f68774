// Krippendorff's alpha (nominal) against the worked examples of Krippendorff, "Computing Krippendorff's
// Alpha-Reliability" (2011), recomputed here from the coincidence-matrix definition, and hand-computed edge cases.
#include "core/metrics/KrippendorffAlpha.h"

#include <QTest>

#include <cmath>

using namespace candor::metrics;

namespace {

constexpr int M = kMissing;

// The paper's layout (one row per coder, one column per unit) turned into one row per unit.
ReliabilityData byUnit(const std::vector<std::vector<int>> &coderRows)
{
    ReliabilityData units(coderRows.front().size());
    for (const std::vector<int> &coder : coderRows) {
        for (size_t u = 0; u < coder.size(); ++u)
            units[u].push_back(coder[u]);
    }
    return units;
}

} // namespace

class TestKrippendorffAlpha : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void binaryTwoCoders()
    {
        // Section A of the paper: two coders, ten units, values 0 and 1.
        // Coincidences o_00 = 10, o_01 = o_10 = 4, o_11 = 2; n_0 = 14, n_1 = 6, n = 20;
        // α = 1 - (n - 1)·o_01 / (n_0·n_1) = 1 - 19·4/84 = 8/84 = 0.095 (the paper's figure).
        const ReliabilityData data = byUnit({{0, 1, 0, 0, 0, 0, 0, 0, 1, 0}, {1, 1, 1, 0, 0, 1, 0, 0, 0, 0}});
        const AlphaResult a = krippendorffAlphaNominal(data);
        QCOMPARE(a.pairableValues, 20.0);
        QCOMPARE(a.units, 10);
        QVERIFY(std::abs(a.alpha - 8.0 / 84) < 1e-12);
        QCOMPARE(QString::number(a.alpha, 'f', 3), QStringLiteral("0.095"));
    }

    void nominalWithMissingData()
    {
        // Section C of the paper: four coders A-D, twelve units, values 1-5, missing cells. Unit 12 has a single
        // value (coder B's 3) and is not pairable. n_1..n_5 = 9, 13, 10, 5, 3, n = 40; the off-diagonal
        // coincidences sum to 8, Σ n_c² = 384, so α = 1 - 39·8 / (1600 - 384) = 904/1216 = 0.743 (the paper's
        // nominal alpha).
        const ReliabilityData data = byUnit({
            {1, 2, 3, 3, 2, 1, 4, 1, 2, M, M, M}, // A
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, M, 3}, // B
            {M, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, M}, // C
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, M}, // D
        });
        const AlphaResult a = krippendorffAlphaNominal(data);
        QCOMPARE(a.units, 11);
        QVERIFY(std::abs(a.pairableValues - 40) < 1e-12);
        QVERIFY(std::abs(a.alpha - 904.0 / 1216) < 1e-12);
        QCOMPARE(QString::number(a.alpha, 'f', 3), QStringLiteral("0.743"));
    }

    void perfectAgreement() { QCOMPARE(krippendorffAlphaNominal({{0, 0, M}, {1, 1, 1}, {2, M, 2}}).alpha, 1.0); }

    void undefinedIsNaN()
    {
        // One value throughout: no expected disagreement, α = 0/0.
        QVERIFY(std::isnan(krippendorffAlphaNominal({{1, 1}, {1, 1}}).alpha));
        // No unit with two values.
        const AlphaResult none = krippendorffAlphaNominal({{1, M}, {M, 0}});
        QCOMPARE(none.units, 0);
        QVERIFY(std::isnan(none.alpha));
    }
};

QTEST_APPLESS_MAIN(TestKrippendorffAlpha)
#include "TestKrippendorffAlpha.moc"
