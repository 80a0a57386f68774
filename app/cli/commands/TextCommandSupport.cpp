#include "app/cli/commands/TextCommandSupport.h"

#include "core/domain/Error.h"

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

QString metricsLine(const QJsonObject &metrics)
{
    QStringList parts;
    for (auto it = metrics.begin(); it != metrics.end(); ++it)
        if (it.value().isDouble())
            parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value().toDouble(), 0, 'f', 4));
    return parts.join(QStringLiteral(", "));
}

} // namespace candor::cli
