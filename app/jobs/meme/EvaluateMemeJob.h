#pragma once

#include "app/jobs/EngineJob.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace candor {

struct EvaluateMemeOptions
{
    QString split = QStringLiteral("dev");
    std::optional<qint64> modelVersionId; // default: the latest of `variant`, else the task's current version
    QString variant; // text | image | fused | gated | empty
    QString modelsFolder;
};

struct EvaluateMemeResult
{
    qint64 modelVersionId = 0;
    QString variant;
    QString split;
    int items = 0;
    QJsonObject metrics; // micro_f1, macro_f1, micro_precision, micro_recall, per_label
    double backboneMsPerMeme = 0; // decode + pre-process + backbone, measured on up to 10 memes without the cache
    double classifierMsPerMeme = 0;

    QJsonObject toJson() const;
    QString summary() const;
};

// Scores a version on a split against the reference labels with the official SemEval scorer (micro/macro-F1).
// Writes nothing.
class EvaluateMemeJob final : public TypedEngineJob<EvaluateMemeResult>
{
    Q_DECLARE_TR_FUNCTIONS(EvaluateMemeJob)

public:
    EvaluateMemeJob(QString projectPath, EvaluateMemeOptions options);
    QString title() const override;

protected:
    EvaluateMemeResult execute() override;

private:
    EvaluateMemeOptions m_options;
};

} // namespace candor
