#include "app/gui/ModelActions.h"

#include "app/gui/TextTaskJobs.h"
#include "widgets/annotation/AnnotationEditor.h"
#include "app/jobs/text/TrainConfigJson.h"
#include "app/gui/TrainDialog.h"
#include "widgets/browser/ItemBrowser.h"
#include "widgets/browser/ItemTableModel.h"
#include "core/domain/Error.h"
#include "widgets/itemview/ItemView.h"
#include "widgets/jobs/JobsPanel.h"
#include "core/jobs/JobManager.h"
#include "app/jobs/text/TextTask.h"
#include "app/jobs/text/TextTaskReadiness.h"
#include "widgets/jobs/TrainingChart.h"
#include "widgets/main/MainWindow.h"
#include "core/store/ItemQuery.h"
#include "core/store/ProjectStore.h"
#include "widgets/versions/ModelVersionsPanel.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QJsonObject>
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
    for (const QString &name : textTaskNames()) {
        QAction *action = tasks->addAction(name);
        action->setCheckable(true);
        action->setChecked(name == m_task);
        m_tasks->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] { setTask(name); });
    }
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
    add(tr("Predict current &filter"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] { predict(Scope::Filter); });
    add(tr("Predict &all items"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P), [this] { predict(Scope::All); });
    add(tr("&Evaluate on dev"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] { evaluate(); });
}

void ModelActions::setTask(const QString &task)
{
    m_task = task;
    for (QAction *action : m_tasks->actions())
        action->setChecked(action->text() == task);
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
    m_retrain->setToolTip(missing.isEmpty() ? tr("Train a new version of %1 with the last version's settings").arg(m_task)
                                            : tr("Cannot train %1: %2").arg(m_task, missing));
    return missing;
}

bool ModelActions::hasModel() const
{
    if (!m_window->store())
        return false;
    if (m_window->store()->latestModelVersion(m_task))
        return true;
    m_window->appendLog(tr("No model version for task %1 yet: train one first (Models > Train…)").arg(m_task));
    return false;
}

void ModelActions::showTrainDialog()
{
    if (!m_window->hasProject())
        return;
    auto *dialog = new TrainDialog(m_task, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { train(dialog->options()); });
    dialog->open();
}

Job *ModelActions::train(const TrainTextOptions &options)
{
    if (!m_window->hasProject())
        return nullptr;
    setTask(options.task);
    if (const QString missing = updateTrainability(); !missing.isEmpty()) {
        m_window->appendLog(tr("Cannot train %1: %2").arg(options.task, missing));
        return nullptr;
    }
    auto job = std::make_unique<TrainTextTaskJob>(m_window->projectPath(), options);
    TrainingChart *chart = m_window->jobsPanel()->trainingChart();
    chart->start(tr("Training %1").arg(options.task));
    auto phase = std::make_shared<QString>();
    connect(job.get(), &TrainTextTaskJob::trainingPoint, chart,
            [chart, phase, task = options.task](const QString &now, double step, double loss, double dev) {
                if (now != *phase) {   // each candidate (transformer, n-gram) gets its own curve
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
    TrainTextOptions options;
    options.task = m_task;
    if (const auto last = store->latestModelVersion(m_task)) {
        try {
            QJsonObject settings = last->config.value(QStringLiteral("train")).toObject();
            // A version stores "pretrainedTokenizer" as true/false, not the tokenizer's bytes: the retrain trains its own.
            if (settings.take(QStringLiteral("pretrainedTokenizer")).toBool())
                m_window->appendLog(tr("Retrain: the last version started from a pretrained tokenizer, which is not stored with it; "
                                       "this run trains its own (Models > Train… to choose)"));
            options.config = trainConfigFromJson(settings);
            options.language = last->config.value(QStringLiteral("language")).toString(QStringLiteral("all"));
        } catch (const Error &error) {
            m_window->appendLog(tr("Retrain: the last version's settings are unreadable (%1); using the defaults").arg(error.message()));
        }
    }
    train(options);
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
    const QString now = ModelVersionsPanel::metricsSummary(result.value(QStringLiteral("metrics")).toObject());
    m_window->appendLog(tr("Dev metrics of version %1: %2").arg(id).arg(now));
    if (previous)
        m_window->appendLog(tr("Dev metrics of the previous version %1: %2").arg(previous->id).arg(ModelVersionsPanel::metricsSummary(previous->metrics)));
    auto *box = new QMessageBox(QMessageBox::Question, tr("Model trained"),
                                tr("Version %1 of %2 is trained.\n\nDev: %3\n%4\nPredict all items with it now? Proposals never "
                                   "replace human annotations.")
                                    .arg(id).arg(task, now,
                                         previous ? tr("Previous version %1: %2\n").arg(previous->id).arg(ModelVersionsPanel::metricsSummary(previous->metrics))
                                                  : QString()),
                                QMessageBox::Yes | QMessageBox::No, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box->button(QMessageBox::Yes), &QPushButton::clicked, this, [this, id] { predict(Scope::All, id); });
    box->open();
}

void ModelActions::predict(Scope scope, std::optional<qint64> modelVersionId)
{
    if (!modelVersionId && !hasModel())
        return;
    PredictTextOptions options;
    options.task = m_task;
    options.modelVersionId = modelVersionId;
    QString what = tr("all items");
    std::optional<ItemQuery> filter;
    if (scope == Scope::Item) {
        const qint64 item = m_window->itemView()->itemId();
        if (item == 0)
            return;
        options.itemIds = {item};
        what = tr("item %1").arg(item);
    } else if (scope == Scope::Filter) {
        // The job reads the filter's items on its worker: a filter of a large project lists too many to read here.
        const ItemTableModel *model = m_window->browser()->model();
        const std::optional<qint64> count = model->knownMatchCount();
        if (count && *count == 0)
            return;
        filter = model->query();
        what = count && !model->matchCountIsCapped() ? tr("%n filtered item(s)", nullptr, int(*count)) : tr("the current filter");
    }
    auto job = std::make_unique<PredictTextTaskJob>(m_window->projectPath(), options, what);
    if (filter)
        job->setFilter(*filter);
    m_window->startJob(std::move(job));
}

void ModelActions::evaluate()
{
    if (!hasModel())
        return;
    EvaluateTextOptions options;
    options.task = m_task;
    options.split = QStringLiteral("dev");
    Job *job = m_window->startJob(std::make_unique<EvaluateTextTaskJob>(m_window->projectPath(), options));
    connect(job, &Job::finished, this, [this](const QJsonObject &result) {
        m_window->appendLog(tr("Evaluation of %1 on dev (%2 items): %3")
                                .arg(m_task)
                                .arg(result.value(QStringLiteral("n_items")).toInt())
                                .arg(ModelVersionsPanel::metricsSummary(result.value(QStringLiteral("metrics")).toObject())));
    });
}

} // namespace candor
