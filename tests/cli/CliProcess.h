#pragma once

// candor-cli run as a separate process, as scripts run it: its exit code, stdout and stderr. Shared by the tests
// that drive the command line.

#include <QProcess>
#include <QStringList>

namespace candor::testing {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// A run that did not start, hung or crashed says so in `err` (exit code -1) instead of aborting the test binary
// or passing a signal number off as an exit code: an intermittent failure then names its cause.
// `program` is one of the build's executables (candor-cli, candor-train).
inline CliRun runProgram(const QString &program, const QStringList &arguments, int timeoutSeconds = 600)
{
    QProcess process;
    process.start(QStringLiteral(CANDOR_BINARY_DIR) + QStringLiteral("/bin/") + program, arguments);
    const bool finished = process.waitForFinished(timeoutSeconds * 1000);
    CliRun run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
    if (!finished || process.exitStatus() != QProcess::NormalExit) {
        run.err = QStringLiteral("%1 %2 %3: %4\n%5")
                      .arg(program, arguments.join(QLatin1Char(' ')),
                          finished ? QStringLiteral("crashed")
                              : process.error() == QProcess::FailedToStart
                              ? QStringLiteral("did not start")
                              : QStringLiteral("did not finish in %1 s").arg(timeoutSeconds),
                          process.errorString(), run.err);
        run.exitCode = -1;
        process.kill();
        process.waitForFinished(5000);
    }
    return run;
}

inline CliRun runCli(const QStringList &arguments, int timeoutSeconds = 600)
{
    return runProgram(QStringLiteral("candor-cli"), arguments, timeoutSeconds);
}

} // namespace candor::testing
