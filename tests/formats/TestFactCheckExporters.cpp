// The fact-check exports: ClaimReview JSON checked field by field (a rated tweet with its URL, an unverifiable
// record without a place on the scale, an item without author or URL), JSONL with every column, CSV whose cells a
// spreadsheet would run as formulas are neutralised, the split filter, and an export of a project without records.
#include "core/formats/common/Exporter.h"
#include "core/store/FactCheckStore.h"
#include "core/store/ProjectStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

class TestFactCheckExporters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<ProjectStore> m_store;
    qint64 m_tweet = 0;
    qint64 m_meme = 0;
    int m_projects = 0;

    QByteArray exported(const QString &format, const ExportOptions &options = {}, qint64 *written = nullptr)
    {
        const QString out = m_dir.filePath(QStringLiteral("out-%1-%2").arg(m_projects).arg(format));
        const qint64 n = exporterFor(format)->exportTo(*m_store, out, options);
        if (written)
            *written = n;
        QFile file(out);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

private Q_SLOTS:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("project-%1.candor").arg(++m_projects));
        ProjectStore::create(path);
        m_store.emplace(path);
        Item tweet;
        tweet.kind = ItemKind::Post;
        tweet.source = QStringLiteral("mediaeval2016");
        tweet.externalId = QStringLiteral("324597532548276224");
        tweet.split = QStringLiteral("dev");
        tweet.author = QStringLiteral("SantaCruzShred");
        tweet.createdAt = QDateTime(QDate(2013, 4, 17), QTime(18, 57, 37), Qt::UTC);
        tweet.text = QStringLiteral("Shark in the street #sandy");
        m_tweet = m_store->upsertItem(tweet).id;
        Item meme;
        meme.kind = ItemKind::Meme;
        meme.source = QStringLiteral("semeval2021");
        meme.externalId = QStringLiteral("meme_7");
        meme.split = QStringLiteral("test");
        meme.text = QStringLiteral("caption");
        m_meme = m_store->upsertItem(meme).id;

        FactCheck shark;
        shark.itemId = m_tweet;
        shark.claim = QStringLiteral("A shark swam down a flooded street in New Jersey 🦈");
        shark.rating = FactCheckRating::False;
        shark.note = QStringLiteral("Composite; the fin comes from a 2005 photo.");
        shark.annotator = QStringLiteral("ana");
        shark.createdAt = QDateTime(QDate(2024, 5, 2), QTime(10, 0), Qt::UTC);
        shark.updatedAt = QDateTime(QDate(2024, 5, 3), QTime(11, 30), Qt::UTC);
        putFactCheck(*m_store, shark);
        FactCheck caption;
        caption.itemId = m_meme;
        caption.claim = QStringLiteral("=cmd|' /C calc'!A0");
        caption.rating = FactCheckRating::Unverifiable;
        caption.note = QStringLiteral("-2+3 @home");
        caption.annotator = QStringLiteral("+bo");
        caption.createdAt = QDateTime(QDate(2024, 6, 1), QTime(8, 0), Qt::UTC);
        caption.updatedAt = caption.createdAt;
        putFactCheck(*m_store, caption);
    }

    void cleanup() { m_store.reset(); }

    void claimReviewFields()
    {
        qint64 written = 0;
        const QJsonArray reviews
            = QJsonDocument::fromJson(exported(QStringLiteral("claimreview"), {}, &written)).array();
        QCOMPARE(written, 2);
        QCOMPARE(reviews.size(), 2);

        const QJsonObject shark = reviews.at(0).toObject();
        QCOMPARE(shark.value(QStringLiteral("@context")).toString(), QStringLiteral("https://schema.org"));
        QCOMPARE(shark.value(QStringLiteral("@type")).toString(), QStringLiteral("ClaimReview"));
        QCOMPARE(shark.value(QStringLiteral("claimReviewed")).toString(),
            QStringLiteral("A shark swam down a flooded street in New Jersey 🦈"));
        const QJsonObject rating = shark.value(QStringLiteral("reviewRating")).toObject();
        QCOMPARE(rating.value(QStringLiteral("@type")).toString(), QStringLiteral("Rating"));
        QCOMPARE(rating.value(QStringLiteral("ratingValue")).toInt(), 1);
        QCOMPARE(rating.value(QStringLiteral("bestRating")).toInt(), 5);
        QCOMPARE(rating.value(QStringLiteral("worstRating")).toInt(), 1);
        QCOMPARE(rating.value(QStringLiteral("alternateName")).toString(), QStringLiteral("False"));
        const QJsonObject author = shark.value(QStringLiteral("author")).toObject();
        QCOMPARE(author.value(QStringLiteral("@type")).toString(), QStringLiteral("Person"));
        QCOMPARE(author.value(QStringLiteral("name")).toString(), QStringLiteral("ana"));
        QCOMPARE(shark.value(QStringLiteral("datePublished")).toString(), QStringLiteral("2024-05-02T10:00:00.000Z"));
        QCOMPARE(shark.value(QStringLiteral("dateModified")).toString(), QStringLiteral("2024-05-03T11:30:00.000Z"));
        QCOMPARE(shark.value(QStringLiteral("reviewBody")).toString(),
            QStringLiteral("Composite; the fin comes from a 2005 photo."));
        const QJsonObject claim = shark.value(QStringLiteral("itemReviewed")).toObject();
        QCOMPARE(claim.value(QStringLiteral("@type")).toString(), QStringLiteral("Claim"));
        const QJsonObject appearance = claim.value(QStringLiteral("appearance")).toObject();
        QCOMPARE(appearance.value(QStringLiteral("@type")).toString(), QStringLiteral("SocialMediaPosting"));
        QCOMPARE(appearance.value(QStringLiteral("identifier")).toString(), QStringLiteral("324597532548276224"));
        QCOMPARE(appearance.value(QStringLiteral("url")).toString(),
            QStringLiteral("https://twitter.com/i/web/status/324597532548276224"));
        QCOMPARE(appearance.value(QStringLiteral("isPartOf")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("mediaeval2016"));
        QCOMPARE(appearance.value(QStringLiteral("author")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("SantaCruzShred"));
        QCOMPARE(
            appearance.value(QStringLiteral("datePublished")).toString(), QStringLiteral("2013-04-17T18:57:37.000Z"));

        // Unverifiable has no place on the 1..5 scale: words only. A meme without URL or author has neither key.
        const QJsonObject meme = reviews.at(1).toObject();
        const QJsonObject unrated = meme.value(QStringLiteral("reviewRating")).toObject();
        QVERIFY(!unrated.contains(QStringLiteral("ratingValue")));
        QCOMPARE(unrated.value(QStringLiteral("alternateName")).toString(), QStringLiteral("Unverifiable"));
        const QJsonObject memeAppearance
            = meme.value(QStringLiteral("itemReviewed")).toObject().value(QStringLiteral("appearance")).toObject();
        QCOMPARE(memeAppearance.value(QStringLiteral("@type")).toString(), QStringLiteral("CreativeWork"));
        QVERIFY(!memeAppearance.contains(QStringLiteral("url")));
        QVERIFY(!memeAppearance.contains(QStringLiteral("author")));
        QCOMPARE(memeAppearance.value(QStringLiteral("identifier")).toString(), QStringLiteral("meme_7"));
    }

    void ratingScale_data()
    {
        QTest::addColumn<int>("rating");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("words");
        QTest::newRow("true") << int(FactCheckRating::True) << 5 << QStringLiteral("True");
        QTest::newRow("mostly true") << int(FactCheckRating::MostlyTrue) << 4 << QStringLiteral("Mostly true");
        QTest::newRow("mixed") << int(FactCheckRating::Mixed) << 3 << QStringLiteral("Mixed");
        QTest::newRow("mostly false") << int(FactCheckRating::MostlyFalse) << 2 << QStringLiteral("Mostly false");
    }

    void ratingScale()
    {
        QFETCH(int, rating);
        QFETCH(int, value);
        QFETCH(QString, words);
        FactCheck check = *factCheck(*m_store, m_tweet);
        check.rating = FactCheckRating(rating);
        putFactCheck(*m_store, check);
        const QJsonObject review
            = QJsonDocument::fromJson(exported(QStringLiteral("claimreview"))).array().at(0).toObject();
        const QJsonObject object = review.value(QStringLiteral("reviewRating")).toObject();
        QCOMPARE(object.value(QStringLiteral("ratingValue")).toInt(), value);
        QCOMPARE(object.value(QStringLiteral("alternateName")).toString(), words);
    }

    void jsonlColumns()
    {
        const QList<QByteArray> lines = exported(QStringLiteral("factcheck-jsonl")).split('\n');
        QCOMPARE(lines.size(), 3); // two records and the empty rest after the last newline
        QVERIFY(lines.at(2).isEmpty());
        const QJsonObject shark = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(shark.value(QStringLiteral("item_id")).toInteger(), m_tweet);
        QCOMPARE(shark.value(QStringLiteral("source")).toString(), QStringLiteral("mediaeval2016"));
        QCOMPARE(shark.value(QStringLiteral("external_id")).toString(), QStringLiteral("324597532548276224"));
        QCOMPARE(shark.value(QStringLiteral("rating")).toString(), QStringLiteral("false"));
        QCOMPARE(shark.value(QStringLiteral("annotator")).toString(), QStringLiteral("ana"));
        QCOMPARE(shark.value(QStringLiteral("created_at")).toString(), QStringLiteral("2024-05-02T10:00:00.000Z"));
        QCOMPARE(shark.value(QStringLiteral("updated_at")).toString(), QStringLiteral("2024-05-03T11:30:00.000Z"));
        const QJsonObject meme = QJsonDocument::fromJson(lines.at(1)).object();
        QVERIFY(meme.value(QStringLiteral("url")).isNull());
        QCOMPARE(meme.value(QStringLiteral("claim")).toString(), QStringLiteral("=cmd|' /C calc'!A0"));
        QCOMPARE(meme.value(QStringLiteral("rating")).toString(), QStringLiteral("unverifiable"));
    }

    void csvNeutralisesFormulas()
    {
        const QString csv = QString::fromUtf8(exported(QStringLiteral("factcheck-csv")));
        const QStringList rows = csv.split(QStringLiteral("\r\n"));
        QCOMPARE(rows.at(0),
            QStringLiteral("item_id,source,external_id,url,claim,rating,note,annotator,created_at,updated_at"));
        QVERIFY2(rows.at(1).contains(QStringLiteral("A shark swam down a flooded street in New Jersey 🦈,false,")),
            qPrintable(rows.at(1)));
        const QString meme = rows.at(2);
        QVERIFY2(
            meme.contains(QStringLiteral(",'=cmd|' /C calc'!A0,unverifiable,'-2+3 @home,'+bo,")), qPrintable(meme));
        QVERIFY(!meme.contains(QStringLiteral(",=")));
    }

    void splitAndEmpty()
    {
        ExportOptions test;
        test.split = QStringLiteral("test");
        qint64 written = 0;
        const QJsonArray reviews
            = QJsonDocument::fromJson(exported(QStringLiteral("claimreview"), test, &written)).array();
        QCOMPARE(written, 1);
        QCOMPARE(reviews.at(0).toObject().value(QStringLiteral("claimReviewed")).toString(),
            QStringLiteral("=cmd|' /C calc'!A0"));
        removeFactCheck(*m_store, m_tweet);
        removeFactCheck(*m_store, m_meme);
        QCOMPARE(QJsonDocument::fromJson(exported(QStringLiteral("claimreview"), {}, &written)).array().size(), 0);
        QCOMPARE(written, 0);
        QCOMPARE(exported(QStringLiteral("factcheck-csv")).split('\n').size(), 2); // the header alone
    }
};

QTEST_GUILESS_MAIN(TestFactCheckExporters)
#include "TestFactCheckExporters.moc"
