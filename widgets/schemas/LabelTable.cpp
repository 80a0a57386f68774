#include "widgets/schemas/LabelTable.h"

#include <QHeaderView>
#include <QPixmap>

namespace candor {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

LabelTable::LabelTable(QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({tr("Label"), tr("Colour"), tr("Key"), tr("Retired"), tr("Annotations")});
    setAccessibleName(tr("Labels of the schema"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int column : {ColourColumn, KeyColumn, RetiredColumn, UsesColumn})
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling)
            return;
        if (item->column() == ColourColumn)
            refreshSwatch(item->row());
        Q_EMIT edited();
    });
}

void LabelTable::setLabels(const QList<LabelDef> &labels, const QHash<qint64, qint64> &uses, bool editable)
{
    m_editable = editable;
    m_filling = true;
    setRowCount(0);
    for (const LabelDef &def : labels)
        appendRow(def, uses.value(def.id));
    setEditTriggers(editable
            ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed
            : QAbstractItemView::NoEditTriggers);
    m_filling = false;
}

void LabelTable::appendRow(const LabelDef &def, qint64 uses)
{
    const int row = rowCount();
    insertRow(row);
    auto *name = new QTableWidgetItem(def.name);
    name->setData(kIdRole, def.id);
    // The ignored flag (PAN's X) has no column: it rides on the name item so a save keeps it.
    name->setData(kIdRole + 1, def.ignored);
    auto *colour = new QTableWidgetItem(def.colour.name());
    auto *key = new QTableWidgetItem(def.shortcut);
    auto *retired = new QTableWidgetItem;
    retired->setCheckState(def.retired ? Qt::Checked : Qt::Unchecked);
    retired->setData(Qt::AccessibleTextRole, def.retired ? tr("retired") : tr("in use"));
    auto *count = new QTableWidgetItem(QString::number(uses));
    count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Qt::ItemFlags editable = m_editable ? Qt::ItemIsEditable : Qt::NoItemFlags;
    name->setFlags(base | editable);
    colour->setFlags(base | editable);
    key->setFlags(base | editable);
    retired->setFlags(base | (m_editable ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
    count->setFlags(base);
    count->setToolTip(tr("Annotations that use the label; a used label can be retired, not deleted"));
    setItem(row, NameColumn, name);
    setItem(row, ColourColumn, colour);
    setItem(row, KeyColumn, key);
    setItem(row, RetiredColumn, retired);
    setItem(row, UsesColumn, count);
    refreshSwatch(row);
}

void LabelTable::refreshSwatch(int row)
{
    QTableWidgetItem *colourItem = item(row, ColourColumn);
    if (!colourItem)
        return;
    const QColor colour = QColor::fromString(colourItem->text().trimmed());
    QPixmap swatch(14, 14);
    swatch.fill(colour.isValid() ? colour : QColor(Qt::transparent));
    const bool filling = m_filling;
    m_filling = true; // the decoration is not an edit
    colourItem->setData(Qt::DecorationRole, swatch);
    m_filling = filling;
}

QList<LabelDef> LabelTable::labels() const
{
    QList<LabelDef> result;
    for (int row = 0; row < rowCount(); ++row) {
        LabelDef def;
        def.name = item(row, NameColumn)->text();
        def.id = item(row, NameColumn)->data(kIdRole).toLongLong();
        def.ignored = item(row, NameColumn)->data(kIdRole + 1).toBool();
        def.colour = QColor::fromString(item(row, ColourColumn)->text().trimmed());
        def.shortcut = item(row, KeyColumn)->text().trimmed();
        def.retired = item(row, RetiredColumn)->checkState() == Qt::Checked;
        result.append(def);
    }
    return result;
}

void LabelTable::addLabel()
{
    const int row = rowCount();
    LabelDef def;
    def.name = tr("label %1").arg(row + 1);
    def.colour = defaultLabelColour(row);
    // The position's default key, unless another label has it already.
    const QString key = defaultLabelKey(row);
    bool taken = false;
    for (int other = 0; other < row; ++other)
        taken = taken || item(other, KeyColumn)->text().compare(key, Qt::CaseInsensitive) == 0;
    def.shortcut = taken ? QString() : key;
    m_filling = true;
    appendRow(def, 0);
    m_filling = false;
    setCurrentCell(row, NameColumn);
    Q_EMIT edited();
}

void LabelTable::setColour(int row, const QColor &colour)
{
    if (row < 0 || row >= rowCount() || !colour.isValid())
        return;
    item(row, ColourColumn)->setText(colour.name()); // itemChanged: swatch and edited()
}

void LabelTable::removeCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    removeRow(row);
    Q_EMIT edited();
}

void LabelTable::moveCurrent(int delta)
{
    const int row = currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= rowCount())
        return;
    m_filling = true;
    for (int column = 0; column < ColumnCount; ++column) {
        QTableWidgetItem *a = takeItem(row, column);
        QTableWidgetItem *b = takeItem(target, column);
        setItem(row, column, b);
        setItem(target, column, a);
    }
    m_filling = false;
    setCurrentCell(target, currentColumn() < 0 ? 0 : currentColumn());
    Q_EMIT edited();
}

} // namespace candor
