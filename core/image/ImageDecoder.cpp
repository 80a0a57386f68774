#include "core/image/ImageDecoder.h"

#include "core/domain/Error.h"
#include "core/image/JpegDecoder.h"

#include <QBuffer>
#include <QImageReader>
#include <QTransform>
#include <QtEndian>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <limits>

namespace candor {

namespace {

quint32 be32(const QByteArray &b, int at)
{
    return qFromBigEndian<quint32>(b.constData() + at);
}
quint16 be16(const QByteArray &b, int at)
{
    return qFromBigEndian<quint16>(b.constData() + at);
}
quint32 le32(const QByteArray &b, int at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}
quint16 le16(const QByteArray &b, int at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}

QSize jpegSize(const QByteArray &b)
{
    int pos = 2;
    while (pos + 9 < b.size()) {
        if (static_cast<uchar>(b[pos]) != 0xFF) {
            ++pos;
            continue;
        }
        const uchar marker = static_cast<uchar>(b[pos + 1]);
        if (marker == 0xFF) { // fill byte
            ++pos;
            continue;
        }
        if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
            pos += 2;
            continue;
        }
        const int length = be16(b, pos + 2);
        // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
            return QSize(be16(b, pos + 7), be16(b, pos + 5));
        if (length < 2)
            return {};
        pos += 2 + length;
    }
    return {};
}

// The BMP header variants: OS/2 1.x (BITMAPCOREHEADER, 12 bytes) holds 16-bit sizes at 18 and 20; OS/2 2.x (16
// to 64 bytes) and Windows (40, 52, 56, 108, 124 bytes) hold 32-bit ones at 18 and 22, the height negative for
// top-down rows. Any other header size is not a BMP Candor reads: invalid size, so the image is refused.
QSize bmpSize(const QByteArray &b)
{
    if (b.size() < 26)
        return {};
    const quint32 headerSize = le32(b, 14);
    if (headerSize == 12)
        return QSize(le16(b, 18), le16(b, 20));
    const bool os2v2 = headerSize >= 16 && headerSize <= 64 && headerSize % 4 == 0;
    const bool windows
        = headerSize == 40 || headerSize == 52 || headerSize == 56 || headerSize == 108 || headerSize == 124;
    if ((!os2v2 && !windows) || b.size() < 26 + 4)
        return {};
    const qint64 width = qint32(le32(b, 18));
    const qint64 height = qAbs(qint64(qint32(le32(b, 22))));
    if (width <= 0 || width > std::numeric_limits<int>::max() || height > std::numeric_limits<int>::max())
        return {};
    return QSize(int(width), int(height));
}

// Applies EXIF orientation the way Qt's readers do: mirror or flip, then a quarter turn clockwise.
QImage oriented(const QImage &image, QImageIOHandler::Transformations transformation)
{
    if (transformation == QImageIOHandler::TransformationNone)
        return image;
    if (transformation == QImageIOHandler::TransformationRotate270)
        return image.transformed(QTransform().rotate(270));
    QImage result = image.mirrored(
        transformation & QImageIOHandler::TransformationMirror, transformation & QImageIOHandler::TransformationFlip);
    if (transformation & QImageIOHandler::TransformationRotate90)
        result = result.transformed(QTransform().rotate(90));
    return result;
}

QSize webpSize(const QByteArray &b)
{
    if (b.size() < 30)
        return {};
    const QByteArray chunk = b.mid(12, 4);
    if (chunk == "VP8X")
        return QSize(1 + int(le32(b, 24) & 0xFFFFFF), 1 + int(le32(b, 27) & 0xFFFFFF));
    if (chunk == "VP8L") {
        const quint32 bits = le32(b, 21);
        return QSize(1 + int(bits & 0x3FFF), 1 + int((bits >> 14) & 0x3FFF));
    }
    if (chunk == "VP8 ")
        return QSize(le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF);
    return {};
}

bool looksTruncated(const QByteArray &b, ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png: return !b.contains(QByteArray("IEND", 4));
    case ImageFormat::Jpeg: {
        // The end-of-image marker may be followed by padding or trailing metadata; look near the end.
        const QByteArray tail = b.right(4096);
        return !tail.contains(QByteArray("\xFF\xD9", 2));
    }
    case ImageFormat::Gif: return !b.endsWith(';') && !b.right(16).contains(';');
    case ImageFormat::Bmp: return b.size() >= 6 && qint64(le32(b, 2)) > b.size();
    case ImageFormat::WebP: return b.size() >= 8 && qint64(le32(b, 4)) + 8 > b.size();
    case ImageFormat::Unknown: return false;
    }
    return false;
}

QImage fromMat(const cv::Mat &mat)
{
    if (mat.channels() == 4) {
        cv::Mat rgba;
        cv::cvtColor(mat, rgba, cv::COLOR_BGRA2RGBA);
        return QImage(rgba.data, rgba.cols, rgba.rows, int(rgba.step), QImage::Format_RGBA8888).copy();
    }
    cv::Mat rgb;
    if (mat.channels() == 1)
        cv::cvtColor(mat, rgb, cv::COLOR_GRAY2RGB);
    else
        cv::cvtColor(mat, rgb, cv::COLOR_BGR2RGB);
    return QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
}

} // namespace

QString imageFormatMime(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png: return QStringLiteral("image/png");
    case ImageFormat::Jpeg: return QStringLiteral("image/jpeg");
    case ImageFormat::Gif: return QStringLiteral("image/gif");
    case ImageFormat::Bmp: return QStringLiteral("image/bmp");
    case ImageFormat::WebP: return QStringLiteral("image/webp");
    case ImageFormat::Unknown: break;
    }
    return QStringLiteral("application/octet-stream");
}

