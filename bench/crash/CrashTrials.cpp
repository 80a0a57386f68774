// candor-bench crash-trials: kill -9 at random moments, then check what the project holds (CrashKinds.h).
#include "bench/crash/CrashTrials.h"

#include "bench/BenchSupport.h"
#include "bench/crash/CrashKinds.h"
#include "core/domain/Error.h"
#include "core/sample/SampleProject.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

namespace candor::bench {

namespace {

struct Options
{
    int trials = 50;
    QStringList kinds;
    quint32 seed = 2024;
    QString work;
};

Options parse(const QStringList &arguments)
{
    Options options;
    bool ok = !arguments.isEmpty();
    options.trials = ok ? arguments[0].toInt(&ok) : 0;
    for (int i = 1; ok && i + 1 < arguments.size(); i += 2) {
        if (arguments[i] == QLatin1String("--kinds"))
            options.kinds = arguments[i + 1].split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (arguments[i] == QLatin1String("--seed"))
            options.seed = arguments[i + 1].toUInt(&ok);
        else if (arguments[i] == QLatin1String("--work"))
            options.work = arguments[i + 1];
        else
            ok = false;
    }
    if (!ok || options.trials <= 0 || arguments.size() % 2 != 1)
        throw Error(QStringLiteral(
            "usage: candor-bench crash-trials N [--kinds import,annotate,train,register] [--seed S] [--work DIR]"));
    return options;
}

void removeProject(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

struct Killed
{
    QByteArray output;
    bool killed = false; // false: the work ended before the kill time
    double seconds = 0; // when the kill came (or the work ended)
};

// Starts the work, waits `delayMs`, and sends SIGKILL when it still runs.
Killed killAfter(const Command &command, int delayMs)
{
    QProcess process;
    process.start(command.program, command.arguments);
    if (!process.waitForStarted(30000))
        throw Error(QStringLiteral("cannot start %1").arg(command.program));
    QElapsedTimer clock;
    clock.start();
    Killed result;
    if (!process.waitForFinished(delayMs)) {
        process.kill(); // SIGKILL on Unix: no handler, no flush, no destructor
        process.waitForFinished(-1);
        result.killed = true;
    }
    result.seconds = clock.elapsed() / 1000.0;
    result.output = process.readAllStandardOutput();
    return result;
}

double timedRun(const Command &command)
{
    QElapsedTimer clock;
    clock.start();
    runToEnd(command);
    return clock.elapsed() / 1000.0;
}

} // namespace

int runCrashTrials(const QStringList &arguments)
{
    const Options options = parse(arguments);
    QTemporaryDir temporary;
    CrashSetup setup;
    setup.work = options.work.isEmpty() ? temporary.path() : options.work;
    QDir().mkpath(setup.work);
    const QString bin = QCoreApplication::applicationDirPath();
    setup.cli = bin + QStringLiteral("/candor-cli");
    setup.bench = QCoreApplication::applicationFilePath();
    setup.sample = setup.work + QStringLiteral("/sample.candor");
    setup.trainConfig = setup.work + QStringLiteral("/train.json");
    QTextStream out(stdout);

    // The fast n-gram candidate only, with 2^14 buckets (1.3 MB of weights instead of 21 MB): 50 trainings of the
    // transformer would take hours, and the kill is about the job's writes, which are the same for every candidate.
    QFile config(setup.trainConfig);
    config.open(QIODevice::WriteOnly);
    config.write("{\"trainTransformer\": false, \"threads\": 1, \"ngramHashBits\": 14}\n");
    config.close();
    removeProject(setup.sample);
    Stopwatch sampleWatch;
    runToEnd({setup.cli, {QStringLiteral("sample"), setup.sample}});
    out << "sample project built in " << QString::number(sampleWatch.wallSeconds(), 'f', 1) << " s\n";
    out.flush();

    QRandomGenerator random(options.seed);
    int failedTrials = 0;
    for (const auto &kind : crashKinds(options.kinds)) {
        kind->setUp(setup);
        Database::closeAll();
        // The kill moment is drawn from [0, the median of three uninterrupted runs]: on a shared machine one run
        // can take twice as long as the next.
        QList<double> runs;
        for (int i = 0; i < 3; ++i) {
            const QString calibration = setup.work + QStringLiteral("/%1-calibration.candor").arg(kind->name());
            removeProject(calibration);
            QFile::copy(kind->baseProject(), calibration);
            runs.append(timedRun(kind->work(calibration, 0)));
        }
        std::sort(runs.begin(), runs.end());
        const double full = runs[1];
        out << kind->name() << ": an uninterrupted run takes " << QString::number(full, 'f', 2) << " s (median of 3);"
            << " killing at a random moment within it until " << options.trials << " kills landed mid-run\n";
        out.flush();

        QMap<QString, int> outcomes;
        int killed = 0;
        QStringList failures;
        Stopwatch watch;
        int trial = 0;
        // A run that ends before its kill time is checked too, but only kills that landed mid-run count towards N.
        for (; killed < options.trials && trial < 3 * options.trials; ++trial) {
            const QString project = setup.work + QStringLiteral("/%1-trial.candor").arg(kind->name());
            removeProject(project);
            QFile::copy(kind->baseProject(), project);
            const int delayMs = int(random.bounded(int(full * 1000) + 1));
            const Killed run = killAfter(kind->work(project, trial), delayMs);
            killed += run.killed ? 1 : 0;
            QStringList problems = projectChecks(project);
            const Verdict verdict = kind->check(project, run.output, trial);
            problems += verdict.failures;
            ++outcomes[verdict.outcome];
            try {
                runToEnd(kind->rerun(project, trial));
                problems += projectChecks(project);
                problems += kind->checkComplete(project);
            } catch (const Error &error) {
                problems.append(QStringLiteral("the re-run failed: %1").arg(error.message()));
            }
            Database::closeAll();
            if (!problems.isEmpty()) {
                ++failedTrials;
                const QString kept = setup.work + QStringLiteral("/%1-failed-%2.candor").arg(kind->name()).arg(trial);
                QFile::copy(project, kept);
                for (const QString &problem : std::as_const(problems))
                    failures.append(QStringLiteral("trial %1 (kill at %2 ms): %3 [kept: %4]")
                                        .arg(trial)
                                        .arg(delayMs)
                                        .arg(problem, kept));
            }
        }
        out << kind->name() << ": " << trial << " trials in " << QString::number(watch.wallSeconds(), 'f', 0)
            << " s: " << killed << " killed mid-run, " << (trial - killed) << " finished before the kill; "
            << failures.size() << " problems\n";
        for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
            out << "    " << it.value() << " x " << it.key() << '\n';
        for (const QString &failure : std::as_const(failures))
            out << "    FAILED " << failure << '\n';
        out.flush();
    }
    return failedTrials == 0 ? 0 : 1;
}

} // namespace candor::bench
