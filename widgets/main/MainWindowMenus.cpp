// Menus, actions and file dialogs of MainWindow.
#include "core/formats/common/Exporter.h"
#include "core/jobs/JobManager.h"
#include "core/sample/SampleProject.h"
#include "core/store/ProjectStore.h"
#include "widgets/annotation/AnnotationEditor.h"
#include "widgets/browser/ItemBrowser.h"
#include "widgets/browser/ItemFilterBar.h"
#include "widgets/itemview/ItemView.h"
#include "widgets/jobs/JobsPanel.h"
#include "widgets/labels/LabelsPanel.h"
#include "widgets/main/LanguageMenu.h"
#include "widgets/main/MainWindow.h"
#include "widgets/main/ShortcutsDialog.h"
#include "widgets/main/WelcomePage.h"
#include "widgets/meme/MemeView.h"
#include "widgets/thread/StanceKeysDialog.h"
#include "widgets/thread/ThreadCentre.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QStandardPaths>
#include <QUndoStack>

namespace candor {

namespace {

QAction *add(
    QMenu *menu, const QString &text, const QKeySequence &key, QObject *receiver, const std::function<void()> &slot)
{
    QAction *action = menu->addAction(text);
    action->setShortcut(key);
    QObject::connect(action, &QAction::triggered, receiver, slot);
    return action;
}

const QString kProjectFilter = QStringLiteral("Candor projects (*.candor)");

} // namespace

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, tr("&New project…"), QKeySequence::New, this,
        [this] { newProject(chooseFile(tr("New project"), kProjectFilter, true)); });
    add(file, tr("&Open project…"), QKeySequence::Open, this,
        [this] { openProject(chooseFile(tr("Open project"), kProjectFilter, false)); });
    add(file, tr("Open &team project…"), QKeySequence(), this, [this] {
        askTeamProject();
    })->setObjectName(QStringLiteral("openTeamProjectAction"));
    add(file, tr("Open &sample project"), QKeySequence(), this, [this] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        QDir().mkpath(folder);
        openSampleProject(QDir(folder).filePath(QStringLiteral("sample-%1.candor").arg(kSampleProjectVersion)));
    });
    file->addSeparator();
    add(file, tr("&Import files…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, [this] {
        if (const QString path = chooseFile(
                tr("Import files"), tr("Datasets (*.json *.jsonl *.ndjson *.csv *.tsv *.txt);;All files (*)"), false);
            !path.isEmpty())
            importPaths({path});
    });
    add(file, tr("Import &folder…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), this, [this] {
        if (const QString path = chooseFile(tr("Import folder"), QString(), false, true); !path.isEmpty())
            importPaths({path});
    });
    add(file, tr("&Merge annotations…"), QKeySequence(), this, [this] {
        if (const QString path = chooseFile(tr("Merge annotations from a copy of this project"), kProjectFilter, false);
            !path.isEmpty())
            mergeAnnotations({path});
    })->setObjectName(QStringLiteral("mergeAnnotationsAction"));
    add(file, tr("&Export…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this, [this] { askExport(); });
    m_fileMenu = file;
    m_fileExtras = file->addSeparator();
    add(file, tr("&Close project"), QKeySequence::Close, this, [this] { closeProject(); });
    add(file, tr("&Quit"), QKeySequence::Quit, this, [this] { close(); });
    connect(m_welcome, &WelcomePage::newProjectRequested, this,
        [this] { newProject(chooseFile(tr("New project"), kProjectFilter, true)); });
    connect(m_welcome, &WelcomePage::openProjectRequested, this,
        [this] { openProject(chooseFile(tr("Open project"), kProjectFilter, false)); });
    connect(m_welcome, &WelcomePage::sampleProjectRequested, file->actions().at(3), &QAction::trigger);

    QMenu *edit = m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere, besides the platform's own (Ctrl+Y on some).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.prepend(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // The item view's own actions (context: the view) appear here too, so they are discoverable.
    edit->addActions(m_itemView->annotationActions());
    edit->addSeparator();
    add(edit, tr("&Annotator…"), QKeySequence(), this, [this] {
        editAnnotator();
    })->setObjectName(QStringLiteral("annotatorAction"));
    add(edit, tr("Label &schemas…"), QKeySequence(), this, [this] {
        editLabelSchemas();
    })->setObjectName(QStringLiteral("labelSchemasAction"));
    add(edit, tr("Stance &keys…"), QKeySequence(), this, [this] {
        auto *dialog = new StanceKeysDialog(m_threadView, StanceKeysDialog::windowShortcuts(this), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    })->setObjectName(QStringLiteral("stanceKeysAction"));

    QMenu *view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    view->addActions(m_itemView->layerActions());
    view->addActions(m_itemView->memeView()->menuActions());
    view->addSeparator();
    for (QDockWidget *dock : m_docks)
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    add(view, tr("&Reset layout"), QKeySequence(), this, [this] { resetLayout(); });
    view->addMenu(createLanguageMenu(this));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    add(go, tr("&Next item"), QKeySequence(Qt::ALT | Qt::Key_Down), this, [this] { m_browser->step(1); });
    add(go, tr("&Previous item"), QKeySequence(Qt::ALT | Qt::Key_Up), this, [this] { m_browser->step(-1); });
    add(go, tr("Next &unreviewed"), QKeySequence(Qt::CTRL | Qt::Key_J), this, [this] { goToNextUnreviewed(); });
    add(go, tr("Next most un&certain"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J), this,
        [this] { goToMostUncertain(); });
    add(go, tr("Next &disagreement to curate"), QKeySequence(Qt::CTRL | Qt::Key_D), this,
        [this] { goToNextDisagreement(); });
    go->addSeparator();
    add(go, tr("&Find items…"), QKeySequence::Find, this, [this] {
        m_browser->filterBar()->searchEdit()->setFocus();
        m_browser->filterBar()->searchEdit()->selectAll();
    });
    add(go, tr("Focus item &text"), QKeySequence(Qt::Key_F6), this, [this] { m_threadCentre->focusCentre(); });

    m_modelsMenu = menuBar()->addMenu(tr("&Models"));
    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_toolsMenu->setToolTipsVisible(true);
    QMenu *jobs = menuBar()->addMenu(tr("&Jobs"));
    add(jobs, tr("&Cancel job"), QKeySequence(Qt::CTRL | Qt::Key_Period), this,
        [this] { m_jobsPanel->cancelSelected(); });
    add(jobs, tr("Cancel &all jobs"), QKeySequence(), this, [this] { m_jobs->cancelAll(); });
    add(jobs, tr("C&lear ended jobs"), QKeySequence(), this, [this] { m_jobs->clearEnded(); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("&Keyboard shortcuts"), QKeySequence::HelpContents, this, [this] { showShortcuts(); });
    add(help, tr("&About Candor"), QKeySequence(), this, [this] {
        auto *box = new QMessageBox(QMessageBox::Information, tr("About Candor"),
            tr("<b>Candor %1</b><p>A workbench against online manipulation.</p>")
                .arg(QApplication::applicationVersion()),
            QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MainWindow::showShortcuts()
{
    // Menu order first; then keyed actions that live on a widget only (none should, but none is left out).
    QList<QAction *> actions;
    for (QAction *menuAction : menuBar()->actions())
        if (QMenu *menu = menuAction->menu())
            actions.append(menu->actions());
    for (QAction *action : findChildren<QAction *>())
        if (!actions.contains(action) && !action->shortcuts().isEmpty())
            actions.append(action);
    auto *dialog
        = new ShortcutsDialog(actions, findChildren<QShortcut *>(), m_itemView->schema(m_itemView->spanSchema()), this);
    dialog->setObjectName(QStringLiteral("ShortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::askExport()
{
    if (!m_store)
        return;
    QStringList formats;
    for (const auto &exporter : allExporters())
        formats.append(exporter->format());
    QString format = m_nextExportFormat;
    m_nextExportFormat.clear();
    if (format.isNull()) {
        bool ok = false;
        format = QInputDialog::getItem(this, tr("Export"), tr("Format (every item, best annotation of each):"), formats,
            int(formats.indexOf(QStringLiteral("jsonl"))), false, &ok);
        if (!ok)
            return;
    }
    // RumourEval answers, brat and WebAnno TSV documents are a folder; the other formats one file.
    const std::unique_ptr<Exporter> exporter = exporterFor(format);
    const bool folder = exporter && exporter->writesFolder();
    exportProject(format, chooseFile(tr("Export as %1").arg(format), QString(), true, folder));
}

void MainWindow::addFileAction(QAction *action)
{
    m_fileMenu->insertAction(m_fileExtras, action);
}

QString MainWindow::chooseFile(const QString &title, const QString &filter, bool save, bool folder)
{
    if (!m_nextFileName.isNull()) {
        const QString path = m_nextFileName;
        m_nextFileName.clear();
        return path;
    }
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder)
        return QFileDialog::getExistingDirectory(this, title, start);
    QString path = save ? QFileDialog::getSaveFileName(this, title, start, filter)
                        : QFileDialog::getOpenFileName(this, title, start, filter);
    if (save && filter == kProjectFilter && !path.isEmpty() && !path.endsWith(QLatin1String(".candor")))
        path += QLatin1String(".candor");
    return path;
}

} // namespace candor
