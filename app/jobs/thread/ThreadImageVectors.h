#pragma once

#include "app/jobs/thread/ThreadTaskData.h"

#include <QList>
#include <QString>

#include <functional>

namespace candor {

class ProjectStore;

struct ThreadImageCount
{
    int withImage = 0; // posts given an image vector
    int computed = 0; // of those, run through the backbone now (the rest came from the feature cache)
};

// The image half of the thread model's post embedding: every post with an image gets the global average of the
// MobileNetV2 backbone's 7 x 7 x 1280 grid (1280 values; the model's dense layer takes it to d_v), posts without
// one keep an empty vector (the model uses zeros). Grids are cached beside the project with the meme features
// (MemeFeatureCache, keyed by the image's SHA-256), so each image runs through the backbone once. The backbone
// is loaded only when an image is not cached; a missing backbone file or an undecodable image throws
// candor::Error naming it. Returns early (counts so far) when `cancelled` says so.
ThreadImageCount attachThreadImages(const ProjectStore &store, QList<ThreadTaskItem> &items,
    const QString &modelsFolder, const std::function<bool()> &cancelled = {});

// Posts with an image among `items`.
int countPostImages(const QList<ThreadTaskItem> &items);
// Whether the backbone file attachThreadImages loads is in `modelsFolder`.
bool threadImageModelInstalled(const QString &modelsFolder);
// The backbone file's path in `modelsFolder`, for messages.
QString threadImageModelPath(const QString &modelsFolder);

} // namespace candor
