// The browser's "has a near-duplicate with a verdict" filter on a fixture: which items have a judged near-duplicate
// (gold or human fake / real, or a fact check; never a model row or an "unsure"), by text and by image, and the
// item query that reads the resolved ids, alone and with another filter.
#include "core/domain/LabelSchema.h"
#include "core/store/FactCheckStore.h"
#include "core/store/ItemQuery.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"
#include "core/store/VerdictNeighbours.h"
#include "tests/core/RandomPicture.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {

QByteArray picture(quint32 seed)
{
    return testing::randomPicture(seed);
}

// Twelve words of its own per topic; the variant changes the last word, so 10 of 12 word pairs are shared
// (MinHash estimate ~0.8 >= 0.5) while different topics share none.
QString sentence(const QString &topic, const QString &word)
{
    static const QHash<QString, QString> texts{
        {QStringLiteral("bridge"),
            QStringLiteral("old harbour bridge cracked during storm engineers inspected cables overnight said")},
        {QStringLiteral("school"),
            QStringLiteral("primary school pupils evacuated after gas smell teachers counted children twice")},
        {QStringLiteral("market"),
            QStringLiteral("farmers market prices doubled vendors blame drought shoppers complain loudly about")},
        {QStringLiteral("stadium"),
            QStringLiteral("football stadium roof collapsed empty seats crushed club officials promise inquiry")},
        {QStringLiteral("museum"),
            QStringLiteral("national museum painting stolen guards asleep police search nearby warehouses quietly")},
    };
    return texts.value(topic) + QLatin1Char(' ') + word;
}

} // namespace

class TestVerdictNeighbours : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<ProjectStore> m_store;
    int m_projects = 0;
    QHash<QString, qint64> m_ids;

    qint64 add(const QString &name, ItemKind kind, const QString &text, std::optional<qint64> media = {})
    {
        Item item;
        item.kind = kind;
        item.source = QStringLiteral("fixture");
        item.externalId = name;
        item.text = text;
        item.mediaId = media;
        const qint64 id = m_store->upsertItem(item).id;
        m_ids.insert(name, id);
        return id;
    }

    void verdict(const QString &name, Origin origin, const QString &label, Status status = Status::Accepted)
    {
        Annotation row;
        row.itemId = m_ids.value(name);
        row.schema = Schemas::Fake2;
        row.label = label;
        row.origin = origin;
        row.status = status;
        row.score = origin == Origin::Model ? std::optional<double>(0.9) : std::nullopt;
        if (origin == Origin::Model) {
            ModelVersion version;
            version.task = QStringLiteral("post-veracity");
            version.name = QStringLiteral("m");
            version.createdAt = QDateTime::currentDateTimeUtc();
            row.modelVersionId = m_store->addModelVersion(version);
        }
        QVERIFY(m_store->addAnnotation(row) > 0);
    }

    QList<qint64> ids(const QStringList &names) const
    {
        QList<qint64> result;
        for (const QString &name : names)
            result.append(m_ids.value(name));
        std::sort(result.begin(), result.end());
        return result;
    }

    QList<qint64> run(const ItemQuery &query) const
    {
        QVariantList binds;
        QSqlQuery sqlQuery
            = sql::prepare(storeConnection(*m_store), query.selectStatement(binds, 100, std::nullopt, 0));
        for (int i = 0; i < binds.size(); ++i)
            sqlQuery.bindValue(i, binds[i]);
        sql::exec(sqlQuery);
        QList<qint64> result;
        while (sqlQuery.next())
            result.append(sqlQuery.value(ItemQuery::Id).toLongLong());
        return result;
    }

