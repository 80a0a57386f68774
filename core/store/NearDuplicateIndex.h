#pragma once

// The near-duplicate index of a project (schema version 7), written by the store itself: a perceptual hash per
// image (media row) and a MinHash signature with its LSH band keys per item text. ProjectStore calls these when it
// adds media and when it inserts or changes item text, inside the caller's transaction, so the index never
// lags the content. The lookup lives in SimilarItems.

#include "core/text/MinHash.h"

#include <QByteArray>
#include <QImage>
#include <QSqlDatabase>
#include <QString>

namespace candor::nearduplicates {

// Stores the image's perceptual hash and its four 16-bit chunks (each indexed) for media row `mediaId`.
void indexImage(const QSqlDatabase &db, qint64 mediaId, const QImage &image);
// Replaces the item's text signature and band keys. A text without words gets an empty signature and no keys:
// it matches nothing, and the row says it was indexed. `newItem`: the item has no index rows yet (just inserted),
// so there are none to remove.
void indexText(const QSqlDatabase &db, qint64 itemId, const QString &text, bool newItem = false);

// Hashes every media row and item text that has none yet (a project from before schema 7), one image in memory
// at a time. Returns the number of images and texts indexed. An image that no longer decodes is skipped and
// named in `warnings` (it was validated at import, so this means the file was damaged since).
struct BackfillCount
{
    qint64 images = 0;
    qint64 texts = 0;
};
BackfillCount backfill(const QSqlDatabase &db, QStringList *warnings = nullptr);

// A text signature as stored (little-endian 32-bit words: the same bytes on every machine that opens the file),
// and back; trailing bytes short of a word are ignored.
QByteArray signatureBytes(const text::MinHashSignature &signature);
text::MinHashSignature signatureFromBytes(const QByteArray &bytes);

} // namespace candor::nearduplicates
