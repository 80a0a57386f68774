#include "widgets/browser/SearchHighlightDelegate.h"

#include "widgets/browser/ItemTableModel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace candor {

SearchHighlightDelegate::SearchHighlightDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

namespace {

// The text as the search index sees it (SQLite FTS5 unicode61, remove_diacritics 2): case folded, accents
// dropped, so "cafe" finds "Café" and "Cafe\u0301" alike. `origin[i]` is the UTF-16 index in the original text
// of folded unit i; origin has one extra entry, the text's length.
QString folded(const QString &text, QList<int> *origin)
{
    QString out;
    for (int i = 0; i < text.size();) {
        const int width = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString decomposed = text.mid(i, width).normalized(QString::NormalizationForm_D);
        for (const QChar c : decomposed) {
            if (c.isMark())
                continue;
            const QString lower = QString(c).toCaseFolded();
            out += lower;
            if (origin)
                for (int k = 0; k < lower.size(); ++k)
                    origin->append(i);
        }
        i += width;
    }
    if (origin)
        origin->append(int(text.size()));
    return out;
}

} // namespace

QList<QPair<int, int>> SearchHighlightDelegate::matches(const QString &text, const QStringList &terms)
{
    QList<int> origin;
    const QString haystack = folded(text, &origin);
    QList<QPair<int, int>> found;
    for (const QString &term : terms) {
        const QString needle = folded(term, nullptr);
        if (needle.isEmpty())
            continue;
        for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.size())) {
            const int start = origin[at];
            int end = origin[at + needle.size()];
            while (end < text.size() && text.at(end).isMark()) // a match ending on a base letter takes its accents
                ++end;
            found.append({start, end - start});
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

void SearchHighlightDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
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
