#include "labels/ProbabilityDelegate.h"

#include "labels/LabelListModel.h"

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
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += kBarWidth + 8;
    return size;
}

void ProbabilityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant probability = index.data(LabelListModel::ProbabilityRole);
    QStyleOptionViewItem textOption = option;
    if (probability.isValid())
        textOption.rect.setRight(option.rect.right() - kBarWidth - 6);
    QStyledItemDelegate::paint(painter, textOption, index);
    if (!probability.isValid())
        return;
    const double p = qBound(0.0, probability.toDouble(), 1.0);
    const QRect bar(option.rect.right() - kBarWidth - 2, option.rect.top() + 3, kBarWidth, option.rect.height() - 6);
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
