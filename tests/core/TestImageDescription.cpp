// A picture as structured text (core/image/ImageDescription, PictureDescription, ExifReader, FaceFinder,
// ImageNetClasses): the sentences, the JSON kept beside the project, colourfulness and text share worked by hand,
// EXIF read from JPEG and PNG files built here, and hostile metadata refused without cost.
#include "core/domain/Error.h"
#include "core/image/ExifReader.h"
#include "core/image/FaceFinder.h"
#include "core/image/ImageDescription.h"
#include "core/image/ImageNetClasses.h"
#include "core/image/PictureDescription.h"

#include <QBuffer>
#include <QImage>
#include <QTest>
#include <QtEndian>

#include <cmath>

using namespace candor;

namespace {

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

void putLe16(QByteArray &b, quint16 v)
{
    b.append(char(v & 0xFF)).append(char(v >> 8));
}

void putLe32(QByteArray &b, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b.append(char((v >> (8 * i)) & 0xFF));
}

// A little-endian TIFF block: IFD0 with Make, Model, Software, DateTime and a pointer to an EXIF IFD holding
// DateTimeOriginal. Strings longer than 4 bytes live after the IFDs, as the standard lays them out.
QByteArray tiffBlock()
{
    const QList<QPair<quint16, QByteArray>> ascii{
        {0x010F, "Canon"}, {0x0110, "Canon EOS 5D"}, {0x0131, "Adobe Photoshop CS6"}, {0x0132, "2016:03:04 12:00:00"}};
    const QByteArray taken = "2016:03:02 10:11:12";
    const quint32 ifd0Size = 2 + 5 * 12 + 4;
    const quint32 exifIfdOffset = 8 + ifd0Size;
    const quint32 exifIfdSize = 2 + 12 + 4;
    quint32 data = exifIfdOffset + exifIfdSize;
    QByteArray tiff("II*\0", 4);
    putLe32(tiff, 8);
    QByteArray strings;
    putLe16(tiff, 5);
    for (const auto &[tag, value] : ascii) {
        putLe16(tiff, tag);
        putLe16(tiff, 2); // ASCII
        putLe32(tiff, quint32(value.size() + 1));
        putLe32(tiff, data + quint32(strings.size()));
        strings.append(value).append('\0');
    }
    putLe16(tiff, 0x8769); // EXIF IFD pointer
    putLe16(tiff, 4); // LONG
    putLe32(tiff, 1);
    putLe32(tiff, exifIfdOffset);
    putLe32(tiff, 0); // no next IFD
    putLe16(tiff, 1);
    putLe16(tiff, 0x9003); // DateTimeOriginal
    putLe16(tiff, 2);
    putLe32(tiff, quint32(taken.size() + 1));
    putLe32(tiff, data + quint32(strings.size()));
    strings.append(taken).append('\0');
    putLe32(tiff, 0);
    return tiff + strings;
}

QByteArray jpegWithExif(const QByteArray &jpeg, const QByteArray &tiff)
{
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment("\xFF\xE1", 2);
    segment.append(char((payload.size() + 2) >> 8)).append(char((payload.size() + 2) & 0xFF));
    return jpeg.left(2) + segment + payload + jpeg.mid(2);
}

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : bytes) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data, quint32 claimedLength)
{
    QByteArray chunk(4, '\0');
    qToBigEndian(claimedLength, chunk.data());
    chunk += type + data;
    QByteArray crc(4, '\0');
    qToBigEndian(crc32(type + data), crc.data());
    return chunk + crc;
}

// A WebP container holding a VP8X header chunk and an EXIF chunk (the walk reads chunk headers only).
QByteArray webpWithExif(const QByteArray &tiff)
{
    QByteArray chunks("VP8X", 4);
    putLe32(chunks, 10);
    chunks.append(QByteArray(10, '\0'));
    chunks.append("EXIF", 4);
    putLe32(chunks, quint32(tiff.size()));
    chunks.append(tiff);
    if (tiff.size() % 2)
        chunks.append('\0');
    QByteArray riff("RIFF", 4);
    putLe32(riff, quint32(4 + chunks.size()));
    return riff + QByteArray("WEBP", 4) + chunks;
}

