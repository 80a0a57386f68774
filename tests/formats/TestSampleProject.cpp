#include "core/domain/Error.h"
#include "core/sample/SampleProject.h"
#include "core/store/ProjectStats.h"
#include "core/store/StoreConnection.h"
#include "core/text/CodePoints.h"
#include "tests/formats/FormatFixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

class TestSampleProject : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    static QString spanText(const ProjectStore &store, qint64 itemId, const Annotation &span)
    {
        const QString text = store.item(itemId)->text;
        return CodePointMap(text).mid(text, *span.start, *span.end);
    }

    // The stance labels of a thread's replies, in reply order.
    static QStringList stancesOf(const ProjectStore &store, qint64 thread)
    {
        AnnotationFilter stance;
        stance.schema = Schemas::Stance4;
        QStringList stances;
        for (const Annotation &a : store.annotations(thread, stance))
            stances.append(a.label);
        return stances;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("sample.candor"));
        QList<int> steps;
        buildSampleProject(m_path, nullptr, [&](int step, int total, const QString &) {
            steps.append(step);
            QCOMPARE(total, 5);
        });
        QCOMPARE(steps, (QList<int>{1, 2, 3, 4, 5}));
    }

    void cleanupTestCase() { Database::closeAll(); }

    void hasTheAdvertisedContent()
    {
        ProjectStore store(m_path);
        const QJsonObject stats = ProjectStats::compute(store);
        QCOMPARE(stats.value(QStringLiteral("items")).toInt(), 418);
        const QJsonObject byKind = stats.value(QStringLiteral("items_by_kind_and_split")).toObject();
        QCOMPARE(byKind.value(QStringLiteral("meme")).toObject().value(QStringLiteral("train")).toInt(), 96);
        QCOMPARE(byKind.value(QStringLiteral("meme")).toObject().value(QStringLiteral("dev")).toInt(), 24);
        QCOMPARE(byKind.value(QStringLiteral("message")).toObject().value(QStringLiteral("train")).toInt(), 200);
        QCOMPARE(byKind.value(QStringLiteral("message")).toObject().value(QStringLiteral("dev")).toInt(), 62);
        QCOMPARE(byKind.value(QStringLiteral("thread")).toObject().value(QStringLiteral("train")).toInt(), 26);
        QCOMPARE(byKind.value(QStringLiteral("thread")).toObject().value(QStringLiteral("dev")).toInt(), 10);
        QCOMPARE(stats.value(QStringLiteral("thread_posts")).toInt(), 175);
        QCOMPARE(stats.value(QStringLiteral("media")).toInt(),
            122); // 3 chat photos and 119 meme images (two memes look alike)
        QCOMPARE(fixtures::count(
                     store, QStringLiteral("SELECT count(*) FROM items WHERE kind = 'message' AND language = 'es'")),
            130);
        QCOMPARE(fixtures::count(
                     store, QStringLiteral("SELECT count(*) FROM items WHERE kind = 'meme' AND media_id IS NULL")),
            0);
        QCOMPARE(fixtures::count(store, QStringLiteral("SELECT count(*) FROM annotations WHERE origin <> 'gold'")), 0);
        QCOMPARE(store.metaValue(QStringLiteral("sample_project")), QStringLiteral("2"));
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }

    void chatLabelsSitOnTheRightText()
    {
        ProjectStore store(m_path);
        const qint64 message = *store.findItem(QStringLiteral("telegram"), QStringLiteral("1001/101"));
        AnnotationFilter narrative;
        narrative.schema = Schemas::Narrative6;
        const QList<Annotation> spans = store.annotations(message, narrative);
        QCOMPARE(spans.size(), 3);
        QCOMPARE(spans[0].label, QStringLiteral("AGENT"));
        QCOMPARE(spanText(store, message, spans[0]), QStringLiteral("The big pharma companies"));
        QCOMPARE(spanText(store, message, spans[2]), QStringLiteral("millions of parents"));
        // Spanish text with accents: offsets are code points.
        const qint64 spanish = *store.findItem(QStringLiteral("telegram"), QStringLiteral("1002/213"));
        const QList<Annotation> es = store.annotations(spanish, narrative);
        QCOMPARE(spanText(store, spanish, es[1]), QString::fromUtf8("reducir la poblaci\xC3\xB3n mundial"));

        const qint64 thread = *store.findItem(QStringLiteral("telegram"), QStringLiteral("1001/thread/101"));
        QCOMPARE(store.posts(thread).size(), 5);
        QCOMPARE(stancesOf(store, thread),
            (QStringList{QStringLiteral("support"), QStringLiteral("deny"), QStringLiteral("query"),
                QStringLiteral("comment")}));
        AnnotationFilter veracity;
        veracity.schema = Schemas::Veracity3;
        QCOMPARE(store.annotations(thread, veracity).first().label, QStringLiteral("false"));
    }

    // The generated messages give the narrative task both classes in train and dev, in both languages, and
    // their spans cover exactly the phrase of their role.
    void generatedMessagesAreLabelledForTheNarrativeTask()
    {
        ProjectStore store(m_path);
        const QString perSplit = QStringLiteral("SELECT count(*) FROM annotations a JOIN labels l ON l.id = a.label_id "
                                                "JOIN label_schemas s ON s.id = l.schema_id"
                                                " JOIN items i ON i.id = a.item_id WHERE s.name = 'oppositional-2' AND "
                                                "l.name = '%1' AND i.split = '%2' AND i.language = '%3'");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("es")}) {
            QVERIFY(
                fixtures::count(store, perSplit.arg(QStringLiteral("CONSPIRACY"), QStringLiteral("train"), language))
                >= 15);
            QVERIFY(fixtures::count(store, perSplit.arg(QStringLiteral("CRITICAL"), QStringLiteral("train"), language))
                >= 15);
            QVERIFY(fixtures::count(store, perSplit.arg(QStringLiteral("CONSPIRACY"), QStringLiteral("dev"), language))
                >= 3);
            QVERIFY(
                fixtures::count(store, perSplit.arg(QStringLiteral("CRITICAL"), QStringLiteral("dev"), language)) >= 3);
        }
        const qint64 generated = *store.findItem(QStringLiteral("telegram"), QStringLiteral("1002/222"));
        AnnotationFilter narrative;
        narrative.schema = Schemas::Narrative6;
        const QList<Annotation> spans = store.annotations(generated, narrative);
        QVERIFY(spans.size() >= 2);
        for (const Annotation &span : spans) {
            const QString covered = spanText(store, generated, span);
            QVERIFY2(!covered.isEmpty() && covered == covered.trimmed() && !covered.endsWith(QLatin1Char('.')),
                qPrintable(covered));
        }
        AnnotationFilter oppositional;
        oppositional.schema = Schemas::Oppositional2;
        QCOMPARE(store.annotations(generated, oppositional).first().label, QStringLiteral("CRITICAL"));
    }

    // Generated reply chains: every reply has its stance, every thread its veracity, and both splits hold threads.
    void generatedThreadsCarryStanceAndVeracity()
    {
        ProjectStore store(m_path);
        const qint64 thread = *store.findItem(QStringLiteral("telegram"), QStringLiteral("1002/thread/400"));
        QCOMPARE(store.item(thread)->split, QStringLiteral("dev"));
        QCOMPARE(store.posts(thread).size(), 5);
        QCOMPARE(stancesOf(store, thread),
            (QStringList{
                QStringLiteral("deny"), QStringLiteral("deny"), QStringLiteral("query"), QStringLiteral("comment")}));
        AnnotationFilter veracity;
        veracity.schema = Schemas::Veracity3;
        QCOMPARE(store.annotations(thread, veracity).first().label, QStringLiteral("false"));
        QCOMPARE(fixtures::count(store,
                     QStringLiteral("SELECT count(*) FROM annotations a JOIN labels l ON l.id = a.label_id"
                                    " JOIN label_schemas s ON s.id = l.schema_id WHERE s.name = 'stance-4'")),
            11 + 128);
    }

    void memeSpansMatchTheirTechniques()
    {
        ProjectStore store(m_path);
        const qint64 meme = *store.findItem(QStringLiteral("sample-memes"), QStringLiteral("meme_01"));
        AnnotationFilter spans;
        spans.schema = Schemas::Persuasion20;
        AnnotationFilter labels;
        labels.schema = Schemas::Persuasion22;
        QStringList itemLabels;
        for (const Annotation &a : store.annotations(meme, labels))
            itemLabels.append(a.label);
        for (const Annotation &span : store.annotations(meme, spans)) {
            if (!span.isSpan())
                continue; // the meme's persuasion-20 item labels (see memeTextLabelsAreTheSpanTechniques)
            QVERIFY(itemLabels.contains(span.label)); // every span technique is also a meme label
            QVERIFY(!spanText(store, meme, span).contains(QLatin1Char('\n')));
        }
        QVERIFY(store.media(*store.item(meme)->mediaId)->width >= 240);
    }

    // SemEval subtask 1: a meme's persuasion-20 item labels are exactly the techniques of its spans, so the
    // persuasion-labels task has gold labels in train and dev.
    void memeTextLabelsAreTheSpanTechniques()
    {
        ProjectStore store(m_path);
        AnnotationFilter persuasion20;
        persuasion20.schema = Schemas::Persuasion20;
        for (const QString &split : {QStringLiteral("train"), QStringLiteral("dev")}) {
            QSqlQuery query = sql::prepare(
                storeConnection(store), QStringLiteral("SELECT id FROM items WHERE kind = 'meme' AND split = ?"));
            query.addBindValue(split);
            sql::exec(query);
            int labelledInSplit = 0;
            while (query.next()) {
                const qint64 meme = query.value(0).toLongLong();
                QSet<QString> labels, techniques;
                for (const Annotation &a : store.annotations(meme, persuasion20))
                    (a.isSpan() ? techniques : labels).insert(a.label);
                QCOMPARE(labels, techniques);
                QCOMPARE(store.item(meme)->metadata.value(QStringLiteral("subtasks")).toArray(), (QJsonArray{1, 2, 3}));
                labelledInSplit += labels.isEmpty() ? 0 : 1;
            }
            QVERIFY2(labelledInSplit >= (split == QLatin1String("dev") ? 15 : 60), qPrintable(split));
        }
        QCOMPARE(fixtures::count(store,
                     QStringLiteral("SELECT count(*) FROM annotations a JOIN labels l ON l.id = a.label_id"
                                    " JOIN label_schemas s ON s.id = l.schema_id"
                                    " WHERE s.name = 'persuasion-20' AND a.start_cp IS NULL")),
            218);
    }

    void isDeterministic()
    {
        const QString again = m_dir.filePath(QStringLiteral("again.candor"));
        buildSampleProject(again);
        QJsonObject first = ProjectStats::compute(ProjectStore(m_path));
        QJsonObject second = ProjectStats::compute(ProjectStore(again));
        QCOMPARE(second, first);
        QCOMPARE(fixtures::count(ProjectStore(again), QStringLiteral("SELECT count(DISTINCT sha256) FROM media")), 122);
    }

    void refusesAnExistingFileAndCleansUpWhenCancelled()
    {
        QVERIFY_THROWS_EXCEPTION(Error, buildSampleProject(m_path));
        QVERIFY(QFileInfo::exists(m_path)); // the existing project is left alone
        const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.candor"));
        std::atomic_bool cancel{false};
        try {
            buildSampleProject(cancelled, &cancel, [&](int step, int, const QString &) {
                if (step == 3)
                    cancel = true;
            });
            QFAIL("a cancelled build must throw");
        } catch (const Error &error) {
            QVERIFY(error.message().contains(QStringLiteral("cancelled")));
        }
        QVERIFY(!QFileInfo::exists(cancelled));
        QVERIFY(!QFileInfo::exists(cancelled + QStringLiteral("-wal")));
    }
};

QTEST_GUILESS_MAIN(TestSampleProject)
#include "TestSampleProject.moc"
