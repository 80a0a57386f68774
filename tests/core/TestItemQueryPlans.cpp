// ItemQuery planned by facet counts (schema 5) must return exactly the rows of the unplanned statements (the
// four facet columns compared on items), whichever plan the counts pick: empty set, facet index, or id-order
// walk with a per-row facet test; for pages (keyset and OFFSET), counts, id lists and the review queue.
#include "core/domain/Error.h"
#include "core/store/Database.h"
#include "core/store/FacetSelection.h"
#include "core/store/ItemQuery.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {

enum class Plan { Resolved, Narrow, Wide };

QList<qint64> ids(const QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    QSqlQuery query = sql::prepare(db, statement);
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds[i]);
    sql::exec(query);
    QList<qint64> result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

} // namespace

class TestItemQueryPlans : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;

    // 600 items over 4 kinds x 2 languages x 3 sources x 3 splits, in interleaved and clustered runs; every
    // item has text, every 7th a thread post repeating a word, a tenth carry annotations.
    void build(const QString &path)
    {
        ProjectStore::create(path);
        m_store = std::make_unique<ProjectStore>(path);
        const QSqlDatabase db = storeConnection(*m_store);
        sql::Transaction transaction(db);
        sql::exec(
            db, QStringLiteral("INSERT INTO model_versions(id, task, name, created_at) VALUES (1, 't', 'm', 'now')"));
        QSqlQuery insert = sql::prepare(db,
            QStringLiteral("INSERT INTO items(id, kind, source, external_id, split, text, language, content_hash) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, 'h')"));
        const char *const kinds[] = {"post", "message", "meme", "thread"};
        const char *const words[] = {"border", "vaccine", "masks", "energy", "prices"};
        for (int i = 1; i <= 600; ++i) {
            // Source "rare" only in one clustered run at the end (ids 571..600): the case an id-order walk
            // reaches last.
            const QString source = i > 570 ? QStringLiteral("rare")
                : i % 3 == 0               ? QStringLiteral("telegram")
                                           : QStringLiteral("pan");
            insert.bindValue(0, i);
            insert.bindValue(1, QLatin1String(kinds[i % 4]));
            insert.bindValue(2, source);
            insert.bindValue(3, QString::number(i));
            insert.bindValue(4,
                i % 10 == 0       ? QStringLiteral("dev")
                    : i % 10 == 1 ? QStringLiteral("test")
                                  : QStringLiteral("train"));
            insert.bindValue(5,
                QStringLiteral("item %1 about %2 and %3")
                    .arg(i)
                    .arg(QLatin1String(words[i % 5]), QLatin1String(words[(i / 5) % 5])));
            insert.bindValue(6, i % 2 == 0 ? QStringLiteral("en") : QStringLiteral("es"));
            sql::exec(insert);
            if (i % 7 == 0)
                sql::exec(db,
                    QStringLiteral("INSERT INTO posts(item_id, post_id, text, content_hash) VALUES (%1, 'p', 'reply on "
                                   "border and %2', 'h')")
                        .arg(i)
                        .arg(QLatin1String(words[i % 5])));
        }
        const auto label = [](const char *name) {
            return QStringLiteral("(SELECT id FROM labels WHERE name = '%1' LIMIT 1)").arg(QLatin1String(name));
        };
        for (int i = 5; i <= 600; i += 10) {
            sql::exec(db,
                QStringLiteral("INSERT INTO annotations(item_id, label_id, origin, model_version_id, score, status, "
                               "created_at, updated_at)"
                               " VALUES (%1, %2, 'model', 1, %3, 'proposed', 'now', 'now')")
                    .arg(i)
                    .arg(label("Doubt"))
                    .arg((i * 37 % 100) / 100.0));
            if (i % 20 == 5)
                sql::exec(db,
                    QStringLiteral(
                        "INSERT INTO annotations(item_id, label_id, origin, annotator, status, created_at, updated_at)"
                        " VALUES (%1, %2, 'human', '%3', 'accepted', 'now', 'now')")
                        .arg(i)
                        .arg(label("Slogans"))
                        .arg(i % 40 == 5 ? QStringLiteral("alice") : QStringLiteral("bob")));
        }
        transaction.commit();
    }

    FacetSelection selection(const ItemQuery &query, Plan plan) const
    {
        FacetSelection facets = FacetSelection::resolve(storeConnection(*m_store), query);
        // itemCount and projectItems only steer the plan; the rows come from the facet ids.
        if (plan == Plan::Narrow)
            facets.projectItems = qint64(1) << 40;
        else if (plan == Plan::Wide)
            facets.projectItems = 0;
        return facets;
    }

    // Every page until the end, as the browser fetches them (keyset after the last id when sorting by id).
    QList<qint64> allPages(const ItemQuery &query, const FacetSelection *facets) const
    {
        QList<qint64> rows;
        for (;;) {
            QVariantList binds;
            const auto after = rows.isEmpty() ? std::nullopt : std::optional<qint64>(rows.last());
            const QList<qint64> page
                = ids(storeConnection(*m_store), query.selectStatement(binds, 13, after, rows.size(), facets), binds);
            rows.append(page);
            if (page.size() < 13)
                return rows;
        }
    }

