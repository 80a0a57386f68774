#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace candor {

// "macro_f1 0.512 · micro_f1 0.601": the numeric top-level scores of a metrics object, for tables and log lines.
// A model version's stored metrics {"chosen", "dev": {...}, "candidates": {...}} show their "dev" scores.
QString metricsSummary(const QJsonObject &metrics);
// "0.512 [0.431, 0.590]": a figure with its bootstrap interval ([low, high], as ScoreIntervals writes it), or the
// figure alone when `interval` is no such pair. `decimals` for all three numbers.
QString figureWithInterval(double value, const QJsonValue &interval, int decimals);

// The stored constant-answer baseline of a version (metrics "baseline", app/jobs/text/ConstantAnswer.h) against the
// model: "constant answer micro_f1 0.482 (dev), 0.478 ± 0.003 (CV): Loaded Language, Smears", prefixed with a
// warning when the model's dev score does not beat it. Empty when the version has no baseline.
QString baselineSummary(const QJsonObject &metrics);

// "CV micro_f1 0.530 ± 0.020 (5 folds), lead over the constant answer +0.052 (95% interval +0.031 to +0.071)": what
// cross-validation inside the training split found (metrics "cv"); empty without it.
QString cvSummary(const QJsonObject &metrics);

// True when the version does not beat its constant answer: its cross-validated lead's 95% interval is not above
// zero (text tasks, metrics "cv"), or, for versions without one, its dev score on the baseline's metric is not above
// the constant answer's.
bool noBetterThanConstant(const QJsonObject &metrics);

// Why a prediction job refuses such a version (the user can insist: candor-cli predict --anyway, or confirm in the
// window), naming the project, the version and the figures.
QString noBetterThanConstantRefusal(
    const QString &projectPath, qint64 modelVersionId, const QString &task, const QJsonObject &metrics);

} // namespace candor
