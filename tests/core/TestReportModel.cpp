// The report model on a fixture project (tests/core/ReportFixture.h) whose every number is worked out by hand.
#include "core/domain/Error.h"
#include "core/report/ReportBuilder.h"
#include "core/report/ReportSections.h"
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"
#include "tests/core/ReportFixture.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {

QStringList keys(const QList<KeyCount> &counts)
{
    QStringList result;
    for (const KeyCount &count : counts)
        result.append(QStringLiteral("%1=%2").arg(count.key).arg(count.count));
    return result;
}

QStringList rowsOf(const CountGrid &grid)
{
    QStringList result;
    for (int row = 0; row < grid.rows.size(); ++row) {
        QStringList cells;
        for (int column = 0; column < grid.columns.size(); ++column)
            cells.append(QString::number(grid.at(row, column)));
        result.append(grid.rows.at(row) + QLatin1Char(':') + cells.join(QLatin1Char(',')));
    }
    return result;
}

} // namespace

class TestReportModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_count = 0;

    ReportModel build(const ReportScope &scope = {}, ReportOptions options = {})
    {
        options.generatedBy = QStringLiteral("tester");
        options.generatedAt = QDateTime::fromString(QStringLiteral("2026-01-02T03:04:05Z"), Qt::ISODate);
        const ProjectStore store(m_path);
        return ReportBuilder::build(store, scope, options);
    }

