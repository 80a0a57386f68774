// The training config readers (trainConfigFromJson, threadConfigFromJson) on hostile numbers: values beyond a
// field's type were converted with undefined behaviour (found by tests/fuzz train-config and thread-config).
#include "app/jobs/text/TrainConfigJson.h"
#include "app/jobs/thread/ThreadConfigJson.h"
#include "core/domain/Error.h"

#include <QJsonDocument>
#include <QTest>

using namespace candor;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestConfigJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trainConfigRefusesNumbersItsFieldsCannotHold_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("int field 1e72") << QByteArray(
            R"({"layers": 2111111111111111111111111111111111111111111111111111111111111111111111111})")
                                        << QStringLiteral("'layers' must be a whole number");
        QTest::newRow("int field 2^31") << QByteArray(R"({"epochs": 2147483648})")
                                        << QStringLiteral("'epochs' must be a whole number");
        QTest::newRow("int field below") << QByteArray(R"({"epochs": -2147483649})")
                                         << QStringLiteral("'epochs' must be a whole number");
        QTest::newRow("seed 2^64") << QByteArray(R"({"seed": 18446744073709551616})")
                                   << QStringLiteral("'seed' must be a whole number");
        QTest::newRow("seed negative") << QByteArray(R"({"seed": -1})")
                                       << QStringLiteral("'seed' must be a whole number");
        QTest::newRow("fraction") << QByteArray(R"({"epochs": 2.5})")
                                  << QStringLiteral("'epochs' must be a whole number");
    }
    void trainConfigRefusesNumbersItsFieldsCannotHold()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        try {
            trainConfigFromJson(parse(json));
            QFAIL("accepted");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(reason), qPrintable(error.message()));
        }
    }

    void trainConfigKeepsTheExtremesItCanHold()
    {
        const models::TextTrainConfig config
            = trainConfigFromJson(parse(R"({"epochs": 2147483647, "seed": 9223372036854775808})"));
        QCOMPARE(config.epochs, 2147483647);
        QCOMPARE(config.seed, 9223372036854775808ULL);
    }

    void threadConfigRefusesSeedsBeyondItsType_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("1e107") << QByteArray(
            R"({"seed": 12222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222})");
        QTest::newRow("2^64") << QByteArray(R"({"seed": 18446744073709551616})");
        QTest::newRow("negative") << QByteArray(R"({"seed": -3})");
        QTest::newRow("fraction") << QByteArray(R"({"seed": 0.5})");
        QTest::newRow("int field 2^31") << QByteArray(R"({"epochs": 2147483648})");
    }
    void threadConfigRefusesSeedsBeyondItsType()
    {
        QFETCH(QByteArray, json);
        QVERIFY_THROWS_EXCEPTION(Error, threadConfigFromJson(parse(json)));
        QCOMPARE(threadConfigFromJson(parse(R"({"seed": 4294967296})")).seed, 4294967296ULL);
    }
};

QTEST_GUILESS_MAIN(TestConfigJson)
#include "TestConfigJson.moc"
