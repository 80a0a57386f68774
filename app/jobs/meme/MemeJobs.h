#pragma once

// Train, predict and evaluate jobs of the multimodal persuasion task (persuasion-multimodal, seed 000).
// Same shape as the text jobs (TextJob: progress handler, cancellation), run by candor-cli and the GUI.

#include "app/jobs/TextJob.h"
#include "models/meme/MemeModel.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace candor {

struct TrainMemeOptions
{
    QStringList trainSplits{QStringLiteral("train")};
    QString devSplit = QStringLiteral("dev");   // scored after training; never used to fit or tune
    QString modelsFolder;                       // pretrained backbones; empty: MemeTaskData::defaultModelsFolder()
    models::MemeTrainConfig config;
};

struct TrainMemeResult
{
    bool cancelled = false;
    qint64 modelVersionId = 0;
    QJsonObject metrics;   // {"dev": {micro_f1, macro_f1, ...}, "holdout_micro_f1", "threshold", "epochs", ...}
    int trainItems = 0;
    int devItems = 0;
    double seconds = 0;
};

// Trains on the reference labels of the train split(s) (the model's epoch and threshold come from a held-out
// slice of them), scores the dev split and registers a model version with its file, all in one transaction.
class TrainMemeJob final : public TextJob
{
public:
    TrainMemeJob(QString projectPath, TrainMemeOptions options);
    TrainMemeResult run();   // throws candor::Error on failure

private:
    QString m_projectPath;
    TrainMemeOptions m_options;
};

struct MemeRunOptions
{
    QString split = QStringLiteral("dev");      // empty: every meme
    std::optional<qint64> modelVersionId;       // default: the latest version (of `variant`, when set)
    QString variant;                            // text | image | fused | empty
    QString modelsFolder;
};

struct MemeRunResult
{
    bool cancelled = false;
    qint64 modelVersionId = 0;
    QString variant;
    int items = 0;
    int annotations = 0;          // predict: model annotations written
    QJsonObject metrics;          // evaluate: micro_f1, macro_f1, micro_precision, micro_recall, per_label
    double backboneMsPerMeme = 0; // decode + pre-process + backbone, measured on up to 10 memes without the cache
    double classifierMsPerMeme = 0;
};

// Writes the version's decisions as model annotations (persuasion-22, with scores), replacing that version's
// earlier rows on those items.
class PredictMemeJob final : public TextJob
{
public:
    PredictMemeJob(QString projectPath, MemeRunOptions options);
    MemeRunResult run();

private:
    QString m_projectPath;
    MemeRunOptions m_options;
};

// Scores a version on a split against the reference labels with the official SemEval scorer (micro/macro-F1).
class EvaluateMemeJob final : public TextJob
{
public:
    EvaluateMemeJob(QString projectPath, MemeRunOptions options);
    MemeRunResult run();

private:
    QString m_projectPath;
    MemeRunOptions m_options;
};

} // namespace candor
