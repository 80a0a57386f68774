#include "app/cli/CliSupport.h"

#include "core/domain/Error.h"
#include "core/store/ProjectStore.h"
#include "models/engine/Compute.h"

#include <QDateTime>
#include <QTextStream>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace candor::cli {

namespace {
// Shared with the engine's token; the handler only stores to the atomic (async-signal-safe: lock-free bool).
const std::shared_ptr<std::atomic_bool> g_interrupted = std::make_shared<std::atomic_bool>(false);
std::atomic_bool *g_flag = g_interrupted.get();
void onSignal(int)
{
    g_flag->store(true);
}
} // namespace

namespace {

bool g_computes = false;

// --device, --threads and --batch-limit, given to the engine once per process before any model is built.
bool applyComputeOptions(const QCommandLineParser &parser, const QStringList &arguments)
{
    int threads = 0;
    if (parser.isSet(QStringLiteral("threads"))) {
        bool ok = false;
        threads = parser.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || threads < 1 || threads > 1024) {
            printErr(arguments.value(0) + QStringLiteral(": --threads must be a whole number from 1 to 1024"));
            return false;
        }
        engine::setThreadOverride(threads);
    }
    if (parser.isSet(QStringLiteral("batch-limit"))) {
        bool ok = false;
        const int limit = parser.value(QStringLiteral("batch-limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 65536) {
            printErr(arguments.value(0) + QStringLiteral(": --batch-limit must be a whole number from 1 to 65536"));
            return false;
        }
        engine::setBatchLimit(limit);
    }
    try {
        engine::selectDevice(parser.value(QStringLiteral("device")).toStdString(), threads);
    } catch (const std::runtime_error &error) {
        throw Error(QString::fromStdString(error.what()));
    }
    return true;
}

} // namespace

void acceptComputeOptions()
{
    g_computes = true;
}

bool parseOrExplain(QCommandLineParser &parser, const QStringList &arguments, int minPositional, int maxPositional)
{
    parser.addHelpOption();
    if (g_computes) {
        parser.addOption({QStringLiteral("device"),
            QStringLiteral("where models run: auto (a GPU when libtorch sees one; default), cpu, cuda or cuda:N"),
            QStringLiteral("device"), QStringLiteral("auto")});
        parser.addOption({QStringLiteral("threads"), QStringLiteral("CPU threads for the engine (default: all cores)"),
            QStringLiteral("n")});
        parser.addOption({QStringLiteral("batch-limit"),
            QStringLiteral("the largest batch of examples a model trains or predicts with, whatever its config says "
                           "(a smaller GPU; default: none)"),
            QStringLiteral("n")});
    }
    if (!parser.parse(arguments)) {
        printErr(arguments.value(0) + QStringLiteral(": ") + parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        throw HelpShown();
    }
    if (g_computes && !applyComputeOptions(parser, arguments))
        return false;
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        printErr(arguments.value(0) + QStringLiteral(": wrong number of arguments (see --help)"));
        return false;
    }
    return true;
}

void printOut(const QString &text)
{
    QTextStream(stdout) << text << '\n';
}

void printErr(const QString &text)
{
    QTextStream(stderr) << text << '\n';
}

void ProgressPrinter::update(qint64 done, qint64 total, const QString &what)
{
    static const bool enabled = isatty(fileno(stderr)) || qEnvironmentVariableIntValue("CANDOR_PROGRESS") == 1;
    if (!enabled)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_lastMs >= 0 && now - m_lastMs < 200 && done != total)
        return;
    m_lastMs = now;
    m_printed = true;
    QTextStream err(stderr);
    if (total > 0)
        err << '\r' << what << ' ' << done << '/' << total << " (" << (100 * done / total) << "%)   ";
    else
        err << '\r' << what << ' ' << done << "   ";
    err.flush();
}

void ProgressPrinter::finish()
{
    if (m_printed)
        QTextStream(stderr) << '\n';
    m_printed = false;
}

const std::atomic_bool *interruptFlag()
{
    return g_interrupted.get();
}

engine::CancelToken interruptToken()
{
    return engine::CancelToken(g_interrupted);
}

void installInterruptHandler()
{
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

std::optional<qint64> modelVersionOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("model-version")))
        return std::nullopt;
    bool ok = false;
    const qint64 id = parser.value(QStringLiteral("model-version")).toLongLong(&ok);
    if (!ok || id <= 0)
        throw Error(QStringLiteral("--model-version expects a number (a model version id), got '%1'")
                        .arg(parser.value(QStringLiteral("model-version"))));
    return id;
}

qint64 itemNamed(const ProjectStore &store, const QString &name)
{
    bool number = false;
    const qint64 id = name.toLongLong(&number);
    if (number && id > 0 && store.item(id))
        return id;
    const qsizetype slash = name.indexOf(QLatin1Char('/'));
    if (slash > 0)
        if (const std::optional<qint64> found = store.findItem(name.left(slash), name.mid(slash + 1)))
            return *found;
    throw Error(
        QStringLiteral("%1: the project has no item '%2' (give its id or SOURCE/EXTERNAL_ID)").arg(store.path(), name));
}

} // namespace candor::cli
