// The items browser's match count off the GUI thread: page first, "counting…", then the number from the
// model's MatchCounter, equal to the blocking count; superseded counts never show.
#include "core/store/Database.h"
#include "core/store/FacetSelection.h"
#include "core/store/ItemQuery.h"
#include "core/store/MatchCounter.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"
#include "widgets/browser/ItemBrowser.h"
#include "widgets/browser/ItemTableModel.h"
#include "widgets/main/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

Q_DECLARE_METATYPE(candor::ItemQuery)

namespace {

// 12,000 posts and memes: every third a meme, even ones say "vaccine", odd ones "border", every tenth "dev".
constexpr int kItems = 12000;

void generate(const QString &path)
{
    ProjectStore::create(path);
    ProjectStore store(path);
    auto transaction = store.transaction();
    QSqlQuery insert = sql::prepare(storeConnection(store),
        QStringLiteral("INSERT INTO items(kind, source, external_id, split, text, language, content_hash) VALUES (?, "
                       "?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < kItems; ++i) {
        insert.bindValue(0, i % 3 == 0 ? QStringLiteral("meme") : QStringLiteral("post"));
        insert.bindValue(1, QStringLiteral("gen"));
        insert.bindValue(2, QString::number(i));
        insert.bindValue(3, i % 10 == 0 ? QStringLiteral("dev") : QStringLiteral("train"));
        insert.bindValue(4,
            QStringLiteral("item %1 about %2")
                .arg(i)
                .arg(i % 2 == 0 ? QLatin1String("vaccine") : QLatin1String("border")));
        insert.bindValue(5, QStringLiteral("en"));
        insert.bindValue(6, QString::number(i, 16));
        sql::exec(insert);
    }
    transaction.commit();
}

ItemQuery search(const QString &words, const QString &kind = {})
{
    ItemQuery query;
    query.search = words;
    query.kind = kind;
    return query;
}

} // namespace

class TestItemCountAsync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ProjectStore> m_store;

    // The blocking count on the GUI thread's connection, the reference for the worker's.
    qint64 reference(const ItemQuery &query) const
    {
        const FacetSelection facets = FacetSelection::resolve(storeConnection(*m_store), query);
        QVariantList binds;
        QSqlQuery count = sql::prepare(storeConnection(*m_store), query.countStatement(binds, &facets));
        for (int i = 0; i < binds.size(); ++i)
            count.bindValue(i, binds[i]);
        return sql::scalar(count).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CandorTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_itemcountasync"));
        m_path = m_dir.filePath(QStringLiteral("count.candor"));
        generate(m_path);
        m_store = std::make_unique<ProjectStore>(m_path);
    }

    void cleanupTestCase()
    {
        m_store.reset();
        Database::closeAll();
    }

    void countArrivesAfterThePage_data()
    {
        QTest::addColumn<ItemQuery>("query");
        QTest::addColumn<bool>("inBackground");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<QString>("text");
        ItemQuery unreviewed;
        unreviewed.review = ItemQuery::Review::Unreviewed;
        QTest::newRow("capped: unreviewed")
            << unreviewed << true << ItemQuery::countCap + 1 << QStringLiteral("%L1+").arg(ItemQuery::countCap);
        QTest::newRow("search") << search(QStringLiteral("vaccine")) << true << qint64(6000)
                                << QStringLiteral("%L1").arg(6000);
        QTest::newRow("search prefix") << search(QStringLiteral("bord")) << true << qint64(6000)
                                       << QStringLiteral("%L1").arg(6000);
        QTest::newRow("search + kind") << search(QStringLiteral("vaccine"), QStringLiteral("meme")) << true
                                       << qint64(2000) << QStringLiteral("%L1").arg(2000);
        ItemQuery memes;
        memes.kind = QStringLiteral("meme");
        QTest::newRow("exact from facets") << memes << false << qint64(4000) << QStringLiteral("%L1").arg(4000);
        QTest::newRow("fits in its page")
            << search(QStringLiteral("4242")) << false << qint64(1) << QStringLiteral("1");
        QTest::newRow("all items") << ItemQuery() << false << qint64(kItems) << QStringLiteral("%L1").arg(kItems);
    }

    void countArrivesAfterThePage()
    {
        QFETCH(ItemQuery, query);
        QFETCH(bool, inBackground);
        QFETCH(qint64, expected);
        QFETCH(QString, text);
        QCOMPARE(reference(query), expected);
        ItemTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QSignalSpy changed(&model, &ItemTableModel::matchCountChanged);
        model.setQuery(query);
        QCOMPARE(model.rowCount(), int(qMin<qint64>(expected, model.pageSize()))); // the page is there at once
        if (inBackground) {
            QVERIFY(!model.knownMatchCount());
            QCOMPARE(model.matchCountText(), QStringLiteral("counting…"));
            QTRY_VERIFY(model.knownMatchCount().has_value());
            QCOMPARE(changed.size(), 2); // unknown, then known
        } else {
            QCOMPARE(changed.size(), 1);
        }
        QCOMPARE(*model.knownMatchCount(), expected);
        QCOMPARE(model.matchCount(), expected);
        QCOMPARE(model.matchCountText(), text);
        QCOMPARE(model.matchCountIsCapped(), text.endsWith(QLatin1Char('+'))); // exact counts are never capped
    }

