#pragma once

#include "app/jobs/EngineJob.h"
#include "models/bundle/ModelBundle.h"
#include "models/text/TextModel.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace candor {

struct TrainTextOptions
{
    QString task; // persuasion-labels | persuasion-spans | narrative
    QStringList trainSplits{QStringLiteral("train")};
    // Scored once with the final model; never used to choose anything. Empty or "none": no dev score, the CV
    // estimate is the only figure (post-veracity data comes without a dev split: MediaEval's and Weibo's tests are
    // withheld, so that task also trains without one when its dev split holds no labelled post).
    QString devSplit = QStringLiteral("dev");
    QString language = QStringLiteral("all"); // narrative: en | es | all (one multilingual model)
    models::TextTrainConfig config;
    // post-veracity only: what the model reads of a post, "text", "description" (its picture's structured
    // description) or "text+description" (app/jobs/post/PictureInput.h); stored with the version.
    QString pictureInput = QStringLiteral("text");
    QString modelsFolder; // the pretrained MobileNetV2 the picture descriptions use ($CANDOR_MODELS_DIR wins)
    // Set: do not train; register this model bundle (written by candor-train from a training bundle of this project,
    // read once by importModelOptions, which also sets the other options to the bundle's) exactly as a training would
    // have, after checking that it was trained on the examples these options select today. modelBundle is its folder.
    QString modelBundle;
    std::shared_ptr<const models::ModelBundle> importedModel;
};

// The options a model bundle was trained with (task, splits, language, config), for TrainTextJob to import it.
// Throws candor::Error naming the bundle when it cannot be read (missing, corrupt, another format or version).
TrainTextOptions importModelOptions(const QString &modelBundle);

struct TrainTextResult
{
    QString task;
    qint64 modelVersionId = 0;
    QString chosen; // the candidate the engine kept ("transformer" or "ngram")
    QJsonObject metrics; // as stored with the model version
    int trainItems = 0;
    int devItems = 0;
    double seconds = 0;

    QJsonObject toJson() const;
    QString summary() const;
};

// Trains a text model on a project's reference labels (see TextTaskData) and registers it as a model version:
// task, name, config, data snapshot (splits, counts, origins), dev metrics of every candidate, and the model
// files, all in one transaction. A cancelled run writes nothing but its job-log entry.
class TrainTextJob final : public TypedEngineJob<TrainTextResult>
{
    Q_DECLARE_TR_FUNCTIONS(TrainTextJob)

public:
    TrainTextJob(QString projectPath, TrainTextOptions options);
    QString title() const override;
    const TrainTextOptions &options() const { return m_options; }

protected:
    TrainTextResult execute() override;

private:
    TrainTextOptions m_options;
};

} // namespace candor
