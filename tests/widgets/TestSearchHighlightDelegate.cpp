// SearchHighlightDelegate: the items table marks every match of the search terms in the text preview, exactly
// over the matched characters, case-insensitively; a cell without terms is painted as usual (no marks).
#include "widgets/browser/ItemTableModel.h"
#include "widgets/browser/SearchHighlightDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace candor;

namespace {

using Spans = QList<QPair<int, int>>;

// A one-cell table painted by the delegate: the tinted columns of the cell's top band (above the glyphs), and in
// `textLeft` the first column of the text itself (through the glyphs' middle).
QList<int> markedColumns(const QString &text, const QStringList &terms, int *textLeft)
{
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), text);
    model.setData(model.index(0, 0), terms, ItemTableModel::SearchTermsRole);
    QTableView view;
    view.setModel(&model);
    view.setItemDelegate(new SearchHighlightDelegate(&view));
    view.horizontalHeader()->hide();
    view.verticalHeader()->hide();
    view.setShowGrid(false);
    view.setColumnWidth(0, 600);
    view.setRowHeight(0, 30);
    view.resize(640, 60);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return {};
    const QImage image = view.viewport()->grab().toImage();
    // Logical coordinates, sampled at the centre of each point's device pixels (HiDPI runs grab at 2x).
    const qreal ratio = image.devicePixelRatio();
    const auto pixel
        = [&image, ratio](int x, int y) { return image.pixelColor(int((x + 0.5) * ratio), int((y + 0.5) * ratio)); };
    const QRect cell = view.visualRect(model.index(0, 0));
    const QColor base = pixel(cell.right() - 2, cell.top() + 3); // right of the text: the background
    QList<int> marked;
    for (int x = cell.left() + 2; x <= cell.right() - 2; ++x) // inside the cell's frame
        if (pixel(x, cell.top() + 3) != base)
            marked.append(x);
    *textLeft = -1;
    for (int x = cell.left(); x <= cell.right() && *textLeft < 0; ++x)
        for (int y = cell.top() + 8; y < cell.bottom() - 8; ++y)
            if (qGray(pixel(x, y).rgb()) < 100) { // a dark glyph pixel
                *textLeft = x;
                break;
            }
    return marked;
}

} // namespace

class TestSearchHighlightDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<Spans>("expected");
        QTest::newRow("one word") << QStringLiteral("Who pays the experts?") << QStringList{QStringLiteral("expert")}
                                  << Spans{{13, 6}};
        QTest::newRow("any case, every time")
            << QStringLiteral("Lie after LIE") << QStringList{QStringLiteral("lie")} << Spans{{0, 3}, {10, 3}};
        QTest::newRow("two terms in text order")
            << QStringLiteral("masks and vaccines") << QStringList{QStringLiteral("vaccines"), QStringLiteral("mask")}
            << Spans{{0, 4}, {10, 8}};
        // As the index (FTS5 remove_diacritics) matches: accents on either side never hide a match, and a match
        // keeps the combining marks of its last letter.
        QTest::newRow("plain term, precomposed text")
            << QString::fromUtf8("Caf\xc3\xa9 says") << QStringList{QStringLiteral("cafe")} << Spans{{0, 4}};
        QTest::newRow("accented term, plain text")
            << QStringLiteral("the cafe") << QStringList{QString::fromUtf8("caf\xc3\xa9")} << Spans{{4, 4}};
        QTest::newRow("combining acute stays inside")
            << QString::fromUtf8("Cafe\xcc\x81 \xf0\x9f\x98\x80 says the e\xcc\x81lite lie")
            << QStringList{QStringLiteral("cafe"), QStringLiteral("elite")} << Spans{{0, 5}, {18, 6}};
        QTest::newRow("no match") << QStringLiteral("nothing here") << QStringList{QStringLiteral("expert")} << Spans{};
    }

    void matches()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, terms);
        QFETCH(Spans, expected);
        QCOMPARE(SearchHighlightDelegate::matches(text, terms), expected);
    }

    void marksExactlyTheMatchedCharacters()
    {
        const QString text = QStringLiteral("Who really pays the experts? Ask yourself.");
        int textLeft = -1;
        QVERIFY(markedColumns(text, {}, &textLeft).isEmpty()); // no terms: plain text, no marks
        QVERIFY(textLeft >= 0);
        const QList<int> marked = markedColumns(text, {QStringLiteral("EXPERT")}, &textLeft);
        QVERIFY(!marked.isEmpty());
        const QFontMetrics metrics(QApplication::font());
        const int start = textLeft + metrics.horizontalAdvance(text.left(20));
        const int width = metrics.horizontalAdvance(QStringLiteral("expert"));
        // Within the glyph's side bearing of where "expert" starts and ends.
        QVERIFY2(qAbs(marked.first() - start) <= 2 && qAbs(marked.last() - (start + width - 1)) <= 2,
            qPrintable(QStringLiteral("marked %1..%2, expected %3..%4")
                           .arg(marked.first())
                           .arg(marked.last())
                           .arg(start)
                           .arg(start + width - 1)));
        QCOMPARE(marked.size(), marked.last() - marked.first() + 1); // one band, no gaps
    }
};

QTEST_MAIN(TestSearchHighlightDelegate)
#include "TestSearchHighlightDelegate.moc"
