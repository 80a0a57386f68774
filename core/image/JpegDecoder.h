#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QStringList>

namespace candor {

// Decodes a JPEG with libjpeg directly, so its warnings ("Corrupt JPEG data: premature end of data segment")
// come back to the caller instead of going to stderr unnamed: an import then says which file and record hold a
// damaged image and marks it. RGB888 out (greyscale converted); EXIF orientation is the caller's. Returns a null
// image for colour spaces it leaves to OpenCV (CMYK, YCCK). Throws candor::Error with libjpeg's message for a
// JPEG that cannot be decoded at all, and before allocating anything when the frame libjpeg reads is not
// `expected` (the size the header pre-check read and the pixel limit allowed): a 189-byte file whose first frame
// header said 10752x2 made libjpeg decode 10776x47874 pixels, 1.7 GB, before the sizes were compared.
QImage decodeJpeg(const QByteArray &bytes, QSize expected, QStringList &warnings);

} // namespace candor
