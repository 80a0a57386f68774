#pragma once

// The nearest items of an item: the same picture (perceptual hash within a Hamming distance) and the same wording
// (MinHash Jaccard estimate above a threshold), each with what is known about it: its fake / real verdict and its
// gold and human item labels. What the item view lists and `candor-cli similar` prints.

#include "core/domain/Annotation.h"
#include "core/domain/FactCheck.h"
#include "core/domain/Item.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace candor {

class ProjectStore;

struct SimilarityOptions
{
    // At most 7 differing bits: the lookup probes each 16-bit chunk and its 16 one-bit variants, so (pigeonhole:
    // 7 bits over 4 chunks leave one chunk with at most 1) every image within 7 bits is found, none missed.
    int maxImageDistance = 7;
    // Texts are candidates when they share an LSH band (likely from J ~ 0.4 on) and kept from this estimate on.
    double minTextSimilarity = 0.5;
    int limit = 50;
    // Fill each result's verdict and labels (two queries per item). Off for bulk lookups that need only the ids
    // (VerdictNeighbours), where those queries were most of the time.
    bool describe = true;
};

struct SimilarItem
{
    qint64 itemId = 0;
    ItemKind kind = ItemKind::Post;
    int imageDistance = -1; // Hamming bits of the perceptual hashes; -1: no image match
    double textSimilarity = -1; // estimated Jaccard of the word pairs; -1: no text match
    // The fake-2 verdict of the best origin present (gold, then human, then model), empty when none.
    QString verdict;
    std::optional<Origin> verdictOrigin;
    QStringList labels; // gold and human item labels of other schemas, "schema: label", sorted
    std::optional<FactCheckRating> factCheck; // the rating of the item's fact check, when it has one

    // One scale for ordering both kinds of match: 1 - bits/32 for images (0 bits: 1.0, 7 bits: 0.78, half the
    // bits of unrelated images: 0), the Jaccard estimate for text; the better of the two.
    double similarity() const;
};

class SimilarItems
{
public:
    // Nearest first (ties: the better text match, then the lower item id), the item itself left out. Throws
    // candor::Error for an unknown item or options out of range.
    static QList<SimilarItem> of(const ProjectStore &store, qint64 itemId, const SimilarityOptions &options = {});
    // Media id -> Hamming distance for every stored image within `maxDistance` (0-7) bits of `hash`, through the
    // chunk index (what `of` uses for the image side; VerdictNeighbours' bulk resolution too).
    static QHash<qint64, int> mediaNear(const ProjectStore &store, quint64 hash, int maxDistance);
    // Whether any item within the thresholds has a fake-2 verdict of any origin, model included, for one item. The
    // browser's filter counts gold and human verdicts and fact checks only, for all items at once: VerdictNeighbours.
    static bool hasNeighbourWithVerdict(
        const ProjectStore &store, qint64 itemId, const SimilarityOptions &options = {});
};

} // namespace candor
