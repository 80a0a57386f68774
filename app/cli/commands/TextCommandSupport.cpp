#include "cli/commands/TextCommandSupport.h"

#include "domain/Error.h"

#include <QStringList>

namespace candor::cli {

void attachTextJob(TextJob &job, ProgressPrinter &printer)
{
    job.setExternalCancelFlag(interruptFlag());
    job.setProgressHandler([&printer](const TextJobProgress &p) {
        QString what = p.phase;
        if (p.epochs > 0)
            what += QStringLiteral(" epoch %1/%2").arg(p.epoch).arg(p.epochs);
        if (p.loss > 0)
            what += QStringLiteral(" loss %1").arg(p.loss, 0, 'f', 4);
        if (p.devMetric >= 0)
            what += QStringLiteral(" dev %1").arg(p.devMetric, 0, 'f', 4);
        printer.update(p.done, p.total, what);
    });
}

std::optional<qint64> modelVersionOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("model-version")))
        return std::nullopt;
    bool ok = false;
    const qint64 id = parser.value(QStringLiteral("model-version")).toLongLong(&ok);
    if (!ok || id <= 0)
        throw Error(QStringLiteral("--model-version expects a model version id, got '%1'").arg(parser.value(QStringLiteral("model-version"))));
    return id;
}

QString metricsLine(const QJsonObject &metrics)
{
    QStringList parts;
    for (auto it = metrics.begin(); it != metrics.end(); ++it)
        if (it.value().isDouble())
            parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value().toDouble(), 0, 'f', 4));
    return parts.join(QStringLiteral(", "));
}

} // namespace candor::cli
