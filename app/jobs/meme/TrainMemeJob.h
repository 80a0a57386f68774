#pragma once

// Training of the multimodal persuasion task (persuasion-multimodal: caption + image, seed 000).

#include "app/jobs/EngineJob.h"
#include "models/meme/MemeModel.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace candor {

struct TrainMemeOptions
{
    QStringList trainSplits{QStringLiteral("train")};
    QString devSplit = QStringLiteral("dev"); // scored after training; never used to fit or tune
    QString modelsFolder; // pretrained backbones; empty: MemeTaskData::defaultModelsFolder()
    models::MemeTrainConfig config;
};

struct TrainMemeResult
{
    qint64 modelVersionId = 0;
    QString variant;
    QJsonObject metrics; // {"dev": {micro_f1, macro_f1, ...}, "holdout_micro_f1", "threshold", "epochs", ...}
    int trainItems = 0;
    int devItems = 0;
    double seconds = 0;

    QJsonObject toJson() const;
    QString summary() const;
};

// Trains on the reference labels of the train split(s) (the model's epoch and threshold come from a held-out
// slice of them), scores the dev split and registers a model version with its file, all in one transaction.
class TrainMemeJob final : public TypedEngineJob<TrainMemeResult>
{
    Q_DECLARE_TR_FUNCTIONS(TrainMemeJob)

public:
    TrainMemeJob(QString projectPath, TrainMemeOptions options);
    QString title() const override;

protected:
    TrainMemeResult execute() override;

private:
    TrainMemeOptions m_options;
};

} // namespace candor
