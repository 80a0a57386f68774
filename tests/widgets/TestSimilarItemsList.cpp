// The "Similar items" list of the item view: a re-posted meme (same picture, one word of the caption changed) is
// listed with how it matches and its verdict; activating its row asks for that item; an item without
// near-duplicates says so.
#include "core/store/Database.h"
#include "core/store/FactCheckStore.h"
#include "core/store/ProjectStore.h"
#include "tests/core/RandomPicture.h"
#include "widgets/itemview/SimilarItemsList.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {

QByteArray picture(quint32 seed)
{
    return testing::randomPicture(seed);
}

} // namespace

class TestSimilarItemsList : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<ProjectStore> m_store;
    qint64 m_original = 0;
    qint64 m_repost = 0;
    qint64 m_alone = 0;

    qint64 add(const QString &id, const QString &text, std::optional<qint64> media)
    {
        Item item;
        item.kind = ItemKind::Meme;
        item.source = QStringLiteral("test");
        item.externalId = id;
        item.text = text;
        item.mediaId = media;
        return m_store->upsertItem(item).id;
    }

private Q_SLOTS:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("%1.candor").arg(QTest::currentTestFunction()));
        ProjectStore::create(path);
        m_store.emplace(path);
        const qint64 media = m_store->addMedia(picture(1), QStringLiteral("meme.png")).id;
        m_original = add(QStringLiteral("a"), QStringLiteral("they lied to you about everything again"), media);
        m_repost = add(QStringLiteral("b"), QStringLiteral("they lied to us about everything again"), media);
        m_alone = add(QStringLiteral("c"), QStringLiteral("a quiet sunday"), std::nullopt);
        Annotation verdict;
        verdict.itemId = m_repost;
        verdict.schema = QStringLiteral("fake-2");
        verdict.label = QStringLiteral("fake");
        verdict.origin = Origin::Human;
        verdict.annotator = QStringLiteral("ana");
        m_store->addAnnotation(verdict);
    }
    void cleanup()
    {
        m_store.reset();
        Database::closeAll();
    }

    void listsTheRepostWithItsVerdict()
    {
        SimilarItemsList list;
        list.showSimilar(&*m_store, m_original);
        QCOMPARE(list.topLevelItemCount(), 1);
        QTreeWidgetItem *row = list.topLevelItem(0);
        QCOMPARE(row->data(SimilarItemsList::ItemColumn, SimilarItemsList::ItemIdRole).toLongLong(), m_repost);
        QCOMPARE(row->text(SimilarItemsList::ItemColumn), QStringLiteral("#%1 · meme").arg(m_repost));
        QVERIFY2(row->text(SimilarItemsList::MatchColumn).contains(QStringLiteral("image, 0/64 bits apart")),
            qPrintable(row->text(SimilarItemsList::MatchColumn)));
        QVERIFY(row->text(SimilarItemsList::MatchColumn).contains(QStringLiteral("% alike")));
        QCOMPARE(row->text(SimilarItemsList::VerdictColumn), QStringLiteral("fake (human)"));

        QSignalSpy activated(&list, &SimilarItemsList::itemActivated);
        Q_EMIT list.QTreeWidget::itemActivated(row, 0);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toLongLong(), m_repost);
    }

    // A fact check of the near-duplicate shows beside its verdict (the list is where a re-post meets earlier work).
    void showsTheFactCheckRating()
    {
        FactCheck check;
        check.itemId = m_repost;
        check.claim = QStringLiteral("They lied about everything");
        check.rating = FactCheckRating::MostlyFalse;
        putFactCheck(*m_store, check);
        SimilarItemsList list;
        list.showSimilar(&*m_store, m_original);
        QCOMPARE(list.topLevelItem(0)->text(SimilarItemsList::VerdictColumn),
            QStringLiteral("fake (human) · fact check: mostly false"));
    }

    void saysWhenNothingIsNearAndClears()
    {
        SimilarItemsList list;
        list.showSimilar(&*m_store, m_alone);
        QCOMPARE(list.topLevelItemCount(), 1);
        QCOMPARE(list.topLevelItem(0)->text(SimilarItemsList::ItemColumn),
            QStringLiteral("No near-duplicates in this project"));
        QVERIFY(!list.topLevelItem(0)->data(SimilarItemsList::ItemColumn, SimilarItemsList::ItemIdRole).isValid());
        list.showSimilar(&*m_store, 0);
        QCOMPARE(list.topLevelItemCount(), 0);
        list.showSimilar(&*m_store, 999); // an item that is gone: the message, not an exception
        QCOMPARE(list.topLevelItemCount(), 1);
        QVERIFY(list.topLevelItem(0)->text(SimilarItemsList::ItemColumn).contains(QStringLiteral("999")));
    }
};

QTEST_MAIN(TestSimilarItemsList)
#include "TestSimilarItemsList.moc"
