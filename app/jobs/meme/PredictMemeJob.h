#pragma once

#include "app/jobs/EngineJob.h"
#include "app/jobs/PredictScope.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace candor {

struct PredictMemeOptions
{
    PredictScope scope; // memes with an image only
    std::optional<qint64> modelVersionId; // default: the latest of `variant`, else the task's current version
    QString variant; // text | image | fused | gated | empty
    QString modelsFolder; // pretrained backbones; empty: MemeTaskData::defaultModelsFolder()
    // A version no better than the constant answer (core/domain/MetricsText.h) proposes nothing unless the user
    // insists, as for the text tasks.
    bool evenIfNoBetterThanConstant = false;
};

struct PredictMemeResult
{
    qint64 modelVersionId = 0;
    QString variant;
    int items = 0;
    int annotations = 0;
    double classifierMsPerMeme = 0;

    QJsonObject toJson() const;
    QString summary() const;
};

// Writes the version's decisions as model annotations (persuasion-22, with scores) and its attention maps,
// replacing that version's earlier rows on those items.
class PredictMemeJob final : public TypedEngineJob<PredictMemeResult>
{
    Q_DECLARE_TR_FUNCTIONS(PredictMemeJob)

public:
    PredictMemeJob(QString projectPath, PredictMemeOptions options);
    QString title() const override;

protected:
    PredictMemeResult execute() override;

private:
    PredictMemeOptions m_options;
};

} // namespace candor
