#include "models/thread/ThreadModelConfig.h"

#include <QTest>

using namespace candor::models;
using namespace candor::models::thread;

namespace {

ThreadTrainConfig smallConfig()
{
    ThreadTrainConfig config;
    config.order = PostOrder::Chronological;
    config.tasks = ThreadTasks::VeracityOnly;
    config.useImages = false;
    config.claimStance = true;
    config.hashBuckets = 1024;
    config.textDim = 16;
    config.imageInputDim = 4;
    config.imageDim = 8;
    config.metaState = 16;
    config.metaDim = 8;
    config.taskHidden = 24;
    config.dropout = 0.25;
    config.batchSize = 8;
    return config;
}

// What configToJson writes for smallConfig(): the format of config.json and of the safetensors "config" metadata
// in the thread models saved in projects. Keys sorted, booleans, integers and a number with a fraction.
const char *const kSmallConfig = "{\n"
                                 "  \"batch_size\": 8,\n"
                                 "  \"claim_stance\": true,\n"
                                 "  \"dropout\": 0.25,\n"
                                 "  \"hash_buckets\": 1024,\n"
                                 "  \"image_dim\": 8,\n"
                                 "  \"image_input_dim\": 4,\n"
                                 "  \"meta_dim\": 8,\n"
                                 "  \"meta_state\": 16,\n"
                                 "  \"order\": \"chronological\",\n"
                                 "  \"task_hidden\": 24,\n"
                                 "  \"tasks\": \"veracity\",\n"
                                 "  \"text_dim\": 16,\n"
                                 "  \"use_attention\": true,\n"
                                 "  \"use_images\": false,\n"
                                 "  \"use_meta\": true\n"
                                 "}";

// A config as the engine wrote it before claim_stance existed and before nlohmann::json (dropout via %.17g).
const char *const kEarlierConfig
    = "{\n  \"batch_size\": 16,\n  \"dropout\": 0.29999999999999999,\n  \"hash_buckets\": 65536,\n"
      "  \"image_dim\": 256,\n  \"image_input_dim\": 1280,\n  \"meta_dim\": 64,\n  \"meta_state\": 100,\n"
      "  \"order\": \"branches\",\n  \"task_hidden\": 256,\n  \"tasks\": \"both\",\n  \"text_dim\": 128,\n"
      "  \"use_attention\": true,\n  \"use_images\": true,\n  \"use_meta\": false\n}";

std::string replaced(std::string text, const std::string &from, const std::string &to)
{
    const size_t at = text.find(from);
    if (at == std::string::npos)
        qFatal("fixture text lacks %s", from.c_str());
    return text.replace(at, from.size(), to);
}

} // namespace

class TestThreadModelConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheSavedFormat() { QCOMPARE(configToJson(smallConfig()), std::string(kSmallConfig)); }

    void readsBackWhatItWrites()
    {
        const ThreadTrainConfig original = smallConfig();
        const ThreadTrainConfig read = configFromJson(configToJson(original));
        QVERIFY(read.order == original.order);
        QVERIFY(read.tasks == original.tasks);
        QCOMPARE(read.useImages, original.useImages);
        QCOMPARE(read.useMeta, original.useMeta);
        QCOMPARE(read.useAttention, original.useAttention);
        QCOMPARE(read.claimStance, original.claimStance);
        QCOMPARE(read.hashBuckets, original.hashBuckets);
        QCOMPARE(read.textDim, original.textDim);
        QCOMPARE(read.imageInputDim, original.imageInputDim);
        QCOMPARE(read.imageDim, original.imageDim);
        QCOMPARE(read.metaState, original.metaState);
        QCOMPARE(read.metaDim, original.metaDim);
        QCOMPARE(read.taskHidden, original.taskHidden);
        QCOMPARE(read.dropout, original.dropout);
        QCOMPARE(read.batchSize, original.batchSize);
    }

    // Thread models saved in projects earlier still load: claim_stance absent means off.
    void readsConfigsWrittenEarlier()
    {
        const ThreadTrainConfig read = configFromJson(kEarlierConfig);
        QVERIFY(read.order == PostOrder::Branches);
        QVERIFY(read.tasks == ThreadTasks::Both);
        QVERIFY(!read.claimStance);
        QVERIFY(!read.useMeta);
        QCOMPARE(read.dropout, 0.3);
        QCOMPARE(read.imageInputDim, 1280);
        QVERIFY(configToJson(read).find("\"dropout\": 0.3,") != std::string::npos);
    }

    void refusesBadConfigs_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        const std::string valid = kSmallConfig;
        const auto row = [](const char *name, const std::string &text, const char *error) {
            QTest::newRow(name) << QByteArray::fromStdString(text) << QString::fromUtf8(error);
        };
        row("missing key", replaced(valid, "  \"text_dim\": 16,\n", ""), "JSON: missing key \"text_dim\"");
        row("bool as number", replaced(valid, "\"use_meta\": true", "\"use_meta\": 1"),
            "JSON: use_meta must be a boolean, found a number");
        row("integer as string", replaced(valid, "\"batch_size\": 8", "\"batch_size\": \"8\""),
            "JSON: batch_size must be an integer, found a string");
        row("fractional integer", replaced(valid, "\"meta_dim\": 8", "\"meta_dim\": 8.0"),
            "JSON: meta_dim must be an integer, found a number");
        row("dropout as string", replaced(valid, "\"dropout\": 0.25", "\"dropout\": \"0.25\""),
            "JSON: dropout must be a number, found a string");
        row("zero size", replaced(valid, "\"hash_buckets\": 1024", "\"hash_buckets\": 0"),
            "thread model config: hash_buckets out of range");
        row("huge size", replaced(valid, "\"hash_buckets\": 1024", "\"hash_buckets\": 9223372036854775807"),
            "thread model config: hash_buckets out of range");
        row("unknown order", replaced(valid, "\"chronological\"", "\"random\""),
            "thread model config: unknown post order \"random\" (chronological or branches)");
        row("unknown tasks", replaced(valid, "\"veracity\"", "\"all\""), "thread model config: unknown tasks \"all\"");
        row("duplicate key", replaced(valid, "\"dropout\": 0.25,", "\"dropout\": 0.25, \"dropout\": 0.5,"),
            "JSON: duplicate key \"dropout\"");
        row("not an object", "[1, 2]", "JSON: missing key \"order\"");
    }
    void refusesBadConfigs()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        try {
            configFromJson(text.toStdString());
            QFAIL("accepted a bad config");
        } catch (const std::runtime_error &e) {
            QCOMPARE(QString::fromUtf8(e.what()), error);
        }
    }

    void malformedJsonSaysWhereItStopped()
    {
        try {
            configFromJson("{\"order\": \"branches\",}");
            QFAIL("accepted malformed JSON");
        } catch (const std::runtime_error &e) {
            const QString error = QString::fromUtf8(e.what());
            QVERIFY2(error.startsWith(QLatin1String("JSON: syntax error")), qPrintable(error));
            QVERIFY2(error.endsWith(QLatin1String("at byte 22")), qPrintable(error));
        }
    }
};

QTEST_GUILESS_MAIN(TestThreadModelConfig)
#include "TestThreadModelConfig.moc"
