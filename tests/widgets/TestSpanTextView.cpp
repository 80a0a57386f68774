// SpanTextView and assignLanes: overlapping spans each keep a band of their own (never one hidden behind
// another), bands sit under the glyphs, and a click on a lower band picks that span, not the one above it.
#include "widgets/itemview/DisplaySpan.h"
#include "widgets/itemview/SpanTextView.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace candor;

using Ranges = QList<QPair<int, int>>;

namespace {

DisplaySpan span(qint64 id, qsizetype start, qsizetype end)
{
    DisplaySpan s;
    s.annotation.id = id;
    s.annotation.label = QStringLiteral("L%1").arg(id);
    s.annotation.origin = Origin::Human;
    s.annotation.status = Status::Accepted;
    s.start16 = start;
    s.end16 = end;
    s.colour = Qt::red;
    return s;
}

bool overlap(const DisplaySpan &a, const DisplaySpan &b)
{
    return a.start16 < b.end16 && b.start16 < a.end16;
}

} // namespace

class TestSpanTextView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lanes_data()
    {
        QTest::addColumn<Ranges>("ranges");
        QTest::addColumn<QList<int>>("lanes"); // in start order (longest first at equal starts)
        QTest::addColumn<int>("laneCount");
        QTest::newRow("disjoint share lane 0") << Ranges{{0, 4}, {5, 9}, {9, 12}} << QList<int>{0, 0, 0} << 1;
        QTest::newRow("same range twice") << Ranges{{2, 6}, {2, 6}} << QList<int>{0, 1} << 2;
        QTest::newRow("nested: the outer above") << Ranges{{3, 5}, {0, 10}} << QList<int>{0, 1} << 2;
        QTest::newRow("chain reuses a lane") << Ranges{{0, 5}, {3, 8}, {6, 10}} << QList<int>{0, 1, 0} << 2;
        QTest::newRow("three over one word") << Ranges{{0, 9}, {1, 4}, {2, 3}} << QList<int>{0, 1, 2} << 3;
    }

    void lanes()
    {
        QFETCH(Ranges, ranges);
        QFETCH(QList<int>, lanes);
        QFETCH(int, laneCount);
        QList<DisplaySpan> spans;
        for (const auto &[start, end] : ranges)
            spans.append(span(spans.size() + 1, start, end));
        QCOMPARE(assignLanes(spans), laneCount);
        QList<int> got;
        for (const DisplaySpan &s : spans)
            got.append(s.lane);
        QCOMPARE(got, lanes);
        for (const DisplaySpan &a : spans)
            for (const DisplaySpan &b : spans)
                if (a.annotation.id != b.annotation.id && overlap(a, b))
                    QVERIFY(a.lane != b.lane);
    }

    void overlappingBandsNeverCoverEachOtherOrTheText()
    {
        SpanTextView view;
        view.resize(220, 300); // narrow: the long span wraps onto a second line
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString text = QStringLiteral("the truth is out there and they hide it from you every day");
        view.setContent(text, {span(1, 4, 9), span(2, 4, 9), span(3, 0, 20), span(4, 4, int(text.size()))});
        QCOMPARE(view.spans().size(), 4);
        const QList<DisplaySpan> &spans = view.spans();
        for (const DisplaySpan &a : spans) {
            const QList<QRectF> bands = view.bandRects(a);
            QVERIFY(!bands.isEmpty());
            const QList<QRectF> glyphs = view.textRects(a);
            QCOMPARE(bands.size(), glyphs.size()); // one band per line the span covers
            for (int i = 0; i < bands.size(); ++i)
                QVERIFY(bands[i].top() >= glyphs[i].bottom()); // under the glyphs, not over them
            for (const DisplaySpan &b : spans)
                if (a.annotation.id != b.annotation.id && overlap(a, b))
                    for (const QRectF &ra : bands)
                        for (const QRectF &rb : view.bandRects(b))
                            QVERIFY2(!ra.intersects(rb),
                                qPrintable(QStringLiteral("%1 and %2").arg(a.annotation.label, b.annotation.label)));
        }
        QVERIFY(std::any_of(
            spans.cbegin(), spans.cend(), [&view](const DisplaySpan &s) { return view.bandRects(s).size() >= 2; }));
    }

    // Two annotators' spans of one technique: each band starts with its annotator's colour; a gold band has none.
    void annotatorColourCapsTheBand()
    {
        SpanTextView view;
        view.resize(400, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        DisplaySpan ana = span(1, 0, 7);
        ana.annotatorColour = QColor(Qt::blue);
        DisplaySpan ben = span(2, 0, 13);
        ben.annotatorColour = QColor(Qt::green);
        DisplaySpan gold = span(3, 8, 13);
        gold.annotation.origin = Origin::Gold;
        view.setContent(QStringLiteral("WAKE UP sheep"), {ana, ben, gold});
        const QImage image = view.viewport()->grab().toImage();
        const auto colourAt = [&](const DisplaySpan &s, qreal dx) {
            const QRectF band = view.bandRects(s).first();
            // One pixel row into the band: its lowest row is the dark edge that marks human spans.
            return image.pixelColor(int(band.left() + dx), int(band.top() + 1.0));
        };
        for (const DisplaySpan &s : view.spans()) {
            if (s.annotation.id == 1)
                QCOMPARE(colourAt(s, 1.5), QColor(Qt::blue));
            if (s.annotation.id == 2)
                QCOMPARE(colourAt(s, 1.5), QColor(Qt::green));
            if (s.annotation.id == 3)
                QCOMPARE(colourAt(s, 1.5), QColor(Qt::red)); // no annotator: the label colour throughout
            if (s.annotation.id != 3)
                QCOMPARE(colourAt(s, 20), QColor(Qt::red)); // past the cap: the label colour
        }
    }

    void clickOnALowerBandPicksThatSpan()
    {
        SpanTextView view;
        view.resize(400, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setContent(QStringLiteral("WAKE UP sheep"), {span(1, 0, 13), span(2, 0, 7)});
        QSignalSpy selected(&view, &SpanTextView::selectedSpanChanged);
        for (const DisplaySpan &s : view.spans()) {
            const QPoint centre = view.bandRects(s).first().center().toPoint();
            QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, centre);
            QCOMPARE(view.selectedSpanId(), s.annotation.id);
        }
        QCOMPARE(selected.size(), 2);
        // Over the shared glyphs the innermost (shorter) span wins.
        const QRectF glyph = view.textRects(view.spans().first()).first();
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(int(glyph.left()) + 3, int(glyph.center().y())));
        QCOMPARE(view.selectedSpanId(), qint64(2));
        QCOMPARE(view.spansAt(2).first().annotation.id, qint64(2));
    }
};

QTEST_MAIN(TestSpanTextView)
#include "TestSpanTextView.moc"
