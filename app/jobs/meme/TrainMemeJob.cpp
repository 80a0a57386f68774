#include "app/jobs/meme/TrainMemeJob.h"

#include "app/jobs/SelectionJson.h"
#include "app/jobs/meme/MemeModelStore.h"
#include "app/jobs/meme/MemeRun.h"
#include "app/jobs/meme/MemeTaskData.h"
#include "app/jobs/text/ConstantAnswer.h"
#include "core/domain/Error.h"
#include "core/domain/MetricsText.h"
#include "models/meme/MemeCrossValidation.h"

#include <QElapsedTimer>

#include <optional>
#include <stdexcept>

namespace candor {

namespace {

// The memes' techniques as item labels: the same constant answer as persuasion-labels (the k most frequent
// training techniques, k by CV inside train), which the multimodal model must beat.
QJsonObject memeConstantAnswer(const std::vector<std::string> &labels, const std::vector<models::MemeExample> &train,
    const std::vector<models::MemeExample> &dev)
{
    models::TextTaskDefinition task;
    task.kind = models::TextTaskKind::MultiLabel;
    task.classLabels = labels;
    try {
        return constantAnswerBaseline(task, models::memesAsTextExamples(train), models::memesAsTextExamples(dev));
    } catch (const std::invalid_argument &error) {
        return {{QStringLiteral("unavailable"), QString::fromStdString(error.what())}};
    }
}

} // namespace

QJsonObject TrainMemeResult::toJson() const
{
    return {{QStringLiteral("task"), MemeTask::name}, {QStringLiteral("model_version"), modelVersionId},
        {QStringLiteral("variant"), variant}, {QStringLiteral("metrics"), metrics}};
}

QString TrainMemeResult::summary() const
{
    return TrainMemeJob::tr("Trained %1 (%2): model version %3, %4 train / %5 dev memes, %6 s; dev %7")
               .arg(MemeTask::name, variant)
               .arg(modelVersionId)
               .arg(trainItems)
               .arg(devItems)
               .arg(seconds, 0, 'f', 1)
               .arg(metricsSummary(metrics))
        + (metrics.contains(QStringLiteral("cv")) ? QStringLiteral("; ") + cvSummary(metrics) : QString());
}

TrainMemeJob::TrainMemeJob(QString projectPath, TrainMemeOptions options)
    : TypedEngineJob(std::move(projectPath))
    , m_options(std::move(options))
{
}

QString TrainMemeJob::title() const
{
    QStringList variants;
    for (const models::MemeVariant variant : m_options.candidates)
        variants.append(QString::fromStdString(models::memeVariantName(variant)));
    if (variants.isEmpty())
        variants.append(QString::fromStdString(models::memeVariantName(m_options.config.variant)));
    return tr("Train %1 (%2)").arg(MemeTask::name, variants.join(QStringLiteral(" / ")));
}

TrainMemeResult TrainMemeJob::execute()
{
    QElapsedTimer clock;
    clock.start();
    ProjectStore store(projectPath());
    const MemeTaskData data(store);
    const QString modelsFolder = memeModelsFolder(m_options.modelsFolder);
    const QList<MemeTaskItem> trainItems = data.items(m_options.trainSplits);
    const QList<MemeTaskItem> devItems = data.items({m_options.devSplit});
    if (trainItems.size() < 4)
        throw Error(Error::tr("%1: task '%2' needs memes with images in split(s) %3; found %4")
                        .arg(projectPath(), MemeTask::name, m_options.trainSplits.join(QLatin1Char(',')))
                        .arg(trainItems.size()));
    const std::vector<models::MemeExample> train = data.examples(trainItems, modelsFolder, control());
    const std::vector<models::MemeExample> dev = data.examples(devItems, modelsFolder, control());
    std::vector<std::string> labels;
    for (const QString &label : data.labelNames())
        labels.push_back(label.toStdString());

    models::MemeTrainConfig config = m_options.config;
    std::optional<models::MemeCrossValidation> selection;
    if (m_options.cvFolds >= 2) {
        const std::vector<models::MemeVariant> candidates
            = m_options.candidates.empty() ? std::vector<models::MemeVariant>{config.variant} : m_options.candidates;
        selection = callEngine(Error::tr("%1: cross-validating the meme model failed").arg(projectPath()), [&] {
            return models::crossValidateMemeVariants(
                labels, train, candidates, config, m_options.cvFolds, m_options.bootstrapResamples, control());
        });
        config.variant = models::memeVariantFromName(selection->chosen);
    }
    throwIfCancelled();
    models::MemeTrainReport trainReport;
    std::unique_ptr<models::MemeModel> model
        = callEngine(Error::tr("%1: training the meme model failed").arg(projectPath()),
            [&] { return models::MemeModel::train(labels, train, config, trainReport, control()); });
    throwIfCancelled();
    TrainMemeResult result;
    result.variant = QString::fromStdString(models::memeVariantName(config.variant));
    result.metrics = {{QStringLiteral("holdout_micro_f1"), trainReport.holdoutMicroF1},
        {QStringLiteral("threshold"), trainReport.threshold}, {QStringLiteral("epochs_run"), trainReport.epochsRun},
        {QStringLiteral("best_epoch"), trainReport.bestEpoch},
        {QStringLiteral("training_seconds"), trainReport.seconds}, {QStringLiteral("dev_split"), m_options.devSplit}};
    if (config.variant == models::MemeVariant::Linear) { // C and thresholds by the text engine's CV (LinearMemeModel.h)
        result.metrics.remove(QStringLiteral("threshold"));
        result.metrics.remove(QStringLiteral("holdout_micro_f1"));
    }
    if (!dev.empty())
        result.metrics.insert(QStringLiteral("dev"), memeScores(dev, model->predict(dev), data.labelNames()));
    result.metrics.insert(QStringLiteral("baseline"), memeConstantAnswer(labels, train, dev));
    if (selection) {
        const QJsonObject candidates = candidatesJson(selection->candidates);
        result.metrics.insert(QStringLiteral("chosen"), result.variant);
        result.metrics.insert(QStringLiteral("candidates"), candidates);
        result.metrics.insert(QStringLiteral("cv"),
            crossValidationJson(selection->folds, candidates.value(result.variant).toObject(), selection->constant));
    }
    report("saving");
    result.modelVersionId = saveMemeModel(store, *model, config, result.metrics, int(train.size()), int(dev.size()));
    result.trainItems = int(train.size());
    result.devItems = int(dev.size());
    result.seconds = double(clock.elapsed()) / 1000.0;
    return result;
}

} // namespace candor
