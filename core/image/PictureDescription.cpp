#include "core/image/PictureDescription.h"

#include "core/image/ExifReader.h"
#include "core/image/FaceFinder.h"
#include "core/image/ImageDecoder.h"
#include "core/ocr/MemeOcr.h"

namespace candor {

namespace {

QString formatName(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png: return QStringLiteral("PNG");
    case ImageFormat::Jpeg: return QStringLiteral("JPEG");
    case ImageFormat::Gif: return QStringLiteral("GIF");
    case ImageFormat::Bmp: return QStringLiteral("BMP");
    case ImageFormat::WebP: return QStringLiteral("WebP");
    case ImageFormat::Unknown: break;
    }
    return QStringLiteral("unknown format");
}

} // namespace

ImageDescription describePicture(
    const QByteArray &bytes, const QString &origin, const MemeOcr *ocr, const FaceFinder *faces)
{
    return describePicture(ImageDecoder::decode(bytes, origin), bytes, ocr, faces);
}

ImageDescription describePicture(
    const QImage &image, const QByteArray &bytes, const MemeOcr *ocr, const FaceFinder *faces)
{
    ImageDescription d;
    d.width = image.width();
    d.height = image.height();
    d.format = formatName(ImageDecoder::sniff(bytes));
    d.bytes = bytes.size();
    d.exif = readExif(bytes);
    d.colourfulness = colourfulness(image);
    if (ocr) {
        const OcrResult read = ocr->recognise(image);
        d.ocrText = read.text;
        d.ocrWords = int(read.words.size());
        QList<QRect> boxes;
        for (const OcrWord &word : read.words)
            boxes.append(word.box);
        d.textAreaShare = coveredShare(boxes, d.width, d.height);
    }
    if (faces) {
        if (const std::optional<QList<QRect>> found = faces->find(image)) {
            d.faceBoxes = *found;
            d.faces = int(found->size());
        }
    }
    return d;
}

} // namespace candor
