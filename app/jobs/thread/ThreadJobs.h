#pragma once

// Train, predict and evaluate jobs of the thread task (reply stance + rumour veracity, seed 002 MM-MTL).
// Same shape as the text jobs: plain classes, run() on any thread, cancel() from any thread.

#include "app/jobs/TextJob.h"
#include "models/thread/ThreadModel.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace candor {

class ProjectStore;
struct ModelVersion;

struct TrainThreadOptions
{
    QStringList trainSplits{QStringLiteral("train")};
    QString devSplit = QStringLiteral("dev");   // scored after training and recorded with the version; never
                                                // used to pick the epoch (the engine holds out training threads)
    models::ThreadTrainConfig config;
};

struct TrainThreadResult
{
    bool cancelled = false;
    qint64 modelVersionId = 0;
    QJsonObject metrics;   // "dev": the five metric keys on the dev split; "validation": on held-out train threads
    int trainThreads = 0;
    int devThreads = 0;
    double seconds = 0;
    QString imagesLeftOut;   // non-empty when posts had images but the image model was not installed
};

class TrainThreadJob final : public TextJob
{
public:
    TrainThreadJob(QString projectPath, TrainThreadOptions options);
    TrainThreadResult run();   // throws candor::Error on failure

private:
    QString m_projectPath;
    TrainThreadOptions m_options;
};

struct PredictThreadOptions
{
    std::optional<qint64> modelVersionId;   // default: the latest "thread" version
    QStringList splits;                     // empty: every split
    QList<qint64> itemIds;                  // non-empty: only these thread items
};

struct PredictThreadResult
{
    bool cancelled = false;
    qint64 modelVersionId = 0;
    int threads = 0;
    int annotations = 0;
};

// Writes model annotations (origin model, status proposed, score, version id): stance-4 per post and
// veracity-3 per thread, and the per-post attention weights as the version's file "attention.json"
// ({"<post row id>": weight}, merged across runs) for the stance timeline. Re-predicting with a version
// replaces its proposed rows of those threads; gold, human and reviewed rows stay. One transaction.
class PredictThreadJob final : public TextJob
{
public:
    PredictThreadJob(QString projectPath, PredictThreadOptions options);
    PredictThreadResult run();

private:
    QString m_projectPath;
    PredictThreadOptions m_options;
};

struct EvaluateThreadOptions
{
    std::optional<qint64> modelVersionId;
    QString split = QStringLiteral("dev");
};

struct EvaluateThreadResult
{
    qint64 modelVersionId = 0;
    QString split;
    int items = 0;
    QJsonObject metrics;   // stance_accuracy, stance_macro_f1, veracity_accuracy, veracity_macro_f1, veracity_rmse
};

// Runs the version over the labelled threads of a split and scores it against the reference labels with the
// RumourEval 2017 scorers (a post or thread without an answer counts as wrong). Writes nothing but its log entry.
class EvaluateThreadJob final : public TextJob
{
public:
    EvaluateThreadJob(QString projectPath, EvaluateThreadOptions options);
    EvaluateThreadResult run();

private:
    QString m_projectPath;
    EvaluateThreadOptions m_options;
};

// Loads the model of a "thread" version from its files.
std::unique_ptr<models::ThreadModel> loadThreadModel(const ProjectStore &store, const ModelVersion &version);

} // namespace candor
