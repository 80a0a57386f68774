#include "widgets/labels/LabelListModel.h"

#include "core/i18n/Translations.h"

#include <QPixmap>

namespace candor {

LabelListModel::LabelListModel(bool checkable, QObject *parent)
    : QAbstractListModel(parent)
    , m_checkable(checkable)
{
}

void LabelListModel::setSchema(const LabelSchema &schema)
{
    beginResetModel();
    m_schema = schema;
    // Retired labels are no longer offered; rows that use them still show in the item's annotations.
    m_schema.labels.removeIf([](const LabelDef &def) { return def.retired; });
    m_states = QList<LabelState>(m_schema.labels.size());
    endResetModel();
}

void LabelListModel::setAnnotations(const QList<Annotation> &annotations)
{
    QList<LabelState> states(m_schema.labels.size());
    for (const Annotation &a : annotations) {
        if (a.isSpan() || a.postRowId || a.schema != m_schema.name)
            continue;
        const int row = m_schema.indexOf(a.label);
        if (row < 0)
            continue;
        LabelState &state = states[row];
        if (a.origin == Origin::Model) {
            if (a.score)
                state.probability = qMax(state.probability.isValid() ? state.probability.toDouble() : 0.0, *a.score);
            if (a.status == Status::Accepted)
                state.present = true;
        } else if (a.status != Status::Rejected) {
            state.present = true;
        }
        const QString origin = originName(a.origin);
        if (!state.origins.contains(origin) && a.status != Status::Rejected)
            state.origins.append(origin);
    }
    m_states = states;
    if (!m_states.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_states.size()) - 1));
}

bool LabelListModel::isChecked(int row) const
{
    return row >= 0 && row < m_states.size() && m_states[row].present;
}

int LabelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_schema.labels.size());
}

QVariant LabelListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LabelDef &def = m_schema.labels[index.row()];
    const LabelState &state = m_states[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return def.shortcut.isEmpty() || m_checkable
            ? Translations::labelName(def.name)
            : tr("%1  [%2]").arg(Translations::labelName(def.name), def.shortcut);
    case Qt::DecorationRole: {
        QPixmap swatch(12, 12);
        swatch.fill(def.colour);
        return swatch;
    }
    case Qt::ToolTipRole:
        return state.origins.isEmpty()
            ? Translations::labelName(def.name)
            : tr("%1 (%2)").arg(Translations::labelName(def.name), state.origins.join(QStringLiteral(", ")));
    case Qt::AccessibleDescriptionRole: // the probability bar is painted; say it in words
        return state.probability.isValid()
            ? QVariant(tr("model probability %1%").arg(qRound(state.probability.toDouble() * 100)))
            : QVariant();
    case Qt::CheckStateRole: return m_checkable ? QVariant(state.present ? Qt::Checked : Qt::Unchecked) : QVariant();
    case NameRole: return def.name;
    case ProbabilityRole: return state.probability;
    case ShortcutRole: return def.shortcut;
    case OriginsRole: return state.origins;
    default: return {};
    }
}

bool LabelListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_checkable || role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    if (m_states[index.row()].present == checked)
        return false;
    m_states[index.row()].present = checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT labelToggled(m_schema.labels[index.row()].name, checked);
    return true;
}

Qt::ItemFlags LabelListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_checkable)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

} // namespace candor
