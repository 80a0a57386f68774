#include "core/text/MinHash.h"

#include <QTest>

#include <cmath>

using namespace candor::text;

namespace {

std::u32string u32(const char *utf8)
{
    const QList<uint> ucs4 = QString::fromUtf8(utf8).toUcs4();
    return std::u32string(ucs4.begin(), ucs4.end());
}

QStringList words(const char *utf8)
{
    QStringList result;
    for (const std::u32string &word : nearDuplicateWords(u32(utf8)))
        result.append(QString::fromUcs4(word.data(), qsizetype(word.size())));
    return result;
}

bool shareBand(const MinHashSignature &a, const MinHashSignature &b)
{
    const std::vector<int64_t> x = lshBandKeys(a);
    const std::vector<int64_t> y = lshBandKeys(b);
    for (size_t i = 0; i < x.size() && i < y.size(); ++i)
        if (x[i] == y[i])
            return true;
    return false;
}

} // namespace

class TestMinHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalisesWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("case folded") << QStringLiteral("WHEN Ünited")
                                     << QStringList{QStringLiteral("when"), QStringLiteral("ünited")};
        QTest::newRow("url and mention dropped") << QStringLiteral("see https://t.co/x @bob www.a.com now")
                                                 << QStringList{QStringLiteral("see"), QStringLiteral("now")};
        QTest::newRow("hashtag and punctuation split")
            << QStringLiteral("#Fake, news!") << QStringList{QStringLiteral("fake"), QStringLiteral("news")};
        QTest::newRow("cyrillic") << QStringLiteral("ПРАВДА да")
                                  << QStringList{QStringLiteral("правда"), QStringLiteral("да")};
        QTest::newRow("only symbols") << QStringLiteral("!!! :)") << QStringList{};
    }
    void normalisesWords()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(words(text.toUtf8().constData()), expected);
    }

    void signatureIsDeterministicAndShaped()
    {
        const MinHashSignature a = minHash(u32("the quick brown fox jumps over the lazy dog"));
        QCOMPARE(int(a.size()), MinHashShape::hashes);
        QCOMPARE(minHash(u32("The QUICK brown fox jumps over the lazy dog! https://x.y")), a);
        QCOMPARE(int(lshBandKeys(a).size()), MinHashShape::bands);
        for (int64_t key : lshBandKeys(a))
            QVERIFY(key >= INT32_MIN && key <= INT32_MAX);
        QVERIFY(minHash(u32("... !!")).empty());
        QVERIFY(lshBandKeys({}).empty());
        QCOMPARE(estimatedJaccard(a, {}), 0.0);
        QCOMPARE(estimatedJaccard(a, a), 1.0);
    }

    // A re-posted caption with one word changed: the estimate is near the true Jaccard of the shingle sets and
    // the pair shares an LSH band (so the lookup finds it).
    void oneChangedWordEstimatesTrueJaccard_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("edited");
        QTest::addColumn<double>("trueJaccard");
        // 12 words (11 distinct: "you" twice) and 11 pairs; changing an inner word replaces 1 word and 2 pairs:
        // 10 + 9 shared of 11 + 11 + 3 = 19 of 25.
        QTest::newRow("inner word") << QStringLiteral(
            "when you finally understand that the government lies to you every day")
                                    << QStringLiteral(
                                           "when you finally understand that the media lies to you every day")
                                    << 19.0 / 25.0;
        // Changing the last word replaces 1 word and 1 pair: 20 shared of 24.
        QTest::newRow("last word") << QStringLiteral(
            "when you finally understand that the government lies to you every day")
                                   << QStringLiteral(
                                          "when you finally understand that the government lies to you every week")
                                   << 20.0 / 24.0;
        // 8 words and 7 pairs, inner change: 7 + 5 shared of 18.
        QTest::newRow("short caption") << QStringLiteral("they do not want you to know this")
                                       << QStringLiteral("they do not want us to know this") << 12.0 / 18.0;
    }
    void oneChangedWordEstimatesTrueJaccard()
    {
        QFETCH(QString, original);
        QFETCH(QString, edited);
        QFETCH(double, trueJaccard);
        const std::u32string a = u32(original.toUtf8().constData());
        const std::u32string b = u32(edited.toUtf8().constData());
        QVERIFY(std::abs(shingleJaccard(a, b) - trueJaccard) < 1e-9);
        const double estimate = estimatedJaccard(minHash(a), minHash(b));
        // Three standard errors of a 64-hash estimate at J in [0.6, 0.85] is at most 0.19.
        QVERIFY2(std::abs(estimate - trueJaccard) < 0.19,
            qPrintable(QStringLiteral("estimate %1, true %2").arg(estimate).arg(trueJaccard)));
        QVERIFY(shareBand(minHash(a), minHash(b)));
    }

    // Over many caption pairs the estimate is unbiased: its mean error is far smaller than one pair's.
    void estimateIsUnbiasedOverManyPairs()
    {
        const QStringList vocabulary = QStringLiteral(
            "truth lies media people vote freedom vaccine money power war peace news fake real they we you "
            "government control world today never always know want hide show")
                                           .split(u' ');
        double sumError = 0;
        double sumAbsolute = 0;
        const int pairs = 400;
        quint32 state = 12345;
        auto next = [&state](quint32 bound) {
            state = state * 1664525u + 1013904223u;
            return (state >> 8) % bound;
        };
        for (int p = 0; p < pairs; ++p) {
            QStringList caption;
            for (int w = 0; w < 14; ++w)
                caption.append(vocabulary[int(next(quint32(vocabulary.size())))] + QString::number(w));
            QStringList edited = caption;
            edited[int(next(14))] = QStringLiteral("changed");
            edited[int(next(14))] = QStringLiteral("edited");
            const QList<uint> x = caption.join(u' ').toUcs4();
            const QList<uint> y = edited.join(u' ').toUcs4();
            const std::u32string a(x.begin(), x.end());
            const std::u32string b(y.begin(), y.end());
            const double error = estimatedJaccard(minHash(a), minHash(b)) - shingleJaccard(a, b);
            sumError += error;
            sumAbsolute += std::abs(error);
        }
        QVERIFY2(std::abs(sumError / pairs) < 0.02, qPrintable(QString::number(sumError / pairs)));
        QVERIFY2(sumAbsolute / pairs < 0.08, qPrintable(QString::number(sumAbsolute / pairs)));
    }

    void unrelatedCaptionsAreFarAndApart()
    {
        const MinHashSignature a = minHash(u32("when you finally understand that the government lies to you"));
        const MinHashSignature b = minHash(u32("my cat sleeps on a keyboard every single morning"));
        QVERIFY(shingleJaccard(u32("when you finally understand that the government lies to you"),
                    u32("my cat sleeps on a keyboard every single morning"))
            == 0.0);
        QVERIFY(estimatedJaccard(a, b) < 0.05);
        QVERIFY(!shareBand(a, b));
    }
};

QTEST_APPLESS_MAIN(TestMinHash)
#include "TestMinHash.moc"