private Q_SLOTS:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("project-%1.candor").arg(++m_projects));
        ProjectStore::create(path);
        m_store.emplace(path);
        m_ids.clear();
        // Text pairs: the second of each pair carries what is known.
        add(QStringLiteral("a"), ItemKind::Post, sentence(QStringLiteral("bridge"), QStringLiteral("closed")));
        add(QStringLiteral("b"), ItemKind::Post, sentence(QStringLiteral("bridge"), QStringLiteral("shut")));
        verdict(QStringLiteral("b"), Origin::Gold, QStringLiteral("fake"));
        add(QStringLiteral("e"), ItemKind::Post, sentence(QStringLiteral("school"), QStringLiteral("closed")));
        add(QStringLiteral("f"), ItemKind::Post, sentence(QStringLiteral("school"), QStringLiteral("shut")));
        verdict(QStringLiteral("f"), Origin::Model, QStringLiteral("fake")); // a model's guess is no verdict
        add(QStringLiteral("g"), ItemKind::Post, sentence(QStringLiteral("market"), QStringLiteral("closed")));
        add(QStringLiteral("h"), ItemKind::Post, sentence(QStringLiteral("market"), QStringLiteral("shut")));
        verdict(QStringLiteral("h"), Origin::Human, QStringLiteral("unsure"), Status::Ignored); // no verdict either
        add(QStringLiteral("i"), ItemKind::Post, sentence(QStringLiteral("stadium"), QStringLiteral("closed")));
        add(QStringLiteral("j"), ItemKind::Post, sentence(QStringLiteral("stadium"), QStringLiteral("shut")));
        verdict(QStringLiteral("j"), Origin::Human, QStringLiteral("real"));
        add(QStringLiteral("r"), ItemKind::Post, sentence(QStringLiteral("museum"), QStringLiteral("closed")));
        add(QStringLiteral("s"), ItemKind::Post, sentence(QStringLiteral("museum"), QStringLiteral("shut")));
        verdict(QStringLiteral("s"), Origin::Gold, QStringLiteral("real"), Status::Rejected); // rejected: none
        // An image pair: the same picture under different captions; the second has a fact check.
        const qint64 media = m_store->addMedia(picture(3), QStringLiteral("meme.png")).id;
        add(QStringLiteral("c"), ItemKind::Meme, QStringLiteral("when the truth comes out"), media);
        add(QStringLiteral("d"), ItemKind::Meme, QStringLiteral("nobody talks about this"), media);
        FactCheck check;
        check.itemId = m_ids.value(QStringLiteral("d"));
        check.claim = QStringLiteral("The photo shows the flood of 2024");
        check.rating = FactCheckRating::MostlyFalse;
        putFactCheck(*m_store, check);
        // A judged item without near-duplicates.
        add(QStringLiteral("k"), ItemKind::Post, QStringLiteral("a quiet sunday afternoon"));
        verdict(QStringLiteral("k"), Origin::Gold, QStringLiteral("real"));
    }

    void cleanup() { m_store.reset(); }

    void judgedItems()
    {
        QCOMPARE(VerdictNeighbours::judgedItemIds(*m_store),
            ids({QStringLiteral("b"), QStringLiteral("j"), QStringLiteral("d"), QStringLiteral("k")}));
    }

    void itemsNearAVerdict()
    {
        QCOMPARE(
            VerdictNeighbours::itemIds(*m_store), ids({QStringLiteral("a"), QStringLiteral("i"), QStringLiteral("c")}));
        // Two judged near-duplicates count for each other.
        verdict(QStringLiteral("a"), Origin::Human, QStringLiteral("fake"));
        QCOMPARE(VerdictNeighbours::itemIds(*m_store),
            ids({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("i"), QStringLiteral("c")}));
    }

    void stricterThresholdsFindFewer()
    {
        SimilarityOptions strict;
        strict.minTextSimilarity = 0.95;
        QCOMPARE(VerdictNeighbours::itemIds(*m_store, strict), ids({QStringLiteral("c")}));
    }

    void queryReadsTheResolvedIds()
    {
        ItemQuery query;
        query.nearVerdict = true;
        query.nearVerdictIds = VerdictNeighbours::itemIds(*m_store);
        QVERIFY(!query.isEmpty());
        QCOMPARE(run(query), ids({QStringLiteral("a"), QStringLiteral("i"), QStringLiteral("c")}));
        query.kind = QStringLiteral("post");
        QCOMPARE(run(query), ids({QStringLiteral("a"), QStringLiteral("i")}));
        query.nearVerdictIds.clear(); // resolved to nothing: nothing matches
        QVERIFY(run(query).isEmpty());
        // The flag is saved with a filter, the ids are not.
        const ItemQuery saved = ItemQuery::fromJson(query.toJson());
        QVERIFY(saved.nearVerdict);
        QVERIFY(saved.nearVerdictIds.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVerdictNeighbours)
#include "TestVerdictNeighbours.moc"
