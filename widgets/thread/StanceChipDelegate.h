#pragma once

#include <QColor>
#include <QStyledItemDelegate>

class QPalette;

namespace candor {

// Paints the stance column as a rounded chip in the stance's colour: "deny · model 0.82", outlined for model
// proposals and filled for gold or human answers, so what a person stands behind stands out.
class StanceChipDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StanceChipDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// One colour per stance label (support, deny, query, comment); grey for anything else.
QColor stanceColour(const QString &label);
// The outline and text of a model proposal's chip: the stance colour, lightened on a dark base or darkened on a
// light one until the text reaches 4.5:1 contrast (on a selected row the outline and text take the highlighted-text
// colour).
QColor stanceProposalColour(const QString &label, const QPalette &palette);
// The text on a filled (gold or human) chip: white or black, whichever contrasts more with the stance colour.
QColor stanceChipTextColour(const QString &label);

} // namespace candor
