#include "core/domain/Error.h"
#include "core/image/ImageDecoder.h"

#include <QBuffer>
#include <QPainter>
#include <QTest>
#include <QtEndian>

using namespace candor;

namespace {

QByteArray encode(const QImage &image, const char *format, int quality = 95)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

// 40x20: red left half, blue right half, so every orientation is recognisable.
QImage twoColour()
{
    QImage image(40, 20, QImage::Format_RGB888);
    QPainter painter(&image);
    painter.fillRect(0, 0, 20, 20, Qt::red);
    painter.fillRect(20, 0, 20, 20, Qt::blue);
    return image;
}

// A JPEG with an EXIF APP1 segment carrying `orientation` (big-endian TIFF, one IFD entry) right after SOI.
QByteArray jpegWithOrientation(const QImage &image, quint16 orientation)
{
    QByteArray tiff("MM\x00\x2A\x00\x00\x00\x08", 8);
    tiff += QByteArray("\x00\x01", 2);                       // one entry
    tiff += QByteArray("\x01\x12\x00\x03\x00\x00\x00\x01", 8);   // Orientation, SHORT, count 1
    char value[4] = {char(orientation >> 8), char(orientation & 0xFF), 0, 0};
    tiff += QByteArray(value, 4);
    tiff += QByteArray(4, '\0');                              // no next IFD
    const QByteArray payload = QByteArray("Exif\x00\x00", 6) + tiff;
    QByteArray segment("\xFF\xE1", 2);
    const quint16 length = quint16(payload.size() + 2);
    segment += char(length >> 8);
    segment += char(length & 0xFF);
    segment += payload;
    QByteArray jpeg = encode(image, "JPEG");
    jpeg.insert(2, segment);
    return jpeg;
}

bool near(QRgb a, QColor b, int tolerance = 40)
{
    return qAbs(qRed(a) - b.red()) <= tolerance && qAbs(qGreen(a) - b.green()) <= tolerance
        && qAbs(qBlue(a) - b.blue()) <= tolerance;
}

} // namespace

class TestImageDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sniffsByContent_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("format");
        const QImage image = twoColour();
        QTest::newRow("png") << encode(image, "PNG") << int(ImageFormat::Png);
        QTest::newRow("jpeg") << encode(image, "JPEG") << int(ImageFormat::Jpeg);
        QTest::newRow("bmp") << encode(image, "BMP") << int(ImageFormat::Bmp);
        QTest::newRow("text") << QByteArray("hello, not an image") << int(ImageFormat::Unknown);
    }

    void sniffsByContent()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, format);
        QCOMPARE(int(ImageDecoder::sniff(bytes)), format);
        if (format != int(ImageFormat::Unknown))
            QCOMPARE(ImageDecoder::headerSize(bytes, ImageFormat(format)), QSize(40, 20));
    }

    void decodesJpegNamedPng()
    {
        // SemEval ships JPEG bytes under ".png" names: the origin's extension must not matter.
        const QImage image = ImageDecoder::decode(encode(twoColour(), "JPEG"), QStringLiteral("13_image.png"));
        QCOMPARE(image.size(), QSize(40, 20));
        QVERIFY(near(image.pixel(5, 10), Qt::red));
        QVERIFY(near(image.pixel(35, 10), Qt::blue));
    }

    void appliesExifOrientation_data()
    {
        QTest::addColumn<int>("orientation");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QPoint>("redAt");
        QTest::addColumn<QPoint>("blueAt");
        QTest::newRow("1 upright") << 1 << QSize(40, 20) << QPoint(5, 10) << QPoint(35, 10);
        QTest::newRow("3 upside down") << 3 << QSize(40, 20) << QPoint(35, 10) << QPoint(5, 10);
        QTest::newRow("6 rotate cw") << 6 << QSize(20, 40) << QPoint(10, 5) << QPoint(10, 35);
        QTest::newRow("8 rotate ccw") << 8 << QSize(20, 40) << QPoint(10, 35) << QPoint(10, 5);
    }

    void appliesExifOrientation()
    {
        QFETCH(int, orientation);
        QFETCH(QSize, size);
        QFETCH(QPoint, redAt);
        QFETCH(QPoint, blueAt);
        const QImage image = ImageDecoder::decode(jpegWithOrientation(twoColour(), quint16(orientation)), QStringLiteral("exif.jpg"));
        QCOMPARE(image.size(), size);
        QVERIFY(near(image.pixel(redAt), Qt::red));
        QVERIFY(near(image.pixel(blueAt), Qt::blue));
    }

    void keepsAlpha()
    {
        QImage image(16, 16, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter(&image).fillRect(0, 0, 8, 16, QColor(0, 255, 0, 255));
        const QImage decoded = ImageDecoder::decode(encode(image, "PNG"), QStringLiteral("alpha.png"));
        QVERIFY(decoded.hasAlphaChannel());
        QCOMPARE(qAlpha(decoded.pixel(2, 2)), 255);
        QCOMPARE(qGreen(decoded.pixel(2, 2)), 255);
        QCOMPARE(qAlpha(decoded.pixel(12, 2)), 0);
    }

    void expandsGreyscale()
    {
        QImage grey(10, 10, QImage::Format_Grayscale8);
        grey.fill(100);
        const QImage decoded = ImageDecoder::decode(encode(grey, "PNG"), QStringLiteral("grey.png"));
        QCOMPARE(decoded.format(), QImage::Format_RGB888);
        QCOMPARE(decoded.pixel(4, 4), qRgb(100, 100, 100));
    }

    void decodesFirstGifFrame()
    {
        // A 2x1 GIF87a with a two-entry palette (red, blue), written by hand: Qt ships no GIF writer.
        const QByteArray gif = QByteArray::fromHex(
            "474946383761" "0200" "0100" "80" "00" "00" "ff0000" "0000ff"
            "2c" "0000" "0000" "0200" "0100" "00" "02" "02" "440a" "00" "3b");
        const QImage image = ImageDecoder::decode(gif, QStringLiteral("frame.gif"));
        QCOMPARE(image.size(), QSize(2, 1));
        QCOMPARE(image.pixel(0, 0), qRgb(255, 0, 0));
    }

    void refusesBombsBeforeDecoding()
    {
        QByteArray png = encode(twoColour(), "PNG");
        qToBigEndian<quint32>(100000, png.data() + 16);   // IHDR width
        qToBigEndian<quint32>(100000, png.data() + 20);   // IHDR height
        try {
            ImageDecoder::decode(png, QStringLiteral("bomb.png"));
            QFAIL("a 10-gigapixel header was accepted");
        } catch (const Error &error) {
            QVERIFY(error.message().contains(QStringLiteral("bomb.png")));
            QVERIFY(error.message().contains(QStringLiteral("exceeds")));
        }
    }

    void refusesTruncatedFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QImage noisy(64, 64, QImage::Format_RGB888);
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 64; ++x)
                noisy.setPixel(x, y, qRgb((x * 37) % 256, (y * 91) % 256, (x * y) % 256));
        const QByteArray png = encode(noisy, "PNG");
        const QByteArray jpeg = encode(noisy, "JPEG");
        QTest::newRow("png") << png.left(png.size() / 2);
        QTest::newRow("jpeg") << jpeg.left(jpeg.size() / 2);
    }

    void refusesTruncatedFiles()
    {
        QFETCH(QByteArray, bytes);
        try {
            ImageDecoder::decode(bytes, QStringLiteral("cut"));
            QFAIL("a truncated file was accepted");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("truncated")), qPrintable(error.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestImageDecoder)
#include "TestImageDecoder.moc"
