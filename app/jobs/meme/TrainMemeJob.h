#pragma once

// Training of the multimodal persuasion task (persuasion-multimodal: caption + image, seed 000).

#include "app/jobs/EngineJob.h"
#include "models/meme/MemeModel.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace candor {

struct TrainMemeOptions
{
    QStringList trainSplits{QStringLiteral("train")};
    QString devSplit = QStringLiteral("dev"); // scored after training; never used to fit or tune
    QString modelsFolder; // pretrained backbones; empty: MemeTaskData::defaultModelsFolder()
    models::MemeTrainConfig config;
    // Variants cross-validation chooses between (the best mean micro-F1 is refit on all training memes); empty:
    // config.variant alone, still cross-validated so the version carries its lead over the constant answer.
    std::vector<models::MemeVariant> candidates;
    int cvFolds = 5; // below 2: no cross-validation (the version has no CV lead, only dev against the baseline)
    int bootstrapResamples = 1000;
};

// The variant name "auto" (the default in the window and candor-cli): cross-validation chooses between the
// caption's liblinear model, the text-only network and fused, so the fused model is used only where the folds say
// it beats text-only (issue 17). Cheapest first: a later candidate whose first fold trails the leader's is dropped.
inline QString autoMemeVariant()
{
    return QStringLiteral("auto");
}
inline std::vector<models::MemeVariant> autoMemeCandidates()
{
    // A tie keeps the earlier, simpler model.
    return {models::MemeVariant::Linear, models::MemeVariant::Text, models::MemeVariant::Fused};
}

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

// Trains on the reference labels of the train split(s): k-fold CV inside them chooses the variant and measures the
// lead over the constant answer (models/meme/MemeCrossValidation.h), the refit's epoch and threshold come from a
// held-out slice of them; then scores the dev split once and registers a model version with its file, all in one
// transaction.
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
