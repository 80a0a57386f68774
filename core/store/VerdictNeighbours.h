#pragma once

#include "core/store/SimilarItems.h"

#include <QList>

namespace candor {

class ProjectStore;

// The browser's "has a near-duplicate with a verdict" filter: the items that have a near-duplicate (SimilarItems'
// image and text thresholds) which a person or the dataset has judged: a gold or human fake-2 fake / real row (not
// rejected; "unsure" is stored ignored and is no verdict) or a fact-check record. Model rows are no verdict.
//
// Near-duplication needs the index's Hamming and MinHash checks, which SQL cannot do, so the set is resolved here
// and the item query reads the ids (ItemQuery::nearVerdictIds). The rule is SimilarItems' (the relation is
// symmetric, so looking from the judged side finds every item near one), run in bulk: the band buckets and
// signatures of the judged items' bands are read once (one SimilarItems lookup per judged item re-read a big
// cluster's signatures for every member: 10.8 s on the 15,629 judged MediaEval posts), one image lookup per
// judged picture. Memory: the signatures of the items sharing a band with a judged item (256 bytes each).
class VerdictNeighbours
{
public:
    // Item ids with a judged near-duplicate, ascending. A judged item counts only when another judged item is near.
    // Throws candor::Error for thresholds out of range (as SimilarItems::of) or a database error.
    static QList<qint64> itemIds(const ProjectStore &store, const SimilarityOptions &options = {});
    // Items with a gold or human fake-2 verdict or a fact check, ascending.
    static QList<qint64> judgedItemIds(const ProjectStore &store);
};

} // namespace candor
