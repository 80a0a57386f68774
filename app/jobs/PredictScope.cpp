#include "app/jobs/PredictScope.h"

#include "core/store/ItemReader.h"
#include "core/store/ProjectStore.h"
#include "models/engine/RunControl.h"

#include <QSet>

namespace candor {

PredictScope resolvedScope(
    const ProjectStore &store, const PredictScope &scope, const engine::CancelToken &cancel, bool &empty)
{
    empty = false;
    if (!scope.filter)
        return scope;
    QList<qint64> ids = ItemReader(store).ids(*scope.filter, [&cancel] { return cancel.isCancelled(); });
    cancel.throwIfCancelled();
    if (!scope.itemIds.isEmpty()) {
        const QSet<qint64> wanted(scope.itemIds.begin(), scope.itemIds.end());
        ids.removeIf([&wanted](qint64 id) { return !wanted.contains(id); });
    }
    empty = ids.isEmpty();
    return {scope.splits, ids, std::nullopt};
}

} // namespace candor
