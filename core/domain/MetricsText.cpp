#include "core/domain/MetricsText.h"

#include <QJsonDocument>
#include <QStringList>

namespace candor {

QString metricsSummary(const QJsonObject &metrics)
{
    const QJsonObject scores
        = metrics.value(QStringLiteral("dev")).isObject() ? metrics.value(QStringLiteral("dev")).toObject() : metrics;
    QStringList parts;
    for (auto it = scores.begin(); it != scores.end(); ++it)
        if (it.value().isDouble())
            parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value().toDouble(), 0, 'f', 3));
    if (parts.isEmpty() && !metrics.isEmpty())
        return QString::fromUtf8(QJsonDocument(metrics).toJson(QJsonDocument::Compact)).left(200);
    return parts.join(QStringLiteral(" · "));
}

} // namespace candor
