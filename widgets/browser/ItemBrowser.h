#pragma once

#include "core/store/ItemQuery.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace candor {

class ItemFilterBar;
class ItemTableModel;
class ProjectStore;

// The Items dock: filter bar, the paged item table and a match count. Selecting a row opens the item.
class ItemBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemBrowser)

public:
    explicit ItemBrowser(QWidget *parent = nullptr);

    void setStore(ProjectStore *store);
    void refresh(); // keeps the current item selected when it is still listed
    ItemTableModel *model() const { return m_model; }
    ItemFilterBar *filterBar() const { return m_filters; }
    QTableView *table() const { return m_table; }
    QLabel *countLabel() const { return m_count; }
    qint64 currentItemId() const;
    // Selects the item when it is among the fetched rows; returns false otherwise.
    bool selectItem(qint64 itemId);
    // Moves the selection by `step` rows, fetching more rows when the end is reached.
    bool step(int step);

Q_SIGNALS:
    void currentItemChanged(qint64 itemId);
    // The count label changed: "counting…" after a filter step, the number when the model's count arrives.
    void matchCountChanged();
    // The filter bar produced a new filter and the table took it (what the Charts dock follows).
    void queryChanged(const candor::ItemQuery &query);

private:
    void showMatchCount();
    void applyQuery(ItemQuery query);

    ItemFilterBar *m_filters;
    ItemTableModel *m_model;
    QTableView *m_table;
    QLabel *m_count;
};

} // namespace candor
