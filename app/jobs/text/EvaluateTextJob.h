#pragma once

#include "app/jobs/TextJob.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace candor {

struct EvaluateTextOptions
{
    QString task;
    QString split;                          // e.g. "dev"
    std::optional<qint64> modelVersionId;   // default: the latest version of the task
    // Narrative: score only items of this language ("en", "es"); empty: every language the version covers.
    // Compares a multilingual model with per-language ones on the same items.
    QString language;
};

struct EvaluateTextResult
{
    bool cancelled = false;
    qint64 modelVersionId = 0;
    int items = 0;
    int predictedNow = 0;    // items that had no predictions of the version and were predicted first
    QJsonObject metrics;     // see scoreTextTask

    // {"task", "split", "model_version", "n_items", "metrics"}: the object `candor-cli eval --json` prints.
    QJsonObject toJson(const QString &task, const QString &split) const;
};

// Scores a model version's predictions on a split against the reference labels (TextTaskData's rule: human-
// confirmed rows override gold) with the official metrics. Items the version has not predicted yet (no finished
// "predict-text" job of that version covers them) are predicted first, through PredictTextJob.
class EvaluateTextJob final : public TextJob
{
public:
    EvaluateTextJob(QString projectPath, EvaluateTextOptions options);

    EvaluateTextResult run();   // throws candor::Error on failure

private:
    QString m_projectPath;
    EvaluateTextOptions m_options;
};

} // namespace candor
