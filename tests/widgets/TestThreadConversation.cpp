// Thread conversations on generated threads: tree reconstruction, ordering, stance marks, timeline series
// values and units, and the tree model under QAbstractItemModelTester.
#include "widgets/thread/StanceTimelineData.h"
#include "widgets/thread/ThreadConversation.h"
#include "widgets/thread/ThreadTreeModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace candor;

namespace {

const QDateTime kStart(QDate(2015, 3, 24), QTime(10, 0), Qt::UTC);

ThreadPost post(qint64 id, const QString &postId, const QString &parent, int seconds)
{
    ThreadPost p;
    p.id = id;
    p.itemId = 1;
    p.postId = postId;
    p.parentPostId = parent;
    p.author = QStringLiteral("user") + postId;
    p.createdAt = kStart.addSecs(seconds);
    p.text = QStringLiteral("text of ") + postId;
    return p;
}

Annotation stance(qint64 postRow, const QString &label, Origin origin, int minute, std::optional<double> score = {})
{
    Annotation a;
    a.id = postRow * 10 + int(origin);
    a.itemId = 1;
    a.postRowId = postRow;
    a.schema = QStringLiteral("stance-4");
    a.label = label;
    a.origin = origin;
    a.score = score;
    a.modelVersionId = origin == Origin::Model ? std::optional<qint64>(7) : std::nullopt;
    a.updatedAt = kStart.addSecs(60 * minute);
    return a;
}

// s (source) <- a (+10 min) <- b (+30 min); s <- c (+5 min); orphan d (parent missing, +20 min).
QList<ThreadPost> generatedPosts()
{
    return {post(11, QStringLiteral("a"), QStringLiteral("s"), 600), post(10, QStringLiteral("s"), QString(), 0),
        post(12, QStringLiteral("b"), QStringLiteral("a"), 1800),
        post(13, QStringLiteral("c"), QStringLiteral("s"), 300),
        post(14, QStringLiteral("d"), QStringLiteral("gone"), 1200)};
}

QList<Annotation> generatedAnnotations()
{
    return {stance(11, QStringLiteral("query"), Origin::Gold, 0),
        stance(11, QStringLiteral("deny"), Origin::Model, 1, 0.8), stance(12, QStringLiteral("deny"), Origin::Gold, 0),
        stance(12, QStringLiteral("support"), Origin::Human, 2), stance(13, QStringLiteral("support"), Origin::Gold, 0),
        stance(14, QStringLiteral("comment"), Origin::Gold, 0),
        stance(14, QStringLiteral("comment"), Origin::Model, 1, 0.6)};
}

} // namespace

