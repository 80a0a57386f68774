#include "core/image/ImageDecoder.h"
#include "core/ocr/MemeOcr.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPainterPath>
#include <QTest>

using namespace candor;

namespace {

// A meme-like image: light letters with a dark outline (the Impact caption style) over a mid-tone
// gradient, or dark letters on white. Returns the image and each word's drawn box.
QImage meme(const QStringList &words, bool lightText, QList<QRect> *boxes)
{
    QImage image(520, 180, QImage::Format_RGB888);
    QPainter painter(&image);
    QLinearGradient background(0, 0, 520, 180);
    background.setColorAt(0, lightText ? QColor(90, 70, 60) : Qt::white);
    background.setColorAt(1, lightText ? QColor(60, 90, 120) : Qt::white);
    painter.fillRect(image.rect(), background);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setBold(true);
    font.setPixelSize(44);
    painter.setFont(font);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(font);
    int x = 20;
    const int baseline = 100;
    for (const QString &word : words) {
        QPainterPath path;
        path.addText(x, baseline, font, word);
        if (lightText) {
            painter.setPen(QPen(Qt::black, 4));
            painter.setBrush(Qt::white);
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(Qt::black);
        }
        painter.drawPath(path);
        boxes->append(path.boundingRect().toAlignedRect());
        x += metrics.horizontalAdvance(word + QLatin1Char(' '));
    }
    return image;
}

} // namespace

class TestMemeOcr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsCaptionsWithBoxes_data()
    {
        QTest::addColumn<bool>("lightText");
        QTest::newRow("white impact-style letters") << true;
        QTest::newRow("dark letters on white") << false;
    }

    void readsCaptionsWithBoxes()
    {
        QFETCH(bool, lightText);
        const QStringList words{QStringLiteral("STOP"), QStringLiteral("THE"), QStringLiteral("STEAL")};
        QList<QRect> drawn;
        const QImage image = meme(words, lightText, &drawn);
        const MemeOcr ocr;
        const OcrResult result = ocr.recognise(image);
        QCOMPARE(result.text, words.join(QLatin1Char(' ')));
        QCOMPARE(result.words.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const OcrWord &word = result.words[i];
            QCOMPARE(word.text, words[i]);
            // Tesseract's box and the drawn outline agree within a few pixels.
            QVERIFY2(qAbs(word.box.center().x() - drawn[i].center().x()) <= 6, qPrintable(word.text));
            QVERIFY2(qAbs(word.box.center().y() - drawn[i].center().y()) <= 6, qPrintable(word.text));
            QVERIFY(word.confidence > 50);
        }
        QCOMPARE(result.words[2].start, 9); // "STOP THE " is 9 code points
        QCOMPARE(result.words[2].end, 14);
    }

    void preprocessesToUpscaledBinaryGrey()
    {
        QImage image(100, 50, QImage::Format_RGB888);
        image.fill(QColor(200, 200, 200));
        QPainter(&image).fillRect(10, 10, 20, 20, Qt::black);
        double scale = 0;
        const QImage page = MemeOcr::preprocess(image, 200, /*invert=*/false, &scale);
        QCOMPARE(scale, 4.0);
        QCOMPARE(page.size(), QSize(400, 200));
        QCOMPARE(page.format(), QImage::Format_Grayscale8);
        QCOMPARE(qGray(page.pixel(80, 80)), 0);
        QCOMPARE(qGray(page.pixel(300, 150)), 255);
        QCOMPARE(qGray(MemeOcr::preprocess(image, 200, /*invert=*/true).pixel(80, 80)), 255);
    }

    void measuresWordAccuracy()
    {
        const WordAccuracy same = compareWords(QStringLiteral("Stop the STEAL!"), QStringLiteral("STOP THE STEAL"));
        QCOMPARE(same.edits, 0);
        QCOMPARE(same.accuracy(), 1.0);
        const WordAccuracy noisy
            = compareWords(QStringLiteral("joe versus the volcano"), QStringLiteral("JOE VERSUS TH3 VOLCANO 8"));
        QCOMPARE(noisy.referenceWords, 4);
        QCOMPARE(noisy.ocrWords, 5);
        QCOMPARE(noisy.edits, 2); // one substitution, one insertion
        QCOMPARE(noisy.matched, 3);
        QCOMPARE(noisy.accuracy(), 0.5);
        QCOMPARE(noisy.precision(), 0.6);
        WordAccuracy total = same;
        total += noisy;
        QCOMPARE(total.referenceWords, 7);
        QCOMPARE(total.edits, 2);
    }

    // Word accuracy against the human transcriptions of the SemEval-2021 task 3 dev memes (63 images).
    void measuresSemEvalDevCaptions()
    {
        const QString folder = QStringLiteral(CANDOR_SHARED_DIR "/datasets/semeval2021-task6/dev_set_task3/");
        QFile file(folder + QStringLiteral("dev_set_task3_labeled.txt"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("SemEval task 3 dev set not found");
        const QJsonArray memes = QJsonDocument::fromJson(file.readAll()).array();
        const MemeOcr ocr;
        WordAccuracy total;
        for (const QJsonValue &value : memes) {
            const QJsonObject meme = value.toObject();
            QFile image(
                folder + QStringLiteral("dev_set_task3_labeled/") + meme.value(QStringLiteral("image")).toString());
            QVERIFY(image.open(QIODevice::ReadOnly));
            const OcrResult result = ocr.recognise(ImageDecoder::decode(image.readAll(), image.fileName()));
            total += compareWords(meme.value(QStringLiteral("text")).toString(), result.text);
        }
        qInfo("SemEval dev (%d memes, %d caption words): word accuracy (1 - WER) %.4f, recall %.4f, precision %.4f",
            int(memes.size()), total.referenceWords, total.accuracy(), total.recall(), total.precision());
        QVERIFY(total.recall() > 0.5);
    }

    void mapsSpansToWordsAndPointsToWords()
    {
        QList<OcrWord> words;
        words.append({QStringLiteral("STOP"), QRect(0, 0, 50, 20), 90, 0, 4});
        words.append({QStringLiteral("THE"), QRect(60, 0, 40, 20), 90, 5, 8});
        words.append({QStringLiteral("STEAL"), QRect(110, 0, 60, 20), 90, 9, 14});
        QCOMPARE(wordsInSpan(words, 5, 14), (QList<int>{1, 2}));
        QCOMPARE(wordsInSpan(words, 3, 6), (QList<int>{0, 1}));
        QCOMPARE(wordsInSpan(words, 4, 5), QList<int>{}); // the space alone
        QCOMPARE(wordAt(words, QPoint(70, 10)), 1);
        QCOMPARE(wordAt(words, QPoint(105, 10)), -1);
    }
};

QTEST_MAIN(TestMemeOcr)
#include "TestMemeOcr.moc"
