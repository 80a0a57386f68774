#include "widgets/thread/StanceChipDelegate.h"

#include "widgets/appearance/ColorSchemeRules.h"
#include "widgets/thread/ThreadTreeModel.h"

#include <QApplication>
#include <QPainter>

namespace candor {

QColor stanceColour(const QString &label)
{
    if (label == QLatin1String("support"))
        return QColor(0x2e, 0x7d, 0x32);
    if (label == QLatin1String("deny"))
        return QColor(0xc6, 0x28, 0x28);
    if (label == QLatin1String("query"))
        return QColor(0xef, 0x8f, 0x00);
    if (label == QLatin1String("comment"))
        return QColor(0x60, 0x7d, 0x8b);
    return QColor(0x9e, 0x9e, 0x9e);
}

QColor stanceProposalColour(const QString &label, const QPalette &palette)
{
    return readableOn(stanceColour(label), palette.color(QPalette::Base));
}

QColor stanceChipTextColour(const QString &label)
{
    // White on the query orange is 2.3:1, black 9:1; the fill is the same on both palettes, so is the choice.
    const QColor fill = stanceColour(label);
    return contrastRatio(fill, Qt::white) >= contrastRatio(fill, Qt::black) ? QColor(Qt::white) : QColor(Qt::black);
}

void StanceChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return;
    const QString label = index.data(ThreadTreeModel::StanceLabelRole).toString();
    const bool proposal = index.data(ThreadTreeModel::StanceOriginRole).toString() == QLatin1String("model");
    // On a selected row the outlined chip sits on the highlight, where only the highlighted-text colour reads.
    const bool selected = option.state & QStyle::State_Selected;
    const QColor colour = !proposal ? stanceColour(label)
        : selected                  ? option.palette.color(QPalette::HighlightedText)
                                    : stanceProposalColour(label, option.palette);
    const QFontMetrics metrics(option.font);
    // A pill of one text line, centred in the row: rows of multi-line posts are taller, the chip is not.
    QRect chip = option.rect.adjusted(4, 3, -4, -3);
    chip.setWidth(std::min(chip.width(), metrics.horizontalAdvance(text) + 16));
    chip.setHeight(std::min(chip.height(), metrics.height() + 4));
    chip.moveTop(option.rect.top() + (option.rect.height() - chip.height()) / 2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colour, 1.5));
    painter->setBrush(proposal ? QColor(Qt::transparent) : colour);
    painter->drawRoundedRect(chip, chip.height() / 2.0, chip.height() / 2.0);
    painter->setPen(proposal ? colour : stanceChipTextColour(label));
    painter->drawText(chip, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, chip.width() - 12));
    painter->restore();
}

QSize StanceChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    return {metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 28, metrics.height() + 10};
}

} // namespace candor
