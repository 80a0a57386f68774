#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

namespace candor {

enum class ImageFormat { Unknown, Png, Jpeg, Gif, Bmp, WebP };

QString imageFormatMime(ImageFormat format);

// Decodes untrusted image bytes. The type comes from the content (some SemEval ".png" files are JPEG); the
// pixel count is read from the header and checked before any decoding, so a decompression bomb costs nothing;
// truncated files are refused. Errors throw candor::Error naming `origin` (file name or record) and the reason.
class ImageDecoder
{
public:
    static constexpr qint64 defaultMaxPixels = 64LL * 1024 * 1024; // 64 megapixels

    static ImageFormat sniff(const QByteArray &bytes);
    // Width and height from the header alone; invalid size when the header is unreadable.
    static QSize headerSize(const QByteArray &bytes, ImageFormat format);
    // Validates without decoding pixels: known type, sane header, size limit, not truncated.
    static QSize validate(const QByteArray &bytes, const QString &origin, qint64 maxPixels = defaultMaxPixels);
    // Full decode to RGB888 or ARGB32 (alpha kept), EXIF orientation applied, GIF: first frame. Every decoder
    // failure (OpenCV's exceptions included) throws candor::Error. Damage the decoder worked around (libjpeg's
    // "corrupt JPEG data" warnings) is appended to `warnings`: the image decodes, but parts of it may be grey.
    static QImage decode(const QByteArray &bytes, const QString &origin, qint64 maxPixels = defaultMaxPixels,
        QStringList *warnings = nullptr);
    // PNG thumbnail no larger than `maxSide` on its long side.
    static QByteArray thumbnailPng(const QImage &image, int maxSide = 256);
};

} // namespace candor
