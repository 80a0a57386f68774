#include "app/jobs/meme/MemeTaskData.h"

#include "core/domain/Error.h"
#include "app/jobs/meme/BackboneFeatures.h"
#include "core/store/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>
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

QList<MemeTaskItem> MemeTaskData::items(const QStringList &splits) const
{
    const QStringList labels = labelNames();
    QSqlQuery query = sql::prepare(m_store.db(), QStringLiteral(
        "SELECT i.id, i.split, i.text, i.media_id, m.sha256 FROM items i JOIN media m ON m.id = i.media_id"
        " WHERE i.kind = 'meme' ORDER BY i.id"));
    sql::exec(query);
    QList<MemeTaskItem> out;
    while (query.next()) {
        MemeTaskItem item;
        item.itemId = query.value(0).toLongLong();
        item.split = query.value(1).toString();
        if (!splits.isEmpty() && !splits.contains(item.split))
            continue;
        item.text = query.value(2).toString();
        item.mediaId = query.value(3).toLongLong();
        item.sha256 = query.value(4).toString();
        AnnotationFilter filter;
        filter.schema = Schemas::Persuasion22;
        filter.includeRejected = false;
        filter.includeIgnored = false;
        for (const Annotation &annotation : m_store.annotations(item.itemId, filter)) {
            const bool reference = annotation.origin == Origin::Gold
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

std::vector<models::MemeExample> MemeTaskData::examples(const QList<MemeTaskItem> &items, const QString &modelsFolder,
                                                        const std::function<void(int, int)> &progress,
                                                        const std::function<bool()> &cancelled) const
{
    BackboneFeatures features(m_store.path(), modelsFolder);
    std::vector<models::MemeExample> out;
    out.reserve(size_t(items.size()));
    for (int i = 0; i < items.size(); ++i) {
        if (cancelled && cancelled())
            return {};
        const MemeTaskItem &item = items[i];
        models::MemeExample example;
        example.id = QString::number(item.itemId).toStdString();
        example.text = item.text.toStdString();
        example.labels = item.labels;
        example.grid = features.features(item.sha256, [&] { return m_store.mediaBytes(item.mediaId); },
                                         Error::tr("item %1 (media %2)").arg(item.itemId).arg(item.mediaId));
        out.push_back(std::move(example));
        if (progress)
            progress(i + 1, int(items.size()));
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
