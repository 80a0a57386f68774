#pragma once

// Every task the engine learns from a project, and the one way the window and candor-cli make its jobs. A new task
// (post verification, ...) is one more entry here and one more family of jobs; the Models menu, the train dialog,
// the Models dock and `candor-cli --help` list it from here.

#include "app/jobs/EngineJob.h"
#include "app/jobs/PredictScope.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace candor {

class ProjectStore;
struct ModelVersion;

enum class TaskFamily { Text, Thread, Meme };

struct TaskInfo
{
    QString name; // part of the CLI contract: "persuasion-labels", "thread", ...
    TaskFamily family = TaskFamily::Text;
    QString summary; // one translated line for menus, dialogs and --help
    QString variantLabel; // what the train dialog's chooser is called ("Variant", "Post order"); empty: none
    QStringList variants; // its choices, the default first
    bool hasLanguages = false; // narrative: one model for en, es or both
};

class TaskCatalog
{
    Q_DECLARE_TR_FUNCTIONS(TaskCatalog)

public:
    static const QList<TaskInfo> &tasks();
    static QStringList names();
    // Throws candor::Error naming the known tasks for an unknown name. labels:S, class:S and spans:S (a schema of
    // the team's own, see TextTask.h) are text tasks too.
    static TaskInfo task(const QString &name);
    // The built-in tasks, then those the project's own schemas offer (labels:S, class:S, spans:S).
    static QList<TaskInfo> tasksOf(const ProjectStore *store);
};

// One request shape for every task.
struct TrainRequest
{
    QString task;
    QString variant; // empty: the task's default (TaskInfo::variants.first())
    QString language = QStringLiteral("all"); // narrative: en | es | all
    QStringList trainSplits{QStringLiteral("train")};
    QString devSplit = QStringLiteral("dev");
    QJsonObject settings; // the family's training settings as JSON (TrainConfigJson, ThreadConfigJson, meme config)
};

struct PredictRequest
{
    QString task;
    std::optional<qint64> modelVersionId; // default: the task's current version (pinned, else the latest)
    PredictScope scope;
    bool evenIfNoBetterThanConstant = false; // text tasks: see PredictTextOptions
};

struct EvaluateRequest
{
    QString task;
    QString split = QStringLiteral("dev");
    std::optional<qint64> modelVersionId;
};

// Throw candor::Error for unknown tasks, variants or settings.
std::unique_ptr<EngineJob> makeTrainJob(const QString &projectPath, const TrainRequest &request);
std::unique_ptr<EngineJob> makePredictJob(const QString &projectPath, const PredictRequest &request);
std::unique_ptr<EngineJob> makeEvaluateJob(const QString &projectPath, const EvaluateRequest &request);

// The request that trains a new version with `version`'s settings ("Retrain with the last settings"). Settings a
// version cannot carry (the bytes of a pretrained tokenizer) are dropped and named in `notes`.
TrainRequest retrainRequest(const ModelVersion &version, QStringList *notes = nullptr);

// Why `task` cannot be trained on the project now, as a sentence for a tooltip or a log line; empty when it can.
// Cheap (indexed EXISTS queries), so the GUI may ask whenever the Models menu opens.
QString missingTrainingData(const ProjectStore &store, const QString &task);

} // namespace candor