    void onlyTheLastOfRapidRefreshesIsShown()
    {
        ItemTableModel model;
        model.setStore(m_store.get());
        auto *counter = model.findChild<MatchCounter *>();
        QVERIFY(counter);
        QSignalSpy counted(counter, &MatchCounter::counted);
        QSignalSpy cancelled(counter, &MatchCounter::cancelled);
        QList<qint64> shown;
        connect(&model, &ItemTableModel::matchCountChanged, this, [&] {
            if (model.knownMatchCount())
                shown.append(*model.knownMatchCount());
        });
        // A user typing "vaccine ab": each keystroke refreshes before the last count could arrive.
        const QStringList typed = {QStringLiteral("v"), QStringLiteral("vac"), QStringLiteral("vaccine"),
            QStringLiteral("vaccine a"), QStringLiteral("vaccine ab")};
        for (const QString &words : typed)
            model.setQuery(search(words));
        QTRY_COMPARE(cancelled.size() + counted.size(), typed.size());
        QCOMPARE(cancelled.size(), typed.size() - 1);
        QCOMPARE(counted.size(), 1);
        QCOMPARE(counted.first().first().value<quint64>(), counter->generation());
        QCOMPARE(shown, QList<qint64>{reference(search(typed.last()))});
        QCOMPARE(shown.first(), qint64(6000));
    }

    void modelDestroyedWhileCounting()
    {
        auto *model = new ItemTableModel;
        model->setStore(m_store.get());
        model->setQuery(search(QStringLiteral("vaccine")));
        QVERIFY(!model->knownMatchCount());
        delete model; // joins the worker; its queued result dies with the counter
        QTest::qWait(100); // the event loop runs over whatever was posted
    }

    void projectClosedWhileCounting()
    {
        ItemTableModel model;
        model.setStore(m_store.get());
        model.setQuery(search(QStringLiteral("vaccine")));
        QVERIFY(!model.knownMatchCount());
        model.setStore(nullptr);
        QCOMPARE(model.knownMatchCount(), std::optional<qint64>(0));
        QTest::qWait(100);
        QCOMPARE(model.knownMatchCount(), std::optional<qint64>(0)); // the stopped count never lands
    }

    void countLabelSaysCountingThenTheNumber()
    {
        ItemBrowser browser;
        browser.setStore(m_store.get());
        QSignalSpy changed(&browser, &ItemBrowser::matchCountChanged);
        browser.model()->setQuery(search(QStringLiteral("vaccine")));
        QCOMPARE(browser.countLabel()->text(), QStringLiteral("counting…"));
        QTRY_COMPARE(browser.countLabel()->text(), QStringLiteral("6000 item(s) match"));
        QCOMPARE(changed.size(), 2);
        ItemQuery unreviewed;
        unreviewed.review = ItemQuery::Review::Unreviewed;
        browser.model()->setQuery(unreviewed);
        QCOMPARE(browser.countLabel()->text(), QStringLiteral("counting…"));
        QTRY_COMPARE(browser.countLabel()->text(), QStringLiteral("%L1+ items match").arg(ItemQuery::countCap));
    }

    // The window's status bar reads the model's count text: it never blocks on the count either. The window
    // gets a copy of the project (it closes its connections on close, which this thread shares per path).
    void statusBarSaysCountingThenTheNumberAndCloseStopsTheCount()
    {
        QSettings().clear();
        sql::exec(storeConnection(*m_store), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const QString copy = m_dir.filePath(QStringLiteral("window.candor"));
        QVERIFY(QFile::copy(m_path, copy));
        MainWindow window;
        QVERIFY(window.openProject(copy));
        auto *status = window.findChild<QLabel *>();
        for (QLabel *label : window.findChildren<QLabel *>())
            if (label->accessibleName() == QLatin1String("Item counts"))
                status = label;
        QCOMPARE(status->accessibleName(), QStringLiteral("Item counts"));
        QCOMPARE(status->text(), QStringLiteral("%L1 of %L1 items").arg(kItems));
        window.browser()->model()->setQuery(search(QStringLiteral("vaccine")));
        QCOMPARE(status->text(), QStringLiteral("counting… of %L1 items").arg(kItems));
        QTRY_COMPARE(status->text(), QStringLiteral("%L1 of %L2 items").arg(6000).arg(kItems));
        // Closing the project while a count runs: the count is stopped and the status bar emptied.
        window.browser()->model()->setQuery(search(QStringLiteral("border")));
        QVERIFY(!window.browser()->model()->knownMatchCount());
        window.closeProject();
        QVERIFY(status->text().isEmpty());
        QTest::qWait(100);
        QVERIFY(status->text().isEmpty());
    }
};

QTEST_MAIN(TestItemCountAsync)
#include "TestItemCountAsync.moc"
