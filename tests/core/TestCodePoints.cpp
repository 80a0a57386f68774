#include "core/text/CodePoints.h"

#include <QTest>

using namespace candor;

class TestCodePoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lengths_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("codePoints");
        QTest::addColumn<int>("utf16");
        // Expected values are Python's len(s) and UTF-16 length.
        QTest::newRow("ascii") << QStringLiteral("abc") << 3 << 3;
        QTest::newRow("combining mark") << QString::fromUtf8("a\xcc\x81"
                                                             "b")
                                        << 3 << 3;
        QTest::newRow("zwj family") << QString::fromUtf8(
            "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7 x")
                                    << 7 << 10;
        QTest::newRow("cjk") << QString::fromUtf8("\xe4\xb8\xad\xe6\x96\x87\xe5\xad\x97\xe7\xac\xa6") << 4 << 4;
        QTest::newRow("crlf") << QStringLiteral("a\r\nb") << 4 << 4;
        QTest::newRow("flag then accent") << QString::fromUtf8("\xf0\x9f\x87\xaa\xf0\x9f\x87\xb8\xc3\xa9") << 3 << 5;
        QTest::newRow("empty") << QString() << 0 << 0;
    }

    void lengths()
    {
        QFETCH(QString, text);
        QFETCH(int, codePoints);
        QFETCH(int, utf16);
        QCOMPARE(codePointLength(text), codePoints);
        const CodePointMap map(text);
        QCOMPARE(map.length(), codePoints);
        QCOMPARE(map.utf16Length(), qsizetype(utf16));
    }

    void roundTripsEveryBoundary_data() { lengths_data(); }

    void roundTripsEveryBoundary()
    {
        QFETCH(QString, text);
        const CodePointMap map(text);
        for (int cp = 0; cp <= map.length(); ++cp)
            QCOMPARE(map.toCodePoint(map.toUtf16(cp)), cp);
    }

    void mapsOffsetsAroundEmoji()
    {
        // "👨‍👩‍👧 x": the man emoji is code point 0 (UTF-16 0..1), ZWJ is 1 (UTF-16 2), the space is 5
        // (UTF-16 8).
        const QString text
            = QString::fromUtf8("\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7 x");
        const CodePointMap map(text);
        QCOMPARE(map.toUtf16(1), 2);
        QCOMPARE(map.toUtf16(5), 8);
        QCOMPARE(map.toCodePoint(1), 0); // inside the surrogate pair: the pair's code point
        QCOMPARE(map.toCodePoint(9), 6);
        QCOMPARE(map.mid(text, 5, 7), QStringLiteral(" x"));
        QCOMPARE(map.mid(text, 0, 1), QString::fromUtf8("\xf0\x9f\x91\xa8"));
        QCOMPARE(map.toUtf16(8), -1);
        QVERIFY(map.mid(text, 3, 2).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCodePoints)
#include "TestCodePoints.moc"
