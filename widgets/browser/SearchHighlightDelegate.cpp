#include "browser/SearchHighlightDelegate.h"

#include "browser/ItemTableModel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace candor {

SearchHighlightDelegate::SearchHighlightDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QList<QPair<int, int>> SearchHighlightDelegate::matches(const QString &text, const QStringList &terms)
{
    QList<QPair<int, int>> found;
    for (const QString &term : terms) {
        if (term.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(term, at + term.size(), Qt::CaseInsensitive))
            found.append({int(at), int(term.size())});
    }
    std::sort(found.begin(), found.end());
    return found;
}

void SearchHighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList terms = index.data(ItemTableModel::SearchTermsRole).toStringList();
    if (terms.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    const QFontMetrics metrics(opt.font);
    const QString shown = metrics.elidedText(text, Qt::ElideRight, textRect.width());
    painter->save();
    painter->setClipRect(textRect);
    QColor mark = opt.palette.color(QPalette::Highlight);
    mark.setAlpha(90);
    const int baseline = textRect.top() + (textRect.height() + metrics.ascent() - metrics.descent()) / 2;
    for (const auto &[start, length] : matches(shown, terms)) {
        const int x = textRect.left() + metrics.horizontalAdvance(shown.left(start));
        const int width = metrics.horizontalAdvance(shown.mid(start, length));
        painter->fillRect(QRect(x, textRect.top() + 1, width, textRect.height() - 2), mark);
    }
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect.left(), baseline, shown);
    painter->restore();
}

} // namespace candor
