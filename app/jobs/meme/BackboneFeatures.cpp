#include "app/jobs/meme/BackboneFeatures.h"

#include "core/domain/Error.h"
#include "core/image/NetworkInput.h"

#include <exception>

namespace candor {

BackboneFeatures::BackboneFeatures(const QString &projectPath, const QString &modelsFolder)
    : m_cache(projectPath, QString::fromStdString(models::backboneName(models::BackboneKind::QuantizedMobileNetV2)))
    , m_modelsFolder(modelsFolder)
{
}

BackboneFeatures::~BackboneFeatures() = default;

models::ImageFeatureGrid BackboneFeatures::features(
    const QString &sha256, const std::function<QByteArray()> &imageBytes, const QString &what)
{
    if (std::optional<models::ImageFeatureGrid> cached = m_cache.find(sha256))
        return std::move(*cached);
    if (!m_encoder) {
        models::ImageEncoderConfig config;
        config.modelsDirectory = m_modelsFolder.toStdString();
        try {
            m_encoder = models::ImageEncoder::create(config);
        } catch (const std::exception &error) {
            // error.what() is the engine's own text (models/ has no Qt): it stays English inside the translated
            // sentence.
            throw Error(Error::tr("image features of %1: %2").arg(what, QString::fromUtf8(error.what())));
        }
    }
    const NetworkInput input = toNetworkInput(imageBytes(), what);
    models::ImageFeatureGrid grid = m_encoder->encode({input.chw}).front();
    m_cache.store(sha256, grid);
    ++m_computed;
    if (std::optional<models::ImageFeatureGrid> stored = m_cache.find(sha256))
        return std::move(*stored);
    return grid;
}

} // namespace candor
