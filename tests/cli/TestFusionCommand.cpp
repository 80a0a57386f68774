// candor-cli fusion as an analyst runs MMFND's ablations: posts of twelve events scored on event-grouped folds
// beside the majority answer, every variant named in the JSON, a project without pictures said to be text-side
// only; an unknown variant, too few events and a split without posts refused in one line.
#include "core/store/Database.h"
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
    return candor::testing::runCli(arguments, 600);
}

} // namespace

class TestFusionCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void init()
    {
        Database::closeAll();
        m_path = m_dir.filePath(QStringLiteral("posts.candor"));
        QFile::remove(m_path);
        ProjectStore::create(m_path);
        {
            ProjectStore store(m_path);
            const QStringList topics{QStringLiteral("flood"), QStringLiteral("storm"), QStringLiteral("fire"),
                QStringLiteral("quake"), QStringLiteral("march"), QStringLiteral("eclipse")};
            for (int i = 0; i < 72; ++i) {
                Item post;
                post.kind = ItemKind::Post;
                post.source = QStringLiteral("desk");
                post.externalId = QString::number(i);
                post.split = QStringLiteral("train");
                post.metadata.insert(QStringLiteral("event"), QStringLiteral("event%1").arg(i % 12));
                const bool fake = (i / 12) % 3 == 0; // a third fake, in every event: the majority answers "real"
                post.text = QStringLiteral("%1 pictures from today %2 please share")
                                .arg(topics[i % 6],
                                    fake ? QStringLiteral("shocking hoax photoshop")
                                         : QStringLiteral("official report confirms"));
                const qint64 id = store.upsertItem(post).id;
                Annotation gold;
                gold.itemId = id;
                gold.schema = QStringLiteral("fake-2");
                gold.label = fake ? QStringLiteral("fake") : QStringLiteral("real");
                gold.origin = Origin::Gold;
                store.addAnnotation(gold);
            }
        }
        Database::closeAll();
    }

    void cleanup() { Database::closeAll(); }

    void ablationTableAsJson()
    {
        const Run run = cli({QStringLiteral("fusion"), m_path, QStringLiteral("--variants=text-only,mmfnd,wo-ple"),
            QStringLiteral("--folds=3"), QStringLiteral("--epochs=60"), QStringLiteral("--learning-rate=0.01"),
            QStringLiteral("--threads=1"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("posts")).toInt(), 72);
        QCOMPARE(result.value(QStringLiteral("events")).toInt(), 12);
        QCOMPARE(result.value(QStringLiteral("with_picture")).toInt(), 0);
        QCOMPARE(result.value(QStringLiteral("folds")).toInt(), 3);
        QCOMPARE(result.value(QStringLiteral("classes")).toArray().first().toString(), QStringLiteral("fake"));
        const QJsonObject majority = result.value(QStringLiteral("majority")).toObject();
        const double majorityAccuracy
            = majority.value(QStringLiteral("pooled")).toObject().value(QStringLiteral("accuracy")).toDouble();
        QVERIFY(std::abs(majorityAccuracy - 2.0 / 3.0) < 1e-9); // always "real"
        QVERIFY(result.value(QStringLiteral("warnings"))
                    .toArray()
                    .first()
                    .toString()
                    .contains(QLatin1String("nothing to align")));
        const QJsonArray variants = result.value(QStringLiteral("variants")).toArray();
        QCOMPARE(variants.size(), 3);
        QStringList names;
        for (const QJsonValue &value : variants) {
            const QJsonObject variant = value.toObject();
            names.append(variant.value(QStringLiteral("variant")).toString());
            const QJsonObject pooled = variant.value(QStringLiteral("pooled")).toObject();
            // The wording gives the class away, so every variant beats the constant answer by far.
            QVERIFY2(pooled.value(QStringLiteral("accuracy")).toDouble() >= 0.9,
                qPrintable(QJsonDocument(variant).toJson(QJsonDocument::Compact)));
            QVERIFY(variant.value(QStringLiteral("accuracy_lead_over_majority"))
                        .toObject()
                        .value(QStringLiteral("low"))
                        .toDouble()
                > 0);
            QVERIFY(pooled.value(QStringLiteral("per_class")).toObject().contains(QStringLiteral("real")));
            QCOMPARE(variant.value(QStringLiteral("cv")).toObject().value(QStringLiteral("accuracy")).toObject().size(),
                2); // mean and sd
        }
        QCOMPARE(names, (QStringList{QStringLiteral("text-only"), QStringLiteral("mmfnd"), QStringLiteral("wo-ple")}));
    }

    void tableSaysThePictureSideIsMissing()
    {
        const Run run = cli({QStringLiteral("fusion"), m_path, QStringLiteral("--variants=text-only"),
            QStringLiteral("--folds=2"), QStringLiteral("--epochs=2"), QStringLiteral("--threads=1")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("72 posts in 12 events")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("no post has a picture: every variant reads the text alone")));
        QVERIFY(!run.out.contains(QLatin1String("alignment:"))); // nothing was aligned
        QVERIFY(run.out.contains(QLatin1String("majority")));
        QVERIFY(run.out.contains(QLatin1String("text-only")));
    }

    void badRequestsAreRefused()
    {
        Run run = cli({QStringLiteral("fusion"), m_path, QStringLiteral("--variants=clip")});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QLatin1String("unknown MMFND variant \"clip\"")), qPrintable(run.err));
        run = cli({QStringLiteral("fusion"), m_path, QStringLiteral("--folds=13")});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QLatin1String("12 events, fewer than the 13 folds")), qPrintable(run.err));
        run = cli({QStringLiteral("fusion"), m_path, QStringLiteral("--split=dev")});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QLatin1String("no post-veracity posts")), qPrintable(run.err));
        run = cli({QStringLiteral("fusion"), m_path, QStringLiteral("--folds=1")});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QLatin1String("--folds 1")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestFusionCommand)
#include "TestFusionCommand.moc"
