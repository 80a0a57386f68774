// candor-bench: speed measurements that are not tests (timings vary by machine, so they never gate a build).
//   candor-bench import [N=100000]   import N generated Telegram messages vs. the raw insert limit
//   candor-bench open [N=1000000]    open a project of N items and count them
//   candor-bench encoder [THREADS=2] text encoder speed, C++ vs. the same network in PyTorch-Python
//   candor-bench text-dev DATASET [key=value ...]   train the text engine on shared data, print dev metrics
//   candor-bench near-duplicates [TEXTS=1000000] [IMAGES=100000]   hashing rates, index cost, nearest-items latency
//   candor-bench near-verdicts PROJECT   time of the browser's near-duplicate-with-a-verdict filter (use a copy)
//   candor-bench crash-trials N [--kinds ...]   kill -9 during import, annotation, training, registration; check
#include "bench/crash/CrashTrials.h"
#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QTextStream>

#include <exception>

namespace candor::bench {
int runImportBench(qint64 messages);
int runOpenBench(qint64 items);
int runEncoderSpeedBench(const QStringList &arguments);
int runTextDevCommand(const QStringList &arguments);
int runNearDuplicateBench(qint64 texts, qint64 images);
int runNearVerdictBench(const QString &path);
} // namespace candor::bench

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QString which = arguments.value(1);
    if (which == QLatin1String("crash-trials") || which == QLatin1String("crash-driver")) {
        try {
            return which == QLatin1String("crash-trials") ? candor::bench::runCrashTrials(arguments.mid(2))
                                                          : candor::bench::runCrashDriver(arguments.mid(2));
        } catch (const candor::Error &error) {
            QTextStream(stderr) << "candor-bench: " << error.message() << '\n';
            return 1;
        }
    }
    if (which == QLatin1String("encoder") || which == QLatin1String("text-dev")) {
        try {
            return which == QLatin1String("encoder") ? candor::bench::runEncoderSpeedBench(arguments.mid(2))
                                                     : candor::bench::runTextDevCommand(arguments.mid(2));
        } catch (const std::exception &error) {
            QTextStream(stderr) << "candor-bench: " << error.what() << '\n';
            return 1;
        }
    }
    if (which == QLatin1String("near-verdicts")) {
        if (arguments.size() != 3) {
            QTextStream(stderr) << "usage: candor-bench near-verdicts PROJECT (a copy: opening upgrades it)\n";
            return 2;
        }
        try {
            return candor::bench::runNearVerdictBench(arguments[2]);
        } catch (const candor::Error &error) {
            QTextStream(stderr) << "candor-bench: " << error.message() << '\n';
            return 1;
        }
    }
    if (which == QLatin1String("near-duplicates")) {
        bool textsOk = true;
        bool imagesOk = true;
        const qint64 texts = arguments.size() > 2 ? arguments[2].toLongLong(&textsOk) : 1000000;
        const qint64 images = arguments.size() > 3 ? arguments[3].toLongLong(&imagesOk) : 100000;
        if (!textsOk || !imagesOk || texts < 2000 || images < 2000 || arguments.size() > 4) {
            QTextStream(stderr) << "usage: candor-bench near-duplicates [TEXTS>=2000] [IMAGES>=2000]\n";
            return 2;
        }
        try {
            return candor::bench::runNearDuplicateBench(texts, images);
        } catch (const candor::Error &error) {
            QTextStream(stderr) << "candor-bench: " << error.message() << '\n';
            return 1;
        }
    }
    bool ok = true;
    const qint64 n = arguments.size() > 2 ? arguments[2].toLongLong(&ok) : 0;
    QTextStream err(stderr);
    if ((which != QLatin1String("import") && which != QLatin1String("open")) || !ok || n < 0 || arguments.size() > 3) {
        err << "usage: candor-bench import [N=100000] | open [N=1000000] | encoder [THREADS] | text-dev DATASET ... | "
               "near-duplicates ... | near-verdicts PROJECT | "
               "crash-trials N ...\n";
        return 2;
    }
    try {
        if (which == QLatin1String("import"))
            return candor::bench::runImportBench(n > 0 ? n : 100000);
        return candor::bench::runOpenBench(n > 0 ? n : 1000000);
    } catch (const candor::Error &error) {
        err << "candor-bench: " << error.message() << '\n';
    } catch (const std::exception &error) {
        err << "candor-bench: " << error.what() << '\n';
    }
    return 1;
}
