#include "app/jobs/post/DescribeImages.h"

#include "app/jobs/post/ImageDescriber.h"
#include "core/domain/Error.h"
#include "core/image/ImageNetClasses.h"
#include "core/metrics/DescriptionQuality.h"
#include "core/store/MemeStore.h"
#include "core/store/ProjectStore.h"

#include <QElapsedTimer>
#include <QMap>
#include <QSet>

#include <cmath>

namespace candor {

namespace {

MeanSd meanSd(const QList<double> &values)
{
    MeanSd out;
    if (values.isEmpty())
        return out;
    for (const double v : values)
        out.mean += v;
    out.mean /= double(values.size());
    double sum = 0;
    for (const double v : values)
        sum += (v - out.mean) * (v - out.mean);
    out.sd = values.size() > 1 ? std::sqrt(sum / double(values.size() - 1)) : 0.0;
    return out;
}

struct Collected
{
    QList<double> ipr, scs, iss, sir, mte, ciqs;
    int objects = 0, faces = 0, text = 0, exif = 0;
};

metrics::DescriptionQuality measure(const ImageDescription &description, const std::vector<float> &features)
{
    metrics::DescriptionQualityInput input;
    input.imageFeatures = features;
    input.textEmbedding = metrics::hashedTextEmbedding(description.toText().toStdString());
    // Depths from today's class table, not the cached ones: a regenerated table applies to old descriptions too.
    for (const ObjectGuess &object : description.objects)
        input.objects.push_back({object.name.toStdString(), ImageNetClasses::instance().wordnetDepth(object.name)});
    input.sentences = int(description.sentences().size());
    return metrics::descriptionQuality(input);
}

QString itemName(const Item &item)
{
    return QStringLiteral("%1 %2").arg(item.source, item.externalId);
}

} // namespace

DescribeImagesResult describeImages(const QString &projectPath, const DescribeImagesOptions &options,
    const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    const ProjectStore store(projectPath);
    const QList<ItemImage> images = memeImages(store, options.split, options.itemIds, true);
    ImageDescriber describer(projectPath, options.modelsFolder);
    DescribeImagesResult result;
    result.items = int(images.size());
    result.objects = describer.hasObjects();
    result.faces = describer.hasFaces();
    QMap<QString, Collected> bySource;
    QSet<QString> seen; // "source\nsha256": a picture counts once per source
    QSet<QString> pictures;
    QElapsedTimer timer;
    qint64 computingMs = 0;
    int done = 0;
    for (const ItemImage &image : images) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            break;
        }
        const std::optional<Item> item = store.item(image.itemId);
        const std::optional<MediaInfo> media = store.media(image.mediaId);
        if (!item || !media)
            continue;
        const QString what = itemName(*item);
        const auto bytes = [&] { return store.mediaBytes(image.mediaId); };
        try {
            const int before = describer.computed();
            timer.start();
            const ImageDescription description = describer.describe(media->sha256, bytes, what);
            if (describer.computed() > before)
                computingMs += timer.elapsed();
            pictures.insert(media->sha256);
            if (!seen.contains(item->source + QLatin1Char('\n') + media->sha256) && description.objectsKnown
                && describer.hasObjects()) {
                seen.insert(item->source + QLatin1Char('\n') + media->sha256);
                const metrics::DescriptionQuality q
                    = measure(description, describer.pooledFeatures(media->sha256, bytes, what));
                Collected &c = bySource[item->source];
                c.ipr << q.ipr;
                c.scs << q.scs;
                c.iss << q.iss;
                c.sir << q.sir;
                c.mte << q.mte;
                c.ciqs << q.ciqs;
                c.objects += description.objects.isEmpty() ? 0 : 1;
                c.faces += description.faces > 0 ? 1 : 0;
                c.text += description.ocrWords > 0 ? 1 : 0;
                c.exif += description.exif.isEmpty() ? 0 : 1;
            }
        } catch (const Error &error) {
            result.problems << error.message();
        } catch (const std::exception &error) { // OpenCV or the engine: one picture's problem, not the run's
            result.problems << Error::tr("%1: %2").arg(what, QString::fromUtf8(error.what()));
        }
        if (progress)
            progress(++done, int(images.size()));
    }
    // A classifier that did not load is said once, not once per picture.
    result.objects = describer.hasObjects();
    if (!describer.classifierError().isEmpty())
        result.problems.prepend(describer.classifierError());
    result.pictures = int(pictures.size());
    result.computed = describer.computed();
    result.msPerPicture = result.computed ? double(computingMs) / result.computed : 0.0;
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
        const Collected &c = it.value();
        SourceDescriptionQuality q;
        q.source = it.key();
        q.pictures = int(c.ciqs.size());
        q.ipr = meanSd(c.ipr);
        q.scs = meanSd(c.scs);
        q.iss = meanSd(c.iss);
        q.sir = meanSd(c.sir);
        q.mte = meanSd(c.mte);
        q.ciqs = meanSd(c.ciqs);
        const double n = qMax(1, q.pictures);
        q.withObjects = c.objects / n;
        q.withFaces = c.faces / n;
        q.withText = c.text / n;
        q.withExif = c.exif / n;
        result.perSource.append(q);
    }
    return result;
}

QHash<qint64, QString> itemPictureDescriptions(const ProjectStore &store, const QString &projectPath,
    const QString &modelsFolder, const QList<qint64> &itemIds, const DescriptionProfile &profile, QStringList *problems,
    const std::atomic_bool *cancel)
{
    QHash<qint64, QString> texts;
    if (itemIds.isEmpty())
        return texts;
    ImageDescriber describer(projectPath, modelsFolder);
    for (const ItemImage &image : memeImages(store, QString(), itemIds, true)) {
        if (cancel && cancel->load())
            break;
        const std::optional<MediaInfo> media = store.media(image.mediaId);
        if (!media)
            continue;
        const std::optional<Item> item = store.item(image.itemId);
        const QString what = item ? itemName(*item) : QString::number(image.itemId);
        try {
            texts.insert(image.itemId,
                describer
                    .describe(
                        media->sha256, [&] { return store.mediaBytes(image.mediaId); }, what, &profile)
                    .toText(&profile));
        } catch (const Error &error) {
            if (problems)
                *problems << error.message();
        } catch (const std::exception &error) {
            if (problems)
                *problems << Error::tr("%1: %2").arg(what, QString::fromUtf8(error.what()));
        }
    }
    return texts;
}

} // namespace candor
