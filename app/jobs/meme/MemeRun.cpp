#include "app/jobs/meme/MemeRun.h"

#include "core/domain/Error.h"
#include "core/image/NetworkInput.h"
#include "core/metrics/MultiLabelF1.h"

#include <QElapsedTimer>

namespace candor {

QJsonObject memeScores(const std::vector<models::MemeExample> &memes,
    const std::vector<models::MemePrediction> &predictions, const QStringList &labels)
{
    std::vector<std::vector<int>> gold;
    for (const models::MemeExample &meme : memes)
        gold.push_back(meme.labels);
    std::vector<std::vector<int>> predicted;
    for (const models::MemePrediction &prediction : predictions)
        predicted.push_back(prediction.labels);
    const metrics::MultiLabelScores scores = metrics::multiLabelF1(gold, predicted, int(labels.size()));
    QJsonObject perLabel;
    for (int i = 0; i < labels.size(); ++i)
        perLabel.insert(labels[i],
            QJsonObject{{QStringLiteral("f1"), scores.perLabel[size_t(i)].f1},
                {QStringLiteral("support"), int(scores.support[size_t(i)])}});
    return {{QStringLiteral("micro_f1"), scores.micro.f1}, {QStringLiteral("macro_f1"), scores.macroF1},
        {QStringLiteral("micro_precision"), scores.micro.precision},
        {QStringLiteral("micro_recall"), scores.micro.recall}, {QStringLiteral("per_label"), perLabel}};
}

QString memeModelsFolder(const QString &folder)
{
    return folder.isEmpty() ? MemeTaskData::defaultModelsFolder() : folder;
}

MemeRun prepareMemeRun(const ProjectStore &store, std::optional<qint64> versionId, const QString &variant,
    const QList<MemeTaskItem> &items, const QString &modelsFolder, const engine::RunControl &control)
{
    MemeRun run{loadMemeModel(store, versionId, variant), items, {}};
    const MemeTaskData data(store);
    run.memes = data.examples(items, memeModelsFolder(modelsFolder), control);
    return run;
}

double memeBackboneMilliseconds(
    const ProjectStore &store, const QList<MemeTaskItem> &items, const QString &modelsFolder)
{
    if (items.isEmpty())
        return 0;
    models::ImageEncoderConfig config;
    config.modelsDirectory = memeModelsFolder(modelsFolder).toStdString();
    std::unique_ptr<models::ImageEncoder> encoder;
    try {
        encoder = models::ImageEncoder::create(config);
    } catch (const std::exception &error) {
        // The engine's own text (models/ has no Qt): it stays English.
        throw Error(QString::fromStdString(error.what()));
    }
    const int count = int(std::min<qsizetype>(10, items.size()));
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i)
        encoder->encode(
            {toNetworkInput(store.mediaBytes(items[i].mediaId), Error::tr("media %1").arg(items[i].mediaId)).chw});
    return double(clock.nsecsElapsed()) / 1e6 / count;
}

} // namespace candor
