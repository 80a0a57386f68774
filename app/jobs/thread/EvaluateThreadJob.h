#pragma once

#include "app/jobs/EngineJob.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace candor {

struct EvaluateThreadOptions
{
    std::optional<qint64> modelVersionId;
    QString split = QStringLiteral("dev");
};

struct EvaluateThreadResult
{
    qint64 modelVersionId = 0;
    QString split;
    int items = 0;
    QJsonObject metrics; // stance_accuracy, stance_macro_f1, veracity_accuracy, veracity_macro_f1, veracity_rmse

    QJsonObject toJson() const;
    QString summary() const;
};

// Runs the version over the labelled threads of a split and scores it against the reference labels with the
// RumourEval 2017 scorers (a post or thread without an answer counts as wrong). Writes nothing but its log entry.
class EvaluateThreadJob final : public TypedEngineJob<EvaluateThreadResult>
{
    Q_DECLARE_TR_FUNCTIONS(EvaluateThreadJob)

public:
    EvaluateThreadJob(QString projectPath, EvaluateThreadOptions options);
    QString title() const override;

protected:
    EvaluateThreadResult execute() override;

private:
    EvaluateThreadOptions m_options;
};

} // namespace candor
