#include "app/cli/EngineJobConsole.h"

#include "app/cli/CliSupport.h"
#include "core/domain/MetricsText.h"

#include <QJsonArray>
#include <QStringList>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace candor::cli {

namespace {
constexpr qint64 kTerminalIntervalMs = 200;
constexpr qint64 kLogIntervalMs = 10000;

QString duration(double seconds)
{
    const qint64 s = qint64(seconds + 0.5);
    if (s >= 3600)
        return QStringLiteral("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    if (s >= 60)
        return QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60);
    return QStringLiteral("%1 s").arg(s);
}
} // namespace

bool isStderrTerminal()
{
    return isatty(fileno(stderr)) != 0;
}

EngineProgressPrinter::EngineProgressPrinter(bool terminal)
    : m_terminal(terminal)
{
    m_clock.start();
}

QString EngineProgressPrinter::describe(const engine::Progress &progress, double secondsLeft)
{
    QStringList parts{QString::fromStdString(progress.phase)};
    if (progress.epochs > 0)
        parts.append(QStringLiteral("epoch %1/%2").arg(progress.epoch).arg(progress.epochs));
    if (progress.total > 0)
        parts.append(QStringLiteral("%1 %2/%3")
                         .arg(progress.epochs > 0 ? QStringLiteral("step") : QStringLiteral("done"))
                         .arg(progress.step)
                         .arg(progress.total));
    if (progress.has("loss"))
        parts.append(QStringLiteral("loss %1").arg(progress.metric("loss"), 0, 'f', 4));
    if (progress.has("held_out"))
        parts.append(QStringLiteral("held-out %1").arg(progress.metric("held_out"), 0, 'f', 4));
    QString line = parts.join(QLatin1Char(' '));
    if (secondsLeft >= 0)
        line += QStringLiteral(", %1 left").arg(duration(secondsLeft));
    return line;
}

void EngineProgressPrinter::print(const engine::Progress &progress)
{
    const bool newPhase = progress.phase != m_phase;
    if (newPhase) {
        m_phase = progress.phase;
        m_phaseClock.start();
        m_phaseStartStep = progress.step;
        m_epoch = -1;
    }
    const bool newEpoch = progress.epoch != m_epoch;
    m_epoch = progress.epoch;
    const qint64 now = m_clock.elapsed();
    const bool due = m_lastPrintMs < 0 || now - m_lastPrintMs >= (m_terminal ? kTerminalIntervalMs : kLogIntervalMs);
    const bool milestone
        = newPhase || progress.has("held_out") || (progress.total > 0 && progress.step == progress.total);
    if (!due && !milestone && !(m_terminal && newEpoch))
        return;
    m_lastPrintMs = now;
    double left = -1;
    const qint64 stepsDone = progress.step - m_phaseStartStep;
    if (progress.total > 0 && stepsDone > 0 && progress.step < progress.total)
        left = m_phaseClock.elapsed() / 1000.0 * double(progress.total - progress.step) / double(stepsDone);
    const QString line = describe(progress, left);
    QTextStream err(stderr);
    if (m_terminal) {
        err << '\r' << line.leftJustified(100) << Qt::flush;
        m_openLine = true;
    } else {
        err << line << '\n' << Qt::flush;
    }
}

void EngineProgressPrinter::finish()
{
    if (m_openLine)
        QTextStream(stderr) << '\n';
    m_openLine = false;
}

void attachConsole(EngineJob &job, EngineProgressPrinter &printer)
{
    installInterruptHandler();
    job.shareCancelToken(interruptToken());
    job.setProgressSink([&printer](const engine::Progress &progress) { printer.print(progress); });
}

QString metricsLine(const QJsonObject &metrics)
{
    // An evaluation's 95% bootstrap intervals (ScoreIntervals) follow their figure in brackets: top-level figures
    // carry them in "intervals", a per-label F1 as f1_low / f1_high beside it.
    const QJsonObject intervals = metrics.value(QStringLiteral("intervals")).toObject();
    QStringList parts;
    for (auto it = metrics.begin(); it != metrics.end(); ++it) {
        if (!it.value().isDouble() || it.key() == QLatin1String("f1_low") || it.key() == QLatin1String("f1_high"))
            continue;
        const double value = it.value().toDouble();
        if (it.key() == QLatin1String("support")) {
            parts.append(QStringLiteral("support %1").arg(qint64(value)));
            continue;
        }
        const QJsonValue interval = it.key() == QLatin1String("f1") && metrics.contains(QStringLiteral("f1_low"))
            ? QJsonValue(QJsonArray{metrics.value(QStringLiteral("f1_low")), metrics.value(QStringLiteral("f1_high"))})
            : intervals.value(it.key());
        parts.append(it.key() + QLatin1Char(' ') + figureWithInterval(value, interval, 4));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace candor::cli
