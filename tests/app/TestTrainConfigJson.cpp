#include "app/jobs/text/TrainConfigJson.h"
#include "core/domain/Error.h"

#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {

QString errorOf(const QJsonObject &json)
{
    try {
        trainConfigFromJson(json);
    } catch (const Error &e) {
        return e.message();
    }
    return QStringLiteral("(accepted)");
}

} // namespace

// The text training config as JSON: `candor-cli train --config FILE` and the config stored with a model version.
class TestTrainConfigJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The keys are part of the CLI contract and of the model versions stored in projects.
    void writesEveryField()
    {
        const QJsonObject json = trainConfigToJson(models::TextTrainConfig{});
        QCOMPARE(json.keys(),
            QStringList({"balanceClasses", "batchSize", "bootstrapResamples", "classFocalGamma", "cvFolds",
                "dropTrailingCandidates", "dropout", "epochs", "feedForward", "fineTuneLastLayers", "focalAlpha",
                "focalGamma", "headUnits", "heads", "layers", "learningRate", "maxLength", "minSpanLength",
                "mlmPretrainEpochs", "ngramEpochs", "ngramHashBits", "ngramLearningRate", "oversample", "patience",
                "pretrainedTokenizer", "seed", "threads", "trainEnsemble", "trainLinear", "trainNgramBaseline",
                "trainTransformer", "tuneThresholds", "vocabSize", "warmupFraction", "weightDecay", "width"}));
        QCOMPARE(json.value(QStringLiteral("seed")).toInteger(), 13);
        QCOMPARE(json.value(QStringLiteral("fineTuneLastLayers")).toInteger(), -1);
        QCOMPARE(json.value(QStringLiteral("learningRate")).toDouble(), 5e-4);
        QCOMPARE(json.value(QStringLiteral("balanceClasses")), QJsonValue(true));
        QCOMPARE(json.value(QStringLiteral("pretrainedTokenizer")), QJsonValue(false)); // bytes are never stored
    }

    void readsBackWhatItWrites()
    {
        models::TextTrainConfig config;
        config.seed = 77;
        config.threads = 3;
        config.trainEnsemble = false;
        config.ngramLearningRate = 0.125;
        config.fineTuneLastLayers = 2;
        config.oversample = true;
        config.warmupFraction = 0.05;
        QJsonObject json = trainConfigToJson(config);
        json.remove(QStringLiteral("pretrainedTokenizer"));
        QCOMPARE(trainConfigToJson(trainConfigFromJson(json)), trainConfigToJson(config));
    }

    void keysLeftOutKeepTheGivenValues()
    {
        models::TextTrainConfig base;
        base.epochs = 99;
        const models::TextTrainConfig config = trainConfigFromJson({{QStringLiteral("layers"), 6}}, base);
        QCOMPARE(config.layers, 6);
        QCOMPARE(config.epochs, 99);
    }

    void readsTheTokenizerFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tok.model"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("spm\0bytes", 9));
        file.close();
        const models::TextTrainConfig config = trainConfigFromJson({{QStringLiteral("pretrainedTokenizer"), path}});
        QCOMPARE(config.pretrainedTokenizer, std::string("spm\0bytes", 9));
        QCOMPARE(trainConfigToJson(config).value(QStringLiteral("pretrainedTokenizer")), QJsonValue(true));
    }

    void refusesBadValues_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown key") << QJsonObject{{QStringLiteral("epoch"), 3}}
                                     << QStringLiteral("training config: unknown key 'epoch'");
        QTest::newRow("integer as string") << QJsonObject{{QStringLiteral("epochs"), QStringLiteral("3")}}
                                           << QStringLiteral("training config: 'epochs' must be a number");
        QTest::newRow("fractional integer") << QJsonObject{{QStringLiteral("epochs"), 2.5}}
                                            << QStringLiteral("training config: 'epochs' must be a whole number");
        QTest::newRow("double as bool") << QJsonObject{{QStringLiteral("dropout"), true}}
                                        << QStringLiteral("training config: 'dropout' must be a number");
        QTest::newRow("bool as number") << QJsonObject{{QStringLiteral("trainTransformer"), 0}}
                                        << QStringLiteral("training config: 'trainTransformer' must be true or false");
        QTest::newRow("tokenizer as number")
            << QJsonObject{{QStringLiteral("pretrainedTokenizer"), 1}}
            << QStringLiteral("training config: 'pretrainedTokenizer' must be the path of a sentencepiece .model file");
    }
    void refusesBadValues()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, error);
        QCOMPARE(errorOf(json), error);
    }

    void namesAMissingTokenizerFile()
    {
        const QString error
            = errorOf({{QStringLiteral("pretrainedTokenizer"), QStringLiteral("/nonexistent/x.model")}});
        QVERIFY2(error.startsWith(QStringLiteral("training config: cannot read tokenizer '/nonexistent/x.model': ")),
            qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTrainConfigJson)
#include "TestTrainConfigJson.moc"
