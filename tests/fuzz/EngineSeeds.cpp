// The training config readers' and the stored model readers' seed corpora (Seeds.h).
#include "app/jobs/text/TrainConfigJson.h"
#include "app/jobs/thread/ThreadConfigJson.h"
#include "models/text/TextModel.h"
#include "models/thread/ThreadModel.h"
#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/Seeds.h"

#include <QJsonDocument>

namespace candor::fuzz {

namespace {

QString g_out;

void seed(const QString &target, const QString &name, const QByteArray &bytes)
{
    writeSeed(g_out, target, name, bytes);
}

void configSeeds()
{
    const QByteArray defaults = QJsonDocument(candor::trainConfigToJson({})).toJson();
    seed(QStringLiteral("train-config"), QStringLiteral("defaults"), defaults);
    seed(QStringLiteral("train-config"), QStringLiteral("readme-example"),
        "{\"epochs\": 10, \"layers\": 2, \"width\": 128, \"learningRate\": 3e-4, \"trainNgramBaseline\": false}");
    seed(QStringLiteral("thread-config"), QStringLiteral("defaults"),
        QJsonDocument(candor::threadConfigToJson({})).toJson());
    seed(QStringLiteral("thread-config"), QStringLiteral("readme-example"),
        "{\"order\": \"chronological\", \"epochs\": 10, \"useMeta\": false, \"tasks\": \"stance\"}");
}

// Model files saved by the engine itself after a training of seconds on tiny generated data: an n-gram text
// model (config.json + model.safetensors) and a thread model, and their safetensors files for the reader.
void modelSeeds()
{
    using namespace candor::models;
    TextTaskDefinition task;
    task.kind = TextTaskKind::MultiLabel;
    task.classLabels = {"Doubt", "Smears"};
    std::vector<TextExample> examples;
    for (int i = 0; i < 24; ++i) {
        TextExample example;
        example.text = i % 2 ? "they lie to you again and again" : "is this really confirmed by anyone";
        example.classes = {i % 2 ? 1 : 0};
        examples.push_back(example);
    }
    TextTrainConfig config;
    config.trainTransformer = false;
    config.trainLinear = false; // the linear candidate has its own test (test_lineartextmodel)
    config.threads = 1;
    config.ngramHashBits = 8;
    config.ngramEpochs = 2;
    config.cvFolds = 0;
    TrainReport report;
    const auto text = TextModel::train(task, examples, examples, {}, config, report);
    const auto files = text->save();
    const QByteArray textConfig = QByteArray::fromStdString(files.at("config.json"));
    const QByteArray textWeights = QByteArray::fromStdString(files.at("model.safetensors"));
    seed(QStringLiteral("text-model"), QStringLiteral("ngram"), joinParts({textConfig, textWeights}));
    seed(QStringLiteral("safetensors"), QStringLiteral("ngram"), textWeights);

    std::vector<ThreadExample> threads;
    for (int t = 0; t < 6; ++t) {
        ThreadExample thread;
        thread.id = "t" + std::to_string(t);
        thread.posts.push_back({thread.id + "-0", "breaking news about the event", -1, 0, {}, 0});
        thread.posts.push_back(
            {thread.id + "-1", t % 2 ? "agreed this is right" : "nonsense that is fake", 0, 30, {}, t % 2 ? 0 : 1});
        thread.veracity = t % 2 ? 0 : 1;
        threads.push_back(thread);
    }
    ThreadTrainConfig small;
    small.threads = 1;
    small.hashBuckets = 64;
    small.textDim = 4;
    small.imageInputDim = 2;
    small.imageDim = 2;
    small.metaState = 4;
    small.metaDim = 2;
    small.taskHidden = 4;
    small.epochs = 1;
    small.batchSize = 4;
    small.validationFraction = 0;
    ThreadTrainReport threadReport;
    const auto thread = ThreadModel::train(threads, small, threadReport);
    seed(QStringLiteral("thread-model"), QStringLiteral("small"),
        QByteArray::fromStdString(thread->save().at("model.safetensors")));
    seed(QStringLiteral("safetensors"), QStringLiteral("thread"),
        QByteArray::fromStdString(thread->save().at("model.safetensors")));
}

} // namespace

void writeEngineSeeds(const QString &outDir)
{
    g_out = outDir;
    configSeeds();
    modelSeeds();
}

} // namespace candor::fuzz
