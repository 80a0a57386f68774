#include "app/jobs/post/ImageDescriber.h"

#include "app/jobs/meme/BackboneFeatures.h"
#include "app/jobs/meme/MemeTaskData.h"
#include "core/domain/Error.h"
#include "core/image/DescriptionCache.h"
#include "core/image/FaceFinder.h"
#include "core/image/ImageDecoder.h"
#include "core/image/ImageNetClasses.h"
#include "core/image/NetworkInput.h"
#include "core/image/PictureDescription.h"
#include "core/ocr/MemeOcr.h"
#include "models/image/ImageEncoder.h"

#include <QFileInfo>

#include <exception>

namespace candor {

namespace {

bool classifierFileExists(const QString &modelsFolder)
{
    return !modelsFolder.isEmpty()
        && QFileInfo::exists(modelsFolder + QLatin1Char('/')
            + QString::fromStdString(models::backboneFileName(models::BackboneKind::QuantizedMobileNetV2)));
}

} // namespace

ImageDescriber::ImageDescriber(const QString &projectPath, const QString &modelsFolder)
    : m_cache(projectPath)
    , m_modelsFolder(QString::fromStdString(models::modelsDirectory(
          (modelsFolder.isEmpty() ? MemeTaskData::defaultModelsFolder() : modelsFolder).toStdString())))
    , m_features(std::make_unique<BackboneFeatures>(projectPath, m_modelsFolder))
    , m_faces(std::make_unique<FaceFinder>())
{
}

ImageDescriber::~ImageDescriber() = default;

bool ImageDescriber::hasObjects() const
{
    return m_classifier || classifierFileExists(m_modelsFolder);
}

bool ImageDescriber::hasFaces() const
{
    return m_faces->isAvailable();
}

ImageDescription ImageDescriber::describe(
    const QString &sha256, const std::function<QByteArray()> &imageBytes, const QString &what)
{
    std::optional<ImageDescription> description = m_cache.find(sha256);
    const bool wantObjects = hasObjects() && !(description && description->objectsKnown);
    const bool wantFaces = hasFaces() && !(description && description->faces >= 0);
    if (description && !wantObjects && !wantFaces)
        return std::move(*description);
    // A missing description is made whole; one made without the classifier or the face cascade, which are there
    // now, gets only the missing part (OCR is the slow part and is not redone).
    const QByteArray bytes = imageBytes();
    if (!description) {
        if (!m_ocr)
            m_ocr = std::make_unique<MemeOcr>();
        description = describePicture(bytes, what, m_ocr.get(), m_faces.get());
    } else if (wantFaces) {
        description->faceBoxes = m_faces->find(ImageDecoder::decode(bytes, what));
        description->faces = int(description->faceBoxes.size());
    }
    if (wantObjects) {
        if (!m_classifier) {
            models::ImageEncoderConfig config;
            config.modelsDirectory = m_modelsFolder.toStdString();
            try {
                m_classifier = models::ImageEncoder::create(config);
            } catch (const std::exception &error) {
                throw Error(Error::tr("image description of %1: %2").arg(what, QString::fromUtf8(error.what())));
            }
        }
        const std::vector<float> probabilities = m_classifier->imagenetProbabilities(toNetworkInput(bytes, what).chw);
        description->objects = ImageNetClasses::instance().top(probabilities);
        description->objectsKnown = true;
    }
    m_cache.store(sha256, *description);
    ++m_computed;
    return std::move(*description);
}

std::vector<float> ImageDescriber::pooledFeatures(
    const QString &sha256, const std::function<QByteArray()> &imageBytes, const QString &what)
{
    return m_features->features(sha256, imageBytes, what).pooled();
}

} // namespace candor
