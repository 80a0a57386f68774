#include "widgets/labels/ProbabilityDelegate.h"

#include "widgets/labels/LabelListModel.h"

#include <QAbstractScrollArea>
#include <QApplication>
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

void ProbabilityDelegate::outlineCheckOnDarkBase(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Fusion outlines check boxes in a shade of the window colour, which vanishes on a dark base: draw the
    // outline in the text colour there, so unchecked labels stay visible in dark mode.
    if (!(index.flags() & Qt::ItemIsUserCheckable) || option.palette.color(QPalette::Base).lightness() >= 128)
        return;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    const QRect check = style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &opt, opt.widget);
    painter->save();
    QColor pen = option.palette.color(QPalette::Text);
    pen.setAlpha(150);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(check).adjusted(1.5, 1.5, -1.5, -1.5));
    painter->restore();
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
    outlineCheckOnDarkBase(painter, textOption, index);
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
