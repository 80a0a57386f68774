#include "app/gui/ModelActions.h"

#include "app/gui/TrainDialog.h"
#include "app/jobs/EngineJobRunner.h"
#include "app/jobs/post/DescribeJob.h"
#include "core/domain/Error.h"
#include "core/domain/MetricsText.h"
#include "core/jobs/JobManager.h"
#include "core/jobs/OcrJob.h"
#include "core/store/ItemQuery.h"
#include "core/store/ProjectStore.h"
#include "widgets/annotation/AnnotationEditor.h"
#include "widgets/browser/ItemBrowser.h"
#include "widgets/browser/ItemTableModel.h"
#include "widgets/itemview/ItemView.h"
#include "widgets/jobs/JobsPanel.h"
#include "widgets/jobs/TrainingChart.h"
#include "widgets/main/MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace candor {

ModelActions::ModelActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_task(QStringLiteral("persuasion-spans"))
    , m_tasks(new QActionGroup(this))
{
    QMenu *menu = window->modelsMenu();
    QMenu *tasks = menu->addMenu(tr("Active &task"));
    tasks->setToolTipsVisible(true);
    // Rebuilt as it opens: the project's own schemas offer tasks too (labels:S, class:S, spans:S).
    const auto rebuildTasks = [this, tasks] {
        for (QAction *old : m_tasks->actions())
            delete old;
        for (const TaskInfo &info : TaskCatalog::tasksOf(m_window->store())) {
            QAction *action = tasks->addAction(info.name);
            action->setToolTip(info.summary);
            action->setData(info.name);
            action->setCheckable(true);
            action->setChecked(info.name == m_task);
            m_tasks->addAction(action);
            connect(action, &QAction::triggered, this, [this, name = info.name] { setTask(name); });
        }
    };
    rebuildTasks();
    connect(tasks, &QMenu::aboutToShow, this, rebuildTasks);
    const auto add = [this, menu](const QString &text, const QKeySequence &key, const std::function<void()> &slot) {
        QAction *action = menu->addAction(text);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    add(tr("&Train…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), [this] { showTrainDialog(); });
    m_retrain = add(tr("&Retrain with the last settings"), QKeySequence(Qt::CTRL | Qt::Key_R), [this] { retrain(); });
    // Whether the task has data changes with the project (its title), finished jobs (imports) and every edit.
    menu->setToolTipsVisible(true);
    connect(menu, &QMenu::aboutToShow, this, &ModelActions::updateTrainability);
    connect(window, &QWidget::windowTitleChanged, this, &ModelActions::updateTrainability);
    connect(window->jobs(), &JobManager::runningCountChanged, this, &ModelActions::updateTrainability);
    // Edits re-check only while Retrain is disabled (cheap on big projects): an edit that removes the last labelled
    // item of an enabled task is caught by train()'s own check, which logs the reason.
    connect(window->editor(), &AnnotationEditor::itemChanged, this, [this] {
        if (!m_retrain->isEnabled())
            updateTrainability();
    });
    updateTrainability();
    menu->addSeparator();
    add(tr("Predict current &item"), QKeySequence(Qt::CTRL | Qt::Key_P), [this] { predict(Scope::Item); });
    add(tr("Predict current &filter"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
        [this] { predict(Scope::Filter); });
    add(tr("Predict &all items"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P), [this] { predict(Scope::All); });
    add(tr("&Evaluate on dev"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] { evaluate(); });

    QMenu *toolsMenu = window->toolsMenu();
    QAction *ocr = toolsMenu->addAction(tr("&OCR current filter"));
    ocr->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    ocr->setToolTip(tr("Read the text of the filtered memes' images with Tesseract and store the word boxes"));
    connect(ocr, &QAction::triggered, this, [this] { ocrCurrentFilter(); });
    QAction *describe = toolsMenu->addAction(tr("&Describe pictures of current filter"));
    describe->setToolTip(tr("Turn the filtered items' pictures into structured text (OCR, objects, metadata, faces), "
                            "shown in the verdict panel and read by post-veracity models"));
    connect(describe, &QAction::triggered, this, [this] { describeCurrentFilter(); });
}

void ModelActions::setTask(const QString &task)
{
    m_task = task;
    for (QAction *action : m_tasks->actions())
        action->setChecked(action->data().toString() == task);
    updateTrainability();
}

QString ModelActions::updateTrainability()
{
    QString missing = tr("open a project first");
    if (const ProjectStore *store = m_window->store()) {
        try {
            missing = missingTrainingData(*store, m_task);
        } catch (const Error &error) {
            missing = error.message();
        }
    }
    m_retrain->setEnabled(missing.isEmpty());
    m_retrain->setToolTip(missing.isEmpty()
            ? tr("Train a new version of %1 with the last version's settings").arg(m_task)
            : tr("Cannot train %1: %2").arg(m_task, missing));
    return missing;
}

bool ModelActions::hasModel() const
{
    if (!m_window->store())
        return false;
    if (m_window->store()->currentModelVersion(m_task))
        return true;
    m_window->appendLog(tr("No model version for task %1 yet: train one first (Models > Train…)").arg(m_task));
    return false;
}

void ModelActions::showTrainDialog()
{
    if (!m_window->hasProject())
        return;
    QList<TaskInfo> ownTasks = TaskCatalog::tasksOf(m_window->store());
    ownTasks.erase(ownTasks.begin(), ownTasks.begin() + TaskCatalog::tasks().size());
    auto *dialog = new TrainDialog(m_task, m_window, ownTasks);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { train(dialog->request()); });
    dialog->open();
}

Job *ModelActions::train(const TrainRequest &request)
{
    if (!m_window->hasProject())
        return nullptr;
    setTask(request.task);
    if (const QString missing = updateTrainability(); !missing.isEmpty()) {
        m_window->appendLog(tr("Cannot train %1: %2").arg(request.task, missing));
        return nullptr;
    }
    std::unique_ptr<EngineJob> engineJob;
    try {
        engineJob = makeTrainJob(m_window->projectPath(), request);
    } catch (const Error &error) {
        m_window->appendLog(tr("Cannot train %1: %2").arg(request.task, error.message()));
        return nullptr;
    }
    auto job = std::make_unique<EngineJobRunner>(std::move(engineJob));
    TrainingChart *chart = m_window->jobsPanel()->trainingChart();
    chart->start(tr("Training %1").arg(request.task));
    auto phase = std::make_shared<QString>();
    connect(job.get(), &EngineJobRunner::trainingPoint, chart,
        [chart, phase, task = request.task](const QString &now, double step, double loss, double dev) {
            if (now != *phase) { // each candidate (transformer, n-gram) gets its own curve
                *phase = now;
                chart->start(tr("Training %1: %2").arg(task, now));
            }
            chart->addPoint(step, loss, dev);
        });
    connect(job.get(), &Job::finished, this, &ModelActions::onTrained);
    return m_window->startJob(std::move(job));
}

void ModelActions::retrain()
{
    ProjectStore *store = m_window->store();
    if (!store)
        return;
    TrainRequest request;
    request.task = m_task;
    if (const auto last = store->latestModelVersion(m_task)) {
        QStringList notes;
        request = retrainRequest(*last, &notes);
        for (const QString &note : notes)
            m_window->appendLog(tr("Retrain: %1").arg(note));
    }
    train(request);
}

void ModelActions::onTrained(const QJsonObject &result)
{
    ProjectStore *store = m_window->store();
    const qint64 id = result.value(QStringLiteral("model_version")).toInteger();
    if (!store || id == 0)
        return;
    const QString task = result.value(QStringLiteral("task")).toString();
    std::optional<ModelVersion> previous;
    for (const ModelVersion &version : store->modelVersions(task))
        if (version.id < id && (!previous || version.id > previous->id))
            previous = version;
    const QString now = metricsSummary(result.value(QStringLiteral("metrics")).toObject());
    m_window->appendLog(tr("Dev metrics of version %1: %2").arg(id).arg(now));
    if (previous)
        m_window->appendLog(
            tr("Dev metrics of the previous version %1: %2").arg(previous->id).arg(metricsSummary(previous->metrics)));
    if (const std::optional<qint64> pinned = store->pinnedModelVersion(task))
        m_window->appendLog(tr("Predictions of %1 still use the pinned version %2 (Models dock: Follow the latest)")
                                .arg(task)
                                .arg(*pinned));
    auto *box = new QMessageBox(QMessageBox::Question, tr("Model trained"),
        tr("Version %1 of %2 is trained.\n\nDev: %3\n%4\nPredict all items with it now? Proposals never "
           "replace human annotations.")
            .arg(id)
            .arg(task, now,
                previous ? tr("Previous version %1: %2\n").arg(previous->id).arg(metricsSummary(previous->metrics))
                         : QString()),
        QMessageBox::Yes | QMessageBox::No, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box->button(QMessageBox::Yes), &QPushButton::clicked, this, [this, id, task] {
        setTask(task);
        predict(Scope::All, id);
    });
    box->open();
}

bool ModelActions::askBeforeProposingFromAWeakModel(Scope scope, std::optional<qint64> modelVersionId)
{
    const ProjectStore *store = m_window->store();
    if (!store || TaskCatalog::task(m_task).family == TaskFamily::Thread)
        return false;
    const std::optional<ModelVersion> version
        = modelVersionId ? store->modelVersion(*modelVersionId) : store->currentModelVersion(m_task);
    if (!version || !noBetterThanConstant(version->metrics))
        return false;
    const QString why = cvSummary(version->metrics);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Weak model"),
        tr("Model version %1 of %2 is no better than always giving the same answer:\n%3\n\nIts proposals would "
           "mislead annotators. Propose them anyway?")
            .arg(version->id)
            .arg(m_task, why.isEmpty() ? baselineSummary(version->metrics) : why),
        QMessageBox::Yes | QMessageBox::No, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    const qint64 id = version->id;
    connect(
        box->button(QMessageBox::Yes), &QPushButton::clicked, this, [this, scope, id] { predict(scope, id, true); });
    box->open();
    return true;
}

Job *ModelActions::predict(Scope scope, std::optional<qint64> modelVersionId, bool evenIfNoBetterThanConstant)
{
    if (!modelVersionId && !hasModel())
        return nullptr;
    if (!evenIfNoBetterThanConstant && askBeforeProposingFromAWeakModel(scope, modelVersionId))
        return nullptr;
    PredictRequest request;
    request.task = m_task;
    request.modelVersionId = modelVersionId;
    request.evenIfNoBetterThanConstant = evenIfNoBetterThanConstant;
    QString what = tr("all items");
    if (scope == Scope::Item) {
        const qint64 item = m_window->itemView()->itemId();
        if (item == 0)
            return nullptr;
        request.scope = PredictScope::ofItems({item});
        what = tr("item %1").arg(item);
    } else if (scope == Scope::Filter) {
        // The job reads the filter's items on its worker: a filter of a large project lists too many to read here.
        const ItemTableModel *model = m_window->browser()->model();
        const std::optional<qint64> count = model->knownMatchCount();
        if (count && *count == 0)
            return nullptr;
        request.scope = PredictScope::ofFilter(model->query());
        what = count && !model->matchCountIsCapped() ? tr("%n filtered item(s)", nullptr, int(*count))
                                                     : tr("the current filter");
    }
    try {
        auto job = std::make_unique<EngineJobRunner>(makePredictJob(m_window->projectPath(), request));
        job->setTitle(tr("Predict %1 (%2)").arg(m_task, what));
        return m_window->startJob(std::move(job));
    } catch (const Error &error) {
        m_window->appendLog(error.message());
        return nullptr;
    }
}

Job *ModelActions::evaluate()
{
    if (!hasModel())
        return nullptr;
    EvaluateRequest request;
    request.task = m_task;
    return m_window->startJob(std::make_unique<EngineJobRunner>(makeEvaluateJob(m_window->projectPath(), request)));
}

Job *ModelActions::describeCurrentFilter()
{
    if (!m_window->hasProject())
        return nullptr;
    return m_window->startJob(
        std::make_unique<DescribeJob>(m_window->projectPath(), m_window->browser()->model()->query()));
}

Job *ModelActions::ocrCurrentFilter()
{
    if (!m_window->hasProject())
        return nullptr;
    return m_window->startJob(std::make_unique<OcrJob>(m_window->projectPath(), m_window->browser()->model()->query()));
}

} // namespace candor
