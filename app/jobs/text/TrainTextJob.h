#pragma once

#include "app/jobs/TextJob.h"
#include "models/text/TextModel.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace candor {

struct TrainTextOptions
{
    QString task;                                   // persuasion-labels | persuasion-spans | narrative
    QStringList trainSplits{QStringLiteral("train")};
    QString devSplit = QStringLiteral("dev");       // early stopping, threshold tuning and model choice
    QString language = QStringLiteral("all");       // narrative: en | es | all (one multilingual model)
    models::TextTrainConfig config;
};

struct TrainTextResult
{
    bool cancelled = false;
    qint64 modelVersionId = 0;
    QString chosen;              // the candidate the engine kept ("transformer" or "ngram")
    QJsonObject metrics;         // as stored with the model version
    int trainItems = 0;
    int devItems = 0;
    double seconds = 0;
};

// Trains a text model on a project's reference labels (see TextTaskData) and registers it as a model version:
// task, name, config, data snapshot (splits, counts, origins), dev metrics of every candidate, and the model
// files, all in one transaction. A cancelled run writes nothing but its job-log entry.
class TrainTextJob final : public TextJob
{
public:
    TrainTextJob(QString projectPath, TrainTextOptions options);

    // Opens its own connection, so it may run on any thread. Throws candor::Error on failure.
    TrainTextResult run();

private:
    QString m_projectPath;
    TrainTextOptions m_options;
};

} // namespace candor
