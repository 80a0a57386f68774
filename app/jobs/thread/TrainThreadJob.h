#pragma once

// Training of the thread task (reply stance + rumour veracity, seed 002 MM-MTL).

#include "app/jobs/EngineJob.h"
#include "models/thread/ThreadModel.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace candor {

struct TrainThreadOptions
{
    QStringList trainSplits{QStringLiteral("train")};
    QString devSplit = QStringLiteral("dev"); // scored after training and recorded with the version; never
                                              // used to pick the epoch (the engine holds out training threads)
    models::ThreadTrainConfig config;
};

struct TrainThreadResult
{
    qint64 modelVersionId = 0;
    QJsonObject metrics; // "dev": the five metric keys on the dev split; "validation": on held-out train threads
    int trainThreads = 0;
    int devThreads = 0;
    double seconds = 0;
    QString imagesLeftOut; // non-empty when posts had images but the image model was not installed

    QJsonObject toJson() const;
    QString summary() const;
};

// Trains on the reference stances and veracities of the train split(s), scores the dev split and registers a
// model version with its files, all in one transaction.
class TrainThreadJob final : public TypedEngineJob<TrainThreadResult>
{
    Q_DECLARE_TR_FUNCTIONS(TrainThreadJob)

public:
    TrainThreadJob(QString projectPath, TrainThreadOptions options);
    QString title() const override;

protected:
    TrainThreadResult execute() override;

private:
    TrainThreadOptions m_options;
};

} // namespace candor
