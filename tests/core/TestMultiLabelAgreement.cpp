// Multi-label item annotation as binary decisions per label and pooled (micro) decisions, fed to the nominal
// coefficients, with hand-computed values.
#include "core/metrics/CohenKappa.h"
#include "core/metrics/KrippendorffAlpha.h"
#include "core/metrics/MultiLabelAgreement.h"

#include <QTest>

#include <cmath>

using namespace candor::metrics;

namespace {

// Three items, two coders, three labels. Coder 1 did not annotate item 2.
MultiLabelData fixture()
{
    MultiLabelData data;
    data.numLabels = 3;
    data.items = {
        {std::set<int>{0, 1}, std::set<int>{0}},
        {std::set<int>{2}, std::set<int>{1, 2}},
        {std::set<int>{0}, std::nullopt},
    };
    return data;
}

} // namespace

class TestMultiLabelAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void binaryDecisionsPerLabel()
    {
        const MultiLabelData data = fixture();
        QCOMPARE(binaryDecisions(data, 0), (ReliabilityData{{1, 1}, {0, 0}, {1, kMissing}}));
        QCOMPARE(binaryDecisions(data, 1), (ReliabilityData{{1, 0}, {0, 1}, {0, kMissing}}));
        QCOMPARE(binaryDecisions(data, 2), (ReliabilityData{{0, 0}, {1, 1}, {0, kMissing}}));
        QCOMPARE(cohenKappa(binaryDecisions(data, 0), 0, 1).kappa, 1.0);
        // Label 1: the coders disagree on both common items, each says yes once: p_o = 0, p_e = 1/2, κ = -1.
        QCOMPARE(cohenKappa(binaryDecisions(data, 1), 0, 1).kappa, -1.0);
    }

    void pooledDecisionsAreMicro()
    {
        const ReliabilityData pooled = pooledDecisions(fixture());
        QCOMPARE(pooled.size(), size_t(9));
        QCOMPARE(pooled[3], (std::vector<int>{0, 0})); // item 1, label 0
        QCOMPARE(pooled[8], (std::vector<int>{0, kMissing})); // item 2, label 2
        // Six pairable units: (1,1) (1,0) (0,0) (0,0) (0,1) (1,1). o_01 = o_10 = 2, n_0 = 6, n_1 = 6, n = 12;
        // α = 1 - 11·4 / (144 - 72) = 1 - 44/72 = 28/72.
        QVERIFY(std::abs(krippendorffAlphaNominal(pooled).alpha - 28.0 / 72) < 1e-12);
    }

    void selectItemsKeepsBlocks()
    {
        const MultiLabelData twice = selectItems(fixture(), {1, 1});
        QCOMPARE(twice.items.size(), size_t(2));
        QCOMPARE(pooledDecisions(twice)[4], (std::vector<int>{0, 1})); // item 1, label 1
    }
};

QTEST_APPLESS_MAIN(TestMultiLabelAgreement)
#include "TestMultiLabelAgreement.moc"