private Q_SLOTS:
    void initTestCase() { build(m_dir.filePath(QStringLiteral("plans.candor"))); }

    void cleanupTestCase()
    {
        m_store.reset();
        Database::closeAll();
    }

    void resolvesFacetsWithExactCounts()
    {
        ItemQuery query;
        query.kind = QStringLiteral("post");
        query.split = QStringLiteral("dev");
        const FacetSelection facets = FacetSelection::resolve(storeConnection(*m_store), query);
        QVERIFY(facets.constrained);
        QCOMPARE(facets.projectItems, qint64(600));
        // post: id % 4 == 0, dev: id % 10 == 0 -> multiples of 20: 30 items over three sources (en only).
        QCOMPARE(facets.itemCount, qint64(30));
        QCOMPARE(facets.ids.size(), 3);
        query.language = QStringLiteral("es");
        QVERIFY(FacetSelection::resolve(storeConnection(*m_store), query).matchesNothing());
        QVERIFY(!FacetSelection::resolve(storeConnection(*m_store), ItemQuery()).constrained);
    }

    void plansReturnTheReferenceRows_data()
    {
        QTest::addColumn<QJsonObject>("query");
        QTest::addColumn<int>("plan");
        const auto q = [](std::initializer_list<QPair<QString, QJsonValue>> fields) {
            QJsonObject json;
            for (const auto &[key, value] : fields)
                json.insert(key, value);
            return json;
        };
        const QList<QPair<const char *, QJsonObject>> queries = {
            {"empty set (es + dev)",
                q({{QStringLiteral("language"), QStringLiteral("es")},
                    {QStringLiteral("split"), QStringLiteral("dev")}})},
            {"unknown value", q({{QStringLiteral("source"), QStringLiteral("nowhere")}})},
            {"small clustered set", q({{QStringLiteral("source"), QStringLiteral("rare")}})},
            {"small set, descending",
                q({{QStringLiteral("source"), QStringLiteral("rare")}, {QStringLiteral("descending"), true}})},
            {"large set", q({{QStringLiteral("kind"), QStringLiteral("post")}})},
            {"large set, descending",
                q({{QStringLiteral("language"), QStringLiteral("es")}, {QStringLiteral("descending"), true}})},
            {"two facet columns",
                q({{QStringLiteral("kind"), QStringLiteral("meme")},
                    {QStringLiteral("split"), QStringLiteral("train")}})},
            {"facet + label",
                q({{QStringLiteral("source"), QStringLiteral("pan")},
                    {QStringLiteral("label"), QStringLiteral("Doubt")}})},
            {"facet + predicted range",
                q({{QStringLiteral("language"), QStringLiteral("es")},
                    {QStringLiteral("predictedLabel"), QStringLiteral("Doubt")}, {QStringLiteral("minScore"), 0.2},
                    {QStringLiteral("maxScore"), 0.7}})},
            {"facet + annotator",
                q({{QStringLiteral("kind"), QStringLiteral("message")},
                    {QStringLiteral("annotator"), QStringLiteral("alice")}})},
            {"facet + unreviewed",
                q({{QStringLiteral("split"), QStringLiteral("train")},
                    {QStringLiteral("review"), QStringLiteral("unreviewed")}})},
            {"facet + reviewed",
                q({{QStringLiteral("source"), QStringLiteral("telegram")},
                    {QStringLiteral("review"), QStringLiteral("reviewed")}})},
            {"facet + search (posts too)",
                q({{QStringLiteral("language"), QStringLiteral("en")},
                    {QStringLiteral("search"), QStringLiteral("border")}})},
            {"facet + search, descending",
                q({{QStringLiteral("kind"), QStringLiteral("thread")},
                    {QStringLiteral("search"), QStringLiteral("mas")}, {QStringLiteral("descending"), true}})},
            {"facet + search sorted by score",
                q({{QStringLiteral("source"), QStringLiteral("pan")},
                    {QStringLiteral("search"), QStringLiteral("energy")},
                    {QStringLiteral("sort"), QStringLiteral("best-score")}, {QStringLiteral("descending"), true}})},
            {"facet sorted by uncertainty",
                q({{QStringLiteral("kind"), QStringLiteral("meme")},
                    {QStringLiteral("sort"), QStringLiteral("uncertainty")}})},
            {"facet sorted by text",
                q({{QStringLiteral("source"), QStringLiteral("rare")},
                    {QStringLiteral("sort"), QStringLiteral("text")}})},
            {"facet sorted by kind",
                q({{QStringLiteral("language"), QStringLiteral("en")}, {QStringLiteral("sort"), QStringLiteral("kind")},
                    {QStringLiteral("descending"), true}})},
            {"no facet: label", q({{QStringLiteral("label"), QStringLiteral("Slogans")}})},
            {"no facet: search", q({{QStringLiteral("search"), QStringLiteral("prices")}})},
            {"nothing", q({})},
        };
        const char *const planNames[] = {"resolved", "narrow", "wide"};
        for (const auto &[name, json] : queries)
            for (int plan = 0; plan < 3; ++plan)
                QTest::addRow("%s, %s", name, planNames[plan]) << json << plan;
    }

    void plansReturnTheReferenceRows()
    {
        QFETCH(QJsonObject, query);
        QFETCH(int, plan);
        const ItemQuery itemQuery = ItemQuery::fromJson(query);
        const FacetSelection facets = selection(itemQuery, Plan(plan));
        // The reference: the unplanned id list (a plain WHERE with IN subqueries, ORDER BY id) in the query's
        // order, or for other sort keys the unplanned pages.
        QVariantList binds;
        QList<qint64> reference = ids(storeConnection(*m_store), itemQuery.idStatement(binds), binds);
        if (itemQuery.sortKey != ItemQuery::SortKey::Id)
            reference = allPages(itemQuery, nullptr);
        else if (itemQuery.descending)
            std::reverse(reference.begin(), reference.end());
        QCOMPARE(allPages(itemQuery, nullptr), reference);
        QCOMPARE(allPages(itemQuery, &facets), reference);

        binds.clear();
        const QList<qint64> count = ids(storeConnection(*m_store), itemQuery.countStatement(binds, &facets), binds);
        QCOMPARE(count.value(0), qint64(reference.size()));
        binds.clear();
        QList<qint64> expectedIds = ids(storeConnection(*m_store), itemQuery.idStatement(binds), binds);
        binds.clear();
        QCOMPARE(ids(storeConnection(*m_store), itemQuery.idStatement(binds, &facets), binds), expectedIds);
        std::sort(expectedIds.begin(), expectedIds.end());
        QList<qint64> sortedReference = reference;
        std::sort(sortedReference.begin(), sortedReference.end());
        QCOMPARE(expectedIds, sortedReference);
        // The review queue from the middle of the id range, wrapping around.
        for (const qint64 current : {qint64(0), qint64(300), qint64(595)}) {
            QVariantList referenceBinds;
            QVariantList planBinds;
            QCOMPARE(ids(storeConnection(*m_store), itemQuery.nextUnreviewedStatement(planBinds, current, &facets),
                         planBinds),
                ids(storeConnection(*m_store), itemQuery.nextUnreviewedStatement(referenceBinds, current),
                    referenceBinds));
            referenceBinds.clear();
            planBinds.clear();
            QCOMPARE(ids(storeConnection(*m_store), itemQuery.mostUncertainStatement(planBinds, current, &facets),
                         planBinds),
                ids(storeConnection(*m_store), itemQuery.mostUncertainStatement(referenceBinds, current),
                    referenceBinds));
        }
    }

    void exactCountOnlyForFacetFilters()
    {
        ItemQuery query;
        query.kind = QStringLiteral("post");
        FacetSelection facets = FacetSelection::resolve(storeConnection(*m_store), query);
        QVERIFY(query.countIsExact(&facets));
        QVERIFY(!query.countIsExact());
        QVariantList binds;
        QCOMPARE(
            sql::scalar(storeConnection(*m_store), query.countStatement(binds, &facets)).toLongLong(), qint64(150));
        QVERIFY(binds.isEmpty());
        query.label = QStringLiteral("Doubt");
        QVERIFY(!query.countIsExact(&facets));
    }

    void emptySelectionIsAConstantFalseTerm()
    {
        ItemQuery query;
        query.language = QStringLiteral("es");
        query.split = QStringLiteral("dev");
        const FacetSelection facets = FacetSelection::resolve(storeConnection(*m_store), query);
        QVariantList binds;
        QVERIFY(query.selectStatement(binds, 10, std::nullopt, 0, &facets).contains(QLatin1String(" WHERE 0")));
        binds.clear();
        QCOMPARE(query.countStatement(binds, &facets), QStringLiteral("SELECT 0"));
    }

    void planFollowsTheCounts()
    {
        // A wide selection keeps the facet index out (unary plus) once another filter or sort takes part; a
        // narrow one or a plain id-order page reads it.
        ItemQuery query;
        query.kind = QStringLiteral("post");
        query.review = ItemQuery::Review::Unreviewed;
        QVariantList binds;
        const FacetSelection wideReview = selection(query, Plan::Wide);
        QVERIFY(
            query.selectStatement(binds, 10, std::nullopt, 0, &wideReview).contains(QLatin1String("+s.facet_id IN (")));
        const FacetSelection narrow = selection(query, Plan::Narrow);
        const QString narrowPage = query.selectStatement(binds, 10, std::nullopt, 0, &narrow);
        QVERIFY(!narrowPage.contains(QLatin1String("+s.facet_id")));
        QVERIFY(narrowPage.contains(QLatin1String("INDEXED BY item_summary_facet")));
        query.review = ItemQuery::Review::Any;
        const FacetSelection wide = selection(query, Plan::Wide);
        QVERIFY(!query.selectStatement(binds, 10, std::nullopt, 0, &wide).contains(QLatin1String("+s.facet_id")));
        // The rule itself: items^2 <= 8 * 256 * project items.
        FacetSelection counts;
        counts.projectItems = 1000000;
        counts.itemCount = 45000;
        QVERIFY(counts.narrow());
        counts.itemCount = 46000;
        QVERIFY(!counts.narrow());
    }
};

QTEST_MAIN(TestItemQueryPlans)
#include "TestItemQueryPlans.moc"
