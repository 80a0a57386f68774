#include "core/text/CodePointOffsets.h"

#include <QTest>

using namespace candor::text;

namespace {

// "aé中😀b": code points start at bytes 0, 1, 3, 6, 10 (11 bytes) and at UTF-16 units 0, 1, 2, 3, 5 (6 units).
const std::string kUtf8 = "a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80"
                          "b";
const std::u16string kUtf16 = u"a\u00E9\u4E2D\U0001F600b";

} // namespace

class TestCodePointOffsets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsUtf8Bytes()
    {
        std::u32string codePoints;
        const CodePointOffsets offsets = CodePointOffsets::ofUtf8(kUtf8, &codePoints);
        QCOMPARE(offsets.length(), 5);
        QCOMPARE(offsets.unitLength(), size_t(11));
        QCOMPARE(codePoints, std::u32string(U"a\u00E9\u4E2D\U0001F600b"));
        const std::vector<std::ptrdiff_t> starts{0, 1, 3, 6, 10, 11};
        for (int cp = 0; cp <= offsets.length(); ++cp) {
            QCOMPARE(offsets.toUnit(cp), starts[size_t(cp)]);
            QCOMPARE(offsets.toCodePoint(starts[size_t(cp)]), cp);
            QVERIFY(offsets.startsCodePoint(size_t(starts[size_t(cp)])));
        }
        // A byte inside a character belongs to it.
        QCOMPARE(offsets.toCodePoint(2), 1);
        QCOMPARE(offsets.toCodePoint(5), 2);
        QCOMPARE(offsets.toCodePoint(9), 3);
        QVERIFY(!offsets.startsCodePoint(2));
        QVERIFY(!offsets.startsCodePoint(8));
        // Out of range.
        QCOMPARE(offsets.toUnit(-1), std::ptrdiff_t(-1));
        QCOMPARE(offsets.toUnit(6), std::ptrdiff_t(-1));
        QCOMPARE(offsets.toCodePoint(-3), 0);
        QCOMPARE(offsets.toCodePoint(99), 5);
    }

    void mapsUtf16Units()
    {
        const CodePointOffsets offsets = CodePointOffsets::ofUtf16(kUtf16);
        QCOMPARE(offsets.length(), 5);
        QCOMPARE(offsets.unitLength(), size_t(6));
        const std::vector<std::ptrdiff_t> starts{0, 1, 2, 3, 5, 6};
        for (int cp = 0; cp <= offsets.length(); ++cp) {
            QCOMPARE(offsets.toUnit(cp), starts[size_t(cp)]);
            QCOMPARE(offsets.toCodePoint(starts[size_t(cp)]), cp);
        }
        QCOMPARE(offsets.toCodePoint(4), 3); // the low surrogate of the emoji
        QCOMPARE(utf16CodePointCount(kUtf16), 5);
    }

    // The two encodings of one text give the same code points.
    void encodingsAgree()
    {
        QCOMPARE(CodePointOffsets::ofUtf8(kUtf8).length(), CodePointOffsets::ofUtf16(kUtf16).length());
        QCOMPARE(CodePointOffsets::ofUtf8("").length(), 0);
        QCOMPARE(CodePointOffsets::ofUtf16(u"").length(), 0);
        QCOMPARE(CodePointOffsets::ofUtf16(u"").toUnit(0), std::ptrdiff_t(0));
    }

    // Lone surrogates (possible in a QString, never in UTF-8) count as one code point each.
    void loneSurrogatesCountOnce_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("codePoints");
        QTest::newRow("lone high") << QString(QChar(0xD800)) + QStringLiteral("a") << 2;
        QTest::newRow("lone low") << QStringLiteral("a") + QString(QChar(0xDC00)) << 2;
        QTest::newRow("high at the end") << QStringLiteral("ab") + QString(QChar(0xDBFF)) << 3;
        QTest::newRow("reversed pair") << QString(QChar(0xDC00)) + QString(QChar(0xD800)) << 2;
        QTest::newRow("pair") << QString(QChar(0xD83D)) + QString(QChar(0xDE00)) << 1;
    }
    void loneSurrogatesCountOnce()
    {
        QFETCH(QString, text);
        QFETCH(int, codePoints);
        const std::u16string utf16(reinterpret_cast<const char16_t *>(text.utf16()), size_t(text.size()));
        QCOMPARE(CodePointOffsets::ofUtf16(utf16).length(), codePoints);
        QCOMPARE(utf16CodePointCount(utf16), codePoints);
        QCOMPARE(int(text.toUcs4().size()), codePoints); // as Qt counts them
    }

    void refusesInvalidUtf8()
    {
        try {
            CodePointOffsets::ofUtf8("ab\xC3\x28");
            QFAIL("accepted invalid UTF-8");
        } catch (const std::runtime_error &e) {
            QCOMPARE(std::string(e.what()), std::string("invalid UTF-8 at byte 2"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCodePointOffsets)
#include "TestCodePointOffsets.moc"
