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
    return !m_classifierFailed && (m_classifier || classifierFileExists(m_modelsFolder));
}

bool ImageDescriber::hasFaces() const
{
    return m_faces->isAvailable();
}

DescriptionProfile ImageDescriber::profile() const
{
    return {hasObjects(), hasFaces()};
}

bool ImageDescriber::loadClassifier(const QString &what)
{
    if (m_classifier)
        return true;
    if (m_classifierFailed || !classifierFileExists(m_modelsFolder))
        return false;
    models::ImageEncoderConfig config;
    config.modelsDirectory = m_modelsFolder.toStdString();
    try {
        m_classifier = models::ImageEncoder::create(config);
        return true;
    } catch (const std::exception &error) {
        m_classifierFailed = true; // said once; the descriptions go on without objects
        m_classifierError = Error::tr("image description of %1: %2").arg(what, QString::fromUtf8(error.what()));
        return false;
    }
}

ImageDescription ImageDescriber::describe(const QString &sha256, const std::function<QByteArray()> &imageBytes,
    const QString &what, const DescriptionProfile *required)
{
    std::optional<ImageDescription> description = m_cache.find(sha256);
    // A model that read a field must read it again: refuse rather than give it a description without it.
    const auto check = [&](const ImageDescription &d, const QString &classifierReason) {
        if (!required)
            return;
        if (required->objects && !d.objectsKnown)
            throw Error(Error::tr("%1: the model reads the objects in the picture, which cannot be named here: %2")
                            .arg(what, classifierReason));
        if (required->faces && d.faces < 0)
            throw Error(Error::tr("%1: the model reads the faces in the picture, which cannot be found here: OpenCV's "
                                  "face cascade is not installed (Debian package opencv-data)")
                            .arg(what));
    };
    const QString noClassifier
        = Error::tr("the pretrained MobileNetV2 is not in the models folder %1").arg(m_modelsFolder);
    const bool wantObjects = hasObjects() && !(description && description->objectsKnown);
    const bool wantFaces = hasFaces() && !(description && description->faces >= 0);
    if (description && !wantObjects && !wantFaces) {
        check(*description, m_classifierError.isEmpty() ? noClassifier : m_classifierError);
        return std::move(*description);
    }
    // A missing description is made whole; one made without the classifier or the face cascade, which are there
    // now, gets only the missing part (OCR is the slow part and is not redone).
    // Decoded once: the description, the faces and the classifier's input all read this picture.
    const QByteArray bytes = imageBytes();
    const QImage image = ImageDecoder::decode(bytes, what);
    if (!description) {
        if (!m_ocr)
            m_ocr = std::make_unique<MemeOcr>();
        description = describePicture(image, bytes, m_ocr.get(), m_faces.get());
        m_cache.store(sha256, *description); // kept even when the objects below fail
    } else if (wantFaces) {
        if (const std::optional<QList<QRect>> found = m_faces->find(image)) {
            description->faceBoxes = *found;
            description->faces = int(found->size());
        }
    }
    if (wantObjects && loadClassifier(what)) {
        std::vector<float> probabilities;
        try {
            probabilities = m_classifier->imagenetProbabilities(toNetworkInput(image).chw);
        } catch (const Error &) {
            throw;
        } catch (const std::exception &error) {
            throw Error(Error::tr("image description of %1: %2").arg(what, QString::fromUtf8(error.what())));
        }
        description->objects = ImageNetClasses::instance().top(probabilities);
        description->objectsKnown = true;
    }
    m_cache.store(sha256, *description);
    ++m_computed;
    check(*description, m_classifierError.isEmpty() ? noClassifier : m_classifierError);
    return std::move(*description);
}

std::vector<float> ImageDescriber::pooledFeatures(
    const QString &sha256, const std::function<QByteArray()> &imageBytes, const QString &what)
{
    return m_features->features(sha256, imageBytes, what).pooled();
}

} // namespace candor
