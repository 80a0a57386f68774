// candor-cli factcheck as a fact-checking desk's script uses it: a post's claim, rating and note set with a person's
// verdict (by source/external id), a second person's verdict kept beside the first, a note changed without losing the
// claim or the creation time, the record removed; a bad rating, an empty claim, a verdict on a meme and an unknown
// item refused in one line with nothing written.
#include "core/store/Database.h"
#include "core/store/FactCheckStore.h"
#include "core/store/ProjectStore.h"
#include "tests/cli/CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {

using Run = candor::testing::CliRun;

Run cli(const QStringList &arguments)
{
    return candor::testing::runCli(arguments, 300);
}

QJsonObject json(const Run &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

class TestFactCheckCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void init()
    {
        Database::closeAll();
        m_path = m_dir.filePath(QStringLiteral("desk.candor"));
        QFile::remove(m_path);
        ProjectStore::create(m_path);
        {
            ProjectStore store(m_path);
            Item post;
            post.kind = ItemKind::Post;
            post.source = QStringLiteral("mediaeval2016");
            post.externalId = QStringLiteral("263053746639097856");
            post.text = QStringLiteral("Shark swimming in a flooded street #sandy");
            const qint64 id = store.upsertItem(post).id;
            Annotation gold;
            gold.itemId = id;
            gold.schema = QStringLiteral("fake-2");
            gold.label = QStringLiteral("fake");
            gold.origin = Origin::Gold;
            store.addAnnotation(gold);
            Item meme;
            meme.kind = ItemKind::Meme;
            meme.source = QStringLiteral("semeval");
            meme.externalId = QStringLiteral("1");
            meme.text = QStringLiteral("a caption");
            store.upsertItem(meme);
        }
        Database::closeAll(); // the process below opens the file itself
    }

    void cleanup() { Database::closeAll(); }

    void setShowAndRemove()
    {
        const QString item = QStringLiteral("mediaeval2016/263053746639097856");
        const Run set = cli({QStringLiteral("factcheck"), m_path, item,
            QStringLiteral("--claim=A shark swam down a New Jersey street during Hurricane Sandy."),
            QStringLiteral("--rating=false"), QStringLiteral("--verdict=fake"), QStringLiteral("--annotator=ana"),
            QStringLiteral("--json")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        const QJsonObject first = json(set);
        QCOMPARE(first.value(QStringLiteral("gold")).toString(), QStringLiteral("fake"));
        const QJsonObject record = first.value(QStringLiteral("fact_check")).toObject();
        QCOMPARE(record.value(QStringLiteral("rating")).toString(), QStringLiteral("false"));
        QCOMPARE(record.value(QStringLiteral("annotator")).toString(), QStringLiteral("ana"));

        // A second person's verdict stays beside the first; "unsure" is stored ignored, as the window stores it.
        const Run second = cli({QStringLiteral("factcheck"), m_path, QStringLiteral("1"),
            QStringLiteral("--verdict=unsure"), QStringLiteral("--annotator=ben"), QStringLiteral("--json")});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(json(second).value(QStringLiteral("verdicts")).toArray().size(), 2);
        // ana changes her mind: her verdict is replaced, not added.
        const Run changed = cli({QStringLiteral("factcheck"), m_path, item, QStringLiteral("--verdict=real"),
            QStringLiteral("--note=The photo is a composite (Reuters check)."), QStringLiteral("--annotator=ana"),
            QStringLiteral("--json")});
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
        const QJsonObject after = json(changed);
        QCOMPARE(after.value(QStringLiteral("verdicts")).toArray().size(), 2);
        const QJsonObject kept = after.value(QStringLiteral("fact_check")).toObject();
        QCOMPARE(kept.value(QStringLiteral("claim")).toString(),
            QStringLiteral("A shark swam down a New Jersey street during Hurricane Sandy."));
        QCOMPARE(
            kept.value(QStringLiteral("note")).toString(), QStringLiteral("The photo is a composite (Reuters check)."));
        QCOMPARE(kept.value(QStringLiteral("created_at")), record.value(QStringLiteral("created_at")));
        {
            ProjectStore store(m_path);
            AnnotationFilter humans;
            humans.origin = Origin::Human;
            const QList<Annotation> rows = store.annotations(1, humans);
            QCOMPARE(rows.size(), 2);
            for (const Annotation &row : rows)
                QCOMPARE(row.status, row.label == QLatin1String("unsure") ? Status::Ignored : Status::Accepted);
        }
        Database::closeAll();

        const Run text = cli({QStringLiteral("factcheck"), m_path, item});
        QVERIFY2(text.out.contains(QStringLiteral("  rating: false\n")), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("  verdict: real by ana (human, ")));

        const Run removed
            = cli({QStringLiteral("factcheck"), m_path, item, QStringLiteral("--remove"), QStringLiteral("--json")});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QVERIFY(!json(removed).contains(QStringLiteral("fact_check")));
    }

    void badInputWritesNothing()
    {
        const Run rating
            = cli({QStringLiteral("factcheck"), m_path, QStringLiteral("1"), QStringLiteral("--claim=A claim."),
                QStringLiteral("--rating=pants-on-fire"), QStringLiteral("--verdict=fake")});
        QCOMPARE(rating.exitCode, 1);
        QVERIFY2(rating.err.contains(QStringLiteral("--rating pants-on-fire: not a rating (true, mostly-true")),
            qPrintable(rating.err));
        const Run empty = cli({QStringLiteral("factcheck"), m_path, QStringLiteral("1"), QStringLiteral("--claim= "),
            QStringLiteral("--verdict=fake")});
        QCOMPARE(empty.exitCode, 1);
        QVERIFY2(empty.err.contains(QStringLiteral("item 1: The claim is empty")), qPrintable(empty.err));
        const Run meme
            = cli({QStringLiteral("factcheck"), m_path, QStringLiteral("semeval/1"), QStringLiteral("--verdict=fake")});
        QCOMPARE(meme.exitCode, 1);
        QVERIFY2(
            meme.err.contains(QStringLiteral("a verdict is for posts; this item is a meme")), qPrintable(meme.err));
        const Run verdict
            = cli({QStringLiteral("factcheck"), m_path, QStringLiteral("1"), QStringLiteral("--verdict=maybe")});
        QCOMPARE(verdict.exitCode, 1);
        const Run missing = cli({QStringLiteral("factcheck"), m_path, QStringLiteral("mediaeval2016/1")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("no item 'mediaeval2016/1'")), qPrintable(missing.err));
        const Run both = cli({QStringLiteral("factcheck"), m_path, QStringLiteral("1"), QStringLiteral("--remove"),
            QStringLiteral("--note=x")});
        QCOMPARE(both.exitCode, 2);

        ProjectStore store(m_path);
        QVERIFY(!factCheck(store, 1));
        AnnotationFilter humans;
        humans.origin = Origin::Human;
        QVERIFY(store.annotations(1, humans).isEmpty());
        QVERIFY(store.annotations(2, humans).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFactCheckCommand)
#include "TestFactCheckCommand.moc"
