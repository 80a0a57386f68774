#pragma once

#include <QList>
#include <QSqlDatabase>

namespace candor {

struct ItemQuery;

// The kind / language / source / split part of an ItemQuery resolved against the facets table (schema 5): the
// facet ids that match and exactly how many items they hold. Resolving costs one read of a table with one row
// per distinct combination; the statement builders of ItemQuery take the result, so the plan of a page or count
// follows real counts instead of the planner's guess.
struct FacetSelection
{
    // Pages are read through the facet index while itemCount^2 <= kNarrowFactor * kPageRows * projectItems.
    // Cost model: a facet-driven read touches every matching item once (itemCount rows), an id-order walk that
    // tests the facet touches about kPageRows * projectItems / itemCount rows until a page is full; the rows of
    // the walk cost several times more (a table row each, where the facet read is a covering index entry).
    // Measured at 1,000,000 items (first page sorted by best score, and the review queue by uncertainty; CPU ms
    // facet index vs walk): 16,667 items 17-18 vs 51-57, 50,000 items 39-58 vs 35-74, 83,333 items 49-69 vs 51-79,
    // 166,667 items 106-112 vs 34-71. The plans cross between 40,000 and 80,000 items; this factor puts the line at
    // 45,000 (4.5 %). A smaller project moves it up (a 10,000-item project reads up to 36 % through the index),
    // where both plans are fast anyway.
    static constexpr double kNarrowFactor = 8.0;
    static constexpr double kPageRows = 256.0;

    bool constrained = false; // the query names a kind, language, source or split
    QList<qint64> ids; // matching facets, ascending; empty while constrained: nothing matches
    qint64 itemCount = 0; // items in those facets (every item when not constrained)
    qint64 projectItems = 0; // items in the project

    bool matchesNothing() const { return constrained && ids.isEmpty(); }
    // Few enough items to read them all through item_summary(facet_id) (see kNarrowFactor).
    bool narrow() const;

    // Throws candor::Error on a database error.
    static FacetSelection resolve(const QSqlDatabase &db, const ItemQuery &query);
};

} // namespace candor
