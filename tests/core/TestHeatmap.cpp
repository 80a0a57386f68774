#include "core/domain/Error.h"
#include "core/image/Heatmap.h"

#include <QTest>

using namespace candor;

class TestHeatmap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upsamplesBilinearlyBetweenCellCentres()
    {
        // 1 x 2 grid: left cell 0, right cell 1 on a 40-pixel-wide image; centres at x = 9.5 and 29.5.
        const Heatmap map({0.0f, 2.0f}, 1, 2);
        QCOMPARE(map.valueAt(0, 0, 40, 10), 0.0f); // clamped before the first centre
        QCOMPARE(map.valueAt(9, 5, 40, 10), 0.0f);
        QVERIFY(qAbs(map.valueAt(19.5, 5, 40, 10) - 0.5f) < 1e-6f);
        QCOMPARE(map.valueAt(39, 5, 40, 10), 1.0f); // scaled to [0, 1]
    }

    void coloursRunFromDarkToRed()
    {
        QVERIFY(Heatmap::colourAt(0).blue() > Heatmap::colourAt(0).red());
        QCOMPARE(Heatmap::colourAt(1), QColor(220, 50, 20));
        QCOMPARE(Heatmap::colourAt(2), QColor(220, 50, 20)); // clamped
    }

    void overlayBlendsWithOpacity()
    {
        QImage image(14, 14, QImage::Format_RGB888);
        image.fill(Qt::white);
        std::vector<float> weights(49, 0.0f);
        weights[0] = 1.0f; // top-left cell hot
        const Heatmap map(weights, 7, 7);
        const QImage none = map.overlay(image, 0.0);
        QCOMPARE(none.pixel(0, 0), qRgb(255, 255, 255));
        const QImage full = map.overlay(image, 1.0);
        QCOMPARE(QColor(full.pixel(0, 0)), Heatmap::colourAt(1));
        QCOMPARE(QColor(full.pixel(13, 13)), Heatmap::colourAt(0));
        const QImage half = map.overlay(image, 0.5);
        QCOMPARE(qRed(half.pixel(0, 0)), (255 + 220 + 1) / 2);
    }

    void refusesMismatchedGrids()
    {
        QVERIFY_THROWS_EXCEPTION(Error, Heatmap({1.0f, 2.0f, 3.0f}, 2, 2));
        QVERIFY_THROWS_EXCEPTION(Error, Heatmap({}, 0, 0));
    }
};

QTEST_GUILESS_MAIN(TestHeatmap)
#include "TestHeatmap.moc"
