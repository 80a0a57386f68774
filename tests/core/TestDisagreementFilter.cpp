// ItemQuery's "annotators disagree" filter on the agreement fixture, whose answers are worked out by hand in
// AgreementFixture.h: p1 (ana's Loaded Language, the shifted span), p3 (ben's Loaded Language) and the thread
// (post 1: deny vs query) disagree; p2 agrees once cy's rejected row, the accepted model row and the gold row are
// left out, as agreement leaves them out; p4 has one annotator and is not compared.
#include "core/agreement/Curation.h"
#include "core/store/Database.h"
#include "core/store/ItemQuery.h"
#include "core/store/ItemReader.h"
#include "core/store/StoreConnection.h"
#include "tests/core/AgreementFixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

class TestDisagreementFilter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    QStringList matches(const ItemQuery &query)
    {
        const ProjectStore store(m_path);
        QVariantList binds;
        QSqlQuery sqlQuery(storeConnection(store));
        [&] { QVERIFY(sqlQuery.prepare(query.idStatement(binds))); }();
        for (int i = 0; i < binds.size(); ++i)
            sqlQuery.bindValue(i, binds[i]);
        [&] { QVERIFY2(sqlQuery.exec(), qPrintable(sqlQuery.lastError().text())); }();
        QStringList ids;
        while (sqlQuery.next())
            ids.append(store.item(sqlQuery.value(0).toLongLong())->externalId);
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("agreement.candor"));
        QFile::remove(m_path);
        fixture::buildAgreementProject(m_path);
    }

    void cleanup() { Database::closeAll(); }

    void disagreeingItemsOnly()
    {
        ItemQuery query;
        query.disagreement = true;
        QVERIFY(!query.isEmpty());
        QCOMPARE(matches(query), (QStringList{QStringLiteral("p1"), QStringLiteral("p3"), QStringLiteral("t1")}));
    }

    void combinesWithOtherFilters()
    {
        ItemQuery query;
        query.disagreement = true;
        query.annotator = QStringLiteral("cy");
        QCOMPARE(matches(query), (QStringList{QStringLiteral("p1"), QStringLiteral("p3")}));
        query.annotator.clear();
        query.kind = QStringLiteral("thread");
        QCOMPARE(matches(query), QStringList{QStringLiteral("t1")});
    }

    void settlingADisagreementRemovesTheItem()
    {
        {
            ProjectStore store(m_path);
            // On p3 ana and cy say Smears, ben Loaded Language. ben adding Smears matches theirs, but his Loaded
            // Language is still his alone, so p3 stays; rejecting it settles p3.
            const qint64 p3 = *store.findItem(QStringLiteral("fixture"), QStringLiteral("p3"));
            fixture::agreementRow(
                store, p3, QStringLiteral("persuasion-20"), QStringLiteral("Smears"), QStringLiteral("ben"));
            ItemQuery query;
            query.disagreement = true;
            QVERIFY(matches(query).contains(QStringLiteral("p3")));
            for (const Annotation &a : store.annotations(p3))
                if (a.annotator == QLatin1String("ben") && a.label == QLatin1String("Loaded Language"))
                    store.setAnnotationStatus(a.id, Status::Rejected);
        }
        ItemQuery query;
        query.disagreement = true;
        QCOMPARE(matches(query), (QStringList{QStringLiteral("p1"), QStringLiteral("t1")}));
    }

    void aCuratedSchemaLeavesTheQueue()
    {
        {
            ProjectStore store(m_path);
            const qint64 p1 = *store.findItem(QStringLiteral("fixture"), QStringLiteral("p1"));
            settleCuration(store, p1, QStringLiteral("persuasion-20"),
                curationVersion(store, p1, QStringLiteral("persuasion-20"), QStringLiteral("human:ben")),
                QStringLiteral("cur"));
        }
        ItemQuery query;
        query.disagreement = true;
        QCOMPARE(matches(query), (QStringList{QStringLiteral("p3"), QStringLiteral("t1")}));
    }

    void nextDisagreementWalksTheQueueAndWraps()
    {
        ProjectStore store(m_path);
        const ItemReader reader(store);
        const auto id = [&store](const char *name) {
            return *store.findItem(QStringLiteral("fixture"), QString::fromLatin1(name));
        };
        QCOMPARE(reader.nextDisagreement({}, id("p1")), std::optional<qint64>(id("p3")));
        QCOMPARE(reader.nextDisagreement({}, id("t1")), std::optional<qint64>(id("p1"))); // wraps around
        ItemQuery threads;
        threads.kind = QStringLiteral("thread");
        QCOMPARE(reader.nextDisagreement(threads, 0), std::optional<qint64>(id("t1")));
        QCOMPARE(reader.nextDisagreement(threads, id("t1")), std::nullopt); // the shown item is not "next"
        settleCuration(store, id("t1"), QStringLiteral("stance-4"),
            curationVersion(store, id("t1"), QStringLiteral("stance-4"), QStringLiteral("human:ana")),
            QStringLiteral("cur"));
        QCOMPARE(reader.nextDisagreement(threads, 0), std::nullopt);
    }

    void jsonRoundTrip()
    {
        ItemQuery query;
        query.disagreement = true;
        QCOMPARE(ItemQuery::fromJson(query.toJson()).disagreement, true);
        QCOMPARE(ItemQuery::fromJson(ItemQuery().toJson()).disagreement, false);
        QVERIFY(ItemQuery::fromJson(query.toJson()) == query);
    }
};

QTEST_GUILESS_MAIN(TestDisagreementFilter)
#include "TestDisagreementFilter.moc"