ImageFormat ImageDecoder::sniff(const QByteArray &b)
{
    if (b.startsWith("\x89PNG\r\n\x1a\n"))
        return ImageFormat::Png;
    if (b.startsWith("\xFF\xD8\xFF"))
        return ImageFormat::Jpeg;
    if (b.startsWith("GIF87a") || b.startsWith("GIF89a"))
        return ImageFormat::Gif;
    if (b.startsWith("BM") && b.size() >= 26)
        return ImageFormat::Bmp;
    if (b.size() >= 12 && b.startsWith("RIFF") && b.mid(8, 4) == "WEBP")
        return ImageFormat::WebP;
    return ImageFormat::Unknown;
}

QSize ImageDecoder::headerSize(const QByteArray &b, ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png:
        return b.size() >= 24 && b.mid(12, 4) == "IHDR" ? QSize(int(be32(b, 16)), int(be32(b, 20))) : QSize();
    case ImageFormat::Jpeg: return jpegSize(b);
    case ImageFormat::Gif: return b.size() >= 10 ? QSize(le16(b, 6), le16(b, 8)) : QSize();
    case ImageFormat::Bmp: return bmpSize(b);
    case ImageFormat::WebP: return webpSize(b);
    case ImageFormat::Unknown: break;
    }
    return {};
}

QSize ImageDecoder::validate(const QByteArray &bytes, const QString &origin, qint64 maxPixels)
{
    const ImageFormat format = sniff(bytes);
    if (format == ImageFormat::Unknown)
        throw Error(Error::tr("%1: not an image (unknown content type, %2 bytes)").arg(origin).arg(bytes.size()));
    const QSize size = headerSize(bytes, format);
    if (!size.isValid() || size.isEmpty())
        throw Error(Error::tr("%1: unreadable %2 header").arg(origin, imageFormatMime(format)));
    const qint64 pixels = qint64(size.width()) * size.height();
    if (pixels > maxPixels)
        throw Error(Error::tr("%1: image of %2x%3 pixels exceeds the limit of %4 megapixels")
                        .arg(origin)
                        .arg(size.width())
                        .arg(size.height())
                        .arg(maxPixels / (1024 * 1024)));
    if (looksTruncated(bytes, format))
        throw Error(Error::tr("%1: truncated %2 file").arg(origin, imageFormatMime(format)));
    return size;
}

QImage ImageDecoder::decode(const QByteArray &bytes, const QString &origin, qint64 maxPixels, QStringList *warnings)
{
    const QSize size = validate(bytes, origin, maxPixels);
    const ImageFormat format = sniff(bytes);
    QImage image;
    if (format == ImageFormat::Jpeg) {
        // libjpeg itself, so its warnings about corrupt data come back here rather than to stderr unnamed.
        QStringList found;
        try {
            image = decodeJpeg(bytes, size, found);
        } catch (const Error &error) {
            throw Error(Error::tr("%1: %2").arg(origin, error.message()));
        }
        if (!image.isNull()) {
            QBuffer buffer;
            buffer.setData(bytes);
            image = oriented(image, QImageReader(&buffer).transformation());
        }
        if (warnings)
            for (const QString &warning : std::as_const(found))
                warnings->append(Error::tr("damaged JPEG data: %1").arg(warning));
    }
    if (image.isNull()
        && format != ImageFormat::Gif) { // OpenCV 4.6 has no GIF decoder; Qt's is used for the first frame
        const cv::Mat raw(1, int(bytes.size()), CV_8UC1, const_cast<char *>(bytes.constData()));
        // IMREAD_UNCHANGED keeps alpha but skips EXIF rotation, so colour decoding is used unless alpha matters.
        const bool mayHaveAlpha = format == ImageFormat::Png || format == ImageFormat::WebP;
        try {
            cv::Mat mat = cv::imdecode(raw, mayHaveAlpha ? cv::IMREAD_UNCHANGED : cv::IMREAD_COLOR);
            if (!mat.empty()) {
                if (mat.depth() != CV_8U)
                    mat.convertTo(mat, CV_8U, 1.0 / 257.0);
                image = fromMat(mat);
            }
        } catch (const cv::Exception &error) {
            // A header the pre-check passed but the decoder refuses: this image's problem, never the import's.
            throw Error(Error::tr("%1: cannot decode image: %2").arg(origin, QString::fromStdString(error.err)));
        } catch (const std::exception &error) {
            throw Error(Error::tr("%1: cannot decode image: %2").arg(origin, QString::fromLocal8Bit(error.what())));
        }
    }
    if (image.isNull()) {
        QBuffer buffer;
        buffer.setData(bytes);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        image = reader.read();
        if (image.isNull())
            throw Error(Error::tr("%1: cannot decode image: %2").arg(origin, reader.errorString()));
        if (image.hasAlphaChannel())
            image = image.convertToFormat(QImage::Format_RGBA8888);
        else
            image = image.convertToFormat(QImage::Format_RGB888);
    }
    if (image.width() * qint64(image.height()) != qint64(size.width()) * size.height())
        throw Error(Error::tr("%1: decoded size %2x%3 disagrees with header %4x%5")
                        .arg(origin)
                        .arg(image.width())
                        .arg(image.height())
                        .arg(size.width())
                        .arg(size.height()));
    return image;
}

QByteArray ImageDecoder::thumbnailPng(const QImage &image, int maxSide)
{
    QImage scaled = image;
    if (image.width() > maxSide || image.height() > maxSide)
        scaled = image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    scaled.save(&buffer, "PNG");
    return png;
}

} // namespace candor
