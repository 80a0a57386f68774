// UNITE-FND's description-quality metrics (core/metrics/DescriptionQuality), against figures worked by hand.
#include "core/metrics/DescriptionQuality.h"

#include <QTest>

#include <cmath>
#include <stdexcept>

using namespace candor::metrics;

class TestDescriptionQuality : public QObject
{
    Q_OBJECT

private:
    static DescriptionQualityInput threeObjects()
    {
        DescriptionQualityInput input;
        input.imageFeatures = std::vector<float>(1280, 0.0f);
        for (size_t i = 0; i < input.imageFeatures.size(); ++i)
            input.imageFeatures[i] = float((i * 37) % 11) / 10.0f;
        input.textEmbedding = hashedTextEmbedding("Objects: seashore (41%), shoe shop (16%), thing (6%). No faces.");
        input.objects = {{"seashore", 12}, {"shoe shop", 14}, {"thing", 4}};
        input.sentences = 6;
        return input;
    }

private Q_SLOTS:
    // SCS = 0.3·min(3/10, 1) + 0.4·(2 of 3 at depth >= 5) + 0.3·(1 of 3 multi-word) = 0.09 + 0.2667 + 0.1;
    // ISS = (12 + 14 + 4) / 20 / 3 = 0.5; SIR = 6 / 5.
    void objectAndStructureParts()
    {
        const DescriptionQuality q = descriptionQuality(threeObjects());
        QVERIFY(std::abs(q.scs - (0.09 + 0.4 * 2.0 / 3.0 + 0.1)) < 1e-12);
        QVERIFY(std::abs(q.iss - 0.5) < 1e-12);
        QCOMPARE(q.sir, 1.2);
    }

    // IPR and MTE follow from one s in [0, 1]: IPR = 1 - e^(-5s), MTE = 0.7 s + 0.3 Cr with Cr in [0, 1]; CIQS is
    // the geometric mean of the five. The seeded projections repeat; another seed gives other values.
    void projectionParts()
    {
        const DescriptionQuality q = descriptionQuality(threeObjects());
        const double s = -std::log(1.0 - q.ipr) / 5.0;
        QVERIFY2(s > 0.3 && s < 0.7, qPrintable(QString::number(s))); // untrained projections: near 0.5
        const double cr = (q.mte - 0.7 * s) / 0.3;
        QVERIFY2(cr > 0.9 && cr <= 1.0 + 1e-9, qPrintable(QString::number(cr))); // unit-length projections
        QVERIFY(std::abs(q.ciqs - std::pow(q.ipr * q.scs * q.iss * q.sir * q.mte, 0.2)) < 1e-12);
        const DescriptionQuality again = descriptionQuality(threeObjects());
        QCOMPARE(again.ipr, q.ipr);
        QCOMPARE(again.mte, q.mte);
        QVERIFY(descriptionQuality(threeObjects(), 7).ipr != q.ipr);
    }

    // No objects: SCS and ISS are 0, so CIQS is 0 (the geometric mean penalises a missing part, as the paper says).
    void noObjectsGivesZero()
    {
        DescriptionQualityInput input = threeObjects();
        input.objects.clear();
        const DescriptionQuality q = descriptionQuality(input);
        QCOMPARE(q.scs, 0.0);
        QCOMPARE(q.iss, 0.0);
        QCOMPARE(q.ciqs, 0.0);
        input.imageFeatures.clear();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, descriptionQuality(input));
    }

    void hashedEmbedding()
    {
        const std::vector<float> a = hashedTextEmbedding("Shoe shop, shoe SHOP!", 64);
        QCOMPARE(a.size(), size_t(64));
        double norm = 0;
        int nonZero = 0;
        for (const float v : a) {
            norm += double(v) * v;
            nonZero += v != 0 ? 1 : 0;
        }
        QVERIFY(std::abs(norm - 1.0) < 1e-6);
        QVERIFY(nonZero <= 2); // two words, each counted twice whatever the case
        QCOMPARE(hashedTextEmbedding("shoe shop", 64), hashedTextEmbedding("SHOE, shop.", 64));
        for (const float v : hashedTextEmbedding("... !!", 16))
            QCOMPARE(v, 0.0f);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, hashedTextEmbedding("x", 0));
    }
};

QTEST_APPLESS_MAIN(TestDescriptionQuality)
#include "TestDescriptionQuality.moc"
