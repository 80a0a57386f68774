#pragma once

#include "models/engine/RunControl.h"

#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace candor {
class ProjectStore;
}

namespace candor::cli {

// Thrown by parseOrExplain after it printed the help a user asked for: main() exits 0.
struct HelpShown
{
};

// Parses `arguments` for one command; on bad usage prints one line and returns false; on --help prints the help
// and throws HelpShown. For a command that computes (acceptComputeOptions), it also takes --device, --threads and
// --batch-limit and applies them to the engine before the command runs (a device that is not there: candor::Error
// naming it).
bool parseOrExplain(QCommandLineParser &parser, const QStringList &arguments, int minPositional, int maxPositional);

// Called by main() for the commands that run models (train, predict, eval, heatmap).
void acceptComputeOptions();

void printOut(const QString &text); // stdout, newline added
void printErr(const QString &text); // stderr, newline added

// Throttled "\r<what> done/total" progress on stderr (only when stderr is a terminal or CANDOR_PROGRESS=1).
class ProgressPrinter
{
public:
    void update(qint64 done, qint64 total, const QString &what);
    void finish();

private:
    qint64 m_lastMs = -1;
    bool m_printed = false;
};

// Parses --model-version: nullopt when absent; throws candor::Error for a value that is not a version id (> 0).
std::optional<qint64> modelVersionOption(const QCommandLineParser &parser);

// Set by SIGINT/SIGTERM: long commands pass it as their cancel flag and stop cleanly. interruptFlag() is the
// flag core's importers and exporters poll; interruptToken() is the engine's token on the same flag.
const std::atomic_bool *interruptFlag();
engine::CancelToken interruptToken();
void installInterruptHandler();

// An item named by its row id or by SOURCE/EXTERNAL_ID (the id may hold further slashes: "semeval/128_batch 2/a").
// Throws candor::Error when the project has no such item.
qint64 itemNamed(const ProjectStore &store, const QString &name);

} // namespace candor::cli
