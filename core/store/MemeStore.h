#pragma once

// Meme-specific rows of the project (schema version 3): OCR word boxes and the small image maps stored with
// meme model predictions. Free functions over ProjectStore, so the store's core class stays as it is.

#include "core/ocr/MemeOcr.h"
#include "core/store/ProjectStore.h"

#include <vector>

namespace candor {

// A meme (or post) with an image, as OCR reads it.
struct ItemImage
{
    qint64 itemId = 0;
    QString text;
    qint64 mediaId = 0;
};
// Memes with an image, ascending: of `split` (every split when empty), and only `itemIds` when given.
QList<ItemImage> memeImages(const ProjectStore &store, const QString &split, const QList<qint64> &itemIds = {},
    bool includePosts = false); // includePosts: posts with an image too (screenshots imported as posts)

// Replaces the item's OCR words (one transaction).
void replaceOcrWords(ProjectStore &store, qint64 itemId, qint64 mediaId, const QList<OcrWord> &words);
// The same inside the caller's transaction (an import's record savepoint).
void writeOcrWords(ProjectStore &store, qint64 itemId, qint64 mediaId, const QList<OcrWord> &words);
QList<OcrWord> ocrWords(const ProjectStore &store, qint64 itemId); // in reading order

struct ImageMap
{
    qint64 itemId = 0;
    qint64 modelVersionId = 0;
    QString kind; // "attention" or "gradcam"
    QString label; // the technique of a Grad-CAM map; empty for attention
    int rows = 0;
    int cols = 0;
    std::vector<float> weights;
};

// Inserts or replaces the map with the same (item, version, kind, label). Throws for a malformed map.
void putImageMap(ProjectStore &store, const ImageMap &map);
std::optional<ImageMap> imageMap(
    const ProjectStore &store, qint64 itemId, qint64 modelVersionId, const QString &kind, const QString &label = {});

} // namespace candor
