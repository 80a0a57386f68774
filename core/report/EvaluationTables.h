#pragma once

#include "core/report/ReportModel.h"

#include <QCoreApplication>

namespace candor {

// The models section's evaluations, one block per evaluated split: each figure with its 95% interval, then per
// label precision, recall, F1 with its interval and the support. The same markup in both renderers: the HTML page
// styles tables by class and QTextDocument (PDF) by attributes, so each passes how it opens a table.
class EvaluationTables
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationTables)

public:
    static QString html(const ModelSummary &summary, const QString &tableStart);
    // "0.512 [0.431, 0.590]", or the value alone without an interval.
    static QString figureText(const ScoreFigure &figure);
};

} // namespace candor
