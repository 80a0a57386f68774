#pragma once

#include "core/domain/LabelSchema.h"

#include <QHash>
#include <QTableWidget>

namespace candor {

// The labels of one schema as an editable table: name, colour (#rrggbb, with a swatch), key, retired, and how many
// annotations use the label. Rows keep the label's store id, so a rename stays a rename when saved.
class LabelTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, ColourColumn, KeyColumn, RetiredColumn, UsesColumn, ColumnCount };

    explicit LabelTable(QWidget *parent = nullptr);

    void setLabels(const QList<LabelDef> &labels, const QHash<qint64, qint64> &uses, bool editable);
    // The labels as the table shows them now; a colour that does not parse stays invalid (the check names it).
    QList<LabelDef> labels() const;

    void addLabel();
    void setColour(int row, const QColor &colour);
    void moveCurrent(int delta); // the order is the models' column order
    void removeCurrent(); // saving deletes the label when no annotation uses it, else refuses (retire it instead)

Q_SIGNALS:
    void edited();

private:
    void appendRow(const LabelDef &def, qint64 uses);
    void refreshSwatch(int row);

    bool m_editable = false;
    bool m_filling = false;
};

} // namespace candor
