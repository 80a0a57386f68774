#include "widgets/main/MainWindow.h"

#include "core/domain/Error.h"
#include "core/jobs/ExportJob.h"
#include "core/jobs/ImportJob.h"
#include "core/jobs/JobManager.h"
#include "core/jobs/SampleProjectJob.h"
#include "core/jobs/TeamProjectJob.h"
#include "core/store/Database.h"
#include "core/store/ItemQuery.h"
#include "core/store/ItemReader.h"
#include "core/store/ProjectStore.h"
#include "core/store/server/ServerAddress.h"
#include "core/store/server/ServerChangeListener.h"
#include "widgets/annotation/AnnotationEditor.h"
#include "widgets/browser/ItemBrowser.h"
#include "widgets/browser/ItemFilterBar.h"
#include "widgets/browser/ItemTableModel.h"
#include "widgets/curation/CurationPanel.h"
#include "widgets/itemview/AnnotationKeyRelay.h"
#include "widgets/itemview/ItemView.h"
#include "widgets/jobs/JobsPanel.h"
#include "widgets/labels/LabelsPanel.h"
#include "widgets/main/WelcomePage.h"
#include "widgets/report/ChartsPanel.h"
#include "widgets/thread/ThreadCentre.h"
#include "widgets/thread/ThreadView.h"
#include "widgets/versions/ModelVersionsPanel.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

namespace candor {

namespace {
const QString kRecentKey = QStringLiteral("recentProjects");
constexpr int kRecentMax = 10;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_jobs(new JobManager(this))
    , m_editor(new AnnotationEditor(this))
    , m_centre(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_itemView(new ItemView(m_editor, this))
    , m_threadView(new ThreadView(m_editor, this))
    , m_threadCentre(new ThreadCentre(m_centre, m_itemView, m_threadView, this))
    , m_browser(new ItemBrowser(this))
    , m_labels(new LabelsPanel(this))
    , m_jobsPanel(new JobsPanel(m_jobs, this))
    , m_models(new ModelVersionsPanel(this))
    , m_charts(new ChartsPanel(this))
    , m_curation(new CurationPanel(m_editor, this))
    , m_log(new QPlainTextEdit(this))
    , m_projectLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_deviceLabel(new QLabel(this))
    , m_jobsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Candor"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/candor.svg")));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

    m_centre->addWidget(m_welcome);
    m_centre->addWidget(m_itemView);
    m_centre->addWidget(m_threadView);
    setCentralWidget(m_centre);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setAccessibleName(tr("Log"));
    // Permanent (right-hand) widgets: temporary messages use the left part and never overlap them.
    for (QLabel *label : {m_jobsLabel, m_projectLabel, m_countLabel, m_deviceLabel})
        statusBar()->addPermanentWidget(label);
    m_projectLabel->setAccessibleName(tr("Project"));
    m_countLabel->setAccessibleName(tr("Item counts"));
    m_deviceLabel->setAccessibleName(tr("Compute device"));
    m_jobsLabel->setAccessibleName(tr("Running jobs"));
    setupAnnotator();

    createDocks();
    createMenus();
    m_defaultState = saveState(LayoutVersion);
    restoreLayout();

    connect(m_welcome, &WelcomePage::recentProjectActivated, this, [this](const QString &path) { openProject(path); });
    connect(m_browser, &ItemBrowser::currentItemChanged, this, [this](qint64 id) {
        if (id != 0 && id != m_itemView->itemId())
            m_itemView->showItem(id);
    });
    connect(m_browser, &ItemBrowser::matchCountChanged, this, &MainWindow::updateStatus);
    connect(m_browser, &ItemBrowser::queryChanged, m_charts, &ChartsPanel::setQuery);
    // Span keys work from the items table too: walk items with the arrows, annotate without moving focus.
    m_browser->table()->installEventFilter(new AnnotationKeyRelay(m_itemView, this));
    connect(m_itemView, &ItemView::itemShown, this, &MainWindow::syncLabels);
    connect(m_itemView, &ItemView::itemShown, this, [this] { m_curation->showItem(m_itemView->itemId()); });
    connect(m_curation, &CurationPanel::nextDisagreementRequested, this, &MainWindow::goToNextDisagreement);
    connect(m_itemView, &ItemView::similarItemActivated, this, &MainWindow::showItem);
    connect(m_itemView, &ItemView::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_labels, &LabelsPanel::spanSchemaChanged, m_itemView, &ItemView::setSpanSchema);
    connect(m_labels, &LabelsPanel::spanLabelActivated, m_itemView, &ItemView::applyLabel);
    connect(m_labels, &LabelsPanel::itemLabelToggled, m_editor, &AnnotationEditor::setItemLabel);
    connect(m_editor, &AnnotationEditor::itemChanged, this, &MainWindow::onItemChanged);
    connect(m_editor, &AnnotationEditor::errorOccurred, this, &MainWindow::reportError);
    connect(m_threadCentre, &ThreadCentre::errorOccurred, this, &MainWindow::reportError);
    connect(m_models, &ModelVersionsPanel::errorOccurred, this, &MainWindow::reportError);
    connect(m_models, &ModelVersionsPanel::currentVersionChanged, this, [this](const QString &task, qint64 pinned) {
        appendLog(pinned ? tr("Predictions of %1 now use version %2 (pinned)").arg(task).arg(pinned)
                         : tr("Predictions of %1 now use its newest version").arg(task));
    });
    connect(m_jobs, &JobManager::runningCountChanged, this, &MainWindow::updateStatus);
    showWelcome();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Jobs hold their own connections but write to this project: stop them before the store goes.
    m_jobs->cancelAll();
    for (int i = 0; i < m_jobs->count(); ++i)
        m_jobs->at(i)->wait();
    m_editor->setStore(nullptr);
}

