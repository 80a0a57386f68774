#include "core/formats/rumoureval/RumourEvalExporter.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/formats/common/ExportSupport.h"
#include "core/store/ProjectStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace candor {

namespace {

// Per target (post row or thread), the row with the highest score: model layers may hold several candidates.
QHash<qint64, Annotation> bestPerTarget(const QList<Annotation> &rows, bool perPost)
{
    QHash<qint64, Annotation> best;
    for (const Annotation &row : rows) {
        if (row.isSpan() || row.postRowId.has_value() != perPost)
            continue;
        const qint64 target = row.postRowId.value_or(0);
        auto it = best.find(target);
        if (it == best.end() || row.score.value_or(1.0) > it->score.value_or(1.0))
            best.insert(target, row);
    }
    return best;
}

} // namespace

qint64 RumourEvalExporter::exportTo(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
    const ProgressFn &progress, const std::atomic_bool *cancel)
{
    if (QFileInfo(outPath).exists() && !QFileInfo(outPath).isDir())
        throw Error(
            Error::tr("%1: the RumourEval export writes a folder (subtaskA.json, subtaskB.json); this is a file")
                .arg(outPath));
    const QList<qint64> ids = itemIdsForExport(store, ItemKind::Thread, options);
    QJsonObject stances;
    QJsonObject verdicts;
    qint64 done = 0;
    for (qint64 id : ids) {
        throwIfCancelled(cancel);
        const Item item = store.item(id).value();
        QHash<qint64, QString> postIds;
        for (const ThreadPost &post : store.posts(id))
            postIds.insert(post.id, post.postId);
        const auto stanceRows = bestPerTarget(options.selection.select(store, id, Schemas::Stance4), true);
        for (auto it = stanceRows.cbegin(); it != stanceRows.cend(); ++it)
            if (postIds.contains(it.key()))
                stances.insert(postIds.value(it.key()), it->label);
        const auto verdictRows = bestPerTarget(options.selection.select(store, id, Schemas::Veracity3), false);
        if (!verdictRows.isEmpty()) {
            const Annotation &verdict = verdictRows.cbegin().value();
            const double confidence = verdict.origin == Origin::Model ? verdict.score.value_or(1.0) : 1.0;
            verdicts.insert(item.externalId, QJsonArray{verdict.label, confidence});
        }
        if (progress)
            progress(++done, ids.size());
    }
    throwIfCancelled(cancel);
    if (!QDir().mkpath(outPath))
        throw Error(Error::tr("%1: cannot create the folder").arg(outPath));
    writeJsonFileAtomically(QDir(outPath).filePath(QStringLiteral("subtaskA.json")), QJsonDocument(stances));
    writeJsonFileAtomically(QDir(outPath).filePath(QStringLiteral("subtaskB.json")), QJsonDocument(verdicts));
    return stances.size() + verdicts.size();
}

} // namespace candor
