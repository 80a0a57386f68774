#pragma once

#include "core/store/FacetSelection.h"
#include "core/store/ItemQuery.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace candor {

class ProjectStore;

// One row of the items browser.
struct ItemRow
{
    qint64 id = 0;
    QString kind;
    QString preview; // the text, whitespace simplified (the statement cuts it)
    qint64 mediaId = 0; // 0: no image
    QString createdAt; // yyyy-MM-dd
    QString gold; // label lists per origin, comma-separated
    QString human;
    QString model;
    QVariant bestScore; // null: no model score
    QVariant uncertainty;
    bool reviewed = false;
    QString annotators;
};

// The items browser's reads over a project, planned by FacetSelection (see ItemQuery): the facets, pages, counts,
// a single refreshed row, every matching item id, the review queue, and the values its filter lists offer. The
// widgets hold an ItemQuery and ask here; the SQL stays in the store. Throws candor::Error on database errors.
class ItemReader
{
public:
    explicit ItemReader(const ProjectStore &store)
        : m_store(store)
    {
    }

    FacetSelection facets(const ItemQuery &query) const;
    QList<ItemRow> page(const ItemQuery &query, const FacetSelection &facets, int limit, std::optional<qint64> afterId,
        qint64 offset) const;
    // Exact where ItemQuery::countIsExact, else capped at ItemQuery::countCap + 1 (see MatchCounter for the
    // background count of large filters).
    qint64 count(const ItemQuery &query, const FacetSelection &facets) const;
    std::optional<ItemRow> row(qint64 itemId) const;
    // Every matching item id, ascending. `cancelled` is asked every 1,000 rows; when it says yes the ids read so
    // far are returned (a filter of a large project can list hundreds of thousands).
    QList<qint64> ids(const ItemQuery &query, const std::function<bool()> &cancelled = {}) const;
    // The review queue within the query: the next unreviewed item after `currentId` (wrapping once), or the most
    // uncertain unreviewed item with model proposals.
    std::optional<qint64> nextUnreviewed(const ItemQuery &query, qint64 currentId) const;
    std::optional<qint64> mostUncertain(const ItemQuery &query, qint64 currentId) const;
    // The curation queue within the query: the next item after `currentId` (wrapping once) where annotators
    // disagree on a schema nobody has curated there yet (ItemQuery::disagreement).
    std::optional<qint64> nextDisagreement(ItemQuery query, qint64 currentId) const;

    // What the filter bar offers: every label name of every schema, the human annotators (at most `limit`), and the
    // languages and sources in use (from the facets: a DISTINCT over a million items would read them all).
    QStringList labelNames() const;
    QStringList annotators(int limit = 500) const;
    QStringList languages() const;
    QStringList sources() const;

private:
    const ProjectStore &m_store;
};

} // namespace candor
