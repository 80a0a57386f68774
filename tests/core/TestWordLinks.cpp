#include "core/ocr/WordLinks.h"

#include <QPainter>
#include <QPainterPath>
#include <QTest>

using namespace candor;

namespace {

OcrWord word(const QString &text, const QRect &box, int start, int end)
{
    return {text, box, 90, start, end};
}

// Words laid out on one line, 60 px apart, with their offsets in the space-joined OCR text.
QList<OcrWord> ocrLine(const QStringList &texts)
{
    QList<OcrWord> words;
    int offset = 0;
    for (int i = 0; i < texts.size(); ++i) {
        words.append(word(texts[i], QRect(10 + 60 * i, 20, 50, 20), offset, offset + int(texts[i].size())));
        offset += int(texts[i].size()) + 1;
    }
    return words;
}

using Ranges = QList<QPair<int, int>>;

Ranges ranges(const QList<OcrWord> &words)
{
    Ranges out;
    for (const OcrWord &w : words)
        out.append({w.start, w.end});
    return out;
}

} // namespace

class TestWordLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linksOcrWordsToText_data()
    {
        QTest::addColumn<QStringList>("ocr");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("linkedWords");
        QTest::addColumn<Ranges>("linkedRanges");

        QTest::newRow("the OCR text itself") << QStringList{"STOP", "THE", "STEAL"} << QStringLiteral("STOP THE STEAL")
                                             << QStringList{"STOP", "THE", "STEAL"} << Ranges{{0, 4}, {5, 8}, {9, 14}};
        QTest::newRow("case and punctuation of a transcription")
            << QStringList{"STOP", "THE", "STEAL!!"} << QStringLiteral("Stop the \"steal\".")
            << QStringList{"STOP", "THE", "STEAL!!"} << Ranges{{0, 4}, {5, 8}, {10, 15}};
        QTest::newRow("OCR slips within one edit")
            << QStringList{"WAKF", "UP", "SHEEPLE"} << QStringLiteral("wake up sheeple")
            << QStringList{"WAKF", "UP", "SHEEPLE"} << Ranges{{0, 4}, {5, 7}, {8, 15}};
        QTest::newRow("noise words and caption words OCR missed")
            << QStringList{"ii", "WAKE", "~", "SHEEPLE", "8"} << QStringLiteral("Wake up, sheeple! #truth")
            << QStringList{"WAKE", "SHEEPLE"} << Ranges{{0, 4}, {9, 16}};
        QTest::newRow("code points after an emoji")
            << QStringList{"JOE", "BIDEN"} << QString::fromUtf8("\xf0\x9f\x99\x82 Joe Biden")
            << QStringList{"JOE", "BIDEN"} << Ranges{{2, 5}, {6, 11}};
        QTest::newRow("order is kept: a repeated word links once per place")
            << QStringList{"NO", "MEANS", "NO"} << QStringLiteral("no means no means no")
            << QStringList{"NO", "MEANS", "NO"} << Ranges{{0, 2}, {3, 8}, {9, 11}};
        QTest::newRow("unrelated caption")
            << QStringList{"HELLO", "WORLD"} << QStringLiteral("completely different") << QStringList{} << Ranges{};
        QTest::newRow("no text") << QStringList{"HELLO"} << QString() << QStringList{} << Ranges{};
    }

    void linksOcrWordsToText()
    {
        QFETCH(QStringList, ocr);
        QFETCH(QString, text);
        QFETCH(QStringList, linkedWords);
        QFETCH(Ranges, linkedRanges);
        const QList<OcrWord> linked = linkWordsToText(ocrLine(ocr), text);
        QStringList texts;
        for (const OcrWord &w : linked)
            texts.append(w.text);
        QCOMPARE(texts, linkedWords);
        QCOMPARE(ranges(linked), linkedRanges);
        // Boxes travel with their words, in reading order.
        int lastX = -1;
        for (const OcrWord &w : linked) {
            bool found = false;
            for (const OcrWord &o : ocrLine(ocr))
                found = found || (o.text == w.text && o.box == w.box);
            QVERIFY(found);
            QVERIFY(w.box.x() > lastX);
            lastX = w.box.x();
        }
    }

    void regionSelectsTheWordsItMeets_data()
    {
        QTest::addColumn<QRect>("region");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::newRow("a click inside the second word") << QRect(80, 30, 1, 1) << 5 << 8;
        QTest::newRow("a band over the last two words") << QRect(75, 10, 90, 40) << 5 << 14;
        QTest::newRow("a band over everything") << QRect(0, 0, 400, 100) << 0 << 14;
    }

    void regionSelectsTheWordsItMeets()
    {
        QFETCH(QRect, region);
        QFETCH(int, start);
        QFETCH(int, end);
        const auto span = spanOfRegion(ocrLine({"STOP", "THE", "STEAL"}), region);
        QVERIFY(span);
        QCOMPARE(span->first, start);
        QCOMPARE(span->second, end);
    }

    void regionOutsideEveryWordSelectsNothing()
    {
        QVERIFY(!spanOfRegion(ocrLine({"STOP", "THE", "STEAL"}), QRect(0, 60, 400, 30)));
        QVERIFY(!spanOfRegion({}, QRect(0, 0, 10, 10)));
    }

    // The whole chain on a drawn meme: Tesseract reads the words, they link to a transcription with other case
    // and punctuation, and a click on the drawn word selects that word of the transcription.
    void ocrOfADrawnMemeLinksToItsTranscription()
    {
        QImage image(520, 180, QImage::Format_RGB888);
        image.fill(Qt::white);
        QPainter painter(&image);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setBold(true);
        font.setPixelSize(44);
        painter.setRenderHint(QPainter::Antialiasing);
        const QStringList drawn{QStringLiteral("STOP"), QStringLiteral("THE"), QStringLiteral("STEAL")};
        QList<QRect> boxes;
        int x = 20;
        for (const QString &w : drawn) {
            QPainterPath path;
            path.addText(x, 100, font, w);
            painter.fillPath(path, Qt::black);
            boxes.append(path.boundingRect().toAlignedRect());
            x += QFontMetrics(font).horizontalAdvance(w + QLatin1Char(' '));
        }
        painter.end();
        const QString caption = QStringLiteral("Stop... the steal!");
        const QList<OcrWord> linked = linkWordsToText(MemeOcr().recognise(image).words, caption);
        QCOMPARE(linked.size(), 3);
        const auto span = spanOfRegion(linked, QRect(boxes[1].center(), QSize(1, 1)));
        QVERIFY(span);
        QCOMPARE(caption.mid(span->first, span->second - span->first), QStringLiteral("the"));
        QCOMPARE(wordsInSpan(linked, 12, 17), QList<int>{2}); // "steal" -> the third box
        QVERIFY(linked[2].box.intersects(boxes[2]));
    }
};

QTEST_MAIN(TestWordLinks)
#include "TestWordLinks.moc"
