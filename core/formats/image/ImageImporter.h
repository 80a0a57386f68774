#pragma once

#include "core/formats/common/Importer.h"

namespace candor {

// Bare images and screenshots (PNG, JPEG, WebP; a file, or a folder holding only such files) as posts whose text is
// what Tesseract reads in them (eng+spa, both polarities, as for memes), with the word boxes stored so that a span
// of the text maps to its place in the picture. One post per distinct image: the post's id is the SHA-256 of the
// file's bytes, so importing the same picture again (under another name, from another folder) updates it instead
// of adding a copy; the file name is kept in the metadata. An image without readable text keeps its picture and an
// empty text (a warning says so). Without Tesseract or its language data the posts are imported without text, with
// one warning for the import; Tools > OCR reads them later.
class ImageImporter final : public Importer
{
public:
    QString format() const override { return QStringLiteral("image"); }
    QString description() const override;
    bool recognises(const QString &path) const override;
    void import(
        ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context) override;

    // Whether the bytes start like an image this importer takes (PNG, JPEG, WebP).
    static bool isImageFile(const QString &path);
};

} // namespace candor
