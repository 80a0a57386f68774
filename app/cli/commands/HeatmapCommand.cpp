// `candor-cli heatmap P.candor ITEM_ID [--technique NAME] OUT.png`: where a meme model looks. Without a
// technique: the caption's attention over the 7 x 7 image grid; with one: that technique's Grad-CAM. The map is
// stored with the model version (image_maps), so the GUI shows it without computing it again.
#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "app/cli/EngineJobConsole.h"
#include "app/jobs/meme/MemeMapJob.h"
#include "core/domain/Error.h"
#include "core/image/Heatmap.h"
#include "core/image/ImageDecoder.h"
#include "core/store/ProjectStore.h"

namespace candor::cli {

int runHeatmap(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Draws a meme model's heatmap over a meme image: attention weights of the 7x7 grid, or with --technique the\n"
        "gradient-weighted class activation (Grad-CAM) of that technique; bilinear upsampling, colour map, blended."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file"));
    parser.addPositionalArgument(QStringLiteral("item"), QStringLiteral("item id of a meme with an image"));
    parser.addPositionalArgument(QStringLiteral("out"), QStringLiteral("PNG file to write"));
    parser.addOption(
        {QStringLiteral("technique"), QStringLiteral("persuasion-22 technique for Grad-CAM"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("model-version"), QStringLiteral("model version id (default: latest fused model)"),
        QStringLiteral("id")});
    parser.addOption({QStringLiteral("opacity"), QStringLiteral("heatmap opacity 0..1 (default 0.5)"),
        QStringLiteral("value"), QStringLiteral("0.5")});
    parser.addOption(
        {QStringLiteral("models-dir"), QStringLiteral("folder of pretrained backbones"), QStringLiteral("folder")});
    if (!parseOrExplain(parser, arguments, 3, 3))
        return Usage;
    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    const qint64 itemId = positional[1].toLongLong(&ok);
    if (!ok || itemId <= 0) {
        printErr(
            QStringLiteral("%1: item id must be a positive number, got '%2'").arg(arguments.value(0), positional[1]));
        return Usage;
    }
    std::optional<qint64> versionId;
    if (parser.isSet(QStringLiteral("model-version")))
        versionId = parser.value(QStringLiteral("model-version")).toLongLong();

    MemeMapOptions options;
    options.itemId = itemId;
    options.modelVersionId = versionId;
    options.technique = parser.value(QStringLiteral("technique"));
    options.modelsFolder = parser.value(QStringLiteral("models-dir"));
    MemeMapJob job(positional[0], options);
    const MemeMapResult map = runEngineJob(job); // also stored in the project (image_maps), where the GUI finds it
    const QString what = options.technique.isEmpty()
        ? QStringLiteral("attention")
        : QStringLiteral("Grad-CAM of '%1' (p = %2)").arg(options.technique).arg(map.score, 0, 'f', 3);
    const ProjectStore store(positional[0]);
    const QImage image = ImageDecoder::decode(store.mediaBytes(map.mediaId), QStringLiteral("item %1").arg(itemId));
    const QImage overlay
        = Heatmap(map.weights, map.rows, map.cols).overlay(image, parser.value(QStringLiteral("opacity")).toDouble());
    if (!overlay.save(positional[2], "PNG"))
        throw Error(QStringLiteral("%1: cannot write the PNG").arg(positional[2]));
    printOut(QStringLiteral("%1: %2 of model version %3 over a %4x%5 image")
                 .arg(positional[2], what)
                 .arg(map.modelVersionId)
                 .arg(image.width())
                 .arg(image.height()));
    return Ok;
}

} // namespace candor::cli
