// The report model on a fixture project (tests/core/ReportFixture.h) whose every number is worked out by hand.
#include "core/domain/Error.h"
#include "core/report/ReportBuilder.h"
#include "core/report/ReportSections.h"
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"
#include "tests/core/ReportFixture.h"

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
