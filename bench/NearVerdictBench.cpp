// candor-bench near-verdicts PROJECT: how long the browser's "has a near-duplicate with a verdict" filter takes to
// resolve on a real project (VerdictNeighbours: one nearest-items lookup per judged item). Opening the project
// upgrades its schema: run it on a copy.
#include "core/store/ProjectStore.h"
#include "core/store/VerdictNeighbours.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace candor::bench {

int runNearVerdictBench(const QString &path)
{
    const ProjectStore store(path);
    QTextStream out(stdout);
    QElapsedTimer timer;
    timer.start();
    const QList<qint64> judged = VerdictNeighbours::judgedItemIds(store);
    const qint64 judgedMs = timer.elapsed();
    timer.restart();
    const QList<qint64> near = VerdictNeighbours::itemIds(store);
    const qint64 nearMs = timer.elapsed();
    out << path << ": " << judged.size() << " judged items (" << judgedMs << " ms); " << near.size()
        << " items with a judged near-duplicate, resolved in " << nearMs << " ms ("
        << (judged.isEmpty() ? 0.0 : double(nearMs) / judged.size()) << " ms per judged item)\n";
    return 0;
}

} // namespace candor::bench
