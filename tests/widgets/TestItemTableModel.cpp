#include "core/store/Database.h"
#include "core/store/ItemQuery.h"
#include "core/store/VerdictNeighbours.h"
#include "tests/widgets/FixtureProject.h"
#include "widgets/browser/ItemTableModel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QPixmap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

class TestItemTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ItemTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_counter = 0;

    QList<qint64> ids() const
    {
        QList<qint64> result;
        for (int row = 0; row < m_model->rowCount(); ++row)
            result.append(m_model->itemIdAt(row));
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("fixture%1.candor").arg(++m_counter));
        fixture::build(m_path, 40);
        m_store = std::make_unique<ProjectStore>(m_path);
        m_model = std::make_unique<ItemTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setPageSize(16);
        m_model->setStore(m_store.get());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_store.reset();
        Database::closeAll();
    }

    void pagesOnDemand()
    {
        QCOMPARE(m_model->rowCount(), 16);
        QCOMPARE(m_model->matchCount(), 43);
        QVERIFY(m_model->canFetchMore({}));
        // Each fetch adds one page (the model tester may fetch one more page on its own).
        m_model->fetchMore({});
        QVERIFY(m_model->rowCount() == 32 || m_model->rowCount() == 43);
        while (m_model->canFetchMore({}))
            m_model->fetchMore({});
        QCOMPARE(m_model->rowCount(), 43);
        QList<qint64> expected;
        for (qint64 id = 1; id <= 43; ++id)
            expected.append(id);
        QCOMPARE(ids(), expected); // keyset pages neither skip nor repeat rows
    }

    // The thumbnail column has the screen's pixels for its 48 points (sharp on HiDPI: run with QT_SCALE_FACTOR=2).
    void thumbnailsHaveTheScreensPixelRatio()
    {
        QImage image(300, 150, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(image.save(&buffer, "PNG"));
        Item meme;
        meme.kind = ItemKind::Meme;
        meme.source = QStringLiteral("test");
        meme.externalId = QStringLiteral("with-image");
        meme.text = QStringLiteral("A MEME WITH AN IMAGE");
        meme.mediaId = m_store->addMedia(png, QStringLiteral("test.png")).id;
        const qint64 id = m_store->upsertItem(meme).id;
        ItemQuery query;
        query.source = QStringLiteral("test");
        m_model->setQuery(query);
        const int row = m_model->rowOfItem(id);
        QVERIFY(row >= 0);
        const QPixmap thumbnail
            = m_model->index(row, ItemTableModel::Thumbnail).data(Qt::DecorationRole).value<QPixmap>();
        QVERIFY(!thumbnail.isNull());
        QCOMPARE(thumbnail.devicePixelRatio(), qGuiApp->devicePixelRatio());
        QCOMPARE(thumbnail.deviceIndependentSize(), QSizeF(48, 24));
        QCOMPARE(thumbnail.width(), qRound(48 * qGuiApp->devicePixelRatio()));
    }

    void columnsShowLabelsScoresAndReview()
    {
        const int row = m_model->rowOfItem(1);
        QCOMPARE(m_model->index(row, ItemTableModel::Kind).data().toString(), QStringLiteral("meme"));
        QCOMPARE(m_model->index(row, ItemTableModel::Gold).data().toString(), QStringLiteral("Slogans"));
        // Model labels: the span (no score threshold for spans) and item labels scoring >= 0.5.
        QCOMPARE(m_model->index(row, ItemTableModel::ModelLabels).data().toString(),
            QStringLiteral("Loaded Language; Slogans"));
        QCOMPARE(m_model->index(row, ItemTableModel::BestScore).data().toString(), QStringLiteral("0.90"));
        QCOMPARE(m_model->index(row, ItemTableModel::Uncertainty).data().toString(),
            QStringLiteral("0.90")); // 1 - 2|0.45-0.5|
        QCOMPARE(m_model->index(row, ItemTableModel::Review).data().toString(), QStringLiteral("unreviewed"));
        const int three = m_model->rowOfItem(3);
        QCOMPARE(m_model->index(three, ItemTableModel::Human).data().toString(), QStringLiteral("Doubt"));
        QCOMPARE(m_model->index(three, ItemTableModel::Annotator).data().toString(), QStringLiteral("alice"));
        QCOMPARE(m_model->index(three, ItemTableModel::Review).data().toString(), QStringLiteral("reviewed"));
    }

    void filters_data()
    {
        QTest::addColumn<QJsonObject>("query");
        QTest::addColumn<QList<qint64>>("expected");
        const auto q = [](std::initializer_list<QPair<QString, QJsonValue>> fields) {
            QJsonObject json;
            for (const auto &[key, value] : fields)
                json.insert(key, value);
            return json;
        };
        QTest::newRow("kind") << q({{QStringLiteral("kind"), QStringLiteral("meme")}}) << QList<qint64>{1};
        QTest::newRow("label any origin")
            << q({{QStringLiteral("label"), QStringLiteral("Doubt")}}) << QList<qint64>{3};
        QTest::newRow("predicted in range") << q({{QStringLiteral("predictedLabel"), QStringLiteral("Smears")},
            {QStringLiteral("minScore"), 0.4}, {QStringLiteral("maxScore"), 0.5}})
                                            << QList<qint64>{1};
        QTest::newRow("predicted out of range")
            << q({{QStringLiteral("predictedLabel"), QStringLiteral("Smears")}, {QStringLiteral("minScore"), 0.5}})
            << QList<qint64>{};
        QTest::newRow("reviewed") << q({{QStringLiteral("review"), QStringLiteral("reviewed")}}) << QList<qint64>{3};
        QTest::newRow("annotator") << q({{QStringLiteral("annotator"), QStringLiteral("alice")}}) << QList<qint64>{3};
        QTest::newRow("language") << q({{QStringLiteral("language"), QStringLiteral("es")}}) << QList<qint64>{2};
        QTest::newRow("source and split") << q(
            {{QStringLiteral("source"), QStringLiteral("pan")}, {QStringLiteral("split"), QStringLiteral("train")}})
                                          << QList<qint64>{2, 3};
        QTest::newRow("search word") << q({{QStringLiteral("search"), QStringLiteral("experts")}}) << QList<qint64>{3};
        QTest::newRow("search prefix") << q({{QStringLiteral("search"), QStringLiteral("caf")}}) << QList<qint64>{2};
        QTest::newRow("search with FTS syntax is quoted")
            << q({{QStringLiteral("search"), QStringLiteral("truth\" (")}}) << QList<qint64>{1};
    }

    void filters()
    {
        QFETCH(QJsonObject, query);
        QFETCH(QList<qint64>, expected);
        QSignalSpy counts(m_model.get(), &ItemTableModel::matchCountChanged);
        m_model->setQuery(ItemQuery::fromJson(query));
        QCOMPARE(ids(), expected);
        QCOMPARE(counts.size(), 1); // a result within its first page is counted at once, no worker
        QCOMPARE(m_model->knownMatchCount(), std::optional<qint64>(expected.size()));
    }

    // "Has a near-duplicate with a verdict": the table lists exactly the resolved items, counted, the re-post of a
    // judged post among them and the judged post itself not (its only near-duplicate has no verdict).
    void nearVerdictFilter()
    {
        const QString text
            = QStringLiteral("old harbour bridge cracked during storm engineers inspected cables overnight");
        Item original;
        original.kind = ItemKind::Post;
        original.source = QStringLiteral("near");
        original.externalId = QStringLiteral("original");
        original.text = text + QStringLiteral(" said");
        const qint64 judged = m_store->upsertItem(original).id;
        Item repost = original;
        repost.externalId = QStringLiteral("repost");
        repost.text = text + QStringLiteral(" reported");
        const qint64 reposted = m_store->upsertItem(repost).id;
        Annotation gold;
        gold.itemId = judged;
        gold.schema = Schemas::Fake2;
        gold.label = QStringLiteral("fake");
        QVERIFY(m_store->addAnnotation(gold) > 0);

        ItemQuery query;
        query.nearVerdict = true;
        query.nearVerdictIds = VerdictNeighbours::itemIds(*m_store);
        QVERIFY(query.nearVerdictIds.contains(reposted));
        QVERIFY(!query.nearVerdictIds.contains(judged));
        m_model->setQuery(query);
        QCOMPARE(ids(), query.nearVerdictIds);
        QCOMPARE(m_model->matchCount(), qint64(query.nearVerdictIds.size()));
    }

    void unreviewedFilterExcludesReviewed()
    {
        ItemQuery query;
        query.review = ItemQuery::Review::Unreviewed;
        m_model->setQuery(query);
        QCOMPARE(m_model->matchCount(), 42);
        QCOMPARE(m_model->rowOfItem(3), -1);
    }

    void sortsInSqlite()
    {
        m_model->sort(ItemTableModel::BestScore, Qt::DescendingOrder);
        QCOMPARE(m_model->query().sortKey, ItemQuery::SortKey::BestScore);
        QCOMPARE(m_model->itemIdAt(0), qint64(1)); // the only scored item first, NULLs last when descending
        m_model->sort(ItemTableModel::Kind, Qt::AscendingOrder);
        QCOMPARE(m_model->itemIdAt(0), qint64(1)); // "meme" < "post"
        m_model->sort(ItemTableModel::Preview, Qt::DescendingOrder);
        QCOMPARE(m_model->itemIdAt(0), qint64(13)); // binary order: "filler post 9" is the greatest text
        while (m_model->canFetchMore({}))
            m_model->fetchMore({});
        QCOMPARE(m_model->rowCount(), 43); // OFFSET pages for non-id sorts are complete too
        const QList<qint64> all = ids();
        QCOMPARE(QSet<qint64>(all.cbegin(), all.cend()).size(), 43);
    }

    void refreshItemRereadsOneRow()
    {
        const int row = m_model->rowOfItem(2);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        Annotation a = fixture::makeAnnotation(2, Schemas::Persuasion20, QStringLiteral("Doubt"), Origin::Human, 0, 4);
        a.annotator = QStringLiteral("bob");
        m_store->addAnnotation(a);
        m_model->refreshItem(2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_model->index(row, ItemTableModel::Human).data().toString(), QStringLiteral("Doubt"));
        QCOMPARE(m_model->index(row, ItemTableModel::Review).data().toString(), QStringLiteral("reviewed"));
    }

    void queryRoundTripsThroughJson()
    {
        ItemQuery query;
        query.kind = QStringLiteral("post");
        query.predictedLabel = QStringLiteral("Doubt");
        query.minScore = 0.25;
        query.review = ItemQuery::Review::Unreviewed;
        query.search = QStringLiteral("masks");
        query.sortKey = ItemQuery::SortKey::Uncertainty;
        query.descending = true;
        QVERIFY(ItemQuery::fromJson(query.toJson()) == query);
        QCOMPARE(ItemQuery::ftsExpression(QStringLiteral("the \"truth\" out")),
            QStringLiteral("\"the\" \"truth\" \"out\"*"));
        QVERIFY(ItemQuery::ftsExpression(QStringLiteral(" ( \" ")).isEmpty());
    }
};

QTEST_MAIN(TestItemTableModel)
#include "TestItemTableModel.moc"
