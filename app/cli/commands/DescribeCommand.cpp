// `candor-cli describe P.candor [--split S] [--item ID]... [--models-dir D] [--show] [--json]`: every picture of a
// meme or post turned into structured text (UNITE-FND's image-to-text step, offline: OCR, ImageNet objects,
// properties, EXIF, colourfulness, faces), cached beside the project, with the paper's translation-quality metrics
// (IPR, SCS, ISS, SIR, MTE, CIQS) per source. --show prints each description.
#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "app/jobs/post/DescribeImages.h"
#include "core/domain/Error.h"
#include "core/image/DescriptionCache.h"
#include "core/store/MemeStore.h"
#include "core/store/ProjectStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace candor::cli {

namespace {

QJsonObject meanSdJson(const MeanSd &value)
{
    return {{QStringLiteral("mean"), value.mean}, {QStringLiteral("sd"), value.sd}};
}

QString meanSdText(const MeanSd &value)
{
    return QStringLiteral("%1 ± %2").arg(value.mean, 0, 'f', 3).arg(value.sd, 0, 'f', 3);
}

QJsonObject toJson(const DescribeImagesResult &result)
{
    QJsonArray sources;
    for (const SourceDescriptionQuality &q : result.perSource)
        sources.append(QJsonObject{{QStringLiteral("source"), q.source}, {QStringLiteral("pictures"), q.pictures},
            {QStringLiteral("ipr"), meanSdJson(q.ipr)}, {QStringLiteral("scs"), meanSdJson(q.scs)},
            {QStringLiteral("iss"), meanSdJson(q.iss)}, {QStringLiteral("sir"), meanSdJson(q.sir)},
            {QStringLiteral("mte"), meanSdJson(q.mte)}, {QStringLiteral("ciqs"), meanSdJson(q.ciqs)},
            {QStringLiteral("with_objects"), q.withObjects}, {QStringLiteral("with_faces"), q.withFaces},
            {QStringLiteral("with_text"), q.withText}, {QStringLiteral("with_exif"), q.withExif}});
    return {{QStringLiteral("items"), result.items}, {QStringLiteral("pictures"), result.pictures},
        {QStringLiteral("computed"), result.computed}, {QStringLiteral("ms_per_picture"), result.msPerPicture},
        {QStringLiteral("objects"), result.objects}, {QStringLiteral("faces"), result.faces},
        {QStringLiteral("problems"), QJsonArray::fromStringList(result.problems)},
        {QStringLiteral("sources"), sources}};
}

} // namespace

int runDescribe(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Turns the pictures of memes and posts into structured text (OCR, ImageNet objects, size and format, EXIF,\n"
        "colourfulness, faces), kept beside the project, and measures the descriptions with UNITE-FND's metrics."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file"));
    parser.addOption({QStringLiteral("split"), QStringLiteral("only items of this split"), QStringLiteral("split")});
    parser.addOption({QStringLiteral("item"), QStringLiteral("only this item (repeatable)"), QStringLiteral("id")});
    parser.addOption({QStringLiteral("models-dir"),
        QStringLiteral("folder of the pretrained MobileNetV2 (default: the installed one; $CANDOR_MODELS_DIR, when "
                       "set, wins)"),
        QStringLiteral("folder")});
    parser.addOption({QStringLiteral("show"), QStringLiteral("print each item's description")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print the result as one JSON object")});
    if (!parseOrExplain(parser, arguments, 1, 1))
        return Usage;
    if (parser.isSet(QStringLiteral("show")) && parser.isSet(QStringLiteral("json"))) {
        printErr(arguments.value(0) + QStringLiteral(": --show prints text lines; leave it out with --json"));
        return Usage;
    }
    installInterruptHandler();
    const QString project = parser.positionalArguments().first();
    DescribeImagesOptions options;
    options.split = parser.value(QStringLiteral("split"));
    options.modelsFolder = parser.value(QStringLiteral("models-dir"));
    for (const QString &id : parser.values(QStringLiteral("item"))) {
        bool ok = false;
        const qint64 itemId = id.toLongLong(&ok);
        if (!ok || itemId <= 0)
            throw Error(Error::tr("--item %1: not an item id").arg(id));
        options.itemIds.append(itemId);
    }
    ProgressPrinter progress;
    const DescribeImagesResult result = describeImages(
        project, options,
        [&progress](int done, int total) { progress.update(done, total, QStringLiteral("describe")); },
        interruptFlag());
    progress.finish();
    if (parser.isSet(QStringLiteral("show"))) { // what is described now, read from the cache (nothing computed)
        const ProjectStore store(project);
        const DescriptionCache cache(project);
        for (const ItemImage &image : memeImages(store, options.split, options.itemIds, true)) {
            const std::optional<MediaInfo> media = store.media(image.mediaId);
            const std::optional<ImageDescription> description = media ? cache.find(media->sha256) : std::nullopt;
            if (description)
                printOut(QStringLiteral("item %1: %2").arg(image.itemId).arg(description->toText()));
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printOut(QString::fromUtf8(QJsonDocument(toJson(result)).toJson(QJsonDocument::Compact)));
    } else {
        printOut(QStringLiteral("%1 items with a picture, %2 pictures, %3 described now (%4 ms each), %5 problems")
                     .arg(result.items)
                     .arg(result.pictures)
                     .arg(result.computed)
                     .arg(result.msPerPicture, 0, 'f', 0)
                     .arg(result.problems.size()));
        if (!result.objects)
            printOut(QStringLiteral("no objects and no quality figures: the pretrained MobileNetV2 is not in the "
                                    "models folder (--models-dir or $CANDOR_MODELS_DIR)"));
        if (!result.faces)
            printOut(QStringLiteral("no faces: OpenCV's face cascade is not installed (Debian package opencv-data)"));
        for (const SourceDescriptionQuality &q : result.perSource)
            printOut(QStringLiteral("%1, %2 pictures: IPR %3, SCS %4, ISS %5, SIR %6, MTE %7, CIQS %8; objects %9%, "
                                    "text %10%, faces %11%, EXIF %12%")
                         .arg(q.source)
                         .arg(q.pictures)
                         .arg(meanSdText(q.ipr), meanSdText(q.scs), meanSdText(q.iss), meanSdText(q.sir),
                             meanSdText(q.mte), meanSdText(q.ciqs))
                         .arg(qRound(q.withObjects * 100))
                         .arg(qRound(q.withText * 100))
                         .arg(qRound(q.withFaces * 100))
                         .arg(qRound(q.withExif * 100)));
        for (const QString &problem : result.problems)
            printErr(problem);
    }
    if (result.cancelled) {
        printErr(QStringLiteral("cancelled: the descriptions made before are kept"));
        return Failure;
    }
    return result.problems.isEmpty() ? Ok : PartialImport;
}

} // namespace candor::cli
