#pragma once

#include "core/image/ImageDescription.h"

#include <QByteArray>

namespace candor {

// The EXIF block of a JPEG (APP1 "Exif"), PNG (eXIf chunk) or WebP (EXIF chunk), found by walking the container's
// own structure (JPEG: up to the scan; PNG and WebP: every chunk header, skipping the data by its length); empty
// when there is none. The block after its "Exif\0\0" prefix is never more than 65,535 bytes (a JPEG segment's
// limit, applied to all three), so a file that claims a huge block (an "EXIF bomb") costs nothing.
QByteArray exifBlock(const QByteArray &bytes);

// Camera make and model, software and dates from an EXIF block (libexif). Values are trimmed, cut to 200
// characters, and dropped when they hold control characters; a malformed block gives empty facts.
ExifFacts readExif(const QByteArray &bytes);

} // namespace candor
