#pragma once

#include "app/jobs/TaskCatalog.h"

#include <QObject>

#include <optional>

class QAction;
class QActionGroup;

namespace candor {

class Job;
class MainWindow;

// The Models menu of the window, for every task of the TaskCatalog: choose the active task, train (dialog, with
// the live chart), retrain with the last version's settings, predict the current item / filter / everything,
// evaluate on dev. Jobs run through the window's job manager as EngineJobRunners. After a training run the new
// version's dev metrics are logged next to the previous version's, and predicting again is offered. Retrain is
// disabled, with a tooltip naming what is missing, while the active task has no data to learn from. Also Tools >
// OCR current filter; describe the pictures of the current filter.
class ModelActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelActions)

public:
    explicit ModelActions(MainWindow *window);

    QString task() const { return m_task; }
    void setTask(const QString &task);
    // The started job (owned by the window's job manager), or null without a project or training data.
    Job *train(const TrainRequest &request);
    void retrain();
    enum class Scope { Item, Filter, All };
    // A version no better than the constant answer (by cross-validation) first asks whether to propose anyway.
    Job *predict(Scope scope, std::optional<qint64> modelVersionId = {}, bool evenIfNoBetterThanConstant = false);
    Job *evaluate();
    Job *ocrCurrentFilter();
    Job *describeCurrentFilter();

private:
    void showTrainDialog();
    void onTrained(const QJsonObject &result);
    bool hasModel() const;
    // True when the version predictions would use is no better than the constant answer: then a question is open
    // whose Yes predicts anyway.
    bool askBeforeProposingFromAWeakModel(Scope scope, std::optional<qint64> modelVersionId);
    // Why the active task cannot be trained now (empty: it can); also sets Retrain's state and tooltip.
    QString updateTrainability();

    MainWindow *m_window;
    QString m_task;
    QActionGroup *m_tasks;
    QAction *m_retrain = nullptr;
};

} // namespace candor
