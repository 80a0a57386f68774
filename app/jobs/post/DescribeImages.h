#pragma once

#include "core/image/ImageDescription.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace candor {

class ProjectStore;

// Mean and standard deviation of one metric over pictures.
struct MeanSd
{
    double mean = 0;
    double sd = 0;
};

// UNITE-FND's translation-quality metrics (core/metrics/DescriptionQuality) over the pictures of one source.
struct SourceDescriptionQuality
{
    QString source; // the items' dataset ("mediaeval2016", "weibo-eann", "semeval2021-task6", "image")
    int pictures = 0;
    MeanSd ipr, scs, iss, sir, mte, ciqs;
    double withObjects = 0; // share of pictures with at least one object of >= 5% probability
    double withFaces = 0;
    double withText = 0;
    double withExif = 0;
};

struct DescribeImagesOptions
{
    QString modelsFolder; // the pretrained MobileNetV2 (objects, features); $CANDOR_MODELS_DIR wins
    QString split; // empty: every split
    QList<qint64> itemIds; // non-empty: only these items
};

struct DescribeImagesResult
{
    int items = 0; // memes and posts with a picture
    int pictures = 0; // distinct pictures described
    int computed = 0; // of which described now (the rest came from the cache)
    QStringList problems; // one per picture that could not be described, naming the item
    QList<SourceDescriptionQuality> perSource;
    bool objects = false; // the ImageNet classifier was available
    bool faces = false; // the face detector was available
    double msPerPicture = 0; // of the pictures described now
    bool cancelled = false;
};

// Describes the pictures of memes and posts and measures each description (one picture once per source). A picture
// that cannot be described is a problem naming its item; the others go on. `progress(done, total)` after each item.
DescribeImagesResult describeImages(const QString &projectPath, const DescribeImagesOptions &options,
    const std::function<void(int, int)> &progress = {}, const std::atomic_bool *cancel = nullptr);

// The description text of each item's picture (computed when missing), for the post-veracity input variants, with
// the sentences of `profile` (a model's: see ImageDescriber::describe for the refusal when a field cannot be made).
// Items without a picture are absent. Problems (undecodable pictures, missing fields) go to `problems` naming the
// item. `cancel` is polled between pictures.
QHash<qint64, QString> itemPictureDescriptions(const ProjectStore &store, const QString &projectPath,
    const QString &modelsFolder, const QList<qint64> &itemIds, const DescriptionProfile &profile,
    QStringList *problems = nullptr, const std::atomic_bool *cancel = nullptr);

} // namespace candor
