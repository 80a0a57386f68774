#pragma once

#include "core/domain/LabelSchema.h"

#include <QDialog>

class QAction;
class QShortcut;

namespace candor {

// Help > Keyboard shortcuts: every action and QShortcut with a key (collected from the window, so the list
// cannot go stale; a QShortcut says what it does in its whatsThis), the technique keys of the active span
// schema, and the keys widgets handle themselves (text selection, meme image zoom and pan).
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    ShortcutsDialog(const QList<QAction *> &actions, const QList<QShortcut *> &shortcuts, const LabelSchema &spanSchema,
        QWidget *parent = nullptr);
    int rowCount() const { return int(m_rows.size()); }
    // Row `row` as shown: the keys (native text, several joined by ", ") and what they do.
    QPair<QString, QString> row(int row) const { return m_rows.at(row); }

private:
    QList<QPair<QString, QString>> m_rows;
};

} // namespace candor