void MainWindow::createDocks()
{
    const auto dock = [this](const QString &name, const QString &title, QWidget *content, Qt::DockWidgetArea area) {
        auto *widget = new QDockWidget(title, this);
        widget->setObjectName(name); // saveState() keys docks by object name
        widget->setWidget(content);
        addDockWidget(area, widget);
        m_docks.append(widget);
        return widget;
    };
    dock(QStringLiteral("ItemsDock"), tr("Items"), m_browser, Qt::LeftDockWidgetArea);
    dock(QStringLiteral("LabelsDock"), tr("Labels"), m_labels, Qt::RightDockWidgetArea);
    QDockWidget *jobs = dock(QStringLiteral("JobsDock"), tr("Jobs"), m_jobsPanel, Qt::BottomDockWidgetArea);
    QDockWidget *log = dock(QStringLiteral("LogDock"), tr("Log"), m_log, Qt::BottomDockWidgetArea);
    QDockWidget *models = dock(QStringLiteral("ModelsDock"), tr("Models"), m_models, Qt::BottomDockWidgetArea);
    QDockWidget *charts = dock(QStringLiteral("ChartsDock"), tr("Charts"), m_charts, Qt::BottomDockWidgetArea);
    tabifyDockWidget(jobs, log);
    tabifyDockWidget(log, models);
    tabifyDockWidget(models, charts);
    jobs->raise();
    // Last, so the indices applyDefaultDockSizes uses stay; under the labels, hidden until a curator opens it (View
    // menu) or asks for the next disagreement (Ctrl+D). Not tabbed with the labels: resizeDocks would then leave the
    // items table a sliver of the default width (test_windowlayout).
    QDockWidget *curation = dock(QStringLiteral("CurationDock"), tr("Curation"), m_curation, Qt::RightDockWidgetArea);
    curation->hide();
}

void MainWindow::applyDefaultDockSizes()
{
    // Shares of the window, applied once it has its size: the items table gets room for a readable row (its text
    // column), the labels a column of checkboxes, and the bottom docks stay a strip until a job runs.
    resizeDocks(
        {m_docks[0], m_docks[1]}, {qMax(440, width() * 40 / 100), qMax(260, width() * 18 / 100)}, Qt::Horizontal);
    resizeDocks({m_docks[2]}, {kIdleBottomHeight}, Qt::Vertical);
}

