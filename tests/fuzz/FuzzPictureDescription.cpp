// A picture's description without OCR or faces (core/image/PictureDescription, ExifReader): the container walk that
// finds the EXIF block of a JPEG, PNG or WebP, libexif on that block, the decode and the colour statistics.
// Contract checked: a refusal is a candor::Error; the EXIF block is never longer than a JPEG segment allows (plus its
// 6-byte "Exif\0\0" prefix); a description that succeeds has the decoded picture's size and a finite colourfulness.
#include "core/domain/Error.h"
#include "core/image/ExifReader.h"
#include "core/image/ImageDecoder.h"
#include "core/image/PictureDescription.h"
#include "tests/fuzz/FuzzSupport.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    candor::fuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray block = candor::exifBlock(bytes);
    if (block.size() > 65535 + 6) {
        std::fprintf(stderr, "exifBlock() returned %lld bytes\n", static_cast<long long>(block.size()));
        std::abort();
    }
    candor::readExif(bytes);
    // The decoder's own limit is exercised by the image target; here a small picture keeps each input fast.
    try {
        if (candor::ImageDecoder::validate(bytes, QStringLiteral("fuzz input"), 1024 * 1024).isEmpty())
            return 0;
    } catch (const candor::Error &) {
        return 0;
    }
    try {
        const candor::ImageDescription d = candor::describePicture(bytes, QStringLiteral("fuzz input"));
        if (d.width <= 0 || d.height <= 0 || !std::isfinite(d.colourfulness) || d.colourfulness < 0) {
            std::fprintf(
                stderr, "describePicture() gave %dx%d, colourfulness %f\n", d.width, d.height, d.colourfulness);
            std::abort();
        }
        d.toText();
    } catch (const candor::Error &) {
    }
    return 0;
}
