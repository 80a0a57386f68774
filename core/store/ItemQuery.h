#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace candor {

struct FacetSelection;

// The items browser's filter and sort rules as plain data that builds SQL over the project schema. Widgets
// only hold one of these and page through its results; SQLite does the filtering, sorting and searching.
struct ItemQuery
{
    enum class Review { Any, Unreviewed, Reviewed };
    enum class SortKey {
        Id,
        Kind,
        Text,
        Date,
        Source,
        BestScore,
        Uncertainty,
        GoldLabels,
        HumanLabels,
        ModelLabels,
        Review
    };
    // Counts of filtered views stop here (the browser shows "10,000+"): an exact count over a large match set
    // would cost more than the page itself.
    static constexpr qint64 countCap = 10000;

    QString kind; // "meme", "post", "thread", "message"; empty: any
    QString label; // any origin (gold, human, model not rejected); empty: any
    QString predictedLabel; // the best model score for this label lies in [minScore, maxScore]
    double minScore = 0.0;
    double maxScore = 1.0;
    Review review = Review::Any;
    QString annotator;
    // Items where annotators disagree: two people's human rows (not rejected or ignored) of one schema on the same item
    // (post, for per-post schemas), at the same level (item labels or spans), differ in a label or a span's bounds.
    // Whose rows count and what "annotated" means are agreement's (AgreementQueries): a person who left no row of
    // the schema there is not compared. Spans must match exactly (agreement also scores partial overlap). A schema a
    // curator has settled on the item (curated rows) no longer counts: the filter is the curation queue.
    bool disagreement = false;
    QString language;
    QString source;
    QString split;
    QString search; // full-text search (FTS5 over item and post text)
    // "Has a near-duplicate with a verdict": on, only the items of nearVerdictIds, which whoever applies the query
    // resolves with VerdictNeighbours::itemIds when the filter is switched on (SQL cannot test near-duplication).
    // The flag is saved with a filter, the ids are not (they belong to a project and a moment).
    bool nearVerdict = false;
    QList<qint64> nearVerdictIds;
    SortKey sortKey = SortKey::Id;
    bool descending = false;

    bool operator==(const ItemQuery &other) const
    {
        return toJson() == other.toJson() && nearVerdictIds == other.nearVerdictIds;
    }
    bool isEmpty() const;

    // Every statement builder takes an optional FacetSelection, this query resolved against the facets table
    // (FacetSelection::resolve). With it, kind / language / source / split become a test of item_summary.facet_id,
    // planned by the facet counts: nothing matches -> a constant false term; few items -> read through the facet
    // index; many -> walk in item (or sort key) order and test the facet per row. Pages then pick their item ids
    // from item_summary alone and join the displayed columns for those ids only. Without a selection the four
    // columns are compared on items (same rows, no planning).

    // SELECT of ItemQuery::Column values; `afterId` pages by keyset when sorting by id, else `offset` applies.
    QString selectStatement(QVariantList &binds, int limit, std::optional<qint64> afterId, qint64 offset,
        const FacetSelection *facets = nullptr) const;
    // Exact for the unfiltered view and (with facets) for filters on the facet columns only; capped at
    // countCap + 1 otherwise.
    QString countStatement(QVariantList &binds, const FacetSelection *facets = nullptr) const;
    bool countIsExact(const FacetSelection *facets = nullptr) const;
    // Ids of every matching item, ascending (e.g. "predict the current filter").
    QString idStatement(QVariantList &binds, const FacetSelection *facets = nullptr) const;
    // The same columns for one item, whatever the filters (refreshes a row after an edit).
    static QString rowStatement(QVariantList &binds, qint64 itemId);
    // The next item after `currentId` (ascending id, wrapping once) that matches this query (and is unreviewed, for
    // nextUnreviewedStatement), or the most uncertain unreviewed item. Each returns a statement yielding one id.
    QString nextUnreviewedStatement(
        QVariantList &binds, qint64 currentId, const FacetSelection *facets = nullptr) const;
    QString nextMatchStatement(QVariantList &binds, qint64 currentId, const FacetSelection *facets = nullptr) const;
    QString mostUncertainStatement(QVariantList &binds, qint64 currentId, const FacetSelection *facets = nullptr) const;

    // Whether kind, language, source or split is set (the facet columns).
    bool hasFacetFilter() const;

    // Words of the search, for highlighting matches in the view.
    QStringList searchTerms() const;
    // A safe FTS5 expression: every word quoted, the last one a prefix; empty when there is no word.
    static QString ftsExpression(const QString &search);

    QJsonObject toJson() const;
    static ItemQuery fromJson(const QJsonObject &json);

    // Column order of selectStatement.
    enum Column {
        Id,
        Kind,
        Preview,
        MediaId,
        CreatedAt,
        Source,
        Language,
        Split,
        GoldLabels,
        HumanLabels,
        ModelLabels,
        BestScore,
        Uncertainty,
        Reviewed,
        Annotators,
        ColumnCount
    };

private:
    QString nextStatement(
        QVariantList &binds, qint64 currentId, const FacetSelection *facets, bool unreviewedOnly) const;
    // True when the page is read from FTS5 in rowid (= item) order: a search sorted by id.
    bool searchDriven() const;
    // Any filter besides the facet columns: label, predicted label, annotator, review, search, near verdict.
    bool hasRowFilter() const;
    // " WHERE <match>" over text_search t, read in item order; `afterId` starts after that item.
    QString searchMatches(QVariantList &binds, std::optional<qint64> afterId) const;
    QString searchOrder() const; // " ORDER BY t.rowid ..." (the FTS table's own order)
    // " FROM ... WHERE ..." over items i and item_summary s; `afterId` adds the keyset bound.
    QString fromWhere(QVariantList &binds, std::optional<qint64> afterId = std::nullopt) const;
    // The same over item_summary s alone (items i joined only to sort by one of its columns), facets resolved.
    QString summaryFromWhere(
        QVariantList &binds, const FacetSelection &facets, std::optional<qint64> afterId = std::nullopt) const;
    // Without `facets` the facet columns are compared on items and subqueries test i.id, with it s.item_id.
    QStringList conditions(QVariantList &binds, bool withSearch, const FacetSelection *facets = nullptr) const;
    QString facetCondition(const FacetSelection &facets) const;
    bool sortsByItemColumn() const;
    // `summaryFirst`: for the page ids picked from item_summary (items joined only for an items sort key).
    QString orderExpression(bool summaryFirst = false) const;
    QString idColumn(bool summaryFirst = false) const; // the id column to order and page by
};

} // namespace candor
