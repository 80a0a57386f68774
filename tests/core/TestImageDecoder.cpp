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
    tiff += QByteArray("\x00\x01", 2); // one entry
    tiff += QByteArray("\x01\x12\x00\x03\x00\x00\x00\x01", 8); // Orientation, SHORT, count 1
    char value[4] = {char(orientation >> 8), char(orientation & 0xFF), 0, 0};
    tiff += QByteArray(value, 4);
    tiff += QByteArray(4, '\0'); // no next IFD
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
        const QImage image
            = ImageDecoder::decode(jpegWithOrientation(twoColour(), quint16(orientation)), QStringLiteral("exif.jpg"));
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
        const QByteArray gif = QByteArray::fromHex("474946383761"
                                                   "0200"
                                                   "0100"
                                                   "80"
                                                   "00"
                                                   "00"
                                                   "ff0000"
                                                   "0000ff"
                                                   "2c"
                                                   "0000"
                                                   "0000"
                                                   "0200"
                                                   "0100"
                                                   "00"
                                                   "02"
                                                   "02"
                                                   "440a"
                                                   "00"
                                                   "3b");
        const QImage image = ImageDecoder::decode(gif, QStringLiteral("frame.gif"));
        QCOMPARE(image.size(), QSize(2, 1));
        QCOMPARE(image.pixel(0, 0), qRgb(255, 0, 0));
    }

    void refusesBombsBeforeDecoding()
    {
        QByteArray png = encode(twoColour(), "PNG");
        qToBigEndian<quint32>(100000, png.data() + 16); // IHDR width
        qToBigEndian<quint32>(100000, png.data() + 20); // IHDR height
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

    // Every BMP header variant the pre-check claims to read gives the size its fields hold; an OS/2 1.x header's
    // 16-bit sizes are not read as the Windows header's 32-bit ones (a 96-byte file claiming 65535x65535 used to
    // pass as 1 pixel and make OpenCV abort the import).
    void readsEveryBmpHeaderVariant_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QSize>("size"); // invalid: refused as unreadable
        auto bmp = [](quint32 headerSize, quint32 width, quint32 height, bool sixteenBit) {
            QByteArray bytes(14 + qMax<quint32>(headerSize, 16) + 16, '\0');
            bytes[0] = 'B';
            bytes[1] = 'M';
            qToLittleEndian<quint32>(quint32(bytes.size()), bytes.data() + 2);
            qToLittleEndian<quint32>(headerSize, bytes.data() + 14);
            if (sixteenBit) {
                qToLittleEndian<quint16>(quint16(width), bytes.data() + 18);
                qToLittleEndian<quint16>(quint16(height), bytes.data() + 20);
            } else {
                qToLittleEndian<quint32>(width, bytes.data() + 18);
                qToLittleEndian<quint32>(height, bytes.data() + 22);
            }
            return bytes;
        };
        QTest::newRow("OS/2 1.x, 12 bytes") << bmp(12, 300, 200, true) << QSize(300, 200);
        QTest::newRow("OS/2 1.x claiming 65535x65535") << bmp(12, 65535, 65535, true) << QSize(65535, 65535);
        QTest::newRow("OS/2 2.x, 64 bytes") << bmp(64, 300, 200, false) << QSize(300, 200);
        QTest::newRow("Windows, 40 bytes") << bmp(40, 300, 200, false) << QSize(300, 200);
        QTest::newRow("Windows v5, top-down") << bmp(124, 300, quint32(-200), false) << QSize(300, 200);
        QTest::newRow("unknown header size") << bmp(200, 300, 200, false) << QSize();
        QTest::newRow("negative width") << bmp(40, quint32(-300), 200, false) << QSize();
    }

    void readsEveryBmpHeaderVariant()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QSize, size);
        QCOMPARE(ImageDecoder::headerSize(bytes, ImageFormat::Bmp), size);
        if (size.width() == 65535) {
            try {
                ImageDecoder::decode(bytes, QStringLiteral("os2.bmp"));
                QFAIL("a 4-gigapixel OS/2 header was accepted");
            } catch (const Error &error) {
                QVERIFY2(
                    error.message().contains(QStringLiteral("os2.bmp: image of 65535x65535 pixels exceeds the limit")),
                    qPrintable(error.message()));
            }
        }
    }

    // Damage libjpeg works around decodes, but says so: the warnings come back (naming nothing on stderr).
    void refusesAJpegWhoseFrameDisagreesWithItsHeaderBeforeDecoding()
    {
        // Found by the image fuzz target (2026-12-06): two frame headers, the first 10752x2 (what the pre-check
        // reads, within the limit), the second 10776x47874, which libjpeg decoded into 1.7 GB before the sizes
        // were compared. Now refused as soon as libjpeg has read its header.
        const QByteArray twoFrames = QByteArray::fromHex(
            "ffd8ffffffffff00006400003bffdb0043000806d8000000000000002309080a0c140d0c0b22656e746974696573221e1d1a1c1c20"
            "24"
            "2e2720222c231c1c2838292c30313434341f27393d38323c2e333432ffdb00430109090c0b2c180d226c6162656c732230bbbbbbbb"
            "bbbbbb363131ffc000110800022a0000000000000000000000000000c73232323232323b3232323232323232ffc0001108bb022a18"
            "03012200021101031101c3e6e7e8fcfaffda000c03010002110311ffd9");
        try {
            ImageDecoder::decode(twoFrames, QStringLiteral("two-frames.jpg"), ImageDecoder::defaultMaxPixels);
            QFAIL("a JPEG whose frame disagrees with its header was decoded");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QLatin1String("the frame is 10776x47874 pixels but the header read "
                                                            "10752x2")),
                qPrintable(error.message()));
        }
    }

    void reportsDamagedJpegData()
    {
        QImage noisy(64, 64, QImage::Format_RGB888);
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 64; ++x)
                noisy.setPixel(x, y, qRgb((x * 37) % 256, (y * 91) % 256, (x * y) % 256));
        const QByteArray whole = encode(noisy, "JPEG");
        const QByteArray damaged
            = whole.left(whole.size() * 2 / 3) + QByteArray("\xFF\xD9", 2); // scan cut, end marker kept
        QStringList warnings;
        const QImage image
            = ImageDecoder::decode(damaged, QStringLiteral("damaged.jpg"), ImageDecoder::defaultMaxPixels, &warnings);
        QCOMPARE(image.size(), QSize(64, 64));
        QVERIFY(!warnings.isEmpty());
        QVERIFY2(warnings.first().startsWith(QStringLiteral("damaged JPEG data: ")), qPrintable(warnings.first()));
        QStringList none;
        ImageDecoder::decode(whole, QStringLiteral("whole.jpg"), ImageDecoder::defaultMaxPixels, &none);
        QVERIFY2(none.isEmpty(), qPrintable(none.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestImageDecoder)
#include "TestImageDecoder.moc"
