#pragma once

#include "store/FacetSelection.h"
#include "store/ItemQuery.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QDateTime>
#include <QPixmap>

class QSqlQuery;

namespace candor {

class ProjectStore;

// The items browser model: one ItemQuery over the project, paged from SQLite on demand (canFetchMore /
// fetchMore, keyset pages when sorted by id), so a million-item project never loads more rows than the
// view has scrolled through. Sorting and filtering are re-run in SQLite.
class ItemTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemTableModel)

public:
    enum Column { Kind, Preview, Thumbnail, Gold, Human, ModelLabels, BestScore, Uncertainty, Review, Annotator, Date,
                  ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, SearchTermsRole, SortValueRole };

    explicit ItemTableModel(QObject *parent = nullptr);

    void setStore(ProjectStore *store);   // null empties the model
    void setQuery(const ItemQuery &query);
    const ItemQuery &query() const { return m_query; }
    // The query's facet filters resolved against the project at the last refresh; pass it to the query's
    // statement builders so that they plan by the facet counts.
    const FacetSelection &facets() const { return m_facets; }
    void refresh();                       // re-runs the query (after an import)
    void refreshItem(qint64 itemId);      // re-reads one fetched row (after an edit)
    // Count of matching items (one COUNT query, cached until the query changes). Filtered counts stop at
    // ItemQuery::countCap + 1 so that a broad filter costs no more than its first page; filters on kind,
    // language, source and split alone are exact (read from the facet counts).
    qint64 matchCount() const;
    bool matchCountIsCapped() const;
    QString matchCountText() const;   // "1,234" or "10,000+"

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    qint64 itemIdAt(int row) const;
    int rowOfItem(qint64 itemId) const;   // -1 when not fetched (yet)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void matchCountChanged(qint64 count);

private:
    struct Row
    {
        qint64 id = 0;
        QString kind;
        QString preview;
        qint64 mediaId = 0;
        QString createdAt;
        QString gold;
        QString human;
        QString model;
        QVariant bestScore;
        QVariant uncertainty;
        bool reviewed = false;
        QString annotators;
    };

    QList<Row> fetchPage() const;
    static Row readRow(const QSqlQuery &query);
    QVariant display(const Row &row, int column) const;
    QPixmap thumbnail(qint64 mediaId) const;

    ProjectStore *m_store = nullptr;
    ItemQuery m_query;
    FacetSelection m_facets;
    QList<Row> m_rows;
    bool m_atEnd = true;
    bool m_announcingReset = false;
    bool m_fetching = false;
    int m_pageSize = 256;
    mutable qint64 m_matchCount = -1;
    mutable QCache<qint64, QPixmap> m_thumbnails{200};
};

} // namespace candor
