#include "core/image/ExifReader.h"

#include "core/image/ImageDecoder.h"

#include <libexif/exif-data.h>
#include <memory>

namespace candor {

namespace {

constexpr int kMaxBlock = 65535;

quint32 bigEndian16(const QByteArray &b, qsizetype at)
{
    return (quint32(uchar(b[at])) << 8) | uchar(b[at + 1]);
}

quint32 littleEndian32(const QByteArray &b, qsizetype at)
{
    return quint32(uchar(b[at])) | (quint32(uchar(b[at + 1])) << 8) | (quint32(uchar(b[at + 2])) << 16)
        | (quint32(uchar(b[at + 3])) << 24);
}

quint32 bigEndian32(const QByteArray &b, qsizetype at)
{
    return (bigEndian16(b, at) << 16) | bigEndian16(b, at + 2);
}

QByteArray jpegExif(const QByteArray &b)
{
    qsizetype at = 2; // after SOI
    while (at + 4 <= b.size()) {
        if (uchar(b[at]) != 0xFF)
            return {};
        const uchar marker = uchar(b[at + 1]);
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) { // RSTn, TEM: markers without a length
            at += 2;
            continue;
        }
        if (marker == 0xDA || marker == 0xD9) // start of scan / end of image: no metadata after this
            return {};
        const qsizetype length = bigEndian16(b, at + 2);
        if (length < 2 || at + 2 + length > b.size())
            return {};
        if (marker == 0xE1 && length >= 8 && b.mid(at + 4, 6) == QByteArray("Exif\0\0", 6))
            return b.mid(at + 4, length - 2);
        at += 2 + length;
    }
    return {};
}

QByteArray pngExif(const QByteArray &b)
{
    qsizetype at = 8; // after the signature
    while (at + 12 <= b.size()) {
        const quint32 length = bigEndian32(b, at);
        const QByteArray type = b.mid(at + 4, 4);
        if (length > quint32(b.size() - at - 12))
            return {};
        if (type == "eXIf") {
            if (length > quint32(kMaxBlock))
                return {};
            const QByteArray block = b.mid(at + 8, qsizetype(length));
            return block.startsWith(QByteArray("Exif\0\0", 6)) ? block : QByteArray("Exif\0\0", 6) + block;
        }
        if (type == "IEND") // eXIf may follow the image data; chunks are skipped by their length, never read
            return {};
        at += 12 + qsizetype(length);
    }
    return {};
}

QByteArray webpExif(const QByteArray &b)
{
    qsizetype at = 12; // after "RIFF" size "WEBP"
    while (at + 8 <= b.size()) {
        const QByteArray type = b.mid(at, 4);
        const quint32 length = littleEndian32(b, at + 4);
        if (length > quint32(b.size() - at - 8))
            return {};
        if (type == "EXIF") {
            if (length > quint32(kMaxBlock))
                return {};
            const QByteArray block = b.mid(at + 8, qsizetype(length));
            return block.startsWith(QByteArray("Exif\0\0", 6)) ? block : QByteArray("Exif\0\0", 6) + block;
        }
        at += 8 + qsizetype(length) + (length & 1); // chunks are padded to an even size
    }
    return {};
}

QString cleanValue(const char *raw)
{
    QString value = QString::fromUtf8(raw).trimmed();
    for (const QChar c : value)
        if (c.category() == QChar::Other_Control)
            return {};
    return value.left(200);
}

QString entryValue(ExifData *data, ExifIfd ifd, ExifTag tag)
{
    ExifEntry *entry = exif_content_get_entry(data->ifd[ifd], tag);
    if (!entry)
        return {};
    char buffer[256] = {};
    exif_entry_get_value(entry, buffer, sizeof buffer - 1);
    return cleanValue(buffer);
}

} // namespace

QByteArray exifBlock(const QByteArray &bytes)
{
    QByteArray block;
    switch (ImageDecoder::sniff(bytes)) {
    case ImageFormat::Jpeg: block = jpegExif(bytes); break;
    case ImageFormat::Png: block = pngExif(bytes); break;
    case ImageFormat::WebP: block = webpExif(bytes); break;
    default: break;
    }
    return block.size() > kMaxBlock + 6 ? QByteArray() : block; // 6: the "Exif\0\0" prefix
}

ExifFacts readExif(const QByteArray &bytes)
{
    const QByteArray block = exifBlock(bytes);
    if (block.isEmpty())
        return {};
    const std::unique_ptr<ExifData, decltype(&exif_data_unref)> data(
        exif_data_new_from_data(reinterpret_cast<const unsigned char *>(block.constData()), unsigned(block.size())),
        &exif_data_unref);
    if (!data)
        return {};
    ExifFacts facts;
    facts.make = entryValue(data.get(), EXIF_IFD_0, EXIF_TAG_MAKE);
    facts.model = entryValue(data.get(), EXIF_IFD_0, EXIF_TAG_MODEL);
    facts.software = entryValue(data.get(), EXIF_IFD_0, EXIF_TAG_SOFTWARE);
    facts.modified = entryValue(data.get(), EXIF_IFD_0, EXIF_TAG_DATE_TIME);
    facts.taken = entryValue(data.get(), EXIF_IFD_EXIF, EXIF_TAG_DATE_TIME_ORIGINAL);
    return facts;
}

} // namespace candor
