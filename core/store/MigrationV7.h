#pragma once

#include <QSqlDatabase>

namespace candor {

// Schema version 7: the near-duplicate index (see NearDuplicateIndex.h).
//  - image_hashes: one 64-bit perceptual hash per media row, split into four 16-bit chunks, each indexed, for the
//    multi-index Hamming lookup of SimilarItems.
//  - text_minhash: one MinHash signature per item (64 little-endian 32-bit minima; empty for a text without words);
//    text_lsh: its 16 LSH band keys, looked up by key.
//  - items_media: items by image, so the items showing a near-duplicate image are found without a scan.
// Projects from before this version are indexed during the upgrade, in its transaction: every image is decoded
// once (about as long as importing it took) and every text hashed, so no later code has to ask whether the index
// is complete. Damaged images are skipped (they stay without a hash and match nothing).
void migrateToVersion7(const QSqlDatabase &db);

} // namespace candor
