#pragma once

#include <QByteArray>
#include <QImage>
#include <QStringList>

namespace candor {

// Decodes a JPEG with libjpeg directly, so its warnings ("Corrupt JPEG data: premature end of data segment")
// come back to the caller instead of going to stderr unnamed: an import then says which file and record hold a
// damaged image and marks it. RGB888 out (greyscale converted); EXIF orientation is the caller's. Returns a null
// image for colour spaces it leaves to OpenCV (CMYK, YCCK). Throws candor::Error with libjpeg's message for a
// JPEG that cannot be decoded at all.
QImage decodeJpeg(const QByteArray &bytes, QStringList &warnings);

} // namespace candor
