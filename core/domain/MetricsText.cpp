#include "core/domain/MetricsText.h"

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace candor {

QString figureWithInterval(double value, const QJsonValue &interval, int decimals)
{
    const QString text = QString::number(value, 'f', decimals);
    const QJsonArray bounds = interval.toArray();
    if (bounds.size() != 2)
        return text;
    return QStringLiteral("%1 [%2, %3]")
        .arg(text, QString::number(bounds.at(0).toDouble(), 'f', decimals),
            QString::number(bounds.at(1).toDouble(), 'f', decimals));
}

QString metricsSummary(const QJsonObject &metrics)
{
    const QJsonObject scores
        = metrics.value(QStringLiteral("dev")).isObject() ? metrics.value(QStringLiteral("dev")).toObject() : metrics;
    // An evaluation's bootstrap intervals (ScoreIntervals) follow their figure: "micro_f1 0.512 [0.431, 0.590]".
    const QJsonObject intervals = scores.value(QStringLiteral("intervals")).toObject();
    QStringList parts;
    for (auto it = scores.begin(); it != scores.end(); ++it) {
        if (!it.value().isDouble())
            continue;
        parts.append(
            it.key() + QLatin1Char(' ') + figureWithInterval(it.value().toDouble(), intervals.value(it.key()), 3));
    }
    if (parts.isEmpty() && !metrics.isEmpty())
        return QString::fromUtf8(QJsonDocument(metrics).toJson(QJsonDocument::Compact)).left(200);
    return parts.join(QStringLiteral(" · "));
}

namespace {

// metrics "baseline": one object (text and meme tasks) or an array of them (thread: stance and veracity).
QList<QJsonObject> baselinesOf(const QJsonObject &metrics)
{
    const QJsonValue value = metrics.value(QStringLiteral("baseline"));
    QList<QJsonObject> baselines;
    if (value.isObject())
        baselines.append(value.toObject());
    for (const QJsonValue &one : value.toArray())
        baselines.append(one.toObject());
    return baselines;
}

// The cross-validated lead (metrics "cv" "lead", text tasks): beaten when its 95% interval lies above zero.
QJsonObject cvLead(const QJsonObject &metrics)
{
    return metrics.value(QStringLiteral("cv")).toObject().value(QStringLiteral("lead")).toObject();
}

bool beaten(const QJsonObject &metrics, const QJsonObject &baseline)
{
    const QJsonObject lead = cvLead(metrics);
    if (lead.value(QStringLiteral("low")).isDouble())
        return lead.value(QStringLiteral("low")).toDouble() > 0;
    const QString metric = baseline.value(QStringLiteral("metric")).toString();
    const QJsonValue model = metrics.value(QStringLiteral("dev")).toObject().value(metric);
    if (metric.isEmpty() || !model.isDouble() || !baseline.value(QStringLiteral("dev")).isDouble())
        return true; // nothing to compare: no warning
    return model.toDouble() > baseline.value(QStringLiteral("dev")).toDouble();
}

QString oneSummary(const QJsonObject &metrics, const QJsonObject &baseline)
{
    const QString metric = baseline.value(QStringLiteral("metric")).toString();
    QStringList answer;
    for (const QJsonValue &label : baseline.value(QStringLiteral("answer")).toArray())
        answer.append(label.toString());
    const QString answered
        = answer.isEmpty() ? QCoreApplication::translate("MetricsText", "nothing") : answer.join(QStringLiteral(", "));
    const QJsonObject cv = baseline.value(QStringLiteral("cv")).toObject();
    QString text = QCoreApplication::translate("MetricsText", "constant answer %1 %2 (dev), %3 ± %4 (CV): %5")
                       .arg(metric)
                       .arg(baseline.value(QStringLiteral("dev")).toDouble(), 0, 'f', 3)
                       .arg(cv.value(QStringLiteral("mean")).toDouble(), 0, 'f', 3)
                       .arg(cv.value(QStringLiteral("sd")).toDouble(), 0, 'f', 3)
                       .arg(answered);
    if (!beaten(metrics, baseline))
        text = QCoreApplication::translate("MetricsText", "no better than always answering %1; ").arg(answered) + text;
    return text;
}

} // namespace

QString cvSummary(const QJsonObject &metrics)
{
    const QJsonObject cv = metrics.value(QStringLiteral("cv")).toObject();
    const QJsonObject lead = cv.value(QStringLiteral("lead")).toObject();
    const QString metric = lead.value(QStringLiteral("metric")).toString();
    if (metric.isEmpty())
        return {};
    const QJsonObject model
        = cv.value(QStringLiteral("model")).toObject().value(QStringLiteral("cv")).toObject().value(metric).toObject();
    const auto signedValue = [](double value) -> QString {
        return (value >= 0 ? QStringLiteral("+") : QString()) + QString::number(value, 'f', 3);
    };
    return QCoreApplication::translate(
        "MetricsText", "CV %1 %2 ± %3 (%4 folds), lead over the constant answer %5 (95% interval %6 to %7)")
        .arg(metric)
        .arg(model.value(QStringLiteral("mean")).toDouble(), 0, 'f', 3)
        .arg(model.value(QStringLiteral("sd")).toDouble(), 0, 'f', 3)
        .arg(cv.value(QStringLiteral("folds")).toInt())
        .arg(signedValue(lead.value(QStringLiteral("estimate")).toDouble()),
            signedValue(lead.value(QStringLiteral("low")).toDouble()),
            signedValue(lead.value(QStringLiteral("high")).toDouble()));
}

bool noBetterThanConstant(const QJsonObject &metrics)
{
    const QJsonObject lead = cvLead(metrics);
    if (lead.value(QStringLiteral("low")).isDouble())
        return lead.value(QStringLiteral("low")).toDouble() <= 0;
    for (const QJsonObject &baseline : baselinesOf(metrics))
        if (!beaten(metrics, baseline))
            return true;
    return false;
}

QString baselineSummary(const QJsonObject &metrics)
{
    QStringList parts;
    for (const QJsonObject &baseline : baselinesOf(metrics))
        if (!baseline.value(QStringLiteral("metric")).toString().isEmpty())
            parts.append(oneSummary(metrics, baseline));
    return parts.join(QStringLiteral("; "));
}

QString noBetterThanConstantRefusal(
    const QString &projectPath, qint64 modelVersionId, const QString &task, const QJsonObject &metrics)
{
    const QString why = cvSummary(metrics);
    return Error::tr("%1: model version %2 of %3 is no better than always giving the same answer (%4); it "
                     "proposes nothing unless asked to anyway (candor-cli predict --anyway, or confirm in the window)")
        .arg(projectPath)
        .arg(modelVersionId)
        .arg(task, why.isEmpty() ? baselineSummary(metrics) : why);
}

} // namespace candor
