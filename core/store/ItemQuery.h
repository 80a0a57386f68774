#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace candor {

// The items browser's filter and sort rules as plain data that builds SQL over the project schema. Widgets
// only hold one of these and page through its results; SQLite does the filtering, sorting and searching.
struct ItemQuery
{
    enum class Review { Any, Unreviewed, Reviewed };
    enum class SortKey { Id, Kind, Text, Date, Source, BestScore, Uncertainty, GoldLabels, HumanLabels, ModelLabels,
                         Review };
    // Counts of filtered views stop here (the browser shows "10,000+"): an exact count over a large match set
    // would cost more than the page itself.
    static constexpr qint64 countCap = 10000;

    QString kind;               // "meme", "post", "thread", "message"; empty: any
    QString label;              // any origin (gold, human, model not rejected); empty: any
    QString predictedLabel;     // the best model score for this label lies in [minScore, maxScore]
    double minScore = 0.0;
    double maxScore = 1.0;
    Review review = Review::Any;
    QString annotator;
    QString language;
    QString source;
    QString split;
    QString search;             // full-text search (FTS5 over item and post text)
    SortKey sortKey = SortKey::Id;
    bool descending = false;

    bool operator==(const ItemQuery &other) const { return toJson() == other.toJson(); }
    bool isEmpty() const;

    // SELECT of ItemQuery::Column values; `afterId` pages by keyset when sorting by id, else `offset` applies.
    QString selectStatement(QVariantList &binds, int limit, std::optional<qint64> afterId, qint64 offset) const;
    // Exact for the unfiltered view, capped at countCap + 1 otherwise.
    QString countStatement(QVariantList &binds) const;
    // Ids of every matching item, ascending (e.g. "predict the current filter").
    QString idStatement(QVariantList &binds) const;
    // The same columns for one item, whatever the filters (refreshes a row after an edit).
    static QString rowStatement(QVariantList &binds, qint64 itemId);
    // The next item after `currentId` (ascending id, wrapping once) that matches this query and `extra`
    // (Unreviewed), or the most uncertain unreviewed item. Both return a statement yielding one id.
    QString nextUnreviewedStatement(QVariantList &binds, qint64 currentId) const;
    QString mostUncertainStatement(QVariantList &binds, qint64 currentId) const;

    // Words of the search, for highlighting matches in the view.
    QStringList searchTerms() const;
    // A safe FTS5 expression: every word quoted, the last one a prefix; empty when there is no word.
    static QString ftsExpression(const QString &search);

    QJsonObject toJson() const;
    static ItemQuery fromJson(const QJsonObject &json);

    // Column order of selectStatement.
    enum Column { Id, Kind, Preview, MediaId, CreatedAt, Source, Language, Split, GoldLabels, HumanLabels,
                  ModelLabels, BestScore, Uncertainty, Reviewed, Annotators, ColumnCount };

private:
    // True when the page is read from FTS5 in rowid (= item) order: a search sorted by id.
    bool searchDriven() const;
    // " FROM ... WHERE ..." over items i and item_summary s; `afterId` adds the keyset bound.
    QString fromWhere(QVariantList &binds, std::optional<qint64> afterId = std::nullopt) const;
    QStringList conditions(QVariantList &binds, bool withSearch) const;
    QString orderExpression() const;
    QString idColumn() const;   // the id column to order and page by
};

} // namespace candor
