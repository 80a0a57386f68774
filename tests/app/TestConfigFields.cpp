#include "app/jobs/ConfigFields.h"

#include <QTest>

using namespace candor;

namespace {

enum class Shape { Round, Square };

struct Settings
{
    int count = 1;
    unsigned long long seed = 7;
    double rate = 0.5;
    bool fast = false;
    Shape shape = Shape::Round;
    QString note;
};

// Source texts as a table would mark them (QT_TRANSLATE_NOOP); without a translator they read as written.
const ConfigFields<Settings> &fields()
{
    static const ConfigFields<Settings> table = [] {
        ConfigFields<Settings> t({"settings: unknown key '%1'", "settings: '%1' must be %2"});
        t.whole(QStringLiteral("count"), &Settings::count, "a number", "a whole number");
        t.whole(QStringLiteral("seed"), &Settings::seed, "a seed", "a non-negative whole number");
        t.number(QStringLiteral("rate"), &Settings::rate, "a number");
        t.flag(QStringLiteral("fast"), &Settings::fast, "true or false");
        t.choice(QStringLiteral("shape"), &Settings::shape,
            {{QStringLiteral("round"), Shape::Round}, {QStringLiteral("square"), Shape::Square}},
            "\"round\" or \"square\"");
        t.field(
            QStringLiteral("note"),
            [](Settings &s, const QJsonValue &v) {
                if (v.toString().isEmpty())
                    throw Error(QStringLiteral("settings: the note may not be empty"));
                s.note = v.toString();
            },
            [](const Settings &s) { return QJsonValue(s.note); });
        t.field(QStringLiteral("version"), {}, [](const Settings &) { return QJsonValue(3); });
        return t;
    }();
    return table;
}

QString errorOf(const QJsonObject &json)
{
    try {
        fields().fromJson(json, Settings{});
    } catch (const Error &e) {
        return e.message();
    }
    return QStringLiteral("(accepted)");
}

} // namespace

class TestConfigFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesEveryField()
    {
        Settings settings;
        settings.shape = Shape::Square;
        settings.note = QStringLiteral("n");
        QCOMPARE(fields().toJson(settings),
            (QJsonObject{{QStringLiteral("count"), 1}, {QStringLiteral("seed"), 7}, {QStringLiteral("rate"), 0.5},
                {QStringLiteral("fast"), false}, {QStringLiteral("shape"), QStringLiteral("square")},
                {QStringLiteral("note"), QStringLiteral("n")}, {QStringLiteral("version"), 3}}));
    }

    void readsTheKeysGiven()
    {
        Settings base;
        base.rate = 2.5;
        const Settings read
            = fields().fromJson({{QStringLiteral("count"), -4}, {QStringLiteral("seed"), 9007199254740992.0},
                                    {QStringLiteral("fast"), true}, {QStringLiteral("shape"), QStringLiteral("square")},
                                    {QStringLiteral("note"), QStringLiteral("x")}},
                base);
        QCOMPARE(read.count, -4);
        QCOMPARE(read.seed, 9007199254740992ull);
        QCOMPARE(read.rate, 2.5); // left out: kept
        QVERIFY(read.fast);
        QVERIFY(read.shape == Shape::Square);
        QCOMPARE(read.note, QStringLiteral("x"));
    }

    void writesLargeUnsignedValuesExactlyEnough()
    {
        Settings settings;
        settings.seed = 18446744073709551615ull; // beyond qint64: written as a double
        QCOMPARE(fields().toJson(settings).value(QStringLiteral("seed")).toDouble(), 18446744073709551615.0);
        settings.seed = 9007199254740993ull; // beyond 2^53 but within qint64: written exactly
        QCOMPARE(fields().toJson(settings).value(QStringLiteral("seed")).toInteger(), qint64(9007199254740993LL));
    }

    void refusesBadValues_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("error");
        const auto one = [](const char *key, const QJsonValue &value) {
            return QJsonObject{{QLatin1String(key), value}};
        };
        QTest::newRow("unknown key") << one("colour", 1) << QStringLiteral("settings: unknown key 'colour'");
        QTest::newRow("written-only key") << one("version", 3) << QStringLiteral("settings: unknown key 'version'");
        QTest::newRow("integer as string")
            << one("count", QStringLiteral("2")) << QStringLiteral("settings: 'count' must be a number");
        QTest::newRow("integer as null") << one("count", QJsonValue())
                                         << QStringLiteral("settings: 'count' must be a number");
        QTest::newRow("fraction") << one("count", 2.5) << QStringLiteral("settings: 'count' must be a whole number");
        QTest::newRow("past int") << one("count", 2147483648.0)
                                  << QStringLiteral("settings: 'count' must be a whole number");
        QTest::newRow("below int") << one("count", -2147483649.0)
                                   << QStringLiteral("settings: 'count' must be a whole number");
        QTest::newRow("negative unsigned")
            << one("seed", -1) << QStringLiteral("settings: 'seed' must be a non-negative whole number");
        QTest::newRow("past uint64") << one("seed", 18446744073709551616.0)
                                     << QStringLiteral("settings: 'seed' must be a non-negative whole number");
        QTest::newRow("unsigned as bool") << one("seed", true) << QStringLiteral("settings: 'seed' must be a seed");
        QTest::newRow("number as string")
            << one("rate", QStringLiteral("0.1")) << QStringLiteral("settings: 'rate' must be a number");
        QTest::newRow("flag as number") << one("fast", 1) << QStringLiteral("settings: 'fast' must be true or false");
        QTest::newRow("unknown choice") << one("shape", QStringLiteral("oval"))
                                        << QStringLiteral("settings: 'shape' must be \"round\" or \"square\"");
        QTest::newRow("choice as number")
            << one("shape", 0) << QStringLiteral("settings: 'shape' must be \"round\" or \"square\"");
        QTest::newRow("custom reader's error")
            << one("note", QString()) << QStringLiteral("settings: the note may not be empty");
    }
    void refusesBadValues()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, error);
        QCOMPARE(errorOf(json), error);
    }

    // The int bounds themselves are accepted.
    void acceptsTheTypeLimits()
    {
        QCOMPARE(fields().fromJson({{QStringLiteral("count"), 2147483647.0}}, Settings{}).count, 2147483647);
        QCOMPARE(fields().fromJson({{QStringLiteral("count"), -2147483648.0}}, Settings{}).count, int(-2147483648LL));
        QCOMPARE(fields().fromJson({{QStringLiteral("seed"), 0}}, Settings{}).seed, 0ull);
    }
};

QTEST_GUILESS_MAIN(TestConfigFields)
#include "TestConfigFields.moc"
