#pragma once

#include "app/jobs/EngineJob.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace candor {

struct EvaluateTextOptions
{
    QString task;
    QString split; // e.g. "dev"
    std::optional<qint64> modelVersionId; // default: the latest version of the task
    // Narrative: score only items of this language ("en", "es"); empty: every language the version covers.
    // Compares a multilingual model with per-language ones on the same items.
    QString language;
};

struct EvaluateTextResult
{
    QString task;
    QString split;
    qint64 modelVersionId = 0;
    int items = 0;
    int predictedNow = 0; // items that had no predictions of the version and were predicted first
    QJsonObject metrics; // see scoreTextTask

    // {"task", "split", "model_version", "n_items", "metrics"}: the object `candor-cli eval --json` prints.
    QJsonObject toJson() const;
    QString summary() const;
};

// Scores a model version's predictions on a split against the reference labels (TextTaskData's rule: human-
// confirmed rows override gold) with the official metrics. Items the version has not predicted yet (no finished
// "predict-text" job of that version covers them) are predicted first, through PredictTextJob.
class EvaluateTextJob final : public TypedEngineJob<EvaluateTextResult>
{
    Q_DECLARE_TR_FUNCTIONS(EvaluateTextJob)

public:
    EvaluateTextJob(QString projectPath, EvaluateTextOptions options);
    QString title() const override;

protected:
    EvaluateTextResult execute() override;

private:
    EvaluateTextOptions m_options;
};

} // namespace candor
