#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QStackedWidget;

namespace candor {

class AnnotationEditor;
class AnnotatorDialog;
class SchemaEditorDialog;
struct AnnotatorProfile;
class ItemBrowser;
class ItemView;
class Job;
class JobManager;
class JobsPanel;
class LabelsPanel;
class ModelVersionsPanel;
class ProjectStore;
class ServerChangeListener;
class ThreadCentre;
class ChartsPanel;
class CurationPanel;
class ThreadView;
class WelcomePage;

// The candor window: Items (left), Item view (centre), Labels (right), Jobs and Log (bottom) around one open
// project. Edits are written at once through the AnnotationEditor; long work runs as Jobs. Dialogs go through
// seams (setNextFileName) so tests drive the real window without modal loops.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Bump when docks are added or renamed: a saved state of another version is dropped, not half-applied.
    static constexpr int LayoutVersion = 5;
    // Height of the bottom docks (Jobs, Log, Models) in the default layout, and what a running job grows them to.
    static constexpr int kIdleBottomHeight = 120;
    static constexpr int kBusyBottomHeight = 280;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // A project file, or a team project's postgresql:// address: its working copy is brought up to date by a job
    // first and opens when that ends (true then means "started").
    bool openProject(const QString &path);
    bool newProject(const QString &path);
    // Opens the sample project at `path`, building it first (a job) from the bundled generator when absent.
    // Returns the build job, or null when the project existed and was opened at once.
    Job *openSampleProject(const QString &path);
    void closeProject();
    bool hasProject() const { return m_store != nullptr; }
    QString projectPath() const;

    // Starts an import job for files or folders (also what a drop does). Returns null without a project.
    Job *importPaths(const QStringList &paths);
    // Starts a merge job (File > Merge annotations…): the human rows of other copies of this project.
    Job *mergeAnnotations(const QStringList &otherPaths);
    // Edit > Annotator…: asks who is annotating; OK keeps the profile in the settings and in the open project's team,
    // and the window's edits carry the new name from then on.
    void editAnnotator();
    // The first start's question: asks only when no profile was ever saved. The application calls it once the window
    // is shown; tests do not, so a test's window never waits for a dialog.
    bool askAnnotatorIfMissing();
    // Test seam: Edit > Annotator… hands the dialog to this instead of opening it; the hook fills it in and calls
    // accept() or reject(), so the dialog's own checks run.
    void setAnnotatorDialogHook(std::function<void(AnnotatorDialog *)> hook)
    {
        m_annotatorDialogHook = std::move(hook);
    }
    // Edit > Label schemas…: the schema editor over the open project; saved changes reach the Labels dock, the item
    // view and the curation dock at once. Test seam: the hook gets the dialog instead of it being shown.
    void editLabelSchemas();
    void setSchemaEditorHook(std::function<void(SchemaEditorDialog *)> hook) { m_schemaEditorHook = std::move(hook); }
    // Who the status bar says is annotating ("AL Ana López").
    QString annotatorStatusText() const;
    // Starts an export job (File > Export…): `format` is an exporter's name (jsonl, csv, semeval-task2, pan, …).
    Job *exportProject(const QString &format, const QString &outPath);
    // Runs a job of this project: its log lines go to the Log dock, errors to the log and status bar, and when
    // it finishes the views re-read the project (new items, predictions, model versions).
    Job *startJob(std::unique_ptr<Job> job);
    // The Models menu: the application adds its train / predict / evaluate actions here.
    QMenu *modelsMenu() const { return m_modelsMenu; }
    // The Tools menu: the application adds OCR and other project-wide tools here.
    QMenu *toolsMenu() const { return m_toolsMenu; }
    // Adds an action to the File menu after Export… (the application's File > Report…).
    void addFileAction(QAction *action);
    // A file dialog, or the test seam's next file name (setNextFileName); empty when the user cancels.
    QString chooseFile(const QString &title, const QString &filter, bool save, bool folder = false);
    // The View menu: the application adds View > Appearance here.
    QMenu *viewMenu() const { return m_viewMenu; }
    // The Edit menu: the application adds Edit > Preferences… here.
    QMenu *editMenu() const { return m_editMenu; }
    void showItem(qint64 itemId);
    bool goToNextUnreviewed();
    bool goToMostUncertain();
    // The curation queue: the next item in the filter where annotators disagree and nobody curated (Ctrl+D).
    bool goToNextDisagreement();
    CurationPanel *curationPanel() const { return m_curation; }

