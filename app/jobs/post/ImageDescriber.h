#pragma once

#include "core/image/DescriptionCache.h"
#include "core/image/ImageDescription.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace candor {

class BackboneFeatures;
class FaceFinder;
class MemeOcr;
namespace models {
class ImageEncoder;
}

// Structured descriptions of project pictures (UNITE-FND's image-to-text step, core/image/ImageDescription), kept
// beside the project in the DescriptionCache, so every item sharing a picture and every later run reuse one. The
// objects come from the pretrained MobileNetV2's classifier; without the models folder a description has no objects
// (and is redone once the folder is there). The heavy parts (Tesseract, the backbone) load at the first picture that is
// not cached. One per worker thread.
class ImageDescriber
{
public:
    // `modelsFolder` empty: MemeTaskData::defaultModelsFolder(); $CANDOR_MODELS_DIR wins either way.
    ImageDescriber(const QString &projectPath, const QString &modelsFolder);
    ~ImageDescriber();

    // `imageBytes` is called only when the description must be computed; `what` names the picture in errors.
    // Throws candor::Error for a picture that cannot be decoded or classified, and when `required` asks for a field
    // (objects, faces) this describer cannot make and the cache does not hold.
    ImageDescription describe(const QString &sha256, const std::function<QByteArray()> &imageBytes, const QString &what,
        const DescriptionProfile *required = nullptr);
    // The backbone's globally pooled features of the picture (the image side of the IPR / MTE metrics).
    std::vector<float> pooledFeatures(
        const QString &sha256, const std::function<QByteArray()> &imageBytes, const QString &what);

    bool hasObjects() const; // the classifier loaded (or will load) from the models folder
    bool hasFaces() const;
    DescriptionProfile profile() const; // what descriptions made now carry
    QString classifierError() const { return m_classifierError; } // why the classifier did not load, if it did not
    int computed() const { return m_computed; }

private:
    bool loadClassifier(const QString &what);

    DescriptionCache m_cache;
    QString m_modelsFolder;
    std::unique_ptr<BackboneFeatures> m_features;
    std::unique_ptr<models::ImageEncoder> m_classifier;
    std::unique_ptr<MemeOcr> m_ocr;
    std::unique_ptr<FaceFinder> m_faces;
    int m_computed = 0;
    bool m_classifierFailed = false;
    QString m_classifierError;
};

} // namespace candor
