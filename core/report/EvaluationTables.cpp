#include "core/report/EvaluationTables.h"

#include "core/report/HtmlText.h"
#include "core/report/ReportFigures.h"

#include <QLocale>

#include <algorithm>

namespace candor {

namespace {

QString fixed(double value)
{
    return QLocale().toString(value, 'f', 3);
}

QString evaluationBlock(const ModelSummary &summary, const ModelEvaluation &evaluation, const QString &tableStart)
{
    const QString unitCount = evaluation.unit == QLatin1String("thread")
        ? EvaluationTables::tr("%n thread(s)", nullptr, int(evaluation.items))
        : EvaluationTables::tr("%n item(s)", nullptr, int(evaluation.items));
    QString html = QStringLiteral("<h3>%1</h3>\n")
                       .arg(EvaluationTables::tr("%1 on %2: %3, evaluated %4")
                                .arg(html::text(summary.task),
                                    evaluation.split.isEmpty() ? EvaluationTables::tr("every split")
                                                               : html::shortText(evaluation.split, 60),
                                    unitCount,
                                    html::text(QLocale().toString(
                                        evaluation.finishedAt.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))));
    if (evaluation.resamples > 0)
        html += QStringLiteral("<p class=\"note\">%1</p>\n")
                    .arg(evaluation.unit == QLatin1String("thread")
                            ? EvaluationTables::tr("In brackets: 95% percentile-bootstrap intervals, %n resample(s) of "
                                                   "the threads (a thread's posts stay together).",
                                nullptr, evaluation.resamples)
                            : EvaluationTables::tr(
                                "In brackets: 95% percentile-bootstrap intervals, %n resample(s) of the items.",
                                nullptr, evaluation.resamples));
    else
        html += QStringLiteral("<p class=\"note\">%1</p>\n")
                    .arg(EvaluationTables::tr("This evaluation predates confidence intervals; evaluate again to "
                                              "see them."));
    html += tableStart
        + QStringLiteral("<thead><tr><th>%1</th><th>%2</th></tr></thead><tbody>\n")
              .arg(EvaluationTables::tr("figure"), EvaluationTables::tr("value [95% interval]"));
    for (const ScoreFigure &figure : evaluation.scores)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n")
                    .arg(html::text(figure.name), EvaluationTables::figureText(figure));
    html += QStringLiteral("</tbody></table>\n");
    if (evaluation.perLabel.isEmpty())
        return html;
    html += tableStart
        + QStringLiteral("<thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr></thead><tbody>\n")
              .arg(EvaluationTables::tr("label"), EvaluationTables::tr("precision"), EvaluationTables::tr("recall"),
                  EvaluationTables::tr("F1 [95% interval]"), EvaluationTables::tr("support"));
    for (const LabelScore &score : evaluation.perLabel)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                    .arg(html::text(displayLabel(score.label)), fixed(score.precision), fixed(score.recall),
                        EvaluationTables::figureText(score.f1),
                        score.support ? QLocale().toString(*score.support) : QStringLiteral("–"));
    html += QStringLiteral("</tbody></table>\n");
    const bool itemLabels = std::any_of(evaluation.perLabel.begin(), evaluation.perLabel.end(),
        [](const LabelScore &score) { return score.support.has_value(); });
    if (itemLabels)
        html += QStringLiteral("<p class=\"note\">%1</p>\n")
                    .arg(EvaluationTables::tr("As the official scorer counts it, a label that is neither in the gold "
                                              "answers nor predicted scores F1 1: so does a label with support 0, "
                                              "and a resample without a rare label, which widens its interval."));
    return html;
}

} // namespace

QString EvaluationTables::figureText(const ScoreFigure &figure)
{
    if (!figure.low || !figure.high)
        return fixed(figure.value);
    return QStringLiteral("%1 [%2, %3]").arg(fixed(figure.value), fixed(*figure.low), fixed(*figure.high));
}

QString EvaluationTables::html(const ModelSummary &summary, const QString &tableStart)
{
    if (summary.evaluations.isEmpty())
        return QStringLiteral("<p class=\"note\">%1</p>\n")
            .arg(tr("%1: not evaluated on a split yet (candor-cli eval --task %1 --split dev, or Evaluate in the "
                    "window), so no per-label scores.")
                     .arg(html::text(summary.task)));
    QString html;
    for (const ModelEvaluation &evaluation : summary.evaluations)
        html += evaluationBlock(summary, evaluation, tableStart);
    return html;
}

} // namespace candor
