#pragma once

#include "domain/LabelSchema.h"

#include <QDialog>

class QAction;

namespace candor {

// Help > Keyboard shortcuts: every action with a shortcut (collected from the window, so the list cannot go
// stale), the technique keys of the active span schema, and the text selection keys.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    ShortcutsDialog(const QList<QAction *> &actions, const LabelSchema &spanSchema, QWidget *parent = nullptr);
    int rowCount() const { return m_rows; }

private:
    int m_rows = 0;
};

} // namespace candor
