#pragma once

#include "core/image/ImageDescription.h"

#include <QByteArray>

namespace candor {

// The EXIF block of a JPEG (APP1 "Exif"), PNG (eXIf chunk) or WebP (EXIF chunk), found by walking the container's
// own structure up to the image data; empty when there is none. Never more than 64 KB (a JPEG segment's limit,
// applied to all three), so a file that claims a huge block (an "EXIF bomb") costs nothing.
QByteArray exifBlock(const QByteArray &bytes);

// Camera make and model, software and dates from an EXIF block (libexif). Values are trimmed, cut to 200
// characters, and dropped when they hold control characters; a malformed block gives empty facts.
ExifFacts readExif(const QByteArray &bytes);

} // namespace candor
