// The fact-check records of a project: a record with emoji, CJK and right-to-left text comes back exactly; a later
// edit keeps the first creation time; a record that cannot be stored throws a message naming the project, the
// item and each problem, and writes nothing; removing and the split filter of the exports.
#include "core/domain/Error.h"
#include "core/store/FactCheckStore.h"
#include "core/store/ProjectStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace candor;

class TestFactCheckStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<ProjectStore> m_store;
    qint64 m_post = 0;
    qint64 m_other = 0;
    int m_projects = 0;

    qint64 add(const QString &id, const QString &split)
    {
        Item item;
        item.kind = ItemKind::Post;
        item.source = QStringLiteral("test");
        item.externalId = id;
        item.split = split;
        item.text = QStringLiteral("post ") + id;
        return m_store->upsertItem(item).id;
    }

    FactCheck record(const QString &claim) const
    {
        FactCheck check;
        check.itemId = m_post;
        check.claim = claim;
        check.rating = FactCheckRating::MostlyFalse;
        check.note = QStringLiteral("note");
        check.annotator = QStringLiteral("ana");
        return check;
    }

private Q_SLOTS:
    void init()
    {
        // One project per test row (data rows share the function name).
        const QString path = m_dir.filePath(QStringLiteral("project-%1.candor").arg(++m_projects));
        ProjectStore::create(path);
        m_store.emplace(path);
        m_post = add(QStringLiteral("1"), QStringLiteral("dev"));
        m_other = add(QStringLiteral("2"), QStringLiteral("test"));
    }

    void cleanup() { m_store.reset(); }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<QString>("note");
        QTest::newRow("emoji") << QStringLiteral("The 🦈 swam down the street 🌊🌊")
                               << QStringLiteral("👍🏽 family: 👨‍👩‍👧");
        QTest::newRow("cjk") << QStringLiteral("台风过后，鲨鱼出现在街道上")
                             << QStringLiteral("微博转发：来源不明。東京の写真です");
        QTest::newRow("rtl and formula") << QStringLiteral("=HYPERLINK(\"x\") قرش في الشارع")
                                         << QStringLiteral("line one\nline two\ttab");
    }

    void roundTrip()
    {
        QFETCH(QString, claim);
        QFETCH(QString, note);
        FactCheck check = record(claim);
        check.note = note;
        check.rating = FactCheckRating::Unverifiable;
        const FactCheck stored = putFactCheck(*m_store, check);
        QVERIFY(stored.createdAt.isValid());
        QCOMPARE(stored.updatedAt, stored.createdAt);
        const std::optional<FactCheck> read = factCheck(*m_store, m_post);
        QVERIFY(read);
        QCOMPARE(read->claim, claim);
        QCOMPARE(read->note, note);
        QCOMPARE(read->rating, FactCheckRating::Unverifiable);
        QCOMPARE(read->annotator, QStringLiteral("ana"));
        QCOMPARE(*read, stored);
        QVERIFY(!factCheck(*m_store, m_other));
    }

    void editKeepsCreationTime()
    {
        FactCheck first = record(QStringLiteral("first"));
        first.createdAt = QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC);
        first.updatedAt = first.createdAt;
        putFactCheck(*m_store, first);
        FactCheck second = record(QStringLiteral("second"));
        second.rating = FactCheckRating::True;
        const FactCheck stored = putFactCheck(*m_store, second);
        QCOMPARE(stored.claim, QStringLiteral("second"));
        QCOMPARE(stored.rating, FactCheckRating::True);
        QCOMPARE(stored.createdAt, first.createdAt);
        QVERIFY(stored.updatedAt > first.updatedAt);
        QCOMPARE(factChecks(*m_store).size(), 1);
    }

    void refusesInvalidRecords_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<int>("noteLength");
        QTest::addColumn<bool>("unknownItem");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty claim") << QString() << 0 << false << QStringLiteral("The claim is empty");
        QTest::newRow("blank claim") << QStringLiteral(" \n\t ") << 0 << false << QStringLiteral("The claim is empty");
        QTest::newRow("long claim") << QString(FactCheck::maxClaimLength + 1, QLatin1Char('x')) << 0 << false
                                    << QStringLiteral("The claim has 2001 characters; at most 2000 fit");
        QTest::newRow("long note") << QStringLiteral("claim") << FactCheck::maxNoteLength + 5 << false
                                   << QStringLiteral("The note has 20005 characters; at most 20000 fit");
        QTest::newRow("unknown item") << QStringLiteral("claim") << 0 << true << QStringLiteral("has no item 999");
    }

    void refusesInvalidRecords()
    {
        QFETCH(QString, claim);
        QFETCH(int, noteLength);
        QFETCH(bool, unknownItem);
        QFETCH(QString, expected);
        FactCheck check = record(claim);
        check.note = QString(noteLength, QLatin1Char('n'));
        if (unknownItem)
            check.itemId = 999;
        try {
            putFactCheck(*m_store, check);
            QFAIL("an invalid fact check was stored");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
            QVERIFY2(error.message().contains(m_store->path()), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QString::number(check.itemId)), qPrintable(error.message()));
        }
        QVERIFY(factChecks(*m_store).isEmpty());
    }

    // Code points, not UTF-16 units: 2000 emoji fit although they are 4000 UTF-16 units.
    void limitsCountCodePoints()
    {
        QString claim;
        for (int i = 0; i < FactCheck::maxClaimLength; ++i)
            claim += QStringLiteral("🦈");
        QVERIFY(record(claim).problems().isEmpty());
        QCOMPARE(putFactCheck(*m_store, record(claim)).claim, claim);
    }

    void removeAndSplit()
    {
        putFactCheck(*m_store, record(QStringLiteral("one")));
        FactCheck other = record(QStringLiteral("two"));
        other.itemId = m_other;
        putFactCheck(*m_store, other);
        QCOMPARE(factChecks(*m_store).size(), 2);
        QCOMPARE(factChecks(*m_store, QStringLiteral("test")).size(), 1);
        QCOMPARE(factChecks(*m_store, QStringLiteral("test")).first().itemId, m_other);
        QVERIFY(removeFactCheck(*m_store, m_post));
        QVERIFY(!removeFactCheck(*m_store, m_post));
        QCOMPARE(factChecks(*m_store).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFactCheckStore)
#include "TestFactCheckStore.moc"
