#include "widgets/browser/ItemTableModel.h"

#include "core/domain/Error.h"
#include "core/store/ItemReader.h"
#include "core/store/MatchCounter.h"
#include "core/store/ProjectStore.h"
#include "widgets/common/ScreenThumbnail.h"

#include <QImage>
#include <QScopedValueRollback>

namespace candor {

ItemTableModel::ItemTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_counter(new MatchCounter(this))
{
    // Only the count of the latest refresh is taken; the counter reports superseded ones as cancelled.
    connect(m_counter, &MatchCounter::counted, this, [this](quint64 generation, qint64 count) {
        if (generation != m_countGeneration)
            return;
        m_knownCount = count;
        Q_EMIT matchCountChanged();
    });
    connect(m_counter, &MatchCounter::failed, this, [this](quint64 generation, const QString &message) {
        if (generation != m_countGeneration)
            return;
        m_countError = message;
        Q_EMIT matchCountChanged();
    });
}

ItemTableModel::~ItemTableModel()
{
    // Stops the running count and joins the worker (its connection closes on its own thread) before the
    // members its results would touch are gone.
    delete m_counter;
}

void ItemTableModel::setStore(ProjectStore *store)
{
    m_store = store;
    m_thumbnails.clear();
    refresh();
}

void ItemTableModel::setQuery(const ItemQuery &query)
{
    m_query = query;
    refresh();
}

void ItemTableModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_matchCount = -1;
    m_knownCount.reset();
    m_countError.clear();
    m_atEnd = m_store == nullptr;
    m_facets = FacetSelection();
    if (m_store) {
        m_facets = ItemReader(*m_store).facets(m_query);
        m_rows = fetchPage();
    }
    m_atEnd = m_atEnd || m_rows.size() < m_pageSize;
    // Receivers of modelReset (views, QAbstractItemModelTester) may ask for more rows while the reset is
    // still being announced; inserting then would nest a change inside the reset. They ask again later.
    m_announcingReset = true;
    endResetModel();
    m_announcingReset = false;
    startCount();
}

void ItemTableModel::startCount()
{
    if (!m_store) {
        m_counter->releaseConnection();
        m_knownCount = 0;
    } else if (m_atEnd) {
        m_counter->cancel();
        m_knownCount = m_rows.size(); // the whole result fits in the first page
    } else if (m_query.countIsExact(&m_facets)) {
        m_counter->cancel();
        m_knownCount = matchCount(); // a sum over the facets table, as cheap as the page
    } else {
        m_countGeneration = m_counter->start(m_store->path(), m_query, m_facets);
    }
    Q_EMIT matchCountChanged();
}

qint64 ItemTableModel::matchCount() const
{
    if (m_knownCount)
        return *m_knownCount;
    if (!m_store)
        return 0;
    if (m_matchCount < 0)
        m_matchCount = ItemReader(*m_store).count(m_query, m_facets);
    return m_matchCount;
}

bool ItemTableModel::matchCountIsCapped() const
{
    return m_knownCount && !m_query.countIsExact(&m_facets) && *m_knownCount > ItemQuery::countCap;
}

QString ItemTableModel::matchCountText() const
{
    if (!m_knownCount)
        return m_countError.isEmpty() ? tr("counting…") : tr("count failed");
    return matchCountIsCapped() ? tr("%L1+").arg(ItemQuery::countCap) : QStringLiteral("%L1").arg(*m_knownCount);
}

QList<ItemRow> ItemTableModel::fetchPage() const
{
    const std::optional<qint64> after = m_rows.isEmpty() ? std::nullopt : std::optional<qint64>(m_rows.last().id);
    return ItemReader(*m_store).page(m_query, m_facets, m_pageSize, after, m_rows.size());
}

void ItemTableModel::refreshItem(qint64 itemId)
{
    const int index = rowOfItem(itemId);
    if (index < 0 || !m_store)
        return;
    const std::optional<ItemRow> row = ItemReader(*m_store).row(itemId);
    if (!row)
        return;
    m_rows[index] = *row;
    Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

qint64 ItemTableModel::itemIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int ItemTableModel::rowOfItem(qint64 itemId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == itemId)
            return i;
    return -1;
}

int ItemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ItemTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ItemTableModel::fetchMore(const QModelIndex &parent)
{
    // Re-entry happens when a receiver of rowsAboutToBeInserted asks for more rows: the page in flight has
    // not been appended yet, so fetching again would duplicate it.
    if (parent.isValid() || m_atEnd || !m_store || m_announcingReset || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    QList<ItemRow> page;
    try {
        page = fetchPage();
    } catch (const Error &) {
        page.clear(); // the project went away under the view; stop paging
    }
    m_atEnd = page.size() < m_pageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

QVariant ItemTableModel::display(const ItemRow &row, int column) const
{
    switch (column) {
    case Kind: return row.kind;
    case Preview: return row.preview;
    case Thumbnail: return QVariant();
    case Gold: return row.gold;
    case Human: return row.human;
    case ModelLabels: return row.model;
    case BestScore:
        return row.bestScore.isNull() ? QVariant() : QVariant(QString::number(row.bestScore.toDouble(), 'f', 2));
    case Uncertainty:
        return row.uncertainty.isNull() ? QVariant() : QVariant(QString::number(row.uncertainty.toDouble(), 'f', 2));
    case Review: return row.reviewed ? tr("reviewed") : tr("unreviewed");
    case Annotator: return row.annotators;
    case Date: return row.createdAt;
    }
    return {};
}

QPixmap ItemTableModel::thumbnail(qint64 mediaId) const
{
    if (QPixmap *cached = m_thumbnails.object(mediaId))
        return *cached;
    auto *pixmap = new QPixmap;
    try {
        *pixmap = screenThumbnail(QImage::fromData(m_store->mediaThumbnail(mediaId)), 48);
    } catch (const Error &) {
        *pixmap = QPixmap();
    }
    const QPixmap result = *pixmap;
    m_thumbnails.insert(mediaId, pixmap);
    return result;
}

QVariant ItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ItemRow &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::ToolTipRole: return index.column() == Preview ? QVariant(row.preview) : display(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == Thumbnail && row.mediaId > 0 && m_store)
            return thumbnail(row.mediaId);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == BestScore || index.column() == Uncertainty)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ItemIdRole: return row.id;
    case SearchTermsRole: return m_query.searchTerms();
    case SortValueRole:
        return index.column() == BestScore  ? row.bestScore
            : index.column() == Uncertainty ? row.uncertainty
                                            : display(row, index.column());
    default: return {};
    }
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind: return tr("Kind");
    case Preview: return tr("Text");
    case Thumbnail: return tr("Image");
    case Gold: return tr("Gold");
    case Human: return tr("Human");
    case ModelLabels: return tr("Model");
    case BestScore: return tr("Score");
    case Uncertainty: return tr("Uncertainty");
    case Review: return tr("Review");
    case Annotator: return tr("Annotator");
    case Date: return tr("Date");
    }
    return {};
}

void ItemTableModel::sort(int column, Qt::SortOrder order)
{
    ItemQuery query = m_query;
    switch (column) {
    case Kind: query.sortKey = ItemQuery::SortKey::Kind; break;
    case Preview: query.sortKey = ItemQuery::SortKey::Text; break;
    case BestScore: query.sortKey = ItemQuery::SortKey::BestScore; break;
    case Uncertainty: query.sortKey = ItemQuery::SortKey::Uncertainty; break;
    case Date: query.sortKey = ItemQuery::SortKey::Date; break;
    case Gold: query.sortKey = ItemQuery::SortKey::GoldLabels; break;
    case Human: query.sortKey = ItemQuery::SortKey::HumanLabels; break;
    case ModelLabels: query.sortKey = ItemQuery::SortKey::ModelLabels; break;
    case Review: query.sortKey = ItemQuery::SortKey::Review; break;
    default: query.sortKey = ItemQuery::SortKey::Id; break;
    }
    query.descending = order == Qt::DescendingOrder;
    if (!(query == m_query))
        setQuery(query);
}

QHash<int, QByteArray> ItemTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ItemIdRole, "itemId");
    names.insert(SearchTermsRole, "searchTerms");
    names.insert(SortValueRole, "sortValue");
    return names;
}

} // namespace candor
