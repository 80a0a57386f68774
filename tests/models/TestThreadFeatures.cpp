// Thread preparation on generated threads: tree repair, post orders, n-gram hashing, cues and batch layout.
#include "models/thread/ThreadBatch.h"
#include "models/thread/ThreadFeatures.h"

#include <QTest>

using namespace candor::models;
using namespace candor::models::thread;

namespace {

// source(0) <- a(1) <- b(2); source <- c(3); a <- d(4). Times deliberately out of input order.
ThreadExample generatedThread()
{
    ThreadExample t;
    t.id = "t1";
    t.posts = {{"s", "Plane crashed near Digne http://t.co/x", -1, 0, {}, 0},
        {"a", "@bob is this confirmed?", 0, 60, {}, 2}, {"b", "no, it is fake", 1, 120, {}, 1},
        {"c", "so sad", 0, 30, {}, 3}, {"d", "@carl really?", 1, 90, {}, 2}};
    t.veracity = 1;
    return t;
}

} // namespace

class TestThreadFeatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapeReconstructsTree()
    {
        const ThreadShape shape = threadShape(generatedThread());
        QCOMPARE(shape.root, 0);
        QCOMPARE(shape.parent, (std::vector<int>{-1, 0, 1, 0, 1}));
        QCOMPARE(shape.depth, (std::vector<int>{0, 1, 2, 1, 2}));
        QCOMPARE(shape.children[0], (std::vector<int>{3, 1})); // by time: c (30 s) before a (60 s)
        QCOMPARE(shape.children[1], (std::vector<int>{4, 2})); // d (90 s) before b (120 s)
    }

    void shapeRepairsBrokenParents_data()
    {
        QTest::addColumn<int>("badParent");
        QTest::newRow("out of range") << 17;
        QTest::newRow("itself") << 2;
        QTest::newRow("cycle") << 4; // with a -> b below: a -> b -> d -> a never reaches the source
    }
    void shapeRepairsBrokenParents()
    {
        QFETCH(int, badParent);
        ThreadExample t = generatedThread();
        t.posts[2].parent = badParent;
        if (badParent == 4)
            t.posts[1].parent = 2;
        const ThreadShape shape = threadShape(t);
        for (size_t i = 0; i < t.posts.size(); ++i) {
            int at = int(i), steps = 0;
            while (at != shape.root && steps++ < 10)
                at = shape.parent[at];
            QCOMPARE(at, shape.root); // every post reaches the source
        }
    }

    void emptyThreadIsRefused()
    {
        ThreadExample t;
        t.id = "empty";
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, threadShape(t));
    }

    void chronologicalOrder()
    {
        const ThreadExample t = generatedThread();
        const auto sequences = postSequences(t, threadShape(t), PostOrder::Chronological);
        QCOMPARE(sequences.size(), size_t(1));
        QCOMPARE(sequences[0], (std::vector<int>{0, 3, 1, 4, 2}));
    }

    void branchOrderRunsSourceToLeaf()
    {
        const ThreadExample t = generatedThread();
        const auto sequences = postSequences(t, threadShape(t), PostOrder::Branches);
        QCOMPARE(sequences.size(), size_t(3));
        QCOMPARE(sequences[0], (std::vector<int>{0, 3}));
        QCOMPARE(sequences[1], (std::vector<int>{0, 1, 4}));
        QCOMPARE(sequences[2], (std::vector<int>{0, 1, 2}));
    }

    void sourceFirstEvenWithEarlierReplyTime()
    {
        ThreadExample t = generatedThread();
        t.posts[3].seconds = -50; // clock skew: a reply stamped before its source
        const auto sequences = postSequences(t, threadShape(t), PostOrder::Chronological);
        QCOMPARE(sequences[0].front(), 0);
    }

    void wordsAreNormalised()
    {
        QCOMPARE(normalisedWords("@Bob Is THIS 100% real?! http://t.co/abc"),
            (std::vector<std::string>{"<user>", "is", "this", "<num>", "real", "?", "!", "<url>"}));
    }

    void ngramsAreStableAndBounded()
    {
        const auto first = hashedNgrams("Is this real?", 1000);
        QCOMPARE(first, hashedNgrams("Is this real?", 1000));
        // 4 words, 3 bigrams, char 3-5 grams of " is ", " this ", " real " (2+1, 4+3+2, 4+3+2).
        QCOMPARE(first.size(), size_t(4 + 3 + 3 + 9 + 9));
        for (int64_t id : first)
            QVERIFY(id >= 0 && id < 1000);
        QCOMPARE(hashedNgrams("", 1000).size(), size_t(1));
    }

    void cuesDescribeThePost()
    {
        const ThreadExample t = generatedThread();
        const auto source = postCues(t, 0, 0);
        QCOMPARE(int(source.size()), kCueCount);
        QCOMPARE(source[0], 1.0f); // is the source
        QCOMPARE(source[5], 1.0f); // has a URL
        const auto query = postCues(t, 1, 1);
        QCOMPARE(query[1], 1.0f); // replies to the source
        QCOMPARE(query[3], 1.0f); // asks
        const auto deny = postCues(t, 2, 2);
        QVERIFY(deny[6] > 0); // doubt words: no, fake
    }

    void batchLayout()
    {
        const ThreadExample t = generatedThread();
        ThreadExample other;
        other.id = "t2";
        other.posts = {{"x", "hello", -1, 0, {0.5f, 0.25f}, 3}};
        const PreparedThread a = prepareThread(t, PostOrder::Branches, 512, 2);
        const PreparedThread b = prepareThread(other, PostOrder::Branches, 512, 2);
        const ThreadBatch batch = makeBatch({&a, &b}, 2);
        QCOMPARE(batch.threads, 2);
        QCOMPARE(batch.posts, 6);
        QCOMPARE(batch.sequences, 4);
        QCOMPARE(batch.length, 3);
        QCOMPARE(batch.postOffset, (std::vector<int64_t>{0, 5}));
        QCOMPARE(batch.sequenceThread, (std::vector<int64_t>{0, 0, 0, 1}));
        QCOMPARE(batch.sequenceLast, (std::vector<int64_t>{1, 2, 2, 0}));
        // Row 0 is branch source -> c, padded; row 3 is the second thread's source at batch index 5.
        QCOMPARE(batch.sequenceIndex[0], int64_t(0));
        QCOMPARE(batch.sequenceIndex[1], int64_t(3));
        QCOMPARE(batch.sequenceMask[2], 0.0f);
        QCOMPARE(batch.sequenceIndex[9], int64_t(5));
        QCOMPARE(batch.hasImage, (std::vector<float>{0, 0, 0, 0, 0, 1}));
        QCOMPARE(batch.images[10], 0.5f);
        QCOMPARE(batch.stance, (std::vector<int64_t>{0, 2, 1, 3, 2, 3}));
        QCOMPARE(batch.veracity, (std::vector<int64_t>{1, -1}));
    }

    void wrongImageSizeIsRefused()
    {
        ThreadExample t = generatedThread();
        t.posts[1].image = {1.0f, 2.0f, 3.0f};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, prepareThread(t, PostOrder::Branches, 512, 2));
    }
};

QTEST_GUILESS_MAIN(TestThreadFeatures)
#include "TestThreadFeatures.moc"
