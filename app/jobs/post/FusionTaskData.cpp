#include "app/jobs/post/FusionTaskData.h"

#include "app/jobs/meme/BackboneFeatures.h"
#include "app/jobs/meme/MemeTaskData.h"
#include "app/jobs/text/TextTaskData.h"
#include "core/domain/Error.h"
#include "core/store/MemeStore.h"
#include "core/store/ProjectStore.h"
#include "models/image/ImageEncoder.h"

#include <QHash>

namespace candor {

namespace {

QString ocrText(const ProjectStore &store, qint64 itemId)
{
    QStringList words;
    for (const OcrWord &word : ocrWords(store, itemId))
        words.append(word.text);
    return words.join(QLatin1Char(' '));
}

} // namespace

FusionTaskData loadFusionTaskData(const ProjectStore &store, const QStringList &splits, const QString &modelsFolder,
    const std::function<bool()> &cancelled)
{
    const TextTaskSpec task = textTaskSpec(store, QStringLiteral("post-veracity"));
    FusionTaskData data;
    for (const std::string &label : task.definition.classLabels)
        data.classes.append(QString::fromStdString(label));
    TextTaskSelection selection;
    selection.splits = splits;
    const QList<TextTaskItem> items = TextTaskData::load(store, task, selection);

    QHash<qint64, ItemImage> pictures; // the first picture of each item
    for (const ItemImage &image : memeImages(store, QString(), {}, true))
        if (!pictures.contains(image.itemId))
            pictures.insert(image.itemId, image);
    const QString folder = QString::fromStdString(models::modelsDirectory(
        (modelsFolder.isEmpty() ? MemeTaskData::defaultModelsFolder() : modelsFolder).toStdString()));
    BackboneFeatures features(store.path(), folder);
    const auto pooled = [&](const ItemImage &image) {
        const std::optional<MediaInfo> media = store.media(image.mediaId);
        if (!media)
            throw Error(Error::tr("%1: item %2 refers to missing media %3")
                            .arg(store.path())
                            .arg(image.itemId)
                            .arg(image.mediaId));
        return features
            .features(
                media->sha256, [&] { return store.mediaBytes(image.mediaId); },
                Error::tr("the picture of item %1 (media %2)").arg(image.itemId).arg(image.mediaId))
            .pooled();
    };

    for (const TextTaskItem &item : items) {
        if (cancelled && cancelled())
            return data;
        models::FusionExample post;
        post.id = QString::number(item.itemId).toStdString();
        post.text = item.example.text;
        post.label = item.example.classes.empty() ? -1 : item.example.classes.front();
        post.group = item.example.group;
        const auto picture = pictures.constFind(item.itemId);
        if (picture != pictures.constEnd()) {
            const QString ocr = ocrText(store, item.itemId);
            if (!ocr.isEmpty() // a bare picture's text is its OCR already
                && !QString::fromStdString(post.text).simplified().contains(ocr.simplified()))
                post.text += "\n" + ocr.toStdString();
            post.image = pooled(*picture);
        }
        data.posts.push_back(std::move(post));
    }
    // Extra pairs for the alignment: memes only. Posts of the task's other splits would bring their fakes (and the
    // withheld test posts) in, and unlabelled posts share events with the scored ones.
    qint64 previousItem = 0;
    for (const ItemImage &image : memeImages(store, QString())) { // ascending: the same order on every run
        if (cancelled && cancelled())
            return data;
        if (image.itemId == previousItem || image.text.trimmed().isEmpty())
            continue;
        previousItem = image.itemId;
        models::FusionExample pair;
        pair.id = QString::number(image.itemId).toStdString();
        pair.text = image.text.toStdString();
        try {
            pair.image = pooled(image);
        } catch (const Error &error) { // a meme the alignment cannot read is one pair fewer, not a failed run
            data.skippedPairs.append(error.message());
            continue;
        }
        data.extraPairs.push_back(std::move(pair));
    }
    data.computedFeatures = features.computed();
    return data;
}

} // namespace candor
