#pragma once

// How candor-cli runs an engine job: progress on stderr as the window's Jobs dock shows it (phase, epoch, step,
// loss, dev score, time left), Ctrl+C (SIGINT/SIGTERM) cancels it. On a terminal the line updates in place;
// otherwise (a log file, CI) a line is printed per phase, per scored epoch and at most every 10 seconds, so a long
// training is never silent. A cancelled job throws engine::Cancelled, which main() reports ("nothing was saved").

#include "app/jobs/EngineJob.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>

namespace candor::cli {

class EngineProgressPrinter
{
public:
    explicit EngineProgressPrinter(bool terminal);
    void print(const engine::Progress &progress);
    void finish();

    // "ngram epoch 3/30 step 120/900 loss 0.4312 dev 0.5123, 1 min 20 s left" (no time before the rate is known).
    static QString describe(const engine::Progress &progress, double secondsLeft);

private:
    bool m_terminal;
    std::string m_phase;
    int m_epoch = -1;
    QElapsedTimer m_phaseClock;
    qint64 m_phaseStartStep = 0;
    qint64 m_lastPrintMs = -1;
    QElapsedTimer m_clock;
    bool m_openLine = false;
};

bool isStderrTerminal();
void attachConsole(EngineJob &job, EngineProgressPrinter &printer);

// Shares the interrupt token and prints progress while `job` runs; returns its result.
template <typename Job>
auto runEngineJob(Job &job) -> decltype(job.run())
{
    EngineProgressPrinter printer(isStderrTerminal());
    attachConsole(job, printer);
    struct Finish
    {
        EngineProgressPrinter &printer;
        ~Finish() { printer.finish(); }
    } finish{printer};
    return job.run();
}

// "micro_f1 0.5123, macro_f1 0.2011" from the top-level numbers of a metrics object (per_label left out).
QString metricsLine(const QJsonObject &metrics);

} // namespace candor::cli
