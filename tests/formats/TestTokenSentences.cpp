// The tokens of the token-based span formats: grapheme clusters never cut (emoji ZWJ sequences, flags, accents),
// Han ideographs one token each, paragraphs as sentences, and every span edge a token edge.
#include "core/formats/tokens/TokenSentences.h"
#include "tests/formats/InterchangeFixture.h"

#include <QTest>

using namespace candor;
using namespace candor::tokens;

namespace {

// "start-end" of every token, sentences separated by " / ".
QString shape(const QList<Sentence> &sentences)
{
    QStringList parts;
    for (const Sentence &sentence : sentences) {
        QStringList tokens;
        for (const Token &token : sentence)
            tokens.append(QStringLiteral("%1-%2").arg(token.start).arg(token.end));
        parts.append(tokens.join(QLatin1Char(' ')));
    }
    return parts.join(QStringLiteral(" / "));
}

} // namespace

class TestTokenSentences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emojiSequencesStayWholeAndHanIdeographsStandAlone()
    {
        // 😀 0, family 2..6, says 8..11, 東 13, 京 14, is 16..17, lying 19..23, All 25..27, of, them, LIARS 37..41.
        QCOMPARE(shape(tokenise(interchange::kText)),
            QStringLiteral("0-1 2-7 8-12 13-14 14-15 16-18 19-24 25-28 29-31 32-36 37-42"));
    }

    void wordsPunctuationApostrophesAndAccents()
    {
        QCOMPARE(shape(tokenise(QStringLiteral("Don't, stop!!"))), QStringLiteral("0-5 5-6 7-11 11-12 12-13"));
        // "e" + combining acute + "te": one word of 4 code points; a flag (2 regional indicators) is one token.
        QCOMPARE(shape(tokenise(QString::fromUtf8("e\xcc\x81te \xf0\x9f\x87\xaa\xf0\x9f\x87\xb8!"))),
            QStringLiteral("0-4 5-7 7-8"));
        QCOMPARE(shape(tokenise(QStringLiteral("   \n\t "))), QString());
    }

    void anEmptyLineEndsASentenceAndASingleLineBreakDoesNot()
    {
        QCOMPARE(shape(tokenise(QStringLiteral("One two\nthree\r\n\r\nFour\n \nfive"))),
            QStringLiteral("0-3 4-7 8-13 / 17-21 / 24-28"));
    }

    void spanEdgesCutTokens()
    {
        QCOMPARE(shape(tokenise(QStringLiteral("lying liars"), {2, 9, 11, 0})), QStringLiteral("0-2 2-5 6-9 9-11"));
    }

    void tokensCoveringASpan()
    {
        const QList<Token> tokens = flatten(tokenise(QStringLiteral("a bb  ccc")));
        QCOMPARE(tokensCovering(tokens, 0, 4), qMakePair(0, 1));
        QCOMPARE(tokensCovering(tokens, 1, 6), qMakePair(1, 1)); // spaces on both sides are trimmed
        QCOMPARE(tokensCovering(tokens, 4, 6), qMakePair(-1, -1)); // white space only
        QCOMPARE(tokensCovering(tokens, 7, 9), qMakePair(2, 2));
    }
};

QTEST_GUILESS_MAIN(TestTokenSentences)
#include "TestTokenSentences.moc"
