#include "core/text/CodePointClasses.h"

#include <QTest>

using namespace candor::text;

class TestCodePointClasses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifies_data()
    {
        QTest::addColumn<uint>("codePoint");
        QTest::addColumn<bool>("space");
        QTest::addColumn<bool>("word");
        QTest::newRow("space") << uint(' ') << true << false;
        QTest::newRow("tab") << uint('\t') << true << false;
        QTest::newRow("carriage return") << uint('\r') << true << false;
        QTest::newRow("next line U+0085") << 0x85u << true << false;
        QTest::newRow("no-break space") << 0xA0u << true << false;
        QTest::newRow("em space") << 0x2003u << true << false;
        QTest::newRow("narrow no-break space") << 0x202Fu << true << false;
        QTest::newRow("ideographic space") << 0x3000u << true << false;
        QTest::newRow("zero width space") << 0x200Bu << false << false; // general punctuation, not a space
        QTest::newRow("letter") << uint('q') << false << true;
        QTest::newRow("digit") << uint('7') << false << true;
        QTest::newRow("underscore") << uint('_') << false << false;
        QTest::newRow("apostrophe") << uint('\'') << false << false;
        QTest::newRow("e acute") << 0xE9u << false << true;
        QTest::newRow("feminine ordinal") << 0xAAu << false << true;
        QTest::newRow("guillemet") << 0xABu << false << false;
        QTest::newRow("inverted question") << 0xBFu << false << false;
        QTest::newRow("multiplication sign") << 0xD7u << false << false;
        QTest::newRow("cyrillic") << 0x0436u << false << true;
        QTest::newRow("cjk") << 0x4E2Du << false << true;
        QTest::newRow("em dash") << 0x2014u << false << false;
        QTest::newRow("right single quote") << 0x2019u << false << false;
        QTest::newRow("emoji") << 0x1F600u << false << false;
    }
    void classifies()
    {
        QFETCH(uint, codePoint);
        QFETCH(bool, space);
        QFETCH(bool, word);
        QCOMPARE(isSpaceCodePoint(char32_t(codePoint)), space);
        QCOMPARE(isWordCodePoint(char32_t(codePoint)), word);
    }

    void foldsCase_data()
    {
        QTest::addColumn<uint>("codePoint");
        QTest::addColumn<uint>("folded");
        QTest::newRow("ascii") << uint('Q') << uint('q');
        QTest::newRow("lower stays") << uint('q') << uint('q');
        QTest::newRow("latin-1") << 0xC9u << 0xE9u; // É -> é
        QTest::newRow("sharp s stays") << 0xDFu << 0xDFu;
        QTest::newRow("multiplication stays") << 0xD7u << 0xD7u;
        QTest::newRow("A macron") << 0x100u << 0x101u;
        QTest::newRow("a macron stays") << 0x101u << 0x101u;
        QTest::newRow("L acute (odd pairs)") << 0x139u << 0x13Au;
        QTest::newRow("Z acute (odd pairs)") << 0x179u << 0x17Au;
        QTest::newRow("dotted I stays") << 0x130u << 0x130u;
        QTest::newRow("Y diaeresis stays") << 0x178u << 0x178u;
        QTest::newRow("sigma") << 0x3A3u << 0x3C3u;
        QTest::newRow("cyrillic de") << 0x414u << 0x434u;
        QTest::newRow("cyrillic io") << 0x401u << 0x451u;
        QTest::newRow("cjk stays") << 0x4E2Du << 0x4E2Du;
    }
    void foldsCase()
    {
        QFETCH(uint, codePoint);
        QFETCH(uint, folded);
        QCOMPARE(uint(foldCase(char32_t(codePoint))), folded);
    }

    // Where the simple folding covers a letter it agrees with Unicode's (Qt's) case folding.
    void agreesWithUnicodeWhereItFolds()
    {
        for (char32_t c = 0x41; c < 0x460; ++c) {
            const char32_t folded = foldCase(c);
            if (folded != c)
                QCOMPARE(uint(folded), uint(QChar::toCaseFolded(c)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCodePointClasses)
#include "TestCodePointClasses.moc"
