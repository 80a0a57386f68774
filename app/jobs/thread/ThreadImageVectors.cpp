#include "app/jobs/thread/ThreadImageVectors.h"

#include "app/jobs/meme/BackboneFeatures.h"
#include "core/domain/Error.h"
#include "core/store/ProjectStore.h"

#include <QDir>
#include <QFileInfo>

namespace candor {

ThreadImageCount attachThreadImages(const ProjectStore &store, QList<ThreadTaskItem> &items,
    const QString &modelsFolder, const std::function<bool()> &cancelled)
{
    BackboneFeatures features(store.path(), modelsFolder);
    ThreadImageCount count;
    for (ThreadTaskItem &item : items) {
        for (qsizetype p = 0; p < item.postMediaIds.size(); ++p) {
            if (cancelled && cancelled())
                return count;
            const std::optional<qint64> mediaId = item.postMediaIds[p];
            if (!mediaId)
                continue;
            const std::optional<MediaInfo> media = store.media(*mediaId);
            if (!media)
                throw Error(Error::tr("%1: post %2 of item %3 refers to missing media %4")
                                .arg(store.path(), item.postIds.value(p))
                                .arg(item.itemId)
                                .arg(*mediaId));
            const int computedBefore = features.computed();
            const models::ImageFeatureGrid grid = features.features(
                media->sha256, [&] { return store.mediaBytes(*mediaId); },
                Error::tr("post %1 of item %2 (media %3)").arg(item.postIds.value(p)).arg(item.itemId).arg(*mediaId));
            count.computed += features.computed() - computedBefore;
            item.example.posts[size_t(p)].image = grid.pooled();
            ++count.withImage;
        }
    }
    return count;
}

int countPostImages(const QList<ThreadTaskItem> &items)
{
    int count = 0;
    for (const ThreadTaskItem &item : items)
        for (const std::optional<qint64> &mediaId : item.postMediaIds)
            count += mediaId ? 1 : 0;
    return count;
}

QString threadImageModelPath(const QString &modelsFolder)
{
    return QDir::cleanPath(modelsFolder + QLatin1Char('/')
        + QString::fromStdString(models::backboneFileName(models::BackboneKind::QuantizedMobileNetV2)));
}

bool threadImageModelInstalled(const QString &modelsFolder)
{
    return QFileInfo(threadImageModelPath(modelsFolder)).isFile();
}

} // namespace candor
