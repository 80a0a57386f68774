#include "models/checkpoint/MiniJson.h"

#include <QTest>

using namespace candor;

class TestMiniJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValues()
    {
        // moc mis-lexes backslashes inside raw strings, so the escapes are spelled out here.
        const std::string text = " {\"a\": [1, -2.5e1, true, false, null], \"b\": {\"c\": \"x\\\"y\\\\z\\n\\u00e9\\ud83d\\ude00\"},"
                                 " \"big\": 9007199254740993, \"zero\": -0} ";
        const json::Value v = json::parse(text);
        const auto &a = v.at("a").asArray();
        QCOMPARE(a.size(), size_t(5));
        QVERIFY(a[0].isInteger());
        QCOMPARE(a[0].asInteger(), std::int64_t(1));
        QVERIFY(!a[1].isInteger());
        QCOMPARE(a[1].asDouble(), -25.0);
        QCOMPARE(a[2].asBool(), true);
        QVERIFY(a[4].isNull());
        QCOMPARE(v.at("b").at("c").asString(), std::string("x\"y\\z\n\xc3\xa9\xf0\x9f\x98\x80"));
        // Integers are kept exactly beyond 2^53 (offsets of large checkpoints).
        QCOMPARE(v.at("big").asInteger(), std::int64_t(9007199254740993LL));
        QVERIFY(v.find("missing") == nullptr);
    }

    void refusesMalformedInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray("") << QStringLiteral("unexpected end");
        QTest::newRow("trailing comma") << QByteArray("[1,]") << QStringLiteral("unexpected character");
        QTest::newRow("comment") << QByteArray("{} // x") << QStringLiteral("after the document");
        QTest::newRow("single quotes") << QByteArray("{'a':1}") << QStringLiteral("string key");
        QTest::newRow("leading zero") << QByteArray("012") << QStringLiteral("after the document");
        QTest::newRow("bare minus") << QByteArray("-") << QStringLiteral("invalid number");
        QTest::newRow("dot without digits") << QByteArray("1.") << QStringLiteral("after '.'");
        QTest::newRow("NaN") << QByteArray("NaN") << QStringLiteral("unexpected character");
        QTest::newRow("huge integer") << QByteArray("99999999999999999999") << QStringLiteral("out of range");
        QTest::newRow("huge double") << QByteArray("1e999") << QStringLiteral("out of range");
        QTest::newRow("control char") << QByteArray("\"a\tb\"") << QStringLiteral("control character");
        QTest::newRow("bad escape") << QByteArray("\"\\x\"") << QStringLiteral("invalid escape");
        QTest::newRow("lone surrogate") << QByteArray("\"\\ud800\"") << QStringLiteral("unpaired high surrogate");
        QTest::newRow("low surrogate") << QByteArray("\"\\udc00\"") << QStringLiteral("unpaired low surrogate");
        QTest::newRow("overlong utf8") << QByteArray("\"\xc0\xaf\"") << QStringLiteral("invalid UTF-8");
        QTest::newRow("utf8 surrogate") << QByteArray("\"\xed\xa0\x80\"") << QStringLiteral("invalid UTF-8");
        QTest::newRow("unterminated") << QByteArray("\"abc") << QStringLiteral("unterminated");
        QTest::newRow("duplicate") << QByteArray("{\"a\":1,\"a\":2}") << QStringLiteral("duplicate key \"a\"");
        QTest::newRow("too deep") << QByteArray(100, '[') << QStringLiteral("nesting deeper than 64");
        QTest::newRow("bad literal") << QByteArray("tru") << QStringLiteral("expected 'true'");
    }
    void refusesMalformedInput()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reason);
        try {
            json::parse(text.toStdString());
            QFAIL("accepted malformed JSON");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(reason), e.what());
        }
    }

    void typedAccessNamesTheValue()
    {
        try {
            json::parse("{\"n\": \"x\"}").at("n").asInteger("config field n");
            QFAIL("accepted a string as integer");
        } catch (const std::runtime_error &e) {
            QCOMPARE(QString::fromUtf8(e.what()), QStringLiteral("JSON: config field n must be an integer, found a string"));
        }
    }

    void serializesAndReadsBack()
    {
        const json::Value original(json::Value::Object{
            {"s", json::Value("tab\t\"q\" \x01 ñ")}, {"i", json::Value(std::int64_t(-3))}, {"d", json::Value(0.1)},
            {"whole", json::Value(2.0)}, {"list", json::Value(json::Value::Array{json::Value(true), json::Value()})},
            {"empty", json::Value(json::Value::Object{})}});
        const std::string compact = json::serialize(original);
        QCOMPARE(compact, std::string("{\"d\":0.10000000000000001,\"empty\":{},\"i\":-3,\"list\":[true,null],"
                                       "\"s\":\"tab\\t\\\"q\\\" \\u0001 ñ\",\"whole\":2.0}"));
        const json::Value back = json::parse(json::serialize(original, 2));
        QCOMPARE(back.at("s").asString(), original.at("s").asString());
        QCOMPARE(back.at("d").asDouble(), 0.1);
        QVERIFY(!back.at("whole").isInteger());
        QCOMPARE(back.at("i").asInteger(), std::int64_t(-3));
        QCOMPARE(json::serialize(back), compact);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, json::serialize(json::Value(std::numeric_limits<double>::infinity())));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, json::quote("\xff"));
    }
};

QTEST_GUILESS_MAIN(TestMiniJson)
#include "TestMiniJson.moc"
