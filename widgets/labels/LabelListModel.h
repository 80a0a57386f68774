#pragma once

#include "core/domain/Annotation.h"
#include "core/domain/LabelSchema.h"

#include <QAbstractListModel>

namespace candor {

// The labels of one schema for one item: colour, shortcut, whether the item carries the label (gold, human
// or accepted model row) and the model's probability. Checkable when `checkable` (item-level labels); toggling
// a box only asks (labelToggled): the owner writes to the project and reloads.
class LabelListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelListModel)

public:
    enum Role { NameRole = Qt::UserRole + 1, ProbabilityRole, ShortcutRole, OriginsRole };

    explicit LabelListModel(bool checkable, QObject *parent = nullptr);

    void setSchema(const LabelSchema &schema);
    const LabelSchema &schema() const { return m_schema; }
    // Item-level annotations of the shown item (spans and per-post rows are ignored).
    void setAnnotations(const QList<Annotation> &annotations);
    bool isChecked(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void labelToggled(const QString &label, bool checked);

private:
    struct LabelState
    {
        bool present = false;
        QStringList origins;
        QVariant probability;
    };

    bool m_checkable;
    LabelSchema m_schema;
    QList<LabelState> m_states;
};

} // namespace candor
