#pragma once

#include <QStyledItemDelegate>

namespace candor {

// Paints the label row as usual plus a bar of the model's probability (LabelListModel::ProbabilityRole) at
// the right edge, with the value as text.
class ProbabilityDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbabilityDelegate)

public:
    explicit ProbabilityDelegate(QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void outlineCheckOnDarkBase(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace candor
