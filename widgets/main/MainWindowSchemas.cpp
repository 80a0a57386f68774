// Edit > Label schemas…: the window's side of the schema editor.
#include "core/store/ProjectStore.h"
#include "widgets/browser/ItemBrowser.h"
#include "widgets/browser/ItemFilterBar.h"
#include "widgets/curation/CurationPanel.h"
#include "widgets/itemview/ItemView.h"
#include "widgets/labels/LabelsPanel.h"
#include "widgets/main/MainWindow.h"
#include "widgets/schemas/SchemaEditorDialog.h"
#include "widgets/thread/StanceKeysDialog.h"

#include <QAction>
#include <QStatusBar>

namespace candor {

void MainWindow::editLabelSchemas()
{
    if (!m_store) {
        statusBar()->showMessage(tr("Open a project to edit its label schemas"), 6000);
        return;
    }
    // Label keys must not take the window's keys, nor the item view's accept / reject / remove keys.
    QList<QPair<QKeySequence, QString>> reserved = StanceKeysDialog::windowShortcuts(this);
    for (const QAction *action : m_itemView->annotationActions())
        for (const QKeySequence &key : action->shortcuts())
            reserved.append({key, action->text().remove(QLatin1Char('&'))});
    auto *dialog = new SchemaEditorDialog(m_store.get(), reserved, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SchemaEditorDialog::schemasChanged, this, [this] {
        m_itemView->clearSchemaCache();
        m_labels->reloadSchemas();
        m_curation->reload(); // its versions show label colours and names
        m_itemView->reload();
        m_browser->filterBar()->populate(m_store.get()); // the label filter lists the new names
        appendLog(tr("Label schemas changed"));
    });
    if (m_schemaEditorHook) {
        m_schemaEditorHook(dialog);
        dialog->close();
        return;
    }
    dialog->open();
}

} // namespace candor
