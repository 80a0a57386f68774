// The image pre-check and decoder: sniffing, the header size reader, validate() and decode() on untrusted bytes.
// The pixel limit is lowered to 4 megapixels so one input decodes in milliseconds; the code paths are the same.
// Contract checked: a refusal is a candor::Error; what validate() accepts within the limit, decode() either
// decodes to an image of the validated size or refuses with a candor::Error.
#include "core/domain/Error.h"
#include "core/image/ImageDecoder.h"
#include "tests/fuzz/FuzzSupport.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    candor::fuzz::ensureApplication();
    using candor::ImageDecoder;
    constexpr qint64 kMaxPixels = 4LL * 1024 * 1024;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const candor::ImageFormat format = ImageDecoder::sniff(bytes);
    ImageDecoder::headerSize(bytes, format);
    QSize validated;
    try {
        validated = ImageDecoder::validate(bytes, QStringLiteral("fuzz input"), kMaxPixels);
    } catch (const candor::Error &) {
        return 0;
    }
    try {
        const QImage image = ImageDecoder::decode(bytes, QStringLiteral("fuzz input"), kMaxPixels);
        if (image.isNull()) {
            std::fprintf(stderr, "decode() returned a null image without an error\n");
            std::abort();
        }
        if (image.width() * qint64(image.height()) > kMaxPixels) {
            std::fprintf(stderr, "decode() returned %dx%d, over the pixel limit (validated %dx%d)\n", image.width(),
                image.height(), validated.width(), validated.height());
            std::abort();
        }
        ImageDecoder::thumbnailPng(image, 64);
    } catch (const candor::Error &) {
    }
    return 0;
}
