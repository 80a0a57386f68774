#include "widgets/main/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace candor {

namespace {
QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        if (!key.isEmpty())
            texts.append(key.toString(QKeySequence::NativeText));
    return texts.join(QStringLiteral(", "));
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, const QList<QShortcut *> &shortcuts,
    const LabelSchema &spanSchema, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *table = new QTableWidget(0, 2, this);
    table->setAccessibleName(tr("Shortcuts"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const auto add = [&](const QString &keys, const QString &what) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(keys));
        table->setItem(row, 1, new QTableWidgetItem(what));
        m_rows.append({keys, what});
    };
    QStringList seen;
    for (QAction *action : actions) {
        const QString keys = keysText(action->shortcuts()); // all of them: Redo has two
        if (keys.isEmpty())
            continue;
        const QString what = action->text().remove(QLatin1Char('&'));
        if (seen.contains(keys + what))
            continue;
        seen.append(keys + what);
        add(keys, what);
    }
    for (const QShortcut *shortcut : shortcuts)
        if (const QString keys = keysText(shortcut->keys()); !keys.isEmpty())
            add(keys, shortcut->whatsThis());
    add(tr("Shift+Arrows, Shift+Ctrl+Arrows"), tr("Select text in the item view (keyboard-only annotation)"));
    add(tr("Escape"), tr("Deselect the selected span"));
    add(tr("Up, Down (items table)"),
        tr("Walk the items; span keys (technique keys, A, X, Del, '.', ',', Alt+arrows) "
           "act on the item view from the table as well"));
    add(tr("+, -, 0, Arrows (meme image)"), tr("Zoom the meme image in, out, fit it to the view, pan it"));
    for (const LabelDef &def : spanSchema.labels)
        if (!def.shortcut.isEmpty() && !def.retired)
            add(def.shortcut, tr("Label the selection (or relabel the selected span): %1").arg(def.name));
    table->resizeColumnToContents(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(640, 560);
}

} // namespace candor
