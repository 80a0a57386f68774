#include "app/jobs/meme/MemeTaskData.h"

#include "app/jobs/meme/BackboneFeatures.h"
#include "core/domain/Error.h"
#include "core/store/TaskQueries.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>
#include <QVariant>

#include <algorithm>
#include <map>

namespace candor {

MemeTaskData::MemeTaskData(const ProjectStore &store)
    : m_store(store)
{
}

QStringList MemeTaskData::labelNames() const
{
    return m_store.schema(Schemas::Persuasion22).labelNames();
}

QList<MemeTaskItem> MemeTaskData::items(const QStringList &splits, const QList<qint64> &itemIds) const
{
    const QSet<qint64> wanted(itemIds.begin(), itemIds.end());
    const QStringList labels = labelNames();
    QList<MemeTaskItem> out;
    for (const MemeImageRow &row : TaskQueries(m_store).memesWithImages()) {
        if ((!splits.isEmpty() && !splits.contains(row.split)) || (!wanted.isEmpty() && !wanted.contains(row.id)))
            continue;
        MemeTaskItem item;
        item.itemId = row.id;
        item.split = row.split;
        item.text = row.text;
        item.mediaId = row.mediaId;
        item.sha256 = row.sha256;
        AnnotationFilter filter;
        filter.schema = Schemas::Persuasion22;
        filter.includeRejected = false;
        filter.includeIgnored = false;
        const QList<Annotation> rows = m_store.annotations(item.itemId, filter);
        // A curator's settlement, where there is one, is the meme's reference alone.
        const bool curated = std::any_of(
            rows.begin(), rows.end(), [](const Annotation &a) { return a.origin == Origin::Curated && !a.isSpan(); });
        for (const Annotation &annotation : rows) {
            const bool reference = curated ? annotation.origin == Origin::Curated
                                           : annotation.origin == Origin::Gold
                    || (annotation.origin == Origin::Human && annotation.status == Status::Accepted);
            const int index = int(labels.indexOf(annotation.label));
            if (reference && !annotation.isSpan() && index >= 0
                && std::find(item.labels.begin(), item.labels.end(), index) == item.labels.end())
                item.labels.push_back(index);
        }
        std::sort(item.labels.begin(), item.labels.end());
        out.append(item);
    }
    return out;
}

std::vector<models::MemeExample> MemeTaskData::examples(
    const QList<MemeTaskItem> &items, const QString &modelsFolder, const engine::RunControl &control) const
{
    BackboneFeatures features(m_store.path(), modelsFolder);
    std::vector<models::MemeExample> out;
    out.reserve(size_t(items.size()));
    for (int i = 0; i < items.size(); ++i) {
        control.throwIfCancelled();
        const MemeTaskItem &item = items[i];
        models::MemeExample example;
        example.id = QString::number(item.itemId).toStdString();
        example.text = item.text.toStdString();
        example.labels = item.labels;
        example.grid = features.features(
            item.sha256, [&] { return m_store.mediaBytes(item.mediaId); },
            Error::tr("item %1 (media %2)").arg(item.itemId).arg(item.mediaId));
        out.push_back(std::move(example));
        engine::Progress progress;
        progress.phase = "features";
        progress.step = i + 1;
        progress.total = long(items.size());
        control.report(progress);
    }
    return out;
}

QString MemeTaskData::defaultModelsFolder()
{
    const QString fromEnvironment = qEnvironmentVariable("CANDOR_MODELS_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../share/candor/models"));
}

} // namespace candor
