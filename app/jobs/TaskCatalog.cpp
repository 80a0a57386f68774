#include "app/jobs/TaskCatalog.h"

#include "app/jobs/meme/EvaluateMemeJob.h"
#include "app/jobs/meme/MemeConfigJson.h"
#include "app/jobs/meme/PredictMemeJob.h"
#include "app/jobs/meme/TrainMemeJob.h"
#include "app/jobs/text/EvaluateTextJob.h"
#include "app/jobs/text/PredictTextJob.h"
#include "app/jobs/text/TextTask.h"
#include "app/jobs/text/TextTaskReadiness.h"
#include "app/jobs/text/TrainConfigJson.h"
#include "app/jobs/text/TrainTextJob.h"
#include "app/jobs/thread/EvaluateThreadJob.h"
#include "app/jobs/thread/PredictThreadJob.h"
#include "app/jobs/thread/ThreadConfigJson.h"
#include "app/jobs/thread/TrainThreadJob.h"
#include "core/domain/Error.h"
#include "core/store/ProjectStore.h"
#include "core/store/TaskQueries.h"

#include <QJsonArray>

namespace candor {

namespace {

// The multimodal model needs a few memes to hold some out for its epoch and threshold.
constexpr int kMinimumTrainingMemes = 4;

} // namespace

const QList<TaskInfo> &TaskCatalog::tasks()
{
    static const QList<TaskInfo> all{
        {QStringLiteral("persuasion-labels"), TaskFamily::Text,
            tr("Persuasion techniques of a meme's text (SemEval-2021 T6 subtask 1: 20 labels)"), {}, {}, false},
        {QStringLiteral("persuasion-spans"), TaskFamily::Text,
            tr("Persuasion technique spans in a meme's text (SemEval-2021 T6 subtask 2)"), {}, {}, false},
        {QStringLiteral("persuasion-multimodal"), TaskFamily::Meme,
            tr("Persuasion techniques of a meme, text and image (SemEval-2021 T6 subtask 3: 22 labels)"), tr("Variant"),
            {autoMemeVariant(), QStringLiteral("fused"), QStringLiteral("text"), QStringLiteral("image"),
                QStringLiteral("gated"), QStringLiteral("linear")},
            false},
        {QStringLiteral("narrative"), TaskFamily::Text,
            tr("Conspiracy or critical thinking, and the narrative roles in a message (PAN 2024)"), {}, {}, true},
        {QStringLiteral("post-veracity"), TaskFamily::Text,
            tr("Fake or real: a verdict for a post from its text and picture (MediaEval 2016, Weibo; folds grouped by "
               "event)"),
            tr("Reads"), {QStringLiteral("text"), QStringLiteral("text+description"), QStringLiteral("description")},
            false},
        {QStringLiteral("thread"), TaskFamily::Thread,
            tr("Reply stance per post and rumour veracity per thread (RumourEval 2017)"), tr("Post order"),
            {QStringLiteral("branches"), QStringLiteral("chronological")}, false},
    };
    return all;
}

QList<TaskInfo> TaskCatalog::tasksOf(const ProjectStore *store)
{
    QList<TaskInfo> all = tasks();
    if (store)
        for (const QString &name : ownSchemaTaskNames(*store))
            all.append(task(name));
    return all;
}

QStringList TaskCatalog::names()
{
    QStringList names;
    for (const TaskInfo &task : tasks())
        names.append(task.name);
    return names;
}

TaskInfo TaskCatalog::task(const QString &name)
{
    for (const TaskInfo &task : tasks())
        if (task.name == name)
            return task;
    if (isTextTaskName(name)) {
        const QString schema = name.mid(name.indexOf(QLatin1Char(':')) + 1);
        const QString summary = name.startsWith(QLatin1String("spans:"))
            ? tr("Spans of your schema %1 in an item's text").arg(schema)
            : name.startsWith(QLatin1String("class:")) ? tr("One label of your schema %1 per item").arg(schema)
                                                       : tr("Labels of your schema %1, several per item").arg(schema);
        return {name, TaskFamily::Text, summary, {}, {}, false};
    }
    throw Error(Error::tr("unknown task '%1' (use %2, or labels:, class: or spans: and a schema's name)")
                    .arg(name, names().join(QStringLiteral(", "))));
}

namespace {

QString checkedVariant(const TaskInfo &task, const QString &variant)
{
    if (variant.isEmpty())
        return task.variants.value(0);
    if (!task.variants.contains(variant))
        throw Error(Error::tr("task '%1' has no variant '%2' (use %3)")
                        .arg(task.name, variant, task.variants.join(QStringLiteral(", "))));
    return variant;
}

} // namespace

std::unique_ptr<EngineJob> makeTrainJob(const QString &projectPath, const TrainRequest &request)
{
    const TaskInfo &task = TaskCatalog::task(request.task);
    const QString variant = checkedVariant(task, request.variant);
    switch (task.family) {
    case TaskFamily::Text: {
        TrainTextOptions options;
        options.task = task.name;
        options.trainSplits = request.trainSplits;
        options.devSplit = request.devSplit;
        options.language = request.language;
        options.config = trainConfigFromJson(request.settings);
        if (!task.variants.isEmpty()) // post-veracity: the post's text, its picture's description, or both
            options.pictureInput = variant;
        return std::make_unique<TrainTextJob>(projectPath, options);
    }
    case TaskFamily::Thread: {
        TrainThreadOptions options;
        options.trainSplits = request.trainSplits;
        options.devSplit = request.devSplit;
        QJsonObject settings = request.settings;
        if (!request.variant.isEmpty() || !settings.contains(QStringLiteral("order")))
            settings.insert(QStringLiteral("order"), variant);
        options.config = threadConfigFromJson(settings);
        return std::make_unique<TrainThreadJob>(projectPath, options);
    }
    case TaskFamily::Meme: {
        TrainMemeOptions options;
        options.trainSplits = request.trainSplits;
        options.devSplit = request.devSplit;
        QJsonObject settings = request.settings;
        if (variant == autoMemeVariant()) {
            options.candidates = autoMemeCandidates();
            settings.remove(QStringLiteral("variant"));
        } else if (!request.variant.isEmpty() || !settings.contains(QStringLiteral("variant"))) {
            settings.insert(QStringLiteral("variant"), variant);
        }
        options.config = memeConfigFromJson(settings);
        return std::make_unique<TrainMemeJob>(projectPath, options);
    }
    }
    return nullptr;
}

std::unique_ptr<EngineJob> makePredictJob(const QString &projectPath, const PredictRequest &request)
{
    const TaskInfo &task = TaskCatalog::task(request.task);
    switch (task.family) {
    case TaskFamily::Text:
        return std::make_unique<PredictTextJob>(projectPath,
            PredictTextOptions{
                task.name, request.modelVersionId, request.scope, 32, request.evenIfNoBetterThanConstant});
    case TaskFamily::Thread:
        return std::make_unique<PredictThreadJob>(
            projectPath, PredictThreadOptions{request.modelVersionId, request.scope});
    case TaskFamily::Meme: {
        PredictMemeOptions options;
        options.scope = request.scope;
        options.modelVersionId = request.modelVersionId;
        options.evenIfNoBetterThanConstant = request.evenIfNoBetterThanConstant;
        return std::make_unique<PredictMemeJob>(projectPath, options);
    }
    }
    return nullptr;
}

std::unique_ptr<EngineJob> makeEvaluateJob(const QString &projectPath, const EvaluateRequest &request)
{
    const TaskInfo &task = TaskCatalog::task(request.task);
    switch (task.family) {
    case TaskFamily::Text: {
        EvaluateTextOptions options;
        options.task = task.name;
        options.split = request.split;
        options.modelVersionId = request.modelVersionId;
        return std::make_unique<EvaluateTextJob>(projectPath, options);
    }
    case TaskFamily::Thread:
        return std::make_unique<EvaluateThreadJob>(
            projectPath, EvaluateThreadOptions{request.modelVersionId, request.split});
    case TaskFamily::Meme: {
        EvaluateMemeOptions options;
        options.split = request.split;
        options.modelVersionId = request.modelVersionId;
        return std::make_unique<EvaluateMemeJob>(projectPath, options);
    }
    }
    return nullptr;
}

TrainRequest retrainRequest(const ModelVersion &version, QStringList *notes)
{
    const TaskInfo &task = TaskCatalog::task(version.task);
    TrainRequest request;
    request.task = task.name;
    const QJsonArray trainSplits = version.config.value(QStringLiteral("train_splits")).toArray();
    if (!trainSplits.isEmpty()) {
        request.trainSplits.clear();
        for (const QJsonValue &split : trainSplits)
            request.trainSplits.append(split.toString());
    }
    request.devSplit = version.config.value(QStringLiteral("dev_split")).toString(request.devSplit);
    switch (task.family) {
    case TaskFamily::Text:
        request.settings = version.config.value(QStringLiteral("train")).toObject();
        request.language = version.config.value(QStringLiteral("language")).toString(QStringLiteral("all"));
        request.variant = version.config.value(QStringLiteral("picture_input")).toString(); // post-veracity
        // A version stores "pretrainedTokenizer" as true/false, not the tokenizer's bytes: the retrain trains its own.
        if (request.settings.take(QStringLiteral("pretrainedTokenizer")).toBool() && notes)
            notes->append(
                TaskCatalog::tr("the last version started from a pretrained tokenizer, which is not stored with it; "
                                "this run trains its own (Models > Train… to choose)"));
        break;
    case TaskFamily::Thread:
        request.settings = version.config.value(QStringLiteral("train")).toObject();
        request.variant = request.settings.value(QStringLiteral("order")).toString();
        // The image size was resolved from the data; a retrain resolves it again.
        request.settings.remove(QStringLiteral("imageInputDim"));
        break;
    case TaskFamily::Meme:
        request.settings = version.config;
        request.settings.remove(QStringLiteral("files"));
        request.settings.remove(QStringLiteral("backbone"));
        request.variant = request.settings.value(QStringLiteral("variant")).toString();
        // A version whose variant cross-validation chose among several is retrained the same way.
        if (version.metrics.value(QStringLiteral("candidates")).toObject().size() > 1)
            request.variant = autoMemeVariant();
        break;
    }
    return request;
}

QString missingTrainingData(const ProjectStore &store, const QString &taskName)
{
    const TaskInfo &task = TaskCatalog::task(taskName);
    const TaskQueries queries(store);
    switch (task.family) {
    case TaskFamily::Text: return missingTextTrainingData(store, task.name);
    case TaskFamily::Thread:
        if (!queries.hasLabelledThread(QStringLiteral("train")))
            return TaskCatalog::tr(
                "no thread in split 'train' has a stance or veracity label (gold or human-confirmed)");
        return {};
    case TaskFamily::Meme:
        if (queries.countMemesWithImages(QStringLiteral("train"), kMinimumTrainingMemes) < kMinimumTrainingMemes)
            return TaskCatalog::tr("fewer than %1 memes with an image in split 'train'").arg(kMinimumTrainingMemes);
        return {};
    }
    return {};
}

} // namespace candor
