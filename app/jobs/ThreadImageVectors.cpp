#include "jobs/ThreadImageVectors.h"

#include "domain/Error.h"
#include "image/NetworkInput.h"
#include "jobs/MemeFeatureCache.h"
#include "store/ProjectStore.h"

#include <exception>
#include <memory>

namespace candor {

ThreadImageCount attachThreadImages(const ProjectStore &store, QList<ThreadTaskItem> &items, const QString &modelsFolder,
                                    const std::function<bool()> &cancelled)
{
    const QString backbone = QString::fromStdString(models::backboneName(models::BackboneKind::QuantizedMobileNetV2));
    const MemeFeatureCache cache(store.path(), backbone);
    std::unique_ptr<models::ImageEncoder> encoder;   // loaded at the first image that is not cached
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
                throw Error(QStringLiteral("%1: post %2 of item %3 refers to missing media %4")
                                .arg(store.path(), item.postIds.value(p)).arg(item.itemId).arg(*mediaId));
            std::optional<models::ImageFeatureGrid> grid = cache.find(media->sha256);
            if (!grid) {
                if (!encoder) {
                    models::ImageEncoderConfig config;
                    config.modelsDirectory = modelsFolder.toStdString();
                    try {
                        encoder = models::ImageEncoder::create(config);
                    } catch (const std::exception &error) {
                        throw Error(QStringLiteral("image vectors of thread posts: %1").arg(QString::fromUtf8(error.what())));
                    }
                }
                const NetworkInput input = toNetworkInput(store.mediaBytes(*mediaId),
                    QStringLiteral("post %1 of item %2 (media %3)").arg(item.postIds.value(p)).arg(item.itemId).arg(*mediaId));
                grid = encoder->encode({input.chw}).front();
                cache.store(media->sha256, *grid);
                // The cache keeps half precision: read it back, so a post gets the same vector whether its
                // image was computed now or earlier (training and prediction see identical inputs).
                if (std::optional<models::ImageFeatureGrid> stored = cache.find(media->sha256))
                    grid = std::move(stored);
                ++count.computed;
            }
            item.example.posts[size_t(p)].image = grid->pooled();
            ++count.withImage;
        }
    }
    return count;
}

} // namespace candor
