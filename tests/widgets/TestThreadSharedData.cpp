// RumourEval 2017 dev threads through the importer into the thread view, checked against the raw files read here
// independently: the tree is structure.json (parents, depths, children by time), the posts are the tweets on disk,
// the orders follow the tweets' created_at, the timeline's cumulative stance counts come from subtaskA.json and
// the veracity from subtaskB.json. Skips when the shared datasets are absent.
#include "core/formats/rumoureval/RumourEvalImporter.h"
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"
#include "widgets/annotation/AnnotationEditor.h"
#include "widgets/thread/StanceTimelineView.h"
#include "widgets/thread/ThreadView.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {

const QString kDev = QStringLiteral(CANDOR_SHARED_DIR "/datasets/rumoureval2017/dev");
const QString kEvent = kDev + QStringLiteral("/germanwings-crash");

QJsonObject readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Twitter's created_at: "Tue Mar 24 11:42:05 +0000 2015".
QDateTime tweetTime(const QJsonObject &tweet)
{
    QDateTime time = QLocale::c().toDateTime(
        tweet.value(QStringLiteral("created_at")).toString(), QStringLiteral("ddd MMM dd HH:mm:ss '+0000' yyyy"));
    time.setTimeSpec(Qt::UTC);
    return time;
}

// structure.json as parent and depth per tweet id.
void walk(const QJsonObject &level, const QString &parent, int depth, QHash<QString, QString> &parents,
    QHash<QString, int> &depths)
{
    for (auto it = level.begin(); it != level.end(); ++it) {
        parents.insert(it.key(), parent);
        depths.insert(it.key(), depth);
        if (it.value().isObject())
            walk(it.value().toObject(), it.key(), depth + 1, parents, depths);
    }
}

} // namespace

class TestThreadSharedData : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<AnnotationEditor> m_editor;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(kEvent))
            QSKIP("shared RumourEval 2017 dev split not present");
        const QString path = m_dir.filePath(QStringLiteral("dev.candor"));
        ProjectStore::create(path);
        m_store = std::make_unique<ProjectStore>(path);
        RumourEvalImporter importer;
        const ImportReport report = importPath(*m_store, importer, kDev, ImportOptions());
        QCOMPARE(report.itemsAdded, qint64(25));
        m_editor = std::make_unique<AnnotationEditor>();
        m_editor->setStore(m_store.get());
    }

    void cleanupTestCase()
    {
        m_editor.reset();
        m_store.reset();
        Database::closeAll();
    }

    void threadMatchesTheFiles_data()
    {
        QTest::addColumn<QString>("threadId");
        QTest::addColumn<QString>("veracity");
        QTest::addColumn<int>("replies");
        QTest::newRow("24 replies, two branches")
            << QStringLiteral("580333763512705025") << QStringLiteral("false") << 24;
        QTest::newRow("42 replies") << QStringLiteral("580325090367315968") << QString() << 42;
    }

    void threadMatchesTheFiles()
    {
        QFETCH(QString, threadId);
        QFETCH(QString, veracity);
        QFETCH(int, replies);
        const QString folder = kEvent + QLatin1Char('/') + threadId;
        const std::optional<qint64> item = m_store->findItem(QStringLiteral("rumoureval2017"), threadId);
        QVERIFY2(item, "thread imported under source rumoureval2017");
        ThreadView view(m_editor.get());
        view.showThread(*item);
        const ThreadConversation &c = view.conversation();

        // Posts: the source tweet and every reply file.
        QHash<QString, QDateTime> times;
        times.insert(threadId,
            tweetTime(readObject(folder + QStringLiteral("/source-tweet/") + threadId + QStringLiteral(".json"))));
        const QStringList replyFiles
            = QDir(folder + QStringLiteral("/replies")).entryList({QStringLiteral("*.json")}, QDir::Files);
        QCOMPARE(replyFiles.size(), replies);
        for (const QString &file : replyFiles)
            times.insert(
                QFileInfo(file).completeBaseName(), tweetTime(readObject(folder + QStringLiteral("/replies/") + file)));
        QCOMPARE(c.posts.size(), qsizetype(times.size()));
        QCOMPARE(c.posts[c.root].post.postId, threadId);

        // Tree: structure.json's parents and depths; children listed by time.
        QHash<QString, QString> parents;
        QHash<QString, int> depths;
        walk(readObject(folder + QStringLiteral("/structure.json")), QString(), 0, parents, depths);
        for (const ConversationPost &p : c.posts) {
            QVERIFY2(parents.contains(p.post.postId), qPrintable(p.post.postId));
            const QString parent = p.parent < 0 ? QString() : c.posts[p.parent].post.postId;
            QCOMPARE(parent, parents.value(p.post.postId));
            QCOMPARE(p.depth, depths.value(p.post.postId));
            QCOMPARE(p.secondsSinceSource, double(times.value(threadId).secsTo(times.value(p.post.postId))));
            for (qsizetype k = 1; k < p.children.size(); ++k)
                QVERIFY(c.posts[p.children[k - 1]].secondsSinceSource <= c.posts[p.children[k]].secondsSinceSource);
        }

        // Orders: tree order is depth-first from the source; replies by time are sorted by created_at.
        const QList<int> tree = c.treeOrder();
        QCOMPARE(tree.size(), c.posts.size());
        QCOMPARE(tree.first(), c.root);
        for (qsizetype k = 1; k < tree.size(); ++k)
            QVERIFY(tree.indexOf(c.posts[tree[k]].parent) < k);
        const QList<int> byTime = c.repliesByTime();
        QCOMPARE(byTime.size(), qsizetype(replies));
        for (qsizetype k = 1; k < byTime.size(); ++k)
            QVERIFY(times.value(c.posts[byTime[k - 1]].post.postId) <= times.value(c.posts[byTime[k]].post.postId));

        // Timeline: cumulative gold stances of the replies in time order, x in the chosen unit.
        const QJsonObject stances = readObject(kDev + QStringLiteral("-annotations/subtaskA.json"));
        const StanceTimelineSeries &series = view.timeline()->series();
        QCOMPARE(series.replies, byTime);
        const QStringList labels{
            QStringLiteral("support"), QStringLiteral("deny"), QStringLiteral("query"), QStringLiteral("comment")};
        std::array<int, 4> counts{};
        int labelled = 0;
        for (qsizetype k = 0; k < byTime.size(); ++k) {
            const QString id = c.posts[byTime[k]].post.postId;
            const int stance = int(labels.indexOf(stances.value(id).toString()));
            if (stance >= 0) {
                ++counts[size_t(stance)];
                ++labelled;
            }
            const double x = double(times.value(threadId).secsTo(times.value(id))) / series.unit.seconds;
            for (int s = 0; s < 4; ++s) {
                QCOMPARE(series.cumulative[size_t(s)][k].x(), x);
                QCOMPARE(series.cumulative[size_t(s)][k].y(), double(counts[size_t(s)]));
            }
        }
        QVERIFY(labelled > replies / 2);
        QVERIFY(series.attention.isEmpty()); // no model has run

        if (!veracity.isEmpty()) {
            QCOMPARE(
                readObject(kDev + QStringLiteral("-annotations/subtaskB.json")).value(threadId).toString(), veracity);
            QCOMPARE(view.veracityBox()->currentData().toString(), veracity);
        }
    }
};

QTEST_MAIN(TestThreadSharedData)
#include "TestThreadSharedData.moc"
