#pragma once

#include "core/store/FacetSelection.h"
#include "core/store/ItemQuery.h"
#include "core/store/ItemReader.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QDateTime>
#include <QPixmap>

#include <optional>

namespace candor {

class MatchCounter;
class ProjectStore;

// The items browser model: one ItemQuery over the project, paged from SQLite on demand (canFetchMore /
// fetchMore, keyset pages when sorted by id), so a million-item project never loads more rows than the
// view has scrolled through. Sorting and filtering are re-run in SQLite.
class ItemTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemTableModel)

public:
    enum Column {
        Kind,
        Preview,
        Thumbnail,
        Gold,
        Human,
        ModelLabels,
        BestScore,
        Uncertainty,
        Review,
        Annotator,
        Date,
        ColumnCount
    };
    enum Role { ItemIdRole = Qt::UserRole + 1, SearchTermsRole, SortValueRole };

    explicit ItemTableModel(QObject *parent = nullptr);
    ~ItemTableModel() override;

    void setStore(ProjectStore *store); // null empties the model
    void setQuery(const ItemQuery &query);
    const ItemQuery &query() const { return m_query; }
    // The query's facet filters resolved against the project at the last refresh; pass it to the query's
    // statement builders so that they plan by the facet counts.
    const FacetSelection &facets() const { return m_facets; }
    void refresh(); // re-runs the query (after an import)
    void refreshItem(qint64 itemId); // re-reads one fetched row (after an edit)
    // Count of matching items. Filtered counts stop at ItemQuery::countCap + 1 so that a broad filter costs no
    // more than its first page. Free counts are known as soon as refresh() returns: the unfiltered view and
    // filters on kind, language, source and split alone (the facet counts), and a result that fits in its first
    // page. Any other count runs on a MatchCounter worker after the page: knownMatchCount() is empty until it
    // arrives with matchCountChanged(); a newer refresh() stops it.
    std::optional<qint64> knownMatchCount() const { return m_knownCount; }
    bool matchCountIsCapped() const; // known and over the cap
    QString matchCountText() const; // "1,234", "10,000+", or "counting…" while unknown
    QString matchCountError() const { return m_countError; } // why the last count failed; empty if it did not
    // Blocks until counted (one COUNT query on the GUI thread's connection, cached until the next refresh):
    // for the command line, benchmarks and tests, never for a view.
    qint64 matchCount() const;

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    qint64 itemIdAt(int row) const;
    int rowOfItem(qint64 itemId) const; // -1 when not fetched (yet)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The count became unknown (a refresh started counting) or known; read knownMatchCount().
    void matchCountChanged();

private:
    void startCount();
    QList<ItemRow> fetchPage() const;
    QVariant display(const ItemRow &row, int column) const;
    QPixmap thumbnail(qint64 mediaId) const;

    ProjectStore *m_store = nullptr;
    ItemQuery m_query;
    FacetSelection m_facets;
    QList<ItemRow> m_rows;
    bool m_atEnd = true;
    bool m_announcingReset = false;
    bool m_fetching = false;
    int m_pageSize = 256;
    MatchCounter *m_counter;
    std::optional<qint64> m_knownCount;
    quint64 m_countGeneration = 0;
    QString m_countError;
    mutable qint64 m_matchCount = -1; // matchCount()'s blocking result for this refresh
    mutable QCache<qint64, QPixmap> m_thumbnails{200};
};

} // namespace candor
