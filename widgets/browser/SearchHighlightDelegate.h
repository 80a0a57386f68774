#pragma once

#include <QStyledItemDelegate>

namespace candor {

// Draws the text preview with every search term highlighted (ignoring case and accents, as the full-text index
// does), so a full-text search shows why each row matched. The terms come from the model's SearchTermsRole.
class SearchHighlightDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchHighlightDelegate)

public:
    explicit SearchHighlightDelegate(QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // [start, length) ranges of term matches in text, for painting and tests.
    static QList<QPair<int, int>> matches(const QString &text, const QStringList &terms);
};

} // namespace candor
