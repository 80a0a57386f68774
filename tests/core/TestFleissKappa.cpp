// Fleiss' kappa against a published worked example and hand-computed cases, including the restriction to the
// modal number of ratings when units have different numbers of raters.
#include "core/metrics/FleissKappa.h"

#include <QTest>

#include <cmath>

using namespace candor::metrics;

namespace {

// Ratings in Fleiss' count form (counts[i][j]: raters who put unit i in category j) turned into reliability data
// with one coder per rating: which rater gave a rating does not enter Fleiss' kappa.
ReliabilityData fromCounts(const std::vector<std::vector<int>> &counts)
{
    ReliabilityData data;
    for (const std::vector<int> &unit : counts) {
        std::vector<int> row;
        for (size_t category = 0; category < unit.size(); ++category)
            row.insert(row.end(), size_t(unit[category]), int(category));
        data.push_back(row);
    }
    return data;
}

} // namespace

class TestFleissKappa : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workedExample()
    {
        // The worked example of Wikipedia's "Fleiss' kappa" article: 10 subjects, 14 raters each, 5 categories;
        // P̄ = 0.378022, P̄_e = 0.212755, κ = 0.209931 (recomputed here from the definition: P̄ = 1376/3640,
        // p_j = 20/140, 28/140, 39/140, 21/140, 32/140). Fleiss' own 1971 table (30 patients, 6 psychiatrists,
        // κ = 0.430) is not used: its cells could not be reconstructed exactly from the sources at hand.
        const ReliabilityData data = fromCounts({{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0},
            {2, 2, 8, 1, 1}, {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}});
        const FleissResult k = fleissKappa(data);
        QCOMPARE(k.raters, 14);
        QCOMPARE(k.units, 10);
        QCOMPARE(k.unitsLeftOut, 0);
        const double meanAgreement = 1376.0 / 3640;
        const double chance = (20.0 * 20 + 28 * 28 + 39 * 39 + 21 * 21 + 32 * 32) / (140.0 * 140);
        QVERIFY(std::abs(k.kappa - (meanAgreement - chance) / (1 - chance)) < 1e-12);
        QVERIFY(std::abs(k.kappa - 0.209931) < 1e-6);
    }

    void unequalRaterCountsKeepTheModalCount()
    {
        // Units (0,0,0), (0,0,1), (1,1,1) have three ratings, (0,1,-) two, (0,-,-) one. m = 3: the two-rating
        // unit is left out, the one-rating unit is not pairable at all. P_i = 1, 1/3, 1; P̄ = 7/9;
        // p_0 = 5/9, p_1 = 4/9, P̄_e = 41/81; κ = (63/81 - 41/81) / (40/81) = 22/40 = 0.55.
        const ReliabilityData data = {{0, 0, 0}, {0, 0, 1}, {1, 1, 1}, {0, 1, kMissing}, {0, kMissing, kMissing}};
        const FleissResult k = fleissKappa(data);
        QCOMPARE(k.raters, 3);
        QCOMPARE(k.units, 3);
        QCOMPARE(k.unitsLeftOut, 1);
        QVERIFY(std::abs(k.kappa - 0.55) < 1e-12);
    }

    void aTieGoesToTheLargerCount()
    {
        // One unit with two ratings, one with three: m = 3, the three-rating unit alone; P = 1/3, p = 2/3, 1/3,
        // P̄_e = 5/9, κ = (3/9 - 5/9) / (4/9) = -0.5.
        const FleissResult k = fleissKappa({{0, 0, kMissing}, {0, 0, 1}});
        QCOMPARE(k.raters, 3);
        QCOMPARE(k.units, 1);
        QCOMPARE(k.unitsLeftOut, 1);
        QVERIFY(std::abs(k.kappa + 0.5) < 1e-12);
    }

    void undefinedIsNaN()
    {
        QVERIFY(std::isnan(fleissKappa({{1, 1}, {1, 1}}).kappa)); // one category throughout: P̄_e = 1
        QVERIFY(std::isnan(fleissKappa({{1, kMissing}, {kMissing, 0}}).kappa)); // nothing pairable
    }
};

QTEST_APPLESS_MAIN(TestFleissKappa)
#include "TestFleissKappa.moc"
