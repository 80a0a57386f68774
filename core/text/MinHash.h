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
    // 64 hashes; the first 63 form 21 bands of 3 rows. Two texts share a band (become candidates) with probability
    // 1 - (1 - J^3)^21: 0.75 at Jaccard 0.4, 0.94 at 0.5, 0.994 at 0.6; 0.16 at 0.2 and 0.02 at 0.1, so unrelated
    // texts rarely cost a signature comparison.
    static constexpr int hashes = 64;
    static constexpr int bands = 21;
    static constexpr int rows = 3;
    static_assert(bands * rows <= hashes);
};

// Words as near-duplicate matching sees them: case-folded runs of word characters; URLs (http://, https://,
// www.) and @mentions are left out, since re-posts change them freely; '#' and other punctuation separate words.
std::vector<std::u32string> nearDuplicateWords(std::u32string_view text);

// 64-bit hashes of the text's shingles, duplicates removed: every word and every pair of neighbouring words.
// Captions are 5-30 words: with pairs alone, one changed word in 8 leaves 5 of 9 shingles shared (J 0.56); with
// words too, 12 of 18 (J 0.67), while the pairs still tell a reordered text from the original.
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
