#pragma once

#include <QTreeWidget>

namespace candor {

class ProjectStore;

// "Similar items" under the item view: the shown item's near-duplicates (same picture within a few bits, same
// wording by MinHash), nearest first, each with how it matches, its fake/real verdict and its gold and human
// labels, and the rating of its fact check when it has one. The rows come from core's SimilarItems; activating one asks
// the window to show that item.
class SimilarItemsList final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimilarItemsList)

public:
    enum Column { ItemColumn, MatchColumn, VerdictColumn, LabelsColumn, ColumnCount };
    static constexpr int ItemIdRole = Qt::UserRole;

    explicit SimilarItemsList(QWidget *parent = nullptr);

    // Lists the neighbours of `itemId` (nothing for a null store or item 0). A failing lookup shows its message
    // in place of the list: the item view stays usable.
    void showSimilar(const ProjectStore *store, qint64 itemId);

Q_SIGNALS:
    void itemActivated(qint64 itemId);
};

} // namespace candor