QByteArray pngWithChunk(const QByteArray &png, const QByteArray &chunk)
{
    return png.left(33) + chunk + png.mid(33); // after the signature (8) and IHDR (25)
}

} // namespace

class TestImageDescription : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentencesAndJson()
    {
        ImageDescription d;
        d.width = 1200;
        d.height = 800;
        d.format = QStringLiteral("JPEG");
        d.bytes = 250 * 1024;
        d.exif.make = QStringLiteral("Apple");
        d.exif.model = QStringLiteral("iPhone 7");
        d.exif.software = QStringLiteral("Snapseed");
        d.colourfulness = 62.4;
        d.ocrText = QStringLiteral("BREAKING\nnews");
        d.ocrWords = 2;
        d.textAreaShare = 0.123;
        d.objectsKnown = true;
        d.objects = {{QStringLiteral("seashore"), 0.41, 12}, {QStringLiteral("shoe shop"), 0.16, 14}};
        d.faces = 2;
        d.faceBoxes = {QRect(10, 20, 30, 40), QRect(100, 20, 30, 40)};
        QCOMPARE(d.sentences(),
            QStringList({QStringLiteral("Picture: 1200 x 800 pixels, landscape (aspect 1.50), JPEG, 250 KB."),
                QStringLiteral("Metadata: camera Apple iPhone 7; software Snapseed."),
                QStringLiteral("Colour: quite colourful (62)."),
                QStringLiteral("Text covers 12% of the picture (2 words): BREAKING news"),
                QStringLiteral("Objects: seashore (41%), shoe shop (16%)."), QStringLiteral("2 faces.")}));
        const ImageDescription back = ImageDescription::fromJson(d.toJson(), QStringLiteral("x"));
        QCOMPARE(back.toText(), d.toText());
        QCOMPARE(back.faceBoxes, d.faceBoxes);
        QCOMPARE(back.objects.at(1).wordnetDepth, 14);

        // Without the classifier or the detector the description says nothing of objects or faces; no text, no
        // metadata are said as such (a screenshot stripped of its EXIF is a fact worth a model's attention).
        ImageDescription bare;
        bare.width = bare.height = 64;
        bare.format = QStringLiteral("PNG");
        bare.bytes = 300;
        QCOMPARE(bare.toText(),
            QStringLiteral("Picture: 64 x 64 pixels, square (aspect 1.00), PNG, 1 KB. No camera metadata. Colour: not "
                           "colourful (0). No text in the picture."));
        QVERIFY(!ImageDescription::fromJson(bare.toJson(), QStringLiteral("x")).objectsKnown);

        // A model that read neither objects nor faces reads the same sentences from a description completed later.
        const DescriptionProfile plain;
        QCOMPARE(d.sentences(&plain).size(), 4);
        QVERIFY(!d.toText(&plain).contains(QStringLiteral("Objects")));
        const DescriptionProfile withObjects{true, false};
        QVERIFY(d.toText(&withObjects).endsWith(QStringLiteral("shoe shop (16%).")));
        QCOMPARE(DescriptionProfile::fromJson(withObjects.toJson()), withObjects);

        QJsonObject other = d.toJson();
        other.insert(QStringLiteral("version"), ImageDescription::kVersion + 1);
        QVERIFY_THROWS_EXCEPTION(Error, ImageDescription::fromJson(other, QStringLiteral("x")));
    }

    // Hasler & Süsstrunk: M = sqrt(σ_rg² + σ_yb²) + 0.3 sqrt(μ_rg² + μ_yb²), rg = R - G, yb = (R + G) / 2 - B.
    void colourfulnessByHand()
    {
        QImage grey(40, 40, QImage::Format_RGB888);
        grey.fill(QColor(128, 128, 128));
        QCOMPARE(colourfulness(grey), 0.0);
        QImage red(40, 40, QImage::Format_RGB888);
        red.fill(QColor(255, 0, 0)); // rg 255, yb 127.5, no spread
        QVERIFY(std::abs(colourfulness(red) - 0.3 * std::hypot(255.0, 127.5)) < 1e-9);
        QImage halves(40, 40, QImage::Format_RGB888);
        halves.fill(QColor(255, 0, 0));
        for (int y = 0; y < 40; ++y)
            for (int x = 20; x < 40; ++x)
                halves.setPixelColor(x, y, QColor(0, 255, 0)); // rg ±255 (σ 255, μ 0), yb 127.5 throughout
        QVERIFY(std::abs(colourfulness(halves) - (255.0 + 0.3 * 127.5)) < 1e-9);
    }

    void coveredShareCountsOverlapsOnce()
    {
        QCOMPARE(coveredShare({QRect(0, 0, 50, 50), QRect(25, 25, 50, 50)}, 100, 100), 0.4375);
        QCOMPARE(coveredShare({QRect(-50, -50, 500, 500)}, 100, 100), 1.0);
        QCOMPARE(coveredShare({}, 100, 100), 0.0);
        QCOMPARE(coveredShare({QRect(0, 0, 10, 10)}, 0, 100), 0.0);
        // A large picture is measured on 512 x 512 cells: a box of a quarter of it is still a quarter.
        QVERIFY(std::abs(coveredShare({QRect(0, 0, 2000, 1000)}, 4000, 2000) - 0.25) < 1e-9);
    }

    void exifFromJpegAndPng()
    {
        QImage image(64, 48, QImage::Format_RGB888);
        image.fill(QColor(40, 90, 160));
        const QByteArray jpeg = jpegWithExif(encoded(image, "JPEG"), tiffBlock());
        const ExifFacts facts = readExif(jpeg);
        QCOMPARE(facts.make, QStringLiteral("Canon"));
        QCOMPARE(facts.model, QStringLiteral("Canon EOS 5D"));
        QCOMPARE(facts.software, QStringLiteral("Adobe Photoshop CS6"));
        QCOMPARE(facts.modified, QStringLiteral("2016:03:04 12:00:00"));
        QCOMPARE(facts.taken, QStringLiteral("2016:03:02 10:11:12"));

        const ImageDescription d = describePicture(jpeg, QStringLiteral("photo.jpg"));
        QCOMPARE(d.width, 64);
        QCOMPARE(d.format, QStringLiteral("JPEG"));
        QCOMPARE(d.sentences().at(1),
            QStringLiteral("Metadata: camera Canon Canon EOS 5D; software Adobe Photoshop CS6; taken 2016:03:02 "
                           "10:11:12; modified 2016:03:04 12:00:00."));

        const QByteArray png
            = pngWithChunk(encoded(image, "PNG"), pngChunk("eXIf", tiffBlock(), quint32(tiffBlock().size())));
        QCOMPARE(readExif(png).software, QStringLiteral("Adobe Photoshop CS6"));
        QCOMPARE(describePicture(png, QStringLiteral("shot.png")).exif.make, QStringLiteral("Canon"));
        QVERIFY(readExif(encoded(image, "PNG")).isEmpty());

        // eXIf after the image data (the PNG standard allows it), and a WebP EXIF chunk.
        const QByteArray plainPng = encoded(image, "PNG");
        const QByteArray late = plainPng.left(plainPng.size() - 12)
            + pngChunk("eXIf", tiffBlock(), quint32(tiffBlock().size())) + plainPng.right(12);
        QCOMPARE(readExif(late).model, QStringLiteral("Canon EOS 5D"));
        QCOMPARE(readExif(webpWithExif(tiffBlock())).taken, QStringLiteral("2016:03:02 10:11:12"));
    }

    // Metadata that lies about its size is ignored, never read past the file or allocated: a JPEG segment longer
    // than the file, a PNG chunk claiming 2 GB, an EXIF block of garbage.
    void hostileMetadataIsIgnored()
    {
        QImage image(32, 32, QImage::Format_RGB888);
        image.fill(Qt::white);
        const QByteArray jpeg = encoded(image, "JPEG");
        QByteArray longSegment = jpeg.left(2)
            + QByteArray("\xFF\xE1\xFF\xF0"
                         "Exif\0\0",
                10)
            + tiffBlock();
        QVERIFY(exifBlock(longSegment).isEmpty());
        const QByteArray png = encoded(image, "PNG");
        QVERIFY(exifBlock(pngWithChunk(png, pngChunk("eXIf", tiffBlock(), 0x7FFFFFF0u))).isEmpty());
        // A real block one byte over a segment's limit is refused; one at the limit is read.
        QVERIFY(exifBlock(pngWithChunk(png, pngChunk("eXIf", QByteArray(65536, 'A'), 65536))).isEmpty());
        QCOMPARE(exifBlock(pngWithChunk(png, pngChunk("eXIf", QByteArray(65535, 'A'), 65535))).size(), 65535 + 6);
        QByteArray webp = webpWithExif(tiffBlock());
        qToLittleEndian(quint32(0x7FFFFFF0u), webp.data() + 34); // the EXIF chunk's length: 2 GB
        QVERIFY(exifBlock(webp).isEmpty());
        QVERIFY(readExif(jpegWithExif(jpeg, QByteArray(2000, '\xAB'))).isEmpty());
        QVERIFY(readExif(QByteArray("\xFF\xD8\xFF", 3)).isEmpty());
        QVERIFY_THROWS_EXCEPTION(Error, describePicture(QByteArray("not a picture"), QStringLiteral("junk.png")));
    }

    void facesOnAPlainPicture()
    {
        FaceFinder finder;
        if (!finder.isAvailable())
            QSKIP("OpenCV's face cascade is not installed (Debian package opencv-data)");
        QImage image(400, 300, QImage::Format_RGB888);
        image.fill(QColor(200, 180, 160));
        QCOMPARE(finder.find(image), std::optional<QList<QRect>>(QList<QRect>{}));
        const ImageDescription d
            = describePicture(encoded(image, "PNG"), QStringLiteral("plain.png"), nullptr, &finder);
        QCOMPARE(d.faces, 0);
        QCOMPARE(d.sentences().last(), QStringLiteral("No faces."));
    }

    void imageNetClasses()
    {
        const ImageNetClasses &classes = ImageNetClasses::instance();
        QCOMPARE(classes.count(), 1000);
        QCOMPARE(classes.name(0), QStringLiteral("tench"));
        QCOMPARE(classes.name(978), QStringLiteral("seashore"));
        QCOMPARE(
            classes.wordnetDepth(978), 5); // seashore: entity, physical entity, object, geological formation, shore
        QCOMPARE(classes.wordnetDepth(242), 10); // boxer the dog, not the pugilist WordNet lists first
        QCOMPARE(classes.name(1000), QString());
        QCOMPARE(classes.wordnetDepth(QStringLiteral("boxer")), 10);
        QCOMPARE(classes.wordnetDepth(QStringLiteral("no such class")), 0);
        std::vector<float> probabilities(1000, 0.0f);
        probabilities[978] = 0.5f;
        probabilities[2] = 0.3f;
        probabilities[7] = 0.04f; // below the 5% floor
        const QList<ObjectGuess> top = classes.top(probabilities);
        QCOMPARE(top.size(), 2);
        QCOMPARE(top.at(0).name, QStringLiteral("seashore"));
        QCOMPARE(top.at(1).name, QStringLiteral("great white shark"));
        QCOMPARE(classes.top(probabilities, 1).size(), 1);
        QVERIFY_THROWS_EXCEPTION(Error, classes.top(std::vector<float>(10, 0.1f)));
    }
};

QTEST_GUILESS_MAIN(TestImageDescription)
#include "TestImageDescription.moc"