void MainWindow::placeOnScreen()
{
    // First start (no saved geometry): most of the screen, centred, instead of Qt's ~2/3 default.
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize size(qMin(available.width(), qMax(1024, available.width() * 92 / 100)),
        qMin(available.height(), qMax(700, available.height() * 92 / 100)));
    resize(size);
    move(available.center() - QPoint(size.width() / 2, size.height() / 2));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        placeOnScreen();
    const bool sameVersion = settings.value(QStringLiteral("window/layoutVersion")).toInt() == LayoutVersion;
    m_layoutRestored
        = sameVersion && restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), LayoutVersion);
    if (!m_layoutRestored)
        resetLayout();
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (hasProject()) // the welcome screen hides the docks; that is not the user's layout
        settings.setValue(QStringLiteral("window/state"), saveState(LayoutVersion));
    settings.setValue(QStringLiteral("window/layoutVersion"), LayoutVersion);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState, LayoutVersion);
    for (QDockWidget *dock : m_docks)
        dock->setVisible(hasProject());
}

void MainWindow::showWelcome()
{
    m_welcome->setRecentProjects(recentProjects());
    m_centre->setCurrentWidget(m_welcome);
    for (QDockWidget *dock : m_docks)
        dock->setVisible(false);
}

void MainWindow::showWorkspace()
{
    m_centre->setCurrentWidget(m_itemView);
    QSettings settings;
    const bool restored = settings.value(QStringLiteral("window/layoutVersion")).toInt() == LayoutVersion
        && restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), LayoutVersion);
    if (!restored) {
        restoreState(m_defaultState, LayoutVersion);
        // Dock sizes need the laid-out window: now if it is shown, else as soon as it is.
        if (isVisible())
            applyDefaultDockSizes();
        else
            QTimer::singleShot(0, this, [this] { applyDefaultDockSizes(); });
    }
    bool anyVisible = false;
    for (QDockWidget *dock : m_docks)
        anyVisible = anyVisible || dock->isVisibleTo(this);
    if (!anyVisible) // a state saved from the welcome screen (or a broken one) would leave no docks
        for (QDockWidget *dock : m_docks)
            dock->setVisible(true);
}

QString MainWindow::projectPath() const
{
    return m_store ? m_store->path() : QString();
}

