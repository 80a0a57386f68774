#pragma once

#include "app/jobs/meme/MemeFeatureCache.h"
#include "models/image/ImageEncoder.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace candor {

// Backbone features (the default MobileNetV2 grid) of project images for the meme and thread jobs: read from the
// feature cache, else computed and stored. The backbone is loaded only at the first image that is not cached.
// What it returns is always what the cache holds (half precision), so an image gets the same features whether
// they were computed now or in an earlier run: training and prediction see identical inputs.
class BackboneFeatures
{
public:
    BackboneFeatures(const QString &projectPath, const QString &modelsFolder);
    ~BackboneFeatures();

    // `imageBytes` is called only when the features must be computed; `what` names the image in errors.
    models::ImageFeatureGrid features(
        const QString &sha256, const std::function<QByteArray()> &imageBytes, const QString &what);
    int computed() const { return m_computed; }

private:
    MemeFeatureCache m_cache;
    QString m_modelsFolder;
    std::unique_ptr<models::ImageEncoder> m_encoder;
    int m_computed = 0;
};

} // namespace candor