    // Test seam: the next file dialog returns this instead of opening.
    void setNextFileName(const QString &path) { m_nextFileName = path; }
    // Test seam: File > Export… takes this format instead of asking.
    void setNextExportFormat(const QString &format) { m_nextExportFormat = format; }
    // Compute device line of the status bar ("CPU, 8 threads"); the GUI never sees the engine itself.
    void setComputeDeviceText(const QString &text);
    QString computeDeviceText() const;

    AnnotationEditor *editor() const { return m_editor; }
    ItemView *itemView() const { return m_itemView; }
    // Replaces the item view in the centre while the current item is a thread.
    ThreadView *threadView() const { return m_threadView; }
    ItemBrowser *browser() const { return m_browser; }
    LabelsPanel *labelsPanel() const { return m_labels; }
    JobManager *jobs() const { return m_jobs; }
    JobsPanel *jobsPanel() const { return m_jobsPanel; }
    ModelVersionsPanel *modelVersionsPanel() const { return m_models; }
    WelcomePage *welcomePage() const { return m_welcome; }
    ProjectStore *store() const { return m_store.get(); }
    QString logText() const;
    void appendLog(const QString &line);
    void showShortcuts();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void applyDefaultDockSizes();
    void placeOnScreen();
    void createMenus();
    void restoreLayout();
    void saveLayout();
    void resetLayout();
    void showWelcome();
    void showWorkspace();
    void updateStatus();
    void syncLabels();
    void addRecent(const QString &path);
    QStringList recentProjects() const;
    void askExport();
    void onItemChanged(qint64 itemId);
    void rereadProject();
    void askTeamProject();
    bool claimNextTeamItem();
    void listenToTeam();
    void reportError(const QString &message);
    void setupAnnotator();
    void applyAnnotator(const AnnotatorProfile &profile);
    void showProfileAnnotator();

    JobManager *m_jobs;
    AnnotationEditor *m_editor;
    std::unique_ptr<ProjectStore> m_store;
    // For a team project: its address as opened, and what keeps its working copy current while it is shown.
    QString m_teamAddress;
    QString m_teamCopyReady; // the address whose working copy a TeamProjectJob just brought up to date
    QString m_teamCopyPath; // and that copy's file
    QPointer<Job> m_teamJob; // the team project being brought up to date, to open when it ends
    std::unique_ptr<ServerChangeListener> m_teamListener;
    QStackedWidget *m_centre;
    WelcomePage *m_welcome;
    ItemView *m_itemView;
    ThreadView *m_threadView;
    ThreadCentre *m_threadCentre;
    ItemBrowser *m_browser;
    LabelsPanel *m_labels;
    JobsPanel *m_jobsPanel;
    ModelVersionsPanel *m_models;
    ChartsPanel *m_charts;
    CurationPanel *m_curation;
    QMenu *m_fileMenu = nullptr;
    QAction *m_fileExtras = nullptr; // the separator after Export…: application actions go before it
    QMenu *m_modelsMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QPlainTextEdit *m_log;
    QList<QDockWidget *> m_docks;
    QLabel *m_projectLabel;
    QLabel *m_countLabel;
    QLabel *m_deviceLabel;
    QLabel *m_jobsLabel;
    QLabel *m_annotatorLabel = nullptr;
    std::function<void(AnnotatorDialog *)> m_annotatorDialogHook;
    std::function<void(SchemaEditorDialog *)> m_schemaEditorHook;
    QString m_nextFileName;
    QString m_nextExportFormat;
    QByteArray m_defaultState;
    bool m_layoutRestored = false;
};

} // namespace candor
