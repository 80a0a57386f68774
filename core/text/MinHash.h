#pragma once

// Near-duplicate signatures of short texts (captions, posts): MinHash over word shingles, with LSH band keys for
// lookup. A re-posted caption with a word changed, a URL added or different capitals keeps most of its shingles,
// so its signature agrees with the original's in about the Jaccard share of positions.
//
// Everything here is deterministic (fixed seeds, no std::hash): signatures and band keys are stored in project
// files and must mean the same in every build. Changing a constant below means recomputing every stored one.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace candor::text {

struct MinHashShape
{
    // 64 hashes in 16 bands of 4 rows: two texts share a band (become candidates) with probability
    // 1 - (1 - J^4)^16, which is 0.5 at Jaccard 0.41, 0.95 at 0.63 and 0.999 at 0.8; below 0.2 it is under 3%.
    static constexpr int hashes = 64;
    static constexpr int bands = 16;
    static constexpr int rows = hashes / bands;
    // Word pairs: captions are 5-30 words, where 3-word shingles leave a one-word edit with too few shared ones.
    static constexpr int shingleWords = 2;
};

// Words as near-duplicate matching sees them: case-folded runs of word characters; URLs (http://, https://,
// www.) and @mentions are left out, since re-posts change them freely; '#' and other punctuation separate words.
std::vector<std::u32string> nearDuplicateWords(std::u32string_view text);

// 64-bit hashes of the text's shingles (word pairs; the single word of a one-word text), duplicates removed.
std::vector<uint64_t> shingleHashes(std::u32string_view text);

// Exact Jaccard similarity of the two texts' shingle sets (1 for two texts without words).
double shingleJaccard(std::u32string_view a, std::u32string_view b);

// MinHashShape::hashes minima, or empty when the text has no words (such a text matches nothing).
using MinHashSignature = std::vector<uint32_t>;
MinHashSignature minHash(std::u32string_view text);

// Share of positions where the two signatures agree: an unbiased estimate of the Jaccard similarity (standard
// error sqrt(J(1-J)/64), about 0.06 at J = 0.5). 0 when either is empty.
double estimatedJaccard(const MinHashSignature &a, const MinHashSignature &b);

// One key per band, the band's number mixed in, so equal rows in different bands never collide; values fit in
// 32 bits signed (4 bytes in SQLite). Empty for an empty signature.
std::vector<int64_t> lshBandKeys(const MinHashSignature &signature);

} // namespace candor::text
