#include "app/jobs/meme/MemeJobs.h"

#include "core/domain/Error.h"
#include "core/image/NetworkInput.h"
#include "app/jobs/meme/MemeModelStore.h"
#include "app/jobs/meme/MemeTaskData.h"
#include "core/metrics/MultiLabelF1.h"
#include "core/store/Sql.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <functional>

namespace candor {

namespace {

QString modelsFolderOr(const QString &folder)
{
    return folder.isEmpty() ? MemeTaskData::defaultModelsFolder() : folder;
}

std::vector<std::vector<int>> goldOf(const std::vector<models::MemeExample> &memes)
{
    std::vector<std::vector<int>> gold;
    for (const models::MemeExample &meme : memes)
        gold.push_back(meme.labels);
    return gold;
}

QJsonObject scoreOf(const std::vector<std::vector<int>> &gold, const std::vector<models::MemePrediction> &predictions,
                    const QStringList &labels)
{
    std::vector<std::vector<int>> predicted;
    for (const models::MemePrediction &prediction : predictions)
        predicted.push_back(prediction.labels);
    const metrics::MultiLabelScores scores = metrics::multiLabelF1(gold, predicted, int(labels.size()));
    QJsonObject perLabel;
    for (int i = 0; i < labels.size(); ++i)
        perLabel.insert(labels[i], QJsonObject{{QStringLiteral("f1"), scores.perLabel[size_t(i)].f1},
                                               {QStringLiteral("support"), int(scores.support[size_t(i)])}});
    return {{QStringLiteral("micro_f1"), scores.micro.f1},
            {QStringLiteral("macro_f1"), scores.macroF1},
            {QStringLiteral("micro_precision"), scores.micro.precision},
            {QStringLiteral("micro_recall"), scores.micro.recall},
            {QStringLiteral("per_label"), perLabel}};
}

// Feature extraction timed without the cache on a few memes: what a new meme costs end to end.
double backboneMilliseconds(const ProjectStore &store, const QList<MemeTaskItem> &items, const QString &modelsFolder)
{
    if (items.isEmpty())
        return 0;
    models::ImageEncoderConfig config;
    config.modelsDirectory = modelsFolder.toStdString();
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
        encoder->encode({toNetworkInput(store.mediaBytes(items[i].mediaId), Error::tr("media %1").arg(items[i].mediaId)).chw});
    return double(clock.nsecsElapsed()) / 1e6 / count;
}

// What predict and evaluate share: the version, the memes of the split and their backbone features.
struct MemeRun
{
    LoadedMemeModel loaded;
    QList<MemeTaskItem> items;
    std::vector<models::MemeExample> memes;
    MemeRunResult result;
};

MemeRun prepareRun(const ProjectStore &store, const MemeTaskData &data, const MemeRunOptions &options, bool needItems,
                   const std::function<void(int, int)> &progress, const std::function<bool()> &cancelled)
{
    MemeRun run{loadMemeModel(store, options.modelVersionId, options.variant), {}, {}, {}};
    run.items = data.items(options.split.isEmpty() ? QStringList() : QStringList{options.split});
    if (needItems && run.items.isEmpty())
        throw Error(Error::tr("%1: no memes with images in split '%2'").arg(store.path(), options.split));
    run.result.modelVersionId = run.loaded.version.id;
    run.result.variant = QString::fromStdString(models::memeVariantName(run.loaded.model->variant()));
    run.memes = data.examples(run.items, modelsFolderOr(options.modelsFolder), progress, cancelled);
    run.result.cancelled = cancelled();
    return run;
}

} // namespace

TrainMemeJob::TrainMemeJob(QString projectPath, TrainMemeOptions options)
    : m_projectPath(std::move(projectPath))
    , m_options(std::move(options))
{
}

TrainMemeResult TrainMemeJob::run()
{
    QElapsedTimer clock;
    clock.start();
    ProjectStore store(m_projectPath);
    const MemeTaskData data(store);
    const QString modelsFolder = modelsFolderOr(m_options.modelsFolder);
    const QList<MemeTaskItem> trainItems = data.items(m_options.trainSplits);
    const QList<MemeTaskItem> devItems = data.items({m_options.devSplit});
    if (trainItems.size() < 4)
        throw Error(Error::tr("%1: task '%2' needs memes with images in split(s) %3; found %4")
                        .arg(m_projectPath, MemeTask::name, m_options.trainSplits.join(QLatin1Char(','))).arg(trainItems.size()));
    TrainMemeResult result;
    const auto cancelled = [this] { return isCancelled(); };
    const auto features = [this](int done, int total) { report({QStringLiteral("features"), done, total}); };
    const std::vector<models::MemeExample> train = data.examples(trainItems, modelsFolder, features, cancelled);
    const std::vector<models::MemeExample> dev = data.examples(devItems, modelsFolder, features, cancelled);
    if (isCancelled()) {
        result.cancelled = true;
        return result;
    }
    std::vector<std::string> labels;
    for (const QString &label : data.labelNames())
        labels.push_back(label.toStdString());

    models::MemeTrainReport trainReport;
    std::unique_ptr<models::MemeModel> model;
    try {
        model = models::MemeModel::train(labels, train, m_options.config, trainReport,
            [this](const models::TrainProgress &p) {
                TextJobProgress progress{QString::fromStdString(p.phase), p.epoch, p.epochs, p.epoch, p.epochs, p.loss, p.devMetric};
                report(progress);
            },
            cancelled);
    } catch (const models::TrainingCancelled &) {
        result.cancelled = true;
        return result;
    } catch (const std::exception &error) {
        // error.what() is the engine's own text (models/ has no Qt): it stays English inside the translated sentence.
        throw Error(Error::tr("%1: training the meme model failed: %2").arg(m_projectPath, QString::fromUtf8(error.what())));
    }
    QJsonObject metrics{{QStringLiteral("holdout_micro_f1"), trainReport.holdoutMicroF1},
                        {QStringLiteral("threshold"), trainReport.threshold},
                        {QStringLiteral("epochs_run"), trainReport.epochsRun},
                        {QStringLiteral("best_epoch"), trainReport.bestEpoch},
                        {QStringLiteral("training_seconds"), trainReport.seconds},
                        {QStringLiteral("dev_split"), m_options.devSplit}};
    if (!dev.empty())
        metrics.insert(QStringLiteral("dev"), scoreOf(goldOf(dev), model->predict(dev), data.labelNames()));
    result.modelVersionId = saveMemeModel(store, *model, m_options.config, metrics, int(train.size()), int(dev.size()));
    result.metrics = metrics;
    result.trainItems = int(train.size());
    result.devItems = int(dev.size());
    result.seconds = double(clock.elapsed()) / 1000.0;
    return result;
}

PredictMemeJob::PredictMemeJob(QString projectPath, MemeRunOptions options)
    : m_projectPath(std::move(projectPath))
    , m_options(std::move(options))
{
}

MemeRunResult PredictMemeJob::run()
{
    ProjectStore store(m_projectPath);
    const MemeTaskData data(store);
    MemeRun run = prepareRun(store, data, m_options, false,
        [this](int done, int total) { report({QStringLiteral("features"), done, total}); }, [this] { return isCancelled(); });
    if (run.result.cancelled)
        return run.result;
    QElapsedTimer clock;
    clock.start();
    const std::vector<models::MemePrediction> predictions = run.loaded.model->predict(run.memes);
    run.result.classifierMsPerMeme = run.memes.empty() ? 0 : double(clock.nsecsElapsed()) / 1e6 / double(run.memes.size());
    run.result.annotations = writeMemePredictions(store, run.loaded, run.items, predictions);
    run.result.items = int(run.items.size());
    return run.result;
}

EvaluateMemeJob::EvaluateMemeJob(QString projectPath, MemeRunOptions options)
    : m_projectPath(std::move(projectPath))
    , m_options(std::move(options))
{
}

MemeRunResult EvaluateMemeJob::run()
{
    ProjectStore store(m_projectPath);
    const MemeTaskData data(store);
    MemeRun run = prepareRun(store, data, m_options, true,
        [this](int done, int total) { report({QStringLiteral("features"), done, total}); }, [this] { return isCancelled(); });
    if (run.result.cancelled)
        return run.result;
    QElapsedTimer clock;
    clock.start();
    const std::vector<models::MemePrediction> predictions = run.loaded.model->predict(run.memes);
    run.result.classifierMsPerMeme = double(clock.nsecsElapsed()) / 1e6 / double(run.memes.size());
    run.result.backboneMsPerMeme = backboneMilliseconds(store, run.items, modelsFolderOr(m_options.modelsFolder));
    run.result.metrics = scoreOf(goldOf(run.memes), predictions, data.labelNames());
    run.result.items = int(run.items.size());
    return run.result;
}

} // namespace candor