class TestThreadConversation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treeIsReconstructed()
    {
        const ThreadConversation c = buildConversation(1, generatedPosts(), generatedAnnotations());
        QCOMPARE(c.root, 1);
        QCOMPARE(c.posts[0].parent, 1); // a under s
        QCOMPARE(c.posts[2].parent, 0); // b under a
        QCOMPARE(c.posts[4].parent, 1); // orphan d under the source
        QCOMPARE(c.posts[2].depth, 2);
        QCOMPARE(c.posts[1].children, (QList<int>{3, 0, 4})); // c (5 min), a (10 min), d (20 min)
        QCOMPARE(c.posts[2].secondsSinceSource, 1800.0);
    }

    void cyclesHangUnderTheSource()
    {
        QList<ThreadPost> posts = generatedPosts();
        posts[0].parentPostId = QStringLiteral("b"); // a -> b -> a
        const ThreadConversation c = buildConversation(1, posts, {});
        QCOMPARE(c.treeOrder().size(), posts.size()); // every post is reachable exactly once
    }

    void orders()
    {
        const ThreadConversation c = buildConversation(1, generatedPosts(), {});
        QCOMPARE(c.treeOrder(), (QList<int>{1, 3, 0, 2, 4}));
        QCOMPARE(c.repliesByTime(), (QList<int>{3, 0, 4, 2}));
        QCOMPARE(c.indexOfRow(12), 2);
        QCOMPARE(c.indexOfRow(99), -1);
    }

    void stanceMarksByOrigin()
    {
        const ThreadConversation c = buildConversation(1, generatedPosts(), generatedAnnotations());
        QCOMPARE(c.posts[0].shown()->label, QStringLiteral("deny")); // model over gold
        QCOMPARE(c.posts[0].reference()->label, QStringLiteral("query")); // gold is the reference
        QCOMPARE(c.posts[2].shown()->label, QStringLiteral("support")); // human over everything
        QCOMPARE(c.posts[2].reference()->origin, Origin::Human);
        QVERIFY(!c.posts[1].shown());
        // Another version's model rows are not shown.
        const ThreadConversation other = buildConversation(1, generatedPosts(), generatedAnnotations(), {}, 8);
        QVERIFY(!other.posts[0].model);
    }

    void timeUnits_data()
    {
        QTest::addColumn<double>("span");
        QTest::addColumn<QString>("unit");
        QTest::newRow("seconds") << 90.0 << "seconds";
        QTest::newRow("minutes") << 1800.0 << "minutes";
        QTest::newRow("hours") << 3.0 * 3600 << "hours";
        QTest::newRow("days") << 5.0 * 86400 << "days";
    }
    void timeUnits()
    {
        QFETCH(double, span);
        QFETCH(QString, unit);
        QCOMPARE(timeUnitFor(span).name, unit);
    }

    void timelineSeriesValues()
    {
        const QHash<qint64, double> attention{{11, 0.5}, {13, 0.25}};
        const ThreadConversation c = buildConversation(1, generatedPosts(), generatedAnnotations(), attention);
        const StanceTimelineSeries reference = timelineSeries(c, TimelineSource::Reference);
        QCOMPARE(reference.unit.name, QStringLiteral("minutes"));
        QCOMPARE(reference.replies, (QList<int>{3, 0, 4, 2}));
        // Replies by time: c support (5), a query (10), d comment (20), b support by a human (30).
        QCOMPARE(reference.cumulative[0], (QList<QPointF>{{5, 1}, {10, 1}, {20, 1}, {30, 2}}));
        QCOMPARE(reference.cumulative[1], (QList<QPointF>{{5, 0}, {10, 0}, {20, 0}, {30, 0}}));
        QCOMPARE(reference.cumulative[2], (QList<QPointF>{{5, 0}, {10, 1}, {20, 1}, {30, 1}}));
        QCOMPARE(reference.cumulative[3], (QList<QPointF>{{5, 0}, {10, 0}, {20, 1}, {30, 1}}));
        QCOMPARE(reference.attention, (QList<QPointF>{{5, 0.25}, {10, 0.5}}));
        QCOMPARE(reference.attentionReplies, (QList<int>{3, 0}));

        const StanceTimelineSeries model = timelineSeries(c, TimelineSource::Model);
        QCOMPARE(model.cumulative[1], (QList<QPointF>{{5, 0}, {10, 1}, {20, 1}, {30, 1}})); // a: deny
        QCOMPARE(model.cumulative[3].last(), QPointF(30, 1)); // d: comment
        QCOMPARE(model.cumulative[0].last(), QPointF(30, 0)); // no model support
    }

    void treeModel()
    {
        ThreadTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(buildConversation(1, generatedPosts(), generatedAnnotations(), {{11, 0.5}}));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex source = model.index(0, 0);
        QCOMPARE(source.data(ThreadTreeModel::PostRowIdRole).toLongLong(), qint64(10));
        QCOMPARE(model.rowCount(source), 3);
        const QModelIndex a = model.index(1, 0, source);
        QCOMPARE(a.data(ThreadTreeModel::PostRowIdRole).toLongLong(), qint64(11));
        QCOMPARE(a.data().toString(), QStringLiteral("usera: text of a"));
        QCOMPARE(a.siblingAtColumn(ThreadTreeModel::TimeColumn).data().toString(), QStringLiteral("+10 min"));
        QCOMPARE(
            a.siblingAtColumn(ThreadTreeModel::StanceColumn).data().toString(), QStringLiteral("deny · model 0.80"));
        QCOMPARE(a.data(ThreadTreeModel::AttentionRole).toDouble(), 0.5);
        QCOMPARE(model.parent(model.index(0, 0, a)), a);
        QCOMPARE(model.indexOfPost(2).data(ThreadTreeModel::DepthRole).toInt(), 2);
        model.setConversation({});
        QCOMPARE(model.rowCount(), 0);
    }

    void elapsed_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("s") << 12.0 << "+12 s";
        QTest::newRow("min") << 250.0 << "+4 min";
        QTest::newRow("h") << 3.0 * 3600 + 300 << "+3 h 05 min";
        QTest::newRow("d") << 2.0 * 86400 + 4 * 3600 << "+2 d 4 h";
    }
    void elapsed()
    {
        QFETCH(double, seconds);
        QFETCH(QString, text);
        QCOMPARE(elapsedText(seconds), text);
    }
};

QTEST_MAIN(TestThreadConversation)
#include "TestThreadConversation.moc"
