#include "core/domain/Error.h"
#include "core/image/ImageDecoder.h"
#include "core/image/PerceptualHash.h"

#include <QBuffer>
#include <QDir>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using namespace candor;

namespace {

// A busy, deterministic picture: a gradient sky, shapes of random colours and sizes, like the background of a meme.
QImage scene(quint32 seed, int width = 640, int height = 480)
{
    QRandomGenerator random(seed);
    QImage image(width, height, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, width, height);
    gradient.setColorAt(0, QColor::fromRgb(random.generate()));
    gradient.setColorAt(1, QColor::fromRgb(random.generate()));
    painter.fillRect(image.rect(), gradient);
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < 60; ++i) {
        painter.setBrush(QColor::fromRgb(random.generate()));
        const int w = random.bounded(width / 16, width / 3);
        const int h = random.bounded(height / 16, height / 3);
        const QRect box(random.bounded(width - w), random.bounded(height - h), w, h);
        if (i % 2 == 0)
            painter.drawEllipse(box);
        else
            painter.drawRect(box);
    }
    return image;
}

// Rescaled to half size, saved as JPEG at quality 70 and decoded again through the import path.
QImage halfSizeJpeg(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.scaled(image.size() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).save(&buffer, "JPG", 70);
    return ImageDecoder::decode(bytes, QStringLiteral("half-size.jpg"));
}

// The bottom fifth repainted: a meme re-posted with a different caption bar.
QImage newCaptionBar(const QImage &image, quint32 seed)
{
    QImage copy = image;
    QPainter painter(&copy);
    const int top = copy.height() * 4 / 5;
    painter.fillRect(QRect(0, top, copy.width(), copy.height() - top), Qt::white);
    QRandomGenerator random(seed);
    for (int x = 10; x < copy.width() - 20; x += 18)
        painter.fillRect(QRect(x, top + 10, random.bounded(6, 14), copy.height() - top - 20), Qt::black);
    return copy;
}

} // namespace

class TestPerceptualHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chunksAndDistance()
    {
        const quint64 hash = 0x0123456789ABCDEFULL;
        const auto parts = PerceptualHash::chunks(hash);
        QCOMPARE(parts[0], quint16(0xCDEF));
        QCOMPARE(parts[3], quint16(0x0123));
        QCOMPARE(PerceptualHash::distance(hash, hash), 0);
        QCOMPARE(PerceptualHash::distance(0, ~quint64(0)), 64);
        // Three flipped bits, one in each of three chunks: the fourth chunk still agrees (the lookup's guarantee).
        const quint64 flipped = hash ^ (1ULL << 3) ^ (1ULL << 20) ^ (1ULL << 40);
        QCOMPARE(PerceptualHash::distance(hash, flipped), 3);
        QCOMPARE(PerceptualHash::chunks(flipped)[3], parts[3]);
    }

    void refusesAnEmptyImage() { QVERIFY_THROWS_EXCEPTION(Error, PerceptualHash::of(QImage())); }

    void sameImageSameHashInAnyFormat()
    {
        const QImage image = scene(7);
        const quint64 hash = PerceptualHash::of(image);
        QCOMPARE(PerceptualHash::of(image.convertToFormat(QImage::Format_RGB888)), hash);
        QCOMPARE(PerceptualHash::of(image.convertToFormat(QImage::Format_ARGB32)), hash);
    }

    void repostsStayCloseUnrelatedAreFar_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 8; ++seed)
            QTest::addRow("scene %u", seed) << seed;
    }
    void repostsStayCloseUnrelatedAreFar()
    {
        QFETCH(quint32, seed);
        const QImage original = scene(seed);
        const quint64 hash = PerceptualHash::of(original);
        const int rescaled = PerceptualHash::distance(hash, PerceptualHash::of(halfSizeJpeg(original)));
        QVERIFY2(rescaled <= 4, qPrintable(QStringLiteral("half size + JPEG: %1 bits").arg(rescaled)));
        const int recaptioned = PerceptualHash::distance(hash, PerceptualHash::of(newCaptionBar(original, seed)));
        QVERIFY2(recaptioned <= 14, qPrintable(QStringLiteral("new caption bar: %1 bits").arg(recaptioned)));
        const int unrelated = PerceptualHash::distance(hash, PerceptualHash::of(scene(seed + 100)));
        QVERIFY2(unrelated >= 18, qPrintable(QStringLiteral("unrelated: %1 bits").arg(unrelated)));
    }

    // Real memes (SemEval-2021 Task 6 images, when ../shared is present): every re-post (half size, JPEG 70)
    // stays within 4 bits of its original; distinct memes are on average about half the bits apart.
    void realMemes()
    {
        const QDir folder(QStringLiteral(CANDOR_SHARED_DIR "/datasets/semeval2021-task6/training_set_task3"));
        const QStringList names
            = folder.entryList({QStringLiteral("*.png"), QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
        if (names.isEmpty())
            QSKIP("the SemEval-2021 Task 6 images are not in ../shared/datasets");
        QList<quint64> hashes;
        int worstRepost = 0;
        for (const QString &name : names.mid(0, 40)) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QImage image = ImageDecoder::decode(file.readAll(), name);
            const quint64 hash = PerceptualHash::of(image);
            worstRepost = qMax(worstRepost, PerceptualHash::distance(hash, PerceptualHash::of(halfSizeJpeg(image))));
            hashes.append(hash);
        }
        int pairs = 0;
        int total = 0;
        int closest = 64;
        for (int i = 0; i < hashes.size(); ++i) {
            for (int j = i + 1; j < hashes.size(); ++j) {
                const int d = PerceptualHash::distance(hashes[i], hashes[j]);
                total += d;
                closest = qMin(closest, d);
                ++pairs;
            }
        }
        qInfo("40 memes: worst re-post %d bits; distinct pairs mean %.1f bits, closest %d", worstRepost,
            double(total) / pairs, closest);
        QVERIFY(worstRepost <= 4);
        QVERIFY(double(total) / pairs > 24);
    }
};

QTEST_MAIN(TestPerceptualHash)
#include "TestPerceptualHash.moc"
