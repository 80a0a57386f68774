#pragma once

#include "core/store/ItemQuery.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace candor {

class ProjectStore;
namespace engine {
class CancelToken;
}

// Which items a predict run covers: every item of the task (nothing set), some splits, the listed items, or the
// items a browser filter lists. A filter is read on the job's worker: a filter of a large project can list
// hundreds of thousands of items, too many to read on the GUI thread first.
struct PredictScope
{
    QStringList splits; // empty: every split
    QList<qint64> itemIds; // non-empty: only these items
    std::optional<ItemQuery> filter; // set: the items it lists (intersected with itemIds when both are set)

    static PredictScope ofItems(const QList<qint64> &ids) { return {{}, ids, std::nullopt}; }
    static PredictScope ofSplit(const QString &split)
    {
        return {split.isEmpty() ? QStringList() : QStringList{split}, {}, std::nullopt};
    }
    static PredictScope ofFilter(const ItemQuery &query) { return {{}, {}, query}; }
};

// The scope with its filter resolved into item ids (checking the token every 1,000 rows; throws engine::Cancelled).
// `empty` is set when the filter lists no item at all: the run has nothing to predict.
PredictScope resolvedScope(
    const ProjectStore &store, const PredictScope &scope, const engine::CancelToken &cancel, bool &empty);

} // namespace candor
