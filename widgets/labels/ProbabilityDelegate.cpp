#include "labels/ProbabilityDelegate.h"

#include "labels/LabelListModel.h"

#include <QAbstractScrollArea>
#include <QPainter>

namespace candor {

namespace {
constexpr int kBarWidth = 70;
}

ProbabilityDelegate::ProbabilityDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QSize ProbabilityDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index);
}

void ProbabilityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant probability = index.data(LabelListModel::ProbabilityRole);
    // The bar sits at the visible right edge, even when the row is wider than the list.
    int right = option.rect.right();
    if (const auto *view = qobject_cast<const QAbstractScrollArea *>(option.widget))
        right = qMin(right, view->viewport()->width() - 2);
    QStyleOptionViewItem textOption = option;
    textOption.rect.setRight(right - kBarWidth - 6);
    QStyledItemDelegate::paint(painter, textOption, index);
    if (!probability.isValid())
        return;
    const double p = qBound(0.0, probability.toDouble(), 1.0);
    const QRect bar(right - kBarWidth, option.rect.top() + 3, kBarWidth, option.rect.height() - 6);
    painter->save();
    QColor track = option.palette.color(QPalette::Mid);
    track.setAlpha(80);
    painter->fillRect(bar, track);
    QColor fill = option.palette.color(QPalette::Highlight);
    if (p < 0.5)
        fill.setAlpha(140);
    painter->fillRect(QRect(bar.left(), bar.top(), int(bar.width() * p), bar.height()), fill);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(bar, Qt::AlignCenter, QString::number(p, 'f', 2));
    painter->restore();
}

} // namespace candor
