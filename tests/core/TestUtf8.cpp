#include "core/text/Utf8.h"

#include <QTest>

using namespace candor;

namespace {

std::string bytesOf(const QByteArray &bytes)
{
    return bytes.toStdString();
}

} // namespace

class TestUtf8 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every sequence length at its smallest and largest code point, and the code points around the surrogates.
    void decodesValidText_data()
    {
        QTest::addColumn<QByteArray>("utf8");
        QTest::addColumn<QList<uint>>("codePoints");
        QTest::newRow("empty") << QByteArray() << QList<uint>{};
        QTest::newRow("ascii") << QByteArray("a\tZ~") << QList<uint>{'a', '\t', 'Z', '~'};
        QTest::newRow("nul") << QByteArray("a\0b", 3) << QList<uint>{'a', 0, 'b'};
        QTest::newRow("two bytes") << QByteArray("\xC2\x80\xC3\xA9\xDF\xBF") << QList<uint>{0x80, 0xE9, 0x7FF};
        QTest::newRow("three bytes") << QByteArray("\xE0\xA0\x80\xE4\xB8\xAD\xEF\xBF\xBF")
                                     << QList<uint>{0x800, 0x4E2D, 0xFFFF};
        QTest::newRow("around surrogates") << QByteArray("\xED\x9F\xBF\xEE\x80\x80") << QList<uint>{0xD7FF, 0xE000};
        QTest::newRow("four bytes") << QByteArray("\xF0\x90\x80\x80\xF0\x9F\x98\x80\xF4\x8F\xBF\xBF")
                                    << QList<uint>{0x10000, 0x1F600, 0x10FFFF};
    }
    void decodesValidText()
    {
        QFETCH(QByteArray, utf8);
        QFETCH(QList<uint>, codePoints);
        const std::u32string decoded = text::decodeUtf8(bytesOf(utf8));
        QCOMPARE(QList<uint>(decoded.begin(), decoded.end()), codePoints);
        QVERIFY(text::isValidUtf8(bytesOf(utf8)));
        // Qt's decoder agrees, and encoding gives the same bytes back.
        QCOMPARE(QString::fromUtf8(utf8).toUcs4(), codePoints);
        QCOMPARE(text::encodeUtf8(decoded), bytesOf(utf8));
    }

    // Each row: bytes and the offset of the first invalid sequence (where decoding must stop and say so).
    void refusesInvalidText_data()
    {
        QTest::addColumn<QByteArray>("utf8");
        QTest::addColumn<int>("at");
        QTest::newRow("lone continuation") << QByteArray("\x80") << 0;
        QTest::newRow("bad continuation") << QByteArray("caf\xC3\x28") << 3;
        QTest::newRow("truncated at the end") << QByteArray("ab\xE4\xB8") << 2;
        QTest::newRow("truncated four") << QByteArray("\xF0\x9F\x98") << 0;
        QTest::newRow("overlong two") << QByteArray("a\xC0\xAF") << 1;
        QTest::newRow("overlong C1") << QByteArray("\xC1\xBF") << 0;
        QTest::newRow("overlong three") << QByteArray("\xE0\x80\xAF") << 0;
        QTest::newRow("overlong four") << QByteArray("\xF0\x80\x80\x80") << 0;
        QTest::newRow("high surrogate") << QByteArray("ok\xED\xA0\x80") << 2;
        QTest::newRow("low surrogate") << QByteArray("\xED\xBF\xBF") << 0;
        QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0;
        QTest::newRow("F5 lead") << QByteArray("\xF5\x80\x80\x80") << 0;
        QTest::newRow("FF") << QByteArray("x\xFF") << 1;
        QTest::newRow("after valid text") << QByteArray("\xC3\xA9\xF0\x9F\x98\x80\xFE") << 6;
    }
    void refusesInvalidText()
    {
        QFETCH(QByteArray, utf8);
        QFETCH(int, at);
        const std::string bytes = bytesOf(utf8);
        QVERIFY(!text::isValidUtf8(bytes));
        char32_t cp = 0;
        QCOMPARE(text::decodeUtf8At(bytes, size_t(at), cp), size_t(0));
        try {
            text::decodeUtf8(bytes);
            QFAIL("accepted invalid UTF-8");
        } catch (const std::runtime_error &e) {
            QCOMPARE(QString::fromUtf8(e.what()), QStringLiteral("invalid UTF-8 at byte %1").arg(at));
        }
    }

    void decodesOneSequenceAtATime()
    {
        const std::string bytes = "a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80";
        char32_t cp = 0;
        QCOMPARE(text::decodeUtf8At(bytes, 0, cp), size_t(1));
        QCOMPARE(uint(cp), uint('a'));
        QCOMPARE(text::decodeUtf8At(bytes, 1, cp), size_t(2));
        QCOMPARE(uint(cp), 0xE9u);
        QCOMPARE(text::decodeUtf8At(bytes, 3, cp), size_t(3));
        QCOMPARE(uint(cp), 0x4E2Du);
        QCOMPARE(text::decodeUtf8At(bytes, 6, cp), size_t(4));
        QCOMPARE(uint(cp), 0x1F600u);
        QCOMPARE(text::decodeUtf8At(bytes, 2, cp), size_t(0)); // inside a character
        QCOMPARE(text::decodeUtf8At(bytes, bytes.size(), cp), size_t(0));
    }

    void prefixEndsOnACharacter_data()
    {
        QTest::addColumn<QByteArray>("utf8");
        QTest::addColumn<int>("maxBytes");
        QTest::addColumn<int>("length");
        QTest::newRow("short enough") << QByteArray("abc") << 5 << 3;
        QTest::newRow("ascii cut") << QByteArray("abcdef") << 4 << 4;
        QTest::newRow("inside two bytes") << QByteArray("a\xC3\xA9") << 2 << 1;
        QTest::newRow("after two bytes") << QByteArray("a\xC3\xA9z") << 3 << 3;
        QTest::newRow("inside four bytes") << QByteArray("ab\xF0\x9F\x98\x80") << 5 << 2;
        QTest::newRow("zero") << QByteArray("\xC3\xA9") << 0 << 0;
    }
    void prefixEndsOnACharacter()
    {
        QFETCH(QByteArray, utf8);
        QFETCH(int, maxBytes);
        QFETCH(int, length);
        QCOMPARE(text::utf8PrefixLength(bytesOf(utf8), size_t(maxBytes)), size_t(length));
    }

    void appendsEveryLength()
    {
        std::string out;
        for (char32_t c : {char32_t(0x24), char32_t(0xA2), char32_t(0x20AC), char32_t(0x10348)})
            text::appendUtf8(out, c);
        QCOMPARE(out, std::string("\x24\xC2\xA2\xE2\x82\xAC\xF0\x90\x8D\x88"));
    }

    void escapesOnlyTheInvalidBytes()
    {
        QCOMPARE(text::escapeInvalidUtf8("caf\xC3\xA9 \xFF\xC3\x28 \xE4\xB8"),
            std::string("caf\xC3\xA9 \\xFF\\xC3( \\xE4\\xB8"));
        QCOMPARE(text::escapeInvalidUtf8("plain"), std::string("plain"));
    }
};

QTEST_GUILESS_MAIN(TestUtf8)
#include "TestUtf8.moc"