private Q_SLOTS:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("report%1.candor").arg(++m_count));
        fixture::buildReportProject(m_path);
    }

    void cleanup() { Database::closeAll(); }

    void titlePageCountsEveryItemByFacet()
    {
        const ReportModel model = build();
        QCOMPARE(model.projectName, QStringLiteral("report%1").arg(m_count));
        QCOMPARE(model.generatedBy, QStringLiteral("tester"));
        QCOMPARE(model.filterDescription, QStringLiteral("all items"));
        QCOMPARE(model.items, 7);
        QCOMPARE(keys(model.byKind), (QStringList{"post=3", "message=2", "thread=2"}));
        QCOMPARE(keys(model.bySource), (QStringList{"alpha=2", "rumours=2", "beta=1", "pan-en=1", "pan-es=1"}));
        QCOMPARE(keys(model.byLanguage), (QStringList{"en=5", "es=2"}));
        QCOMPARE(keys(model.bySplit), (QStringList{"train=5", "dev=2"}));
    }

    void techniquesByOriginSourceMonthAndTogether()
    {
        const ReportModel model = build();
        QCOMPARE(model.techniques.size(), 1); // persuasion-22 has no rows
        const LabelSection &section = model.techniques.first();
        QCOMPARE(section.schema, QStringLiteral("persuasion-20"));
        QCOMPARE(section.frequencies.size(), 2);
        // Loaded Language: gold on p1, a person on p3, the model (0.9) on p2. Smears: gold on p1 and p2; the
        // model's 0.3 is under the threshold and p3's gold row was rejected.
        const LabelFrequency &loaded = section.frequencies.at(0);
        QCOMPARE(loaded.label.name, QStringLiteral("Loaded Language"));
        QCOMPARE(loaded.gold, 1);
        QCOMPARE(loaded.human, 1);
        QCOMPARE(loaded.model, 1);
        const LabelFrequency &smears = section.frequencies.at(1);
        QCOMPARE(smears.label.name, QStringLiteral("Smears"));
        QCOMPARE(smears.gold, 2);
        QCOMPARE(smears.human, 0);
        QCOMPARE(smears.model, 0);
        QVERIFY(smears.label.colour.isValid());
        QCOMPARE(section.bySource.columns, (QStringList{"alpha", "beta"}));
        QCOMPARE(rowsOf(section.bySource), (QStringList{"Loaded Language:2,1", "Smears:2,0"}));
        // p3 has no date: the months count p1 (January) and p2 (February) only.
        QCOMPARE(section.byMonth.columns, (QStringList{"2021-01", "2021-02"}));
        QCOMPARE(rowsOf(section.byMonth), (QStringList{"Loaded Language:1,1", "Smears:1,1"}));
        QCOMPARE(rowsOf(section.cooccurrence), (QStringList{"Loaded Language:3,2", "Smears:2,2"}));
    }

    void rowsOnThreadPostsCountInTheirPostsMonth()
    {
        {
            ProjectStore store(m_path);
            // A thread without a date of its own whose reply, posted in April 2021, carries a technique.
            const qint64 thread = fixture::addItem(store, ItemKind::Thread, QStringLiteral("rumours"),
                QStringLiteral("t9"), QStringLiteral("source"), QStringLiteral("en"), QStringLiteral("train"), {});
            ThreadPost post;
            post.itemId = thread;
            post.postId = QStringLiteral("r");
            post.text = QStringLiteral("reply text");
            post.createdAt = QDateTime::fromString(QStringLiteral("2021-04-03T10:00:00Z"), Qt::ISODate);
            const qint64 reply = store.upsertPost(post).id;
            fixture::annotate(
                store, thread, QStringLiteral("persuasion-20"), QStringLiteral("Smears"), Origin::Gold, 0, 5, reply);
        }
        const LabelSection section = build().techniques.first();
        // January and February from the fixture's posts, March filled in, April from the reply's own date.
        QCOMPARE(section.byMonth.columns, (QStringList{"2021-01", "2021-02", "2021-03", "2021-04"}));
        QCOMPARE(rowsOf(section.byMonth), (QStringList{"Loaded Language:1,1,0,0", "Smears:1,1,0,1"}));
    }

    void monthsBetweenAreFilledWithZeros()
    {
        CountGrid months;
        months.rows = QStringList{QStringLiteral("Smears")};
        months.columns = QStringList{QStringLiteral("2020-11"), QStringLiteral("2021-02")};
        months.cells = {{3, 5}};
        const CountGrid filled = withEveryMonth(months);
        QCOMPARE(filled.columns, (QStringList{"2020-11", "2020-12", "2021-01", "2021-02"}));
        QCOMPARE(rowsOf(filled), QStringList{"Smears:3,0,0,5"});
    }

    void modelRowsFollowTheThreshold()
    {
        ReportScope scope;
        scope.modelThreshold = 0.2; // now the model's 0.3 Smears on p2 counts
        const ReportModel model = build(scope);
        QCOMPARE(model.techniques.first().frequencies.at(1).model, 1);
        scope.modelThreshold = 0.95; // and the 0.9 Loaded Language no longer does
        QCOMPARE(build(scope).techniques.first().frequencies.at(0).model, 0);
    }

    void examplesCutAroundTheirSpanPersonFirst()
    {
        ReportOptions options;
        options.contextCodePoints = 3;
        const QList<SpanExcerpt> examples = build({}, options).techniques.first().examples;
        QCOMPARE(examples.size(), 5); // Loaded Language: p3, p1, p2; Smears: p1, p2
        QCOMPARE(examples.at(0).externalId, QStringLiteral("p3"));
        QCOMPARE(examples.at(0).origin, Origin::Human);
        QCOMPARE(examples.at(0).span, QStringLiteral("Gggg"));
        const SpanExcerpt &p1 = examples.at(1);
        QCOMPARE(p1.externalId, QStringLiteral("p1"));
        QCOMPARE(p1.before, QStringLiteral("aa "));
        QCOMPARE(p1.span, QStringLiteral("Bbbb"));
        QCOMPARE(p1.after, QStringLiteral(" Cc"));
        QVERIFY(p1.cutBefore && p1.cutAfter && !p1.cutSpan);
        QCOMPARE(examples.at(2).origin, Origin::Model);
        QCOMPARE(examples.at(2).score.value_or(0), 0.9);
        // Smears on p2 is an item label: the whole (short) text, nothing highlighted, after p1's span.
        QCOMPARE(examples.at(3).span, QStringLiteral("Aaaa"));
        QCOMPARE(examples.at(4).before, QStringLiteral("Eeee Ffff"));
        QVERIFY(examples.at(4).span.isEmpty());
        QVERIFY(!examples.at(4).cutAfter);
    }

    void narrativesByCategoryAndRoles()
    {
        const ReportModel model = build();
        QVERIFY(model.narratives);
        QCOMPARE(model.narratives->bySource.columns, (QStringList{"pan-en", "pan-es"}));
        QCOMPARE(rowsOf(model.narratives->bySource), (QStringList{"CONSPIRACY:1,0", "CRITICAL:0,1"}));
        QCOMPARE(model.narratives->byLanguage.columns, (QStringList{"en", "es"}));
        QCOMPARE(rowsOf(model.narratives->byLanguage), (QStringList{"CONSPIRACY:1,0", "CRITICAL:0,1"}));
        QVERIFY(model.narratives->byMonth.isEmpty());
        QVERIFY(model.narratives->roles);
        QCOMPARE(model.narratives->roles->frequencies.size(), 1); // AGENT; the ignored X is not counted
        QCOMPARE(model.narratives->roles->frequencies.first().label.name, QStringLiteral("AGENT"));
        QCOMPARE(model.narratives->roles->examples.first().span, QStringLiteral("They"));
    }

    void threadsStanceByVeracityAndMostDenied()
    {
        const ReportModel model = build();
        QVERIFY(model.threads);
        QCOMPARE(model.threads->threads, 2);
        QCOMPARE(model.threads->posts, 7);
        QVERIFY(!model.threads->modelStances);
        // t1 (false): source support, r1 deny, r2 query, r3 deny (a person over gold's support); t2: deny, comment.
        QCOMPARE(model.threads->stanceByVeracity.columns, (QStringList{"", "false"}));
        QCOMPARE(rowsOf(model.threads->stanceByVeracity),
            (QStringList{"support:0,1", "deny:1,2", "query:0,1", "comment:1,0"}));
        QCOMPARE(model.threads->mostDenied.size(), 2);
        QCOMPARE(model.threads->mostDenied.at(0).externalId, QStringLiteral("t1"));
        QCOMPARE(model.threads->mostDenied.at(0).denies, 2);
        QCOMPARE(model.threads->mostDenied.at(0).replies, 3);
        QCOMPARE(model.threads->mostDenied.at(0).veracity, QStringLiteral("false"));
        QCOMPARE(model.threads->mostDenied.at(0).text, QStringLiteral("The source tweet"));
        QCOMPARE(model.threads->mostDenied.at(1).denies, 1);
        QCOMPARE(model.threads->mostDenied.at(1).veracity, QString());
    }

    void modelsShowTheCurrentVersionAgainstItsBaseline()
    {
        const ReportModel model = build();
        QCOMPARE(model.models.size(), 1);
        const ModelSummary &summary = model.models.first();
        QCOMPARE(summary.task, QStringLiteral("persuasion-labels"));
        QCOMPARE(summary.name, QStringLiteral("labels v2"));
        QVERIFY(!summary.pinned);
        QCOMPARE(summary.scores.size(), 1);
        QCOMPARE(summary.scores.first().first, QStringLiteral("micro_f1"));
        QVERIFY(summary.noBetterThanConstant);
        QVERIFY2(summary.baseline.contains(QStringLiteral("0.700")), qPrintable(summary.baseline));
        QCOMPARE(summary.data.size(), 1);
        QCOMPARE(summary.data.first(), (QPair<QString, QString>{"train.items", "3"}));
    }

    void modelsShowTheNewestEvaluationPerSplitWithIntervals()
    {
        {
            ProjectStore store(m_path);
            const qint64 version = store.currentModelVersion(QStringLiteral("persuasion-labels"))->id;
            const auto evaluation = [&](qint64 versionId, const QString &split, const QJsonObject &metrics,
                                        const QString &status = QStringLiteral("finished")) {
                const qint64 job = store.startJob(QStringLiteral("evaluate-text"), {});
                store.finishJob(job, status,
                    {{"task", "persuasion-labels"}, {"split", split}, {"model_version", versionId}, {"n_items", 4},
                        {"metrics", metrics}});
            };
            evaluation(version, QStringLiteral("dev"), {{"micro_f1", 0.1}}); // older: replaced by the next one
            evaluation(version, QStringLiteral("dev"),
                {{"micro_f1", 0.5}, {"intervals", QJsonObject{{"micro_f1", QJsonArray{0.25, 0.75}}}},
                    {"bootstrap", QJsonObject{{"unit", "item"}, {"resamples", 1000}}},
                    {"per_label",
                        QJsonObject{{"Smears",
                                        QJsonObject{{"precision", 1.0}, {"recall", 0.5}, {"f1", 2.0 / 3},
                                            {"f1_low", 0.0}, {"f1_high", 1.0}, {"support", 2}}},
                            {"Loaded_Language", QJsonObject{{"precision", 0.0}, {"recall", 0.0}, {"f1", 0.0}}}}}});
            evaluation(version, QStringLiteral("test"), {{"micro_f1", 0.9}}, QStringLiteral("failed"));
            evaluation(version + 100, QStringLiteral("train"), {{"micro_f1", 0.9}}); // another version's
            evaluation(version, QStringLiteral("train"), {{"micro_f1", 0.8}});
        }
        const ModelSummary summary = build().models.first();
        QCOMPARE(summary.evaluations.size(), 2); // dev and train, sorted; the failed run on test is no evaluation
        const ModelEvaluation &dev = summary.evaluations.at(0);
        QCOMPARE(dev.split, QStringLiteral("dev"));
        QCOMPARE(dev.items, 4);
        QCOMPARE(dev.unit, QStringLiteral("item"));
        QCOMPARE(dev.resamples, 1000);
        QCOMPARE(dev.scores.size(), 1);
        QCOMPARE(dev.scores.first().value, 0.5);
        QCOMPARE(*dev.scores.first().low, 0.25);
        QCOMPARE(*dev.scores.first().high, 0.75);
        QCOMPARE(dev.perLabel.size(), 2);
        QCOMPARE(dev.perLabel.at(1).label, QStringLiteral("Smears"));
        QCOMPARE(dev.perLabel.at(1).recall, 0.5);
        QCOMPARE(*dev.perLabel.at(1).f1.high, 1.0);
        QCOMPARE(*dev.perLabel.at(1).support, 2);
        QVERIFY(!dev.perLabel.at(0).f1.low);
        QVERIFY(!dev.perLabel.at(0).support);
        const ModelEvaluation &train = summary.evaluations.at(1);
        QCOMPARE(train.split, QStringLiteral("train"));
        QCOMPARE(train.scores.first().value, 0.8);
        QVERIFY(!train.scores.first().low);
        QCOMPARE(train.resamples, 0);
    }

    void annotatorsShowProgressAndAgreement()
    {
        QVERIFY(!build().annotators); // only ana annotates in the fixture
        {
            ProjectStore store(m_path);
            const auto label = [&](qint64 item, const QString &category, const QString &who) {
                Annotation a;
                a.itemId = item;
                a.schema = QStringLiteral("oppositional-2");
                a.label = category;
                a.origin = Origin::Human;
                a.annotator = who;
                store.addAnnotation(a);
            };
            for (int i = 0; i < 2; ++i) {
                const QString category = i == 0 ? QStringLiteral("CONSPIRACY") : QStringLiteral("CRITICAL");
                const qint64 item = fixture::addItem(store, ItemKind::Message, QStringLiteral("pan-en"),
                    QStringLiteral("team%1").arg(i), QStringLiteral("text"), QStringLiteral("en"),
                    QStringLiteral("train"), {});
                label(item, category, QStringLiteral("ana"));
                label(item, category, QStringLiteral("ben"));
            }
        }
        const ReportModel model = build();
        QVERIFY(model.annotators);
        const AnnotatorSection &team = *model.annotators;
        QCOMPARE(team.scopeItems, model.items);
        // ana: p3 and t1 from the fixture and the two new messages; ben: the two messages.
        QCOMPARE(keys(team.progress), (QStringList{"ana=4", "ben=2"}));
        QCOMPARE(team.agreement.size(), 1); // oppositional-2 is the only schema with two annotators
        const AgreementRow &row = team.agreement.first();
        QCOMPARE(row.task, QStringLiteral("narrative"));
        QCOMPARE(row.schema, QStringLiteral("oppositional-2"));
        QCOMPARE(row.annotators, (QStringList{"ana", "ben"}));
        QCOMPARE(row.units, 2);
        QCOMPARE(row.figures.size(), 2);
        QCOMPARE(row.figures.at(0).name, QStringLiteral("krippendorff_alpha"));
        QCOMPARE(row.figures.at(0).value, 1.0); // they agree on both items, which differ
        QCOMPARE(row.figures.at(1).name, QStringLiteral("fleiss_kappa"));
        QCOMPARE(row.figures.at(1).value, 1.0);
        QVERIFY(team.notes.size() >= 3); // persuasion labels and spans, narrative-6 and stance: one annotator
        ReportScope onlyAnas;
        onlyAnas.query.source = QStringLiteral("beta");
        QVERIFY(!build(onlyAnas).annotators); // in this scope only ana annotated
    }

    void verdictsShowTheModelsMostConfidentFirst()
    {
        QVERIFY(!build().verdicts); // no fake-2 row in the fixture: no section
        {
            ProjectStore store(m_path);
            const qint64 version = store.modelVersions().first().id;
            const QString fake2 = QStringLiteral("fake-2");
            const qint64 a = fixture::addItem(store, ItemKind::Post, QStringLiteral("mediaeval"), QStringLiteral("v1"),
                QStringLiteral("Shark on the highway"), QStringLiteral("en"), QStringLiteral("dev"), {});
            const qint64 b = fixture::addItem(store, ItemKind::Post, QStringLiteral("mediaeval"), QStringLiteral("v2"),
                QStringLiteral("Flooded airport"), QStringLiteral("en"), QStringLiteral("dev"), {});
            fixture::annotate(store, a, fake2, QStringLiteral("real"), Origin::Gold);
            fixture::annotate(store, a, fake2, QStringLiteral("fake"), Origin::Model, {}, {}, {}, version, 0.8);
            fixture::annotate(store, b, fake2, QStringLiteral("fake"), Origin::Gold);
            fixture::annotate(store, b, fake2, QStringLiteral("fake"), Origin::Model, {}, {}, {}, version, 0.95);
        }
        const ReportModel model = build();
        QVERIFY(model.verdicts);
        QCOMPARE(model.verdicts->frequencies.size(), 2);
        QCOMPARE(model.verdicts->frequencies.at(0).label.name, QStringLiteral("fake"));
        QCOMPARE(model.verdicts->frequencies.at(0).gold, 1);
        QCOMPARE(model.verdicts->frequencies.at(0).model, 2);
        QCOMPARE(model.verdicts->frequencies.at(1).gold, 1); // real
        // The posts flagged fake, the model's most confident first (whole texts: verdicts have no span).
        QCOMPARE(model.verdicts->examples.at(0).externalId, QStringLiteral("v2"));
        QCOMPARE(model.verdicts->examples.at(0).score.value_or(0), 0.95);
        QCOMPARE(model.verdicts->examples.at(1).externalId, QStringLiteral("v1"));
        QCOMPARE(model.verdicts->examples.at(1).before, QStringLiteral("Shark on the highway"));
        // v1: gold says real, the model fake: the disagreement is the heat map's off-diagonal cell.
        QCOMPARE(rowsOf(model.verdicts->cooccurrence), (QStringList{"fake:2,1", "real:1,1"}));
    }

    void flaggedPostsShowTheirNearDuplicates()
    {
        {
            ProjectStore store(m_path);
            const qint64 version = store.modelVersions().first().id;
            const QString fake2 = QStringLiteral("fake-2");
            const QString shark = QStringLiteral("Shark swimming on the flooded highway in Houston");
            const qint64 a = fixture::addItem(store, ItemKind::Post, QStringLiteral("mediaeval"), QStringLiteral("v1"),
                shark, QStringLiteral("en"), QStringLiteral("dev"), {});
            const qint64 b = fixture::addItem(store, ItemKind::Post, QStringLiteral("mediaeval"), QStringLiteral("v2"),
                QStringLiteral("Flooded airport"), QStringLiteral("en"), QStringLiteral("dev"), {});
            fixture::annotate(store, a, fake2, QStringLiteral("fake"), Origin::Model, {}, {}, {}, version, 0.8);
            fixture::annotate(store, b, fake2, QStringLiteral("fake"), Origin::Model, {}, {}, {}, version, 0.95);
            // The same wording in another source, judged fake by the dataset; and once more, unjudged.
            const qint64 copy = fixture::addItem(store, ItemKind::Post, QStringLiteral("twitter"), QStringLiteral("c1"),
                shark, QStringLiteral("en"), QStringLiteral("train"), {});
            fixture::annotate(store, copy, fake2, QStringLiteral("fake"), Origin::Gold);
            fixture::addItem(store, ItemKind::Post, QStringLiteral("twitter"), QStringLiteral("c2"), shark,
                QStringLiteral("en"), QStringLiteral("train"), {});
        }
        ReportOptions options;
        options.clusterMembers = 1;
        const ReportModel model = build({}, options);
        QVERIFY(model.verdicts);
        // v2 (the most confident) has no near-duplicate: no cluster. v1 has two; c1 is itself shown (gold fake),
        // with v1 and c2 near it.
        QCOMPARE(model.verdictClusters.size(), 2);
        const VerdictCluster &v1 = model.verdictClusters.at(0);
        QCOMPARE(v1.externalId, QStringLiteral("v1"));
        QCOMPARE(v1.members.size(), 1); // one listed ...
        QVERIFY(v1.more); // ... of two
        QCOMPARE(v1.members.first().similarity, 1.0);
        QVERIFY(!v1.members.first().sameImage);
        QCOMPARE(v1.members.first().source, QStringLiteral("twitter"));
        // Equally near copies come by item id: c1 (the dataset's verdict) before c2 (none).
        QCOMPARE(v1.members.first().externalId, QStringLiteral("c1"));
        QCOMPARE(v1.members.first().verdict, QStringLiteral("fake"));
        QCOMPARE(v1.members.first().verdictOrigin, QStringLiteral("gold"));
        QCOMPARE(v1.members.first().text, QStringLiteral("Shark swimming on the flooded highway in Houston"));
        const VerdictCluster &c1 = model.verdictClusters.at(1);
        QCOMPARE(c1.externalId, QStringLiteral("c1"));
        QCOMPARE(c1.members.first().externalId, QStringLiteral("v1"));
        QCOMPARE(c1.members.first().verdict, QStringLiteral("fake")); // the model's, the only one v1 has
        QCOMPARE(c1.members.first().verdictOrigin, QStringLiteral("model"));
    }

    void scopeNarrowsEverySection()
    {
        ReportScope scope;
        scope.query.source = QStringLiteral("alpha");
        ReportModel model = build(scope);
        QCOMPARE(model.items, 2);
        QCOMPARE(model.filterDescription, QStringLiteral("source alpha"));
        QCOMPARE(model.techniques.first().frequencies.at(0).human, 0); // p3 is beta's
        QVERIFY(!model.narratives);
        QVERIFY(!model.threads);
        QCOMPARE(model.models.size(), 1); // the project's models whatever the filter

        ReportScope sources;
        sources.sources = QStringList{QStringLiteral("alpha"), QStringLiteral("rumours")};
        model = build(sources);
        QCOMPARE(model.items, 4);
        QVERIFY(model.threads);
        QVERIFY(!model.narratives);
    }

    void emptyScopeHasOnlyItsTitle()
    {
        ReportScope scope;
        scope.query.source = QStringLiteral("nowhere");
        scope.filterName = QStringLiteral("empty");
        const ReportModel model = build(scope);
        QCOMPARE(model.items, 0);
        QVERIFY(model.techniques.isEmpty());
        QVERIFY(!model.narratives && !model.threads);
        QVERIFY(model.filterDescription.contains(QStringLiteral("empty")));
    }

    void cancelStopsWithAnError()
    {
        const ProjectStore store(m_path);
        std::atomic_bool cancel{true};
        QVERIFY_THROWS_EXCEPTION(Error, ReportBuilder::build(store, {}, {}, {}, &cancel));
        int steps = 0;
        ReportBuilder::build(store, {}, {}, [&steps](int done, int total) {
            QCOMPARE(total, 5);
            steps = done;
        });
        QCOMPARE(steps, 5);
    }
};

QTEST_GUILESS_MAIN(TestReportModel)
#include "TestReportModel.moc"
