#include "widgets/browser/ItemBrowser.h"

#include "core/domain/Error.h"
#include "widgets/browser/ItemFilterBar.h"
#include "widgets/browser/ItemTableModel.h"
#include "widgets/browser/SearchHighlightDelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace candor {

ItemBrowser::ItemBrowser(QWidget *parent)
    : QWidget(parent)
    , m_filters(new ItemFilterBar(this))
    , m_model(new ItemTableModel(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    setAccessibleName(tr("Items browser"));
    m_table->setAccessibleName(tr("Items"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ItemTableModel::Preview, new SearchHighlightDelegate(this));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->resizeSection(ItemTableModel::Kind, 56);
    m_table->horizontalHeader()->resizeSection(ItemTableModel::Preview, 260);
    m_table->horizontalHeader()->resizeSection(ItemTableModel::Thumbnail, 52);
    m_count->setAccessibleName(tr("Matching items"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_filters, &ItemFilterBar::queryChanged, this, &ItemBrowser::applyQuery);
    connect(m_model, &ItemTableModel::matchCountChanged, this, &ItemBrowser::showMatchCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { Q_EMIT currentItemChanged(m_model->itemIdAt(current.row())); });
}

void ItemBrowser::showMatchCount()
{
    // The page is already shown; a count still running on the model's worker says so instead of blocking.
    const std::optional<qint64> count = m_model->knownMatchCount();
    if (!count)
        m_count->setText(m_model->matchCountError().isEmpty() ? tr("counting…")
                                                              : tr("Count failed: %1").arg(m_model->matchCountError()));
    else if (m_model->matchCountIsCapped())
        m_count->setText(tr("%1 items match").arg(m_model->matchCountText()));
    else
        m_count->setText(tr("%n item(s) match", nullptr, int(qMin<qint64>(*count, INT_MAX))));
    Q_EMIT matchCountChanged();
}

void ItemBrowser::setStore(ProjectStore *store)
{
    m_filters->populate(store);
    m_model->setStore(store);
}

void ItemBrowser::applyQuery(ItemQuery query)
{
    // The filter bar owns the filters, the table header owns the order.
    query.sortKey = m_model->query().sortKey;
    query.descending = m_model->query().descending;
    const qint64 current = currentItemId();
    try {
        m_model->setQuery(query);
    } catch (const Error &error) {
        m_count->setText(error.message());
        return;
    }
    if (current != 0)
        selectItem(current);
    Q_EMIT queryChanged(m_model->query());
}

void ItemBrowser::refresh()
{
    const qint64 current = currentItemId();
    m_model->refresh();
    if (current != 0)
        selectItem(current);
}

qint64 ItemBrowser::currentItemId() const
{
    return m_model->itemIdAt(m_table->currentIndex().row());
}

bool ItemBrowser::selectItem(qint64 itemId)
{
    const int row = m_model->rowOfItem(itemId);
    if (row < 0)
        return false;
    // The row's first column: making the wide text column current would scroll the Kind column out of a narrow dock.
    const QModelIndex index = m_model->index(row, ItemTableModel::Kind);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

bool ItemBrowser::step(int delta)
{
    int row = m_table->currentIndex().row() + delta;
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    row = qBound(0, row, m_model->rowCount() - 1);
    if (row < 0 || row == m_table->currentIndex().row())
        return false;
    m_table->setCurrentIndex(m_model->index(row, ItemTableModel::Kind));
    return true;
}

} // namespace candor
