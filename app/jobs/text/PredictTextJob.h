#pragma once

#include "app/jobs/EngineJob.h"
#include "app/jobs/PredictScope.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace candor {

struct PredictTextOptions
{
    QString task;
    std::optional<qint64> modelVersionId; // default: the version predictions use (pinned, else the latest)
    PredictScope scope;
    int batchSize = 32;
    // A version whose cross-validated lead over the constant answer is not above zero proposes nothing unless the
    // user insists: for an annotator it is worse than no model (it proposes wrong labels with confidence).
    bool evenIfNoBetterThanConstant = false;
    QString modelsFolder; // the pretrained MobileNetV2 picture descriptions use ($CANDOR_MODELS_DIR wins)
};

struct PredictTextResult
{
    QString task;
    qint64 modelVersionId = 0;
    int items = 0;
    int annotations = 0; // model rows written

    QJsonObject toJson() const;
    QString summary() const;
};

// Runs a model version over a task's items (labelled or not; a narrative version only over its language) and
// writes its predictions as model annotations: origin model, status proposed, the score and the version id.
// Gold and human rows are never touched. Re-predicting with the same version replaces that version's proposed
// rows of those items (rows a person accepted or rejected stay, and are not duplicated); all rows are written in
// one transaction, so a cancelled or failed run leaves the project as it was. The job-log entry ("predict-text")
// lists the items covered, which is how evaluation knows what was predicted.
class PredictTextJob final : public TypedEngineJob<PredictTextResult>
{
    Q_DECLARE_TR_FUNCTIONS(PredictTextJob)

public:
    PredictTextJob(QString projectPath, PredictTextOptions options);
    QString title() const override;

protected:
    PredictTextResult execute() override;

private:
    PredictTextOptions m_options;
};

} // namespace candor
