#include "core/image/Heatmap.h"
#include "widgets/meme/MemeOverlay.h"

#include <QTest>

using namespace candor;

namespace {

QImage solid(const QColor &colour, QSize size = QSize(64, 48))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}

} // namespace

class TestMemeOverlay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blendsTheHeatmapWithItsOpacity_data()
    {
        QTest::addColumn<double>("opacity");
        QTest::newRow("hidden") << 0.0;
        QTest::newRow("quarter") << 0.25;
        QTest::newRow("half") << 0.5;
        QTest::newRow("three quarters") << 0.75;
        QTest::newRow("opaque") << 1.0;
    }

    // result = (1 - opacity) * image + opacity * heat, per channel, within rounding.
    void blendsTheHeatmapWithItsOpacity()
    {
        QFETCH(double, opacity);
        const QColor base(40, 120, 200);
        const QColor heat(250, 30, 0);
        MemeOverlay overlay;
        overlay.image = solid(base);
        overlay.heat = solid(heat);
        overlay.opacity = opacity;
        const QImage out = overlay.render();
        QCOMPARE(out.size(), overlay.image.size());
        const QColor got = out.pixelColor(30, 20);
        const auto expected = [opacity](int b, int h) { return (1 - opacity) * b + opacity * h; };
        QVERIFY2(qAbs(got.red() - expected(base.red(), heat.red())) <= 2, qPrintable(QString::number(got.red())));
        QVERIFY2(
            qAbs(got.green() - expected(base.green(), heat.green())) <= 2, qPrintable(QString::number(got.green())));
        QVERIFY2(qAbs(got.blue() - expected(base.blue(), heat.blue())) <= 2, qPrintable(QString::number(got.blue())));
    }

    // A 7x7 map hot in its top-left cell makes the top-left of the meme red and leaves the far corner blue-ish.
    void aGridMapLightsUpItsHotCell()
    {
        std::vector<float> weights(49, 0.0f);
        weights[0] = 1.0f;
        MemeOverlay overlay;
        overlay.image = solid(Qt::gray, QSize(140, 140));
        overlay.heat = Heatmap(weights, 7, 7).render(140, 140);
        overlay.opacity = 0.6;
        const QImage out = overlay.render();
        const QColor hot = out.pixelColor(5, 5);
        const QColor cold = out.pixelColor(134, 134);
        QVERIFY(hot.red() > hot.blue() + 60);
        QVERIFY(cold.blue() > cold.red());
    }

    void highlightsOnlyTheHighlightedWords()
    {
        MemeOverlay overlay;
        overlay.image = solid(Qt::white, QSize(200, 100));
        overlay.wordBoxes = {QRect(10, 10, 40, 20), QRect(120, 10, 40, 20)};
        overlay.highlighted = {QRect(120, 10, 40, 20)};
        overlay.highlight = QColor(255, 0, 0);
        const QImage out = overlay.render();
        const QColor inside = out.pixelColor(140, 20);
        QVERIFY(inside.red() > 240 && inside.green() < 220 && inside.blue() < 220); // tinted red
        QCOMPARE(out.pixelColor(30, 20), QColor(Qt::white)); // the other word: inside untouched
        QCOMPARE(out.pixelColor(100, 80), QColor(Qt::white)); // away from every box
    }

    void withoutAHeatmapTheImageIsUnchanged()
    {
        MemeOverlay overlay;
        overlay.image = solid(QColor(10, 20, 30));
        overlay.opacity = 1.0;
        QCOMPARE(overlay.render().pixelColor(3, 3), QColor(10, 20, 30));
    }
};

QTEST_MAIN(TestMemeOverlay)
#include "TestMemeOverlay.moc"
