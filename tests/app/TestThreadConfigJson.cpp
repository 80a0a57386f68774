#include "app/jobs/thread/ThreadConfigJson.h"
#include "core/domain/Error.h"

#include <QTest>

using namespace candor;

namespace {

QString errorOf(const QJsonObject &json)
{
    try {
        threadConfigFromJson(json);
    } catch (const Error &e) {
        return e.message();
    }
    return QStringLiteral("(accepted)");
}

} // namespace

// The thread training config as JSON: `candor-cli train --task thread --config FILE` and the config stored with a
// thread model version.
class TestThreadConfigJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesEveryField()
    {
        const QJsonObject json = threadConfigToJson(models::ThreadTrainConfig{});
        QCOMPARE(json.keys(),
            QStringList({"batchSize", "beta", "claimStance", "decayRate", "decaySteps", "dropout", "epochs",
                "hashBuckets", "holdOutByGroup", "imageDim", "imageInputDim", "learningRate", "metaDim", "metaState",
                "minStepsPerEpoch", "order", "patience", "seed", "selectOnVeracity", "stanceClassWeightPower",
                "taskHidden", "tasks", "textDim", "threads", "useAttention", "useImages", "useMeta",
                "validationFraction", "veracityClassWeightPower", "weightDecay"}));
        QCOMPARE(json.value(QStringLiteral("order")), QJsonValue(QStringLiteral("branches")));
        QCOMPARE(json.value(QStringLiteral("tasks")), QJsonValue(QStringLiteral("both")));
        QCOMPARE(json.value(QStringLiteral("seed")).toInteger(), 13);
        QCOMPARE(json.value(QStringLiteral("hashBuckets")).toInteger(), 65536);
        QCOMPARE(json.value(QStringLiteral("dropout")).toDouble(), 0.3);
        QCOMPARE(json.value(QStringLiteral("useImages")), QJsonValue(true));
    }

    void readsBackWhatItWrites()
    {
        models::ThreadTrainConfig config;
        config.seed = 5;
        config.order = models::PostOrder::Chronological;
        config.tasks = models::ThreadTasks::VeracityOnly;
        config.useMeta = false;
        config.holdOutByGroup = true;
        config.textDim = 32;
        config.beta = 0.625;
        const models::ThreadTrainConfig read = threadConfigFromJson(threadConfigToJson(config));
        QVERIFY(read.order == models::PostOrder::Chronological);
        QVERIFY(read.tasks == models::ThreadTasks::VeracityOnly);
        QCOMPARE(threadConfigToJson(read), threadConfigToJson(config));
    }

    void readsEveryTasksName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("tasks");
        QTest::newRow("both") << QStringLiteral("both") << int(models::ThreadTasks::Both);
        QTest::newRow("stance") << QStringLiteral("stance") << int(models::ThreadTasks::StanceOnly);
        QTest::newRow("veracity") << QStringLiteral("veracity") << int(models::ThreadTasks::VeracityOnly);
    }
    void readsEveryTasksName()
    {
        QFETCH(QString, name);
        QFETCH(int, tasks);
        QCOMPARE(int(threadConfigFromJson({{QStringLiteral("tasks"), name}}).tasks), tasks);
        models::ThreadTrainConfig config;
        config.tasks = models::ThreadTasks(tasks);
        QCOMPARE(threadConfigToJson(config).value(QStringLiteral("tasks")).toString(), name);
    }

    void keysLeftOutKeepTheGivenValues()
    {
        models::ThreadTrainConfig base;
        base.epochs = 42;
        const models::ThreadTrainConfig config = threadConfigFromJson({{QStringLiteral("useMeta"), false}}, base);
        QVERIFY(!config.useMeta);
        QCOMPARE(config.epochs, 42);
    }

    void refusesBadValues_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("error");
        const auto one = [](const char *key, const QJsonValue &value) {
            return QJsonObject{{QLatin1String(key), value}};
        };
        QTest::newRow("unknown key") << one("epoch", 3)
                                     << QStringLiteral("thread training config: unknown key \"epoch\"");
        QTest::newRow("integer as string") << one("epochs", QStringLiteral("3"))
                                           << QStringLiteral("thread training config: \"epochs\" must be an integer");
        QTest::newRow("fractional integer")
            << one("epochs", 2.5) << QStringLiteral("thread training config: \"epochs\" must be an integer");
        QTest::newRow("integer beyond int")
            << one("hashBuckets", 3e9) << QStringLiteral("thread training config: \"hashBuckets\" must be an integer");
        QTest::newRow("negative seed") << one(
            "seed", -1) << QStringLiteral("thread training config: \"seed\" must be a non-negative integer");
        QTest::newRow("seed as string") << one("seed",
            QStringLiteral("7")) << QStringLiteral("thread training config: \"seed\" must be a non-negative integer");
        QTest::newRow("double as string") << one("dropout", QStringLiteral("0.3"))
                                          << QStringLiteral("thread training config: \"dropout\" must be a number");
        QTest::newRow("bool as number") << one("useMeta", 1)
                                        << QStringLiteral("thread training config: \"useMeta\" must be true or false");
        QTest::newRow("unknown order")
            << one("order", QStringLiteral("random"))
            << QStringLiteral("thread training config: \"order\" must be \"chronological\" or \"branches\"");
        QTest::newRow("order as number") << one("order",
            1) << QStringLiteral("thread training config: \"order\" must be \"chronological\" or \"branches\"");
        QTest::newRow("unknown tasks")
            << one("tasks", QStringLiteral("all"))
            << QStringLiteral("thread training config: \"tasks\" must be \"both\", \"stance\" or \"veracity\"");
    }
    void refusesBadValues()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, error);
        QCOMPARE(errorOf(json), error);
    }
};

QTEST_GUILESS_MAIN(TestThreadConfigJson)
#include "TestThreadConfigJson.moc"
