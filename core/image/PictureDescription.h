#pragma once

#include "core/image/ImageDescription.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace candor {

class FaceFinder;
class MemeOcr;

// The fields of a picture's description that core computes: size, format and file size, EXIF, colourfulness, and,
// when given the tools, the OCR text with the share of the picture it covers (`ocr`) and the faces (`faces`; a
// finder without its cascade leaves `faces` at -1). The objects come from the learning engine (app/jobs).
// Decodes with ImageDecoder: a corrupt, truncated or oversized picture throws candor::Error naming `origin`.
ImageDescription describePicture(
    const QByteArray &bytes, const QString &origin, const MemeOcr *ocr = nullptr, const FaceFinder *faces = nullptr);
// The same for a picture the caller decoded already from `bytes` (which still give format, size and EXIF).
ImageDescription describePicture(
    const QImage &image, const QByteArray &bytes, const MemeOcr *ocr = nullptr, const FaceFinder *faces = nullptr);

} // namespace candor
