#pragma once

#include "app/jobs/text/TrainTextJob.h"

#include <QObject>

class QAction;
class QActionGroup;

namespace candor {

class Job;
class MainWindow;

// The Models menu of the window: train (dialog), retrain with the last version's settings, predict the current
// item / filter / everything, evaluate on dev, for the active text task. Jobs from candor_appjobs run through
// the window's job manager; training feeds the Jobs dock's chart. After a training run the new version's dev
// metrics are logged next to the previous version's, and predicting again is offered. Retrain is disabled, with a
// tooltip naming what is missing, while the active task has no labelled items in the train or dev split.
class ModelActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelActions)

public:
    explicit ModelActions(MainWindow *window);

    QString task() const { return m_task; }
    void setTask(const QString &task);
    // The started job (owned by the window's job manager), or null without a project.
    Job *train(const TrainTextOptions &options);
    void retrain();
    enum class Scope { Item, Filter, All };
    void predict(Scope scope, std::optional<qint64> modelVersionId = {});
    void evaluate();

private:
    void showTrainDialog();
    void onTrained(const QJsonObject &result);
    bool hasModel() const;
    // Why the active task cannot be trained now (empty: it can); also sets Retrain's state and tooltip.
    QString updateTrainability();

    MainWindow *m_window;
    QString m_task;
    QActionGroup *m_tasks;
    QAction *m_retrain = nullptr;
};

} // namespace candor