bool MainWindow::openProject(const QString &path)
{
    if (path.isEmpty())
        return false;
    // A postgresql:// address opens the person's working copy of a team project (pulled the first time: a wait).
    const bool team = ServerAddress::isServerUrl(path);
    if (team && path != m_teamCopyReady) {
        try {
            ServerAddress::parse(path); // a bad address (say from the recent list) closes nothing
        } catch (const Error &error) {
            reportError(error.message());
            return false;
        }
        // Opening a team project may pull its working copy again, replacing the file: the open one (it may be that
        // very copy) is closed first, so no connection of this window is left on a file being replaced.
        if (!m_teamAddress.isEmpty())
            closeProject();
        // The pull (or catch-up) runs as a job, off the GUI thread; the copy opens when it is done. Only the latest
        // request opens: an earlier one still running is cancelled, and its end ignored.
        if (m_teamJob && m_teamJob->isActive())
            m_teamJob->cancel();
        Job *job = startJob(std::make_unique<TeamProjectJob>(path));
        m_teamJob = job;
        connect(job, &Job::finished, this, [this, path, job](const QJsonObject &result) {
            if (m_teamJob != job)
                return;
            m_teamJob = nullptr;
            m_teamCopyReady = path;
            m_teamCopyPath = result.value(QStringLiteral("path")).toString();
            openProject(path);
            m_teamCopyReady.clear();
            m_teamCopyPath.clear();
        });
        return true;
    }
    if (!team && m_teamJob) // a file chosen meanwhile wins over a team project still being brought up to date
        m_teamJob = nullptr;
    std::unique_ptr<ProjectStore> store;
    try {
        // A team project's copy was just brought up to date by its job: opened as the file it is, no server call.
        store = std::make_unique<ProjectStore>(team ? m_teamCopyPath : path);
    } catch (const Error &error) {
        reportError(error.message());
        return false;
    }
    closeProject();
    m_store = std::move(store);
    m_teamAddress = team ? ServerAddress::parse(path).url() : QString();
    m_editor->setStore(m_store.get());
    m_itemView->clearSchemaCache();
    m_labels->setStore(m_store.get());
    m_browser->setStore(m_store.get());
    m_models->setStore(m_store.get());
    m_charts->setProject(m_store->path());
    m_curation->setStore(m_store.get());
    addRecent(team ? m_teamAddress : QFileInfo(path).absoluteFilePath());
    setWindowTitle(
        tr("%1 — Candor").arg(team ? ServerAddress::parse(path).database() : QFileInfo(path).completeBaseName()));
    showWorkspace();
    m_browser->step(1); // open the first item
    if (m_itemView->itemId() == 0)
        m_itemView->showItem(0);
    appendLog(team ? tr("Opened the team project %1 (working copy %2)")
                         .arg(ServerAddress::parse(path).display(), QDir::toNativeSeparators(m_store->path()))
                   : tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    if (ServerWorkingCopy::isOpenedWorkingCopy(m_store->path()))
        listenToTeam();
    updateStatus();
    return true;
}

bool MainWindow::newProject(const QString &path)
{
    if (path.isEmpty())
        return false;
    try {
        ProjectStore::create(path);
    } catch (const Error &error) {
        reportError(error.message());
        return false;
    }
    return openProject(path);
}

Job *MainWindow::openSampleProject(const QString &path)
{
    if (QFileInfo::exists(path)) {
        openProject(path);
        return nullptr;
    }
    Job *job = startJob(std::make_unique<SampleProjectJob>(path));
    connect(job, &Job::finished, this, [this, path] { openProject(path); });
    return job;
}

void MainWindow::closeProject()
{
    if (!m_store)
        return;
    saveLayout();
    const QString path = m_store->path();
    if (!m_teamAddress.isEmpty())
        showProfileAnnotator(); // the status bar names the profile again, not the team login
    m_teamListener.reset();
    m_teamAddress.clear();
    ServerWorkingCopy::closeConnections();
    m_editor->setStore(nullptr);
    m_itemView->showItem(0);
    m_labels->setStore(nullptr);
    m_browser->setStore(nullptr);
    m_models->setStore(nullptr);
    m_charts->setProject({});
    m_curation->setStore(nullptr);
    m_store.reset();
    Database::close(path);
    setWindowTitle(tr("Candor"));
    showWelcome();
    updateStatus();
}

Job *MainWindow::importPaths(const QStringList &paths)
{
    if (!m_store || paths.isEmpty()) {
        reportError(tr("Open or create a project first, then drop the files again."));
        return nullptr;
    }
    auto job = std::make_unique<ImportJob>(m_store->path(), paths);
    job->setAnnotator(m_editor->annotator()); // human rows of an exported dump that carry no name
    return startJob(std::move(job));
}

Job *MainWindow::exportProject(const QString &format, const QString &outPath)
{
    if (!m_store || outPath.isEmpty())
        return nullptr;
    return startJob(std::make_unique<ExportJob>(m_store->path(), format, outPath));
}

Job *MainWindow::startJob(std::unique_ptr<Job> owned)
{
    Job *job = m_jobs->start(std::move(owned));
    const QString title = job->title();
    connect(job, &Job::logLine, this, &MainWindow::appendLog);
    connect(job, &Job::failed, this,
        [this, title](const QString &message) { reportError(tr("%1 failed: %2").arg(title, message)); });
    connect(job, &Job::cancelled, this,
        [this, title, job] { appendLog(tr("%1 cancelled; %2").arg(title, job->cancelOutcome())); });
    connect(job, &Job::finished, this, [this, title] {
        appendLog(tr("%1 finished").arg(title));
        rereadProject();
    });
    m_jobsPanel->selectJob(job);
    // The Jobs dock is a strip while idle; a running job brings it forward with room for its progress and chart.
    QDockWidget *jobsDock = m_docks[2];
    if (jobsDock->isVisible()) {
        jobsDock->raise();
        if (jobsDock->height() < kBusyBottomHeight)
            resizeDocks({jobsDock}, {kBusyBottomHeight}, Qt::Vertical);
    }
    return job;
}

void MainWindow::rereadProject()
{
    if (!m_store)
        return;
    m_browser->filterBar()->populate(m_store.get());
    m_browser->refresh();
    m_charts->setQuery(m_browser->model()->query()); // a job may have written rows the charts count
    if (m_itemView->itemId() == 0)
        m_browser->step(1);
    else
        m_itemView->reload();
    m_threadCentre->reload();
    syncLabels();
    m_models->refresh();
    m_labels->refreshProgress();
    updateStatus();
}

void MainWindow::showItem(qint64 itemId)
{
    if (!m_browser->selectItem(itemId))
        m_itemView->showItem(itemId);
}

bool MainWindow::goToNextUnreviewed()
{
    if (!m_store)
        return false;
    if (ServerWorkingCopy::isOpenedWorkingCopy(m_store->path()))
        return claimNextTeamItem();
    const std::optional<qint64> next
        = ItemReader(*m_store).nextUnreviewed(m_browser->model()->query(), m_itemView->itemId());
    if (!next) {
        statusBar()->showMessage(tr("No unreviewed item left in this view"), 6000);
        return false;
    }
    showItem(*next);
    return true;
}

bool MainWindow::goToNextDisagreement()
{
    if (!m_store)
        return false;
    const std::optional<qint64> next
        = ItemReader(*m_store).nextDisagreement(m_browser->model()->query(), m_itemView->itemId());
    if (!next) {
        statusBar()->showMessage(tr("No disagreement left to curate in this view"), 6000);
        return false;
    }
    showItem(*next);
    for (QDockWidget *dock : m_docks) {
        if (dock->widget() == m_curation) {
            dock->show();
            dock->raise();
        }
    }
    return true;
}

bool MainWindow::goToMostUncertain()
{
    if (!m_store)
        return false;
    const std::optional<qint64> next
        = ItemReader(*m_store).mostUncertain(m_browser->model()->query(), m_itemView->itemId());
    if (!next) {
        statusBar()->showMessage(tr("No unreviewed item has model proposals"), 6000);
        return false;
    }
    showItem(*next);
    return true;
}

void MainWindow::onItemChanged(qint64 itemId)
{
    // Undo and redo span items: bring the item whose annotations changed into view.
    if (itemId != m_itemView->itemId())
        showItem(itemId);
    syncLabels();
    if (itemId == m_curation->itemId())
        m_curation->reload();
    m_browser->model()->refreshItem(itemId);
    m_labels->refreshProgress();
}

void MainWindow::syncLabels()
{
    m_labels->setItem(m_itemView->itemId(), m_itemView->annotations());
}

void MainWindow::setComputeDeviceText(const QString &text)
{
    m_deviceLabel->setText(text);
}

QString MainWindow::computeDeviceText() const
{
    return m_deviceLabel->text();
}

void MainWindow::updateStatus()
{
    if (m_store) {
        m_projectLabel->setText(m_teamAddress.isEmpty()
                ? QFileInfo(m_store->path()).fileName()
                : tr("team project %1").arg(ServerAddress::parse(m_teamAddress).display()));
        m_countLabel->setText(
            tr("%1 of %L2 items").arg(m_browser->model()->matchCountText()).arg(m_store->itemCount()));
    } else {
        m_projectLabel->setText(tr("No project"));
        m_countLabel->clear();
    }
    const int running = m_jobs->runningCount();
    m_jobsLabel->setText(running == 0 ? QString() : tr("%n job(s) running", nullptr, running));
}

QString MainWindow::logText() const
{
    return m_log->toPlainText();
}

void MainWindow::appendLog(const QString &line)
{
    m_log->appendPlainText(
        QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), line));
}

void MainWindow::reportError(const QString &message)
{
    appendLog(tr("Error: %1").arg(message));
    statusBar()->showMessage(message, 10000);
}

QStringList MainWindow::recentProjects() const
{
    QStringList paths;
    for (const QString &path : QSettings().value(kRecentKey).toStringList())
        if (ServerAddress::isServerUrl(path) || QFileInfo::exists(path))
            paths.append(path);
    return paths;
}

void MainWindow::addRecent(const QString &path)
{
    QStringList paths = recentProjects();
    paths.removeAll(path);
    paths.prepend(path);
    QSettings().setValue(kRecentKey, paths.mid(0, kRecentMax));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_jobs->cancelAll();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    for (const QUrl &url : event->mimeData()->urls())
        if (!url.isLocalFile())
            return;
    event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        paths.append(url.toLocalFile());
    // A dropped project file opens; anything else is imported into the open project.
    if (paths.size() == 1 && paths.first().endsWith(QLatin1String(".candor")))
        openProject(paths.first());
    else
        importPaths(paths);
    event->acceptProposedAction();
}

} // namespace candor
