#include "widgets/meme/ViewTransform.h"

#include <QTest>

using namespace candor;

class TestViewTransform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fitCentresTheWholeImage_data()
    {
        QTest::addColumn<QSizeF>("image");
        QTest::addColumn<QSizeF>("view");
        QTest::addColumn<double>("scale");
        QTest::addColumn<QPointF>("offset");
        QTest::newRow("wide image, letterboxed") << QSizeF(400, 200) << QSizeF(200, 200) << 0.5 << QPointF(0, 50);
        QTest::newRow("tall image, pillarboxed") << QSizeF(100, 400) << QSizeF(300, 200) << 0.5 << QPointF(125, 0);
        QTest::newRow("small image, enlarged") << QSizeF(50, 50) << QSizeF(200, 100) << 2.0 << QPointF(50, 0);
    }

    void fitCentresTheWholeImage()
    {
        QFETCH(QSizeF, image);
        QFETCH(QSizeF, view);
        QFETCH(double, scale);
        QFETCH(QPointF, offset);
        ViewTransform t;
        t.fit(image, view);
        QCOMPARE(t.scale(), scale);
        QCOMPARE(t.offset(), offset);
        QCOMPARE(t.zoom(), 1.0);
        QVERIFY(t.isFitted());
        // Image corners land inside the view, touching two of its edges.
        const QRectF shown = t.toView(QRectF(QPointF(0, 0), image));
        QVERIFY(QRectF(QPointF(0, 0), view).adjusted(-1e-9, -1e-9, 1e-9, 1e-9).contains(shown));
        QVERIFY(qFuzzyCompare(shown.width(), view.width()) || qFuzzyCompare(shown.height(), view.height()));
    }

    void zoomKeepsTheAnchoredPointInPlace_data()
    {
        QTest::addColumn<QPointF>("anchor");
        QTest::addColumn<double>("factor");
        QTest::newRow("zoom in at the mouse") << QPointF(30, 70) << 2.0;
        QTest::newRow("zoom out at the centre") << QPointF(100, 100) << 0.8;
        QTest::newRow("zoom in at a corner") << QPointF(0, 0) << 1.25;
    }

    void zoomKeepsTheAnchoredPointInPlace()
    {
        QFETCH(QPointF, anchor);
        QFETCH(double, factor);
        ViewTransform t;
        t.fit(QSizeF(400, 200), QSizeF(200, 200));
        const QPointF before = t.toImage(anchor);
        t.zoomAt(anchor, factor);
        QCOMPARE(t.scale(), 0.5 * factor);
        QCOMPARE(t.zoom(), factor);
        QVERIFY(!t.isFitted());
        const QPointF after = t.toImage(anchor);
        QVERIFY(qAbs(after.x() - before.x()) < 1e-9 && qAbs(after.y() - before.y()) < 1e-9);
    }

    void zoomIsClampedToItsRange()
    {
        ViewTransform t;
        t.fit(QSizeF(100, 100), QSizeF(100, 100));
        for (int i = 0; i < 40; ++i)
            t.zoomAt(QPointF(50, 50), 2.0);
        QCOMPARE(t.zoom(), ViewTransform::kMaximumZoom);
        for (int i = 0; i < 80; ++i)
            t.zoomAt(QPointF(50, 50), 0.5);
        QCOMPARE(t.zoom(), ViewTransform::kMinimumZoom);
    }

    void panMovesTheImageByTheDragAndRoundTrips()
    {
        ViewTransform t;
        t.fit(QSizeF(400, 200), QSizeF(200, 200));
        t.zoomAt(QPointF(100, 100), 3.0);
        const QPointF imagePoint(123.5, 77.25);
        const QPointF seen = t.toView(imagePoint);
        t.pan(QPointF(-40, 15));
        QCOMPARE(t.toView(imagePoint), seen + QPointF(-40, 15));
        QCOMPARE(t.toImage(t.toView(imagePoint)), imagePoint);
        QCOMPARE(t.transform().map(imagePoint), t.toView(imagePoint));
        // A band dragged right-to-left still gives a proper image rectangle.
        const QRectF band = t.toImage(QRectF(QPointF(150, 150), QPointF(50, 40)));
        QVERIFY(band.width() > 0 && band.height() > 0);
    }
};

QTEST_MAIN(TestViewTransform)
#include "TestViewTransform.moc"
